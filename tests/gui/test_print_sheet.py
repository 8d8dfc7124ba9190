"""The printable sheet: one A4 page with the routine, its steps and the safety line; clear errors otherwise."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSizeF
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from backpain_timer.domain.routine import Routine, Step
from backpain_timer.storage.library import Library
from backpain_timer.storage.paths import DataDir
from backpain_timer.ui.home.print_sheet import print_command, render_routine_pdf, safety_line

A4_POINTS = QSizeF(595.3, 841.9)


def _pdf(path: Path) -> QPdfDocument:
    document = QPdfDocument()
    document.load(str(path))
    assert document.status() == QPdfDocument.Status.Ready
    return document


def _text(document: QPdfDocument) -> str:
    return " ".join(document.getAllText(0).text().split())


def test_prints_a_preset_on_one_a4_page(qapp: QApplication, tmp_path: Path, data_dir: Path) -> None:
    out = tmp_path / "sheet.pdf"
    assert print_command("post-run-cool-down", out, data_dir) == 0
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(data) > 10_000  # pictures and text, not an empty page
    document = _pdf(out)
    assert document.pageCount() == 1
    size = document.pagePointSize(0)
    assert abs(size.width() - A4_POINTS.width()) < 1 and abs(size.height() - A4_POINTS.height()) < 1
    routine = Library(DataDir(data_dir)).load("post-run-cool-down")
    text = _text(document)
    assert routine.name in text
    assert "Total time" in text
    for step in routine.steps:
        assert step.exercise.name in text
    assert safety_line() in text


def test_a_hundred_steps_still_fit_one_page(qapp: QApplication, tmp_path: Path, data_dir: Path) -> None:
    library = Library(DataDir(data_dir))
    plank = library.exercises["plank"]
    routine = Routine(id="long", name="Long one", steps=tuple(Step(plank, hold=20) for _ in range(100)))
    out = tmp_path / "long.pdf"
    render_routine_pdf(routine, library.exercises, out)
    document = _pdf(out)
    assert document.pageCount() == 1
    assert safety_line() in _text(document)


def test_unknown_routine_is_an_error_with_a_suggestion(
    qapp: QApplication, tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "sheet.pdf"
    assert print_command("post-run-cool-dwn", out, data_dir) == 1
    error = capsys.readouterr().err
    assert error.startswith("backpain-timer: error: unknown routine 'post-run-cool-dwn'")
    assert "did you mean 'post-run-cool-down'" in error
    assert not out.exists()


def test_invalid_routine_file_prints_its_problems(
    qapp: QApplication, tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("name: Broken\nsteps:\n  - exercise: plank\n    hodl: 20s\n", encoding="utf-8")
    assert print_command(str(broken), tmp_path / "sheet.pdf", data_dir) == 1
    error = capsys.readouterr().err
    assert f"{broken}:4:5: error: unknown key 'hodl'" in error


@pytest.mark.parametrize("target", ["missing-folder/sheet.pdf", "."])
def test_unwritable_output_is_a_clear_error(
    qapp: QApplication, tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str], target: str
) -> None:
    out = tmp_path / target
    assert print_command("desk-break", out, data_dir) == 1
    error = capsys.readouterr().err
    assert error.startswith(f"backpain-timer: error: cannot write {out}")
    assert "Traceback" not in error


def test_cli_prints_without_a_display(tmp_path: Path, data_dir: Path) -> None:
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    out = tmp_path / "cli.pdf"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "backpain_timer",
            "--data-dir",
            str(data_dir),
            "print",
            "desk-break",
            str(out),
        ],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")


def test_the_sheet_says_what_is_needed_who_should_adapt_and_the_red_flags(
    qapp: QApplication, tmp_path: Path, data_dir: Path
) -> None:
    out = tmp_path / "core.pdf"
    assert print_command("posture-and-core", out, data_dir) == 0
    text = _text(_pdf(out))
    assert "need: a mat, a band, a door anchor" in text
    assert "Skip or adapt a step if:" in text
    assert "Pregnancy: skip lying face down. (Forearm plank, Prone back extension)" in text
    assert "Check with a healthcare professional before starting a new routine" in text
    assert "Numbness, tingling or weakness: stop and get checked by a doctor today." in text
    assert "Call emergency services for chest pain" in text
