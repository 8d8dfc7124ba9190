"""A stopped or starved app, seen from the window: the session waits, says why, and the record leaves the
frozen time out. Time comes from a fake clock; ``controller.wake()`` is the session timer firing late."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from backpain_timer.domain.cues import CueKind
from backpain_timer.domain.plan import plan
from backpain_timer.domain.routine import Exercise, Routine, Step
from backpain_timer.domain.session import SessionEngine, SessionState
from backpain_timer.ui.cues.player import RecordingCuePlayer
from backpain_timer.ui.main_window import MainWindow
from backpain_timer.ui.session.controller import SessionController
from backpain_timer.ui.session.flow import suspend_clock_beside
from tests.helpers.fake_clock import FakeClock
from tests.helpers.short_session import (
    SHORT_ROUTINE_SECONDS,
    advance,
    controller,
    saved_records,
    start_short,
)

INTERRUPTED = "Paused — the timer was interrupted"


def test_a_frozen_app_wakes_up_paused_and_the_record_leaves_the_gap_out(
    window: MainWindow, qtbot: QtBot, clock: FakeClock, cue_player: RecordingCuePlayer
) -> None:
    start_short(window)
    states: list[SessionState] = []
    controller(window).state_changed.connect(states.append)
    advance(window, clock, 4)  # 1 s into the first hold
    view = window.session_view
    assert view.paused_label.isHidden()

    clock.advance(5)  # stopped (SIGSTOP) for about 5 s
    controller(window).wake()  # the timer's wake-up, 4 s later than it was set for
    assert states == [SessionState.PAUSED], "the same state change as a pause by the person"
    assert not view.paused_label.isHidden()
    assert view.paused_label.text().startswith(INTERRUPTED)
    assert view.pause_button.text() == "Resume"
    assert view.ring.text == "00:04", "the hold waits where it was last seen"
    assert controller(window).next_wake_ms() is None, "nothing runs while it waits"

    cue_player.calls.clear()
    QTest.keyClick(window, Qt.Key.Key_Space)
    assert states[-1] is SessionState.RUNNING
    assert view.paused_label.isHidden()
    assert cue_player.calls == [("play", CueKind.CHIME)], "one cue says the timer runs again"

    advance(window, clock, SHORT_ROUTINE_SECONDS - 4)
    qtbot.waitUntil(lambda: window.end_view.save_label.text() == "Saved to your history.")
    (record,) = saved_records(window)
    assert record.completed and record.holds_done == 3
    assert record.active_seconds == SHORT_ROUTINE_SECONDS, "the 5 s gap is not active time"
    assert record.elapsed_seconds == SHORT_ROUTINE_SECONDS + 5


def test_a_hiccup_under_3_s_catches_up_as_before(window: MainWindow, clock: FakeClock) -> None:
    start_short(window)
    advance(window, clock, 4)
    clock.advance(3.0)  # the timer was set for 1 s from now at most: under 3 s late
    controller(window).wake()
    assert controller(window).state is SessionState.RUNNING
    assert window.session_view.ring.text == "00:01", "3 s of the hold went by"
    assert window.session_view.paused_label.isHidden()


def test_space_pressed_during_a_freeze_finds_the_session_paused_by_it(
    window: MainWindow, clock: FakeClock
) -> None:
    start_short(window)
    advance(window, clock, 4)
    clock.advance(6)  # the key press is handled before the overdue timer
    QTest.keyClick(window, Qt.Key.Key_Space)
    engine = controller(window).engine
    assert engine.paused_by_interruption, "Space did not resume the session the freeze had paused"
    assert engine.active_seconds == 4
    assert window.session_view.paused_label.text().startswith(INTERRUPTED)


def test_a_segment_that_already_ended_is_collected_at_once(qtbot: QtBot) -> None:
    clock = FakeClock()
    routine = Routine("r", "R", (Step(Exercise("Child's pose"), hold=30.0),), prepare=5.0)
    session = SessionController(SessionEngine(plan(routine), clock))
    session.start()
    clock.advance(5.2)  # the get-ready ended while the window was repainting
    session.set_smooth(False)  # anything that plans the next wake-up
    assert session.next_wake_ms() == 0, "not a second later"
    with qtbot.waitSignal(session.events_emitted, timeout=500):
        pass
    assert session.engine.current_segment is not None
    assert session.engine.current_segment.index == 1
    session.stop()


def test_the_app_clock_has_a_suspend_counting_clock_beside_it_and_a_test_clock_none() -> None:
    assert suspend_clock_beside(FakeClock()) is None, "a fake clock's sleep is the test's to fake"
    boottime = suspend_clock_beside(time.monotonic)
    if hasattr(time, "CLOCK_BOOTTIME"):
        monotonic_before = time.monotonic()
        assert boottime is not None and boottime() >= monotonic_before, "it counts all the monotonic one does"
