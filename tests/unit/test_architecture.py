"""The layers stay apart: domain/ and storage/ never touch Qt, and the terminal commands never load it."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "backpain_timer"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", ["domain", "storage"])
def test_core_layers_do_not_import_qt_or_the_ui(layer: str) -> None:
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(
            name for name in imported_modules(path) if name.startswith(("PySide6", "backpain_timer.ui"))
        )
        for path in (PACKAGE / layer).rglob("*.py")
    }
    assert {path: names for path, names in offenders.items() if names} == {}


def test_domain_does_not_import_storage() -> None:
    for path in (PACKAGE / "domain").rglob("*.py"):
        assert not any(name.startswith("backpain_timer.storage") for name in imported_modules(path)), path


PROBE = """
import sys
from backpain_timer.cli import main
code = main(sys.argv[1:])
qt = sorted(name for name in sys.modules if name.startswith("PySide6"))
print("QT:" + ",".join(qt), file=sys.stderr)
"""


@pytest.mark.parametrize(
    "argv",
    [
        ["list", "--json"],
        ["exercises", "--json"],
        ["plan", "post-run-cool-down"],
        ["validate", "missing.yaml"],
        ["schema"],
        ["runs"],
    ],
)
def test_terminal_commands_never_load_qt(argv: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, timeout=60, check=False
    )
    assert "QT:\n" in result.stderr, result.stderr


SETTINGS_FILE_FUNCTIONS = {"load_settings", "save_settings"}
SETTINGS_OWNERS = {"storage/settings.py", "ui/settings/store.py"}


def settings_file_uses(path: Path) -> set[str]:
    """The settings file functions ``path`` imports, calls or names."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.Name):
            names.add(node.id)
        elif isinstance(node, ast.Attribute):
            names.add(node.attr)
    return names & SETTINGS_FILE_FUNCTIONS


def test_only_the_settings_store_reads_and_writes_the_settings_file() -> None:
    """One owner: the others read ``SettingsStore.settings`` and change it through ``update``."""
    offenders = {
        relative: sorted(uses)
        for path in PACKAGE.rglob("*.py")
        if (relative := path.relative_to(PACKAGE).as_posix()) not in SETTINGS_OWNERS
        and (uses := settings_file_uses(path))
    }
    assert offenders == {}
    assert settings_file_uses(PACKAGE / "ui" / "settings" / "store.py") == SETTINGS_FILE_FUNCTIONS


TESTS = Path(__file__).resolve().parents[1]


def test_no_test_module_imports_from_a_conftest() -> None:
    """Shared test code lives in tests/helpers/: a conftest holds fixtures, which pytest hands out itself."""
    offenders: dict[str, list[str]] = {}
    for path in TESTS.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or "", *(f"{node.module or ''}.{alias.name}" for alias in node.names)]
            else:
                continue
            found = [name for name in names if "conftest" in name.split(".")]
            if found:
                offenders.setdefault(str(path.relative_to(TESTS)), []).extend(found)
    assert offenders == {}
