"""Start-up problems end in one clear line and an exit status, before any window or Qt abort."""

from __future__ import annotations

from pathlib import Path

import pytest

from backpain_timer import handover
from backpain_timer.ui import app


def no_display(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(variable, raising=False)


def test_without_a_display_it_says_so_and_exits_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    no_display(monkeypatch)
    assert app.run(data_dir, None, start=False) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1
    assert "no display found (DISPLAY is not set)" in error


def test_a_forced_wayland_platform_needs_wayland_display(monkeypatch: pytest.MonkeyPatch) -> None:
    no_display(monkeypatch)
    monkeypatch.setenv("QT_QPA_PLATFORM", "wayland")
    monkeypatch.setenv("DISPLAY", ":0")
    assert handover.missing_display() == "WAYLAND_DISPLAY is not set"


def test_offscreen_needs_no_display(monkeypatch: pytest.MonkeyPatch) -> None:
    no_display(monkeypatch)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert handover.missing_display() is None


def test_a_broken_routine_file_is_reported_with_line_and_column_and_exits_1(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("version: 1\nname: Broken\nsteps:\n  - exercise: no-such-pose\n")
    assert app.run(data_dir, str(broken), start=True) == 1
    error = capsys.readouterr().err
    assert f"{broken}:4:" in error
    assert "error:" in error


def test_an_unknown_routine_id_suggests_the_close_one_and_exits_1(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    assert app.run(data_dir, "post-run-cooldown", start=False) == 1
    assert "did you mean 'post-run-cool-down'" in capsys.readouterr().err
