"""One settings store: every part reads it and listens to it, and only it writes the settings file."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from backpain_timer.storage.library import Library
from backpain_timer.storage.settings import load_settings
from backpain_timer.ui.main_window import MainWindow
from tests.helpers.fake_clock import FakeClock


def test_a_change_in_the_open_settings_dialog_keeps_the_dismissed_notice_away(
    qtbot: QtBot, window: MainWindow, library: Library, clock: FakeClock
) -> None:
    """The bug: the dialog kept its own copy of the settings and wrote ``disclaimer_dismissed=false`` back."""
    QTest.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.settings_dialog
    assert dialog is not None and dialog.isVisible()
    banner = window.banner
    assert banner is not None
    qtbot.mouseClick(banner.dismiss_button, Qt.MouseButton.LeftButton)
    box = dialog.cues_page.halfway
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))

    saved, problems = load_settings(library.data.settings_file)
    assert problems == []
    assert not saved.halfway
    assert saved.disclaimer_dismissed, "the dialog wrote the notice back"
    next_start = MainWindow(library, clock=clock)
    qtbot.addWidget(next_start)
    assert next_start.banner is None, "the notice came back on the next start"
