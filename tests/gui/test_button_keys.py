"""Buttons behave the same on every screen: Enter and Space press the focused button (with the app's theme,
as the app runs), and the end screen's "Back to home" drops only a pause key pressed as the session ends."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from backpain_timer.domain.advice import advice_before_session
from backpain_timer.ui.checkin.advice_panel import AdvicePanel
from backpain_timer.ui.checkin.questions import AfterCheckinPanel
from backpain_timer.ui.session.end_view import SPACE_GRACE_SECONDS, EndView
from tests.helpers.fake_clock import FakeClock


def focus_in_window(qtbot: QtBot, page: QWidget, button: QPushButton) -> None:
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    button.setFocus()
    assert QApplication.focusWidget() is button


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space])
def test_enter_and_space_press_the_advice_panels_buttons(
    themed: QApplication, qtbot: QtBot, key: Qt.Key
) -> None:
    advice = advice_before_session(8, ())
    assert advice is not None
    panel = AdvicePanel()
    panel.show_advice(advice, "Desk break")
    focus_in_window(qtbot, panel, panel.go_on_button)
    with qtbot.waitSignal(panel.go_on, timeout=1000):
        QTest.keyClick(panel.go_on_button, key)


def test_enter_presses_a_plain_button_anywhere(themed: QApplication, qtbot: QtBot) -> None:
    page = QWidget()
    button = QPushButton("About your back", page)
    focus_in_window(qtbot, page, button)
    with qtbot.waitSignal(button.clicked, timeout=1000):
        QTest.keyClick(button, Qt.Key.Key_Return)


def test_space_goes_home_from_the_end_screen_but_not_as_the_session_ends(
    themed: QApplication, qtbot: QtBot
) -> None:
    clock = FakeClock()
    end = EndView(AfterCheckinPanel(clock), clock=clock)
    focus_in_window(qtbot, end, end.home_button)
    with qtbot.assertNotEmitted(end.home_requested):
        QTest.keyClick(end.home_button, Qt.Key.Key_Space)  # the pause key, a moment after the end
    clock.advance(SPACE_GRACE_SECONDS)
    with qtbot.waitSignal(end.home_requested, timeout=1000):
        QTest.keyClick(end.home_button, Qt.Key.Key_Space)
