# Two commands on a fresh Debian/Ubuntu with Python 3.11: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
export QT_LOGGING_RULES ?= qt.multimedia.*=false

.PHONY: run test lint bench screenshots clean

run: $(VENV)/.installed-run
	@tools/system-deps.sh run
	$(BIN)/backpain-timer $(ARGS)

test: $(VENV)/.installed-dev
	@tools/system-deps.sh test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not slow" -q -p no:cacheprovider

bench: $(VENV)/.installed-dev
	@tools/system-deps.sh bench
	$(BIN)/python -m benchmarks $(ARGS)

screenshots: $(VENV)/.installed-dev
	@tools/system-deps.sh test
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py

$(VENV)/bin/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed: install python3.11 (or set PYTHON=...)"; exit 1; }
	@tools/system-deps.sh venv $(PYTHON)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# The editable install compiles the window translations (hatch_build.py): a changed .ts reinstalls.
TRANSLATIONS := $(wildcard backpain_timer/i18n/*.ts) hatch_build.py

$(VENV)/.installed-run: $(VENV)/bin/python requirements.txt pyproject.toml $(TRANSLATIONS)
	$(BIN)/python -m pip install -q -r requirements.txt
	$(BIN)/python -m pip install -q --no-deps --no-build-isolation -e . || $(BIN)/python -m pip install -q --no-deps -e .
	@touch $@

$(VENV)/.installed-dev: $(VENV)/bin/python requirements.txt requirements-dev.txt pyproject.toml $(TRANSLATIONS)
	$(BIN)/python -m pip install -q -r requirements-dev.txt
	$(BIN)/python -m pip install -q --no-deps --no-build-isolation -e .
	@touch $@ $(VENV)/.installed-run

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache
