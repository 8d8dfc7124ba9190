"""The built-in routines and assets ship inside the wheel and are found after a normal install."""

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (built,) = out.glob("backpain_timer-*.whl")
    return built


def test_wheel_contains_routines_assets_and_schema(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    data = "backpain_timer/_data/"
    assert f"{data}routines/exercises.yaml" in names
    assert f"{data}routines/post-run-cool-down.yaml" in names
    assert any(name.startswith(f"{data}assets/exercises/") and name.endswith(".svg") for name in names)
    assert any(name.startswith(f"{data}assets/sounds/") and name.endswith(".wav") for name in names)
    assert "backpain_timer/schema/routine.schema.json" in names
    window_translations = {
        f"backpain_timer/i18n/backpain_timer_{code}.qm" for code in ("en", "de", "fr", "es")
    }
    assert window_translations <= names  # compiled by the build hook, never committed
    assert not any(name.endswith(".ts") for name in names)
    assert not any("/tests/" in name or name.startswith("tests/") for name in names)


def test_installed_wheel_finds_its_builtin_content(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    environment = {**os.environ, "PYTHONPATH": str(target), "PYTHONSAFEPATH": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "backpain_timer", "list", "--json"],
        cwd=elsewhere,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    routines = json.loads(result.stdout)
    assert {r["id"] for r in routines} >= {"post-run-cool-down", "pre-run-warm-up"}
    assert all(str(target) in r["path"] for r in routines)
