"""Hands-free session control: the keyboard's media keys, and a click anywhere as the big target."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from backpain_timer.domain.session import SessionState
from backpain_timer.ui.main_window import MainWindow
from tests.helpers.fake_clock import FakeClock
from tests.helpers.short_session import advance, controller, start_short


def state(window: MainWindow) -> SessionState:
    """The state of the session under way, read anew at each check."""
    return controller(window).engine.state


# QTest types media keys fine, but says it has no text for them.
@pytest.mark.qt_log_ignore("keyToAscii Unhandled key code")
def test_media_keys_pause_resume_skip_go_back_and_stop(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    start_short(window)
    view = window.session_view
    engine = controller(window).engine
    qtbot.keyClick(view, Qt.Key.Key_MediaPause)
    assert state(window) is SessionState.PAUSED
    qtbot.keyClick(view, Qt.Key.Key_MediaPause)  # Pause pauses; it never resumes
    assert state(window) is SessionState.PAUSED
    qtbot.keyClick(view, Qt.Key.Key_MediaPlay)
    assert state(window) is SessionState.RUNNING
    qtbot.keyClick(view, Qt.Key.Key_MediaTogglePlayPause)
    assert state(window) is SessionState.PAUSED
    qtbot.keyClick(view, Qt.Key.Key_MediaTogglePlayPause)
    advance(window, clock, 3.5)  # the first hold
    qtbot.keyClick(view, Qt.Key.Key_MediaNext)
    assert engine.holds_skipped == 1
    qtbot.keyClick(view, Qt.Key.Key_MediaPrevious)
    assert engine.current_segment is not None and engine.current_segment.index == 1  # the hold again
    qtbot.keyClick(view, Qt.Key.Key_MediaStop)
    assert state(window) is SessionState.STOPPED and not engine.completed


def test_a_click_on_the_view_pauses_and_resumes_only_with_the_big_target_on(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    start_short(window)
    view = window.session_view
    qtbot.mouseClick(view.exercise_label, Qt.MouseButton.LeftButton)
    assert state(window) is SessionState.RUNNING  # off by default: a stray click changes nothing
    assert window.settings_store.update(big_target=True) is None
    qtbot.mouseClick(view.exercise_label, Qt.MouseButton.LeftButton)
    assert state(window) is SessionState.PAUSED
    qtbot.mouseClick(view.ring, Qt.MouseButton.LeftButton)
    assert state(window) is SessionState.RUNNING
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton)
    assert state(window) is SessionState.PAUSED


def test_the_buttons_keep_their_own_meaning_with_the_big_target_on(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    assert window.settings_store.update(big_target=True) is None
    start_short(window)
    engine = controller(window).engine
    qtbot.mouseClick(window.session_view.skip_button, Qt.MouseButton.LeftButton)
    assert state(window) is SessionState.RUNNING
    assert engine.current_segment is not None and engine.current_segment.index == 1
