"""A window language whose compiled translations are missing says so, instead of quietly showing English."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from backpain_timer.ui.translations import use_window_language
from tests.helpers.window_language import build_qm


def test_a_missing_catalogue_is_named_and_a_built_one_is_not(qapp: QApplication, tmp_path: Path) -> None:
    try:
        missing = use_window_language(qapp, "de", tmp_path).problem
        built = use_window_language(qapp, "de", build_qm(tmp_path / "built")).problem
    finally:
        use_window_language(qapp, "en")
    assert str(tmp_path / "backpain_timer_de.qm") in missing
    assert "not translated" in missing
    assert built == ""
