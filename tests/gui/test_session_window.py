"""The session window driven like a user would: buttons and keys, with time from a fake clock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from backpain_timer.domain.events import Event, SegmentStarted, SessionStopped
from backpain_timer.domain.routine import Exercise, Routine, Step
from backpain_timer.domain.session import SessionState
from backpain_timer.storage.library import Library
from backpain_timer.ui.main_window import MainWindow
from backpain_timer.ui.session.record_writer import RecordWriter
from tests.helpers.fake_clock import FakeClock
from tests.helpers.short_session import (
    SHORT_ROUTINE_ID,
    SHORT_ROUTINE_SECONDS,
    advance,
    controller,
    saved_records,
    start_short,
)


def key(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    QTest.keyClick(window, key)


def test_start_shows_get_ready_then_the_first_hold(window: MainWindow, clock: FakeClock) -> None:
    start_short(window)
    view = window.session_view
    assert window.stack.currentWidget() is view
    assert view.phase_label.text() == "Get ready"
    assert view.exercise_label.text() == "Thread the needle"
    assert view.ring.text == "00:03"
    assert view.next_label.text() == "Next: Thread the needle (left) · 5s"
    assert view.total_label.text() == "00:21 left"

    advance(window, clock, 3)
    assert view.phase_label.text() == "Hold"
    assert view.side_label.text() == "LEFT side"
    assert view.ring.text == "00:05"
    assert view.next_label.text() == ""
    assert "Keep it easy." in view.details_label.text()


def test_the_caution_comes_before_the_how_to_so_it_is_never_below_the_fold(
    window: MainWindow, clock: FakeClock
) -> None:
    start_short(window)
    exercise = window.library.exercises["thread-the-needle"]
    text = window.session_view.details_label.text()
    positions = [text.index(part) for part in ("Keep it easy.", "⚠", exercise.instructions[0][:20])]
    assert positions == sorted(positions)
    assert text.count("<li>") == len(exercise.instructions) + len(exercise.cues)


def test_digits_change_exactly_at_whole_seconds(window: MainWindow, clock: FakeClock) -> None:
    start_short(window)
    view = window.session_view
    advance(window, clock, 0.999)
    assert view.ring.text == "00:03"
    advance(window, clock, 0.001)
    assert view.ring.text == "00:02"


def test_timer_wakes_just_after_the_next_whole_second(window: MainWindow, clock: FakeClock) -> None:
    start_short(window)
    wake = controller(window).next_wake_ms()
    assert wake is not None and 1000 < wake <= 1010
    advance(window, clock, 0.3)
    wake = controller(window).next_wake_ms()
    assert wake is not None and 700 < wake <= 710


def test_space_pauses_and_the_countdown_stays_frozen(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    start_short(window)
    view = window.session_view
    advance(window, clock, 1)
    key(qtbot, window, Qt.Key.Key_Space)
    assert controller(window).state is SessionState.PAUSED
    assert view.pause_button.text() == "Resume"
    assert view.pause_button.toolTip() == "Resume (Space)"
    assert controller(window).next_wake_ms() is None  # nothing runs while paused

    advance(window, clock, 30)
    assert view.ring.text == "00:02"
    assert view.phase_label.text() == "Paused"  # seen from across the room: the phase word says so

    key(qtbot, window, Qt.Key.Key_Space)
    assert controller(window).state is SessionState.RUNNING
    assert view.phase_label.text() == "Get ready"
    assert view.pause_button.text() == "Pause"
    advance(window, clock, 1)
    assert view.ring.text == "00:01"


def test_pause_button_and_resume(window: MainWindow, qtbot: QtBot, clock: FakeClock) -> None:
    start_short(window)
    QTest.mouseClick(window.session_view.pause_button, Qt.MouseButton.LeftButton)
    assert controller(window).state is SessionState.PAUSED
    QTest.mouseClick(window.session_view.pause_button, Qt.MouseButton.LeftButton)
    assert controller(window).state is SessionState.RUNNING


def test_right_skips_and_left_goes_back(window: MainWindow, qtbot: QtBot, clock: FakeClock) -> None:
    start_short(window)
    view = window.session_view
    advance(window, clock, 3)
    key(qtbot, window, Qt.Key.Key_Right)
    assert view.phase_label.text() == "Switch sides"
    assert view.side_label.text() == "to the RIGHT side"
    assert view.next_label.text() == "Next: Thread the needle (right) · 5s"
    assert view.ring.text == "00:02"

    key(qtbot, window, Qt.Key.Key_Left)
    assert view.phase_label.text() == "Hold"
    assert view.side_label.text() == "LEFT side"
    assert view.ring.text == "00:05"


def test_skip_and_previous_buttons(window: MainWindow, qtbot: QtBot, clock: FakeClock) -> None:
    start_short(window)
    view = window.session_view
    QTest.mouseClick(view.skip_button, Qt.MouseButton.LeftButton)
    assert view.phase_label.text() == "Hold"
    advance(window, clock, 3)
    QTest.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)  # 3 s in: restart this hold
    assert view.ring.text == "00:05"
    assert view.side_label.text() == "LEFT side"


def test_events_reach_listeners_in_order(window: MainWindow, clock: FakeClock) -> None:
    seen: list[Event] = []
    window.session_started.connect(lambda started: started.events_emitted.connect(seen.append))
    start_short(window)
    advance(window, clock, 3)
    controller(window).stop()
    kinds = [type(event).__name__ for event in seen]
    assert kinds[0] == "SegmentStarted"
    assert isinstance(seen[-1], SessionStopped)
    assert sum(isinstance(event, SegmentStarted) for event in seen) == 2


def test_finishing_shows_the_end_screen_and_records_the_session(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    start_short(window)
    advance(window, clock, 3)
    key(qtbot, window, Qt.Key.Key_Space)
    clock.advance(7)  # a 7 s pause: counts in elapsed time, not in active time
    key(qtbot, window, Qt.Key.Key_Space)
    advance(window, clock, SHORT_ROUTINE_SECONDS - 3)

    end = window.end_view
    assert window.stack.currentWidget() is end
    assert end.title_label.text() == "Well done!"
    assert end.planned_value.text() == "00:21"
    assert end.actual_value.text().startswith("00:21")
    assert "00:28" in end.actual_value.text()
    assert end.holds_value.text() == "3 done, none skipped"

    qtbot.waitUntil(lambda: end.save_label.text() == "Saved to your history.")
    (record,) = saved_records(window)
    assert record.routine_id == SHORT_ROUTINE_ID
    assert record.completed
    assert record.planned_seconds == SHORT_ROUTINE_SECONDS
    assert record.active_seconds == pytest.approx(SHORT_ROUTINE_SECONDS)
    assert record.elapsed_seconds == pytest.approx(SHORT_ROUTINE_SECONDS + 7)
    assert (record.holds_done, record.holds_skipped) == (3, 0)
    assert record.tags == ("core", "desk")

    QTest.mouseClick(end.home_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.home


def test_esc_stops_after_a_hold_began_and_records_not_completed(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    start_short(window)
    advance(window, clock, 3)
    key(qtbot, window, Qt.Key.Key_Right)  # skip the left hold
    advance(window, clock, 1)
    key(qtbot, window, Qt.Key.Key_Escape)

    end = window.end_view
    assert window.stack.currentWidget() is end
    assert end.title_label.text() == "Stopped early"
    assert end.holds_value.text() == "0 done, 1 skipped"
    qtbot.waitUntil(lambda: end.save_label.text() == "Saved to your history.")
    (record,) = saved_records(window)
    assert not record.completed
    assert record.holds_skipped == 1
    assert record.active_seconds == pytest.approx(4)


def test_stop_while_getting_ready_goes_home_and_records_nothing(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    start_short(window)
    advance(window, clock, 1)
    QTest.mouseClick(window.session_view.stop_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.home
    assert window.history_writer.wait()
    assert not window.history_writer.database.exists()


def test_f11_toggles_fullscreen_and_esc_leaves_it_before_stopping(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    start_short(window)
    key(qtbot, window, Qt.Key.Key_F11)
    assert window.isFullScreen()
    key(qtbot, window, Qt.Key.Key_Escape)
    assert not window.isFullScreen()
    assert controller(window).state is SessionState.RUNNING
    QTest.mouseClick(window.session_view.fullscreen_button, Qt.MouseButton.LeftButton)
    assert window.isFullScreen()
    key(qtbot, window, Qt.Key.Key_F11)
    assert not window.isFullScreen()
    key(qtbot, window, Qt.Key.Key_Escape)
    assert controller(window).state is SessionState.STOPPED


def test_m_asks_for_mute(window: MainWindow, qtbot: QtBot) -> None:
    start_short(window)
    with qtbot.waitSignal(window.session_view.mute_toggled, timeout=1000):
        key(qtbot, window, Qt.Key.Key_M)


def test_controls_have_names_and_tooltips_with_their_keys(window: MainWindow) -> None:
    view = window.session_view
    for button, shortcut in (
        (view.previous_button, "Left"),
        (view.pause_button, "Space"),
        (view.skip_button, "Right"),
        (view.stop_button, "Esc"),
        (view.fullscreen_button, "F11"),
    ):
        assert button.accessibleName()
        assert f"({shortcut})" in button.toolTip()


def test_a_failed_save_is_shown_in_the_status_bar(
    qtbot: QtBot, library: Library, clock: FakeClock, tmp_path: Path
) -> None:
    blocked = tmp_path / "not-a-dir"
    blocked.write_text("a file where the data folder should be")
    main_window = MainWindow(library, clock=clock, history_writer=RecordWriter(blocked / "history.sqlite3"))
    qtbot.addWidget(main_window)
    start_short(main_window)
    advance(main_window, clock, SHORT_ROUTINE_SECONDS)

    qtbot.waitUntil(lambda: "Could not save" in main_window.statusBar().currentMessage())
    assert "not-a-dir" in main_window.statusBar().currentMessage()
    assert main_window.end_view.save_label.text().startswith("Not saved")


def test_the_display_catches_up_after_a_stall(window: MainWindow, clock: FakeClock) -> None:
    start_short(window)
    advance(window, clock, 9.5)  # a frozen GUI thread: the timer fires late, once
    view = window.session_view
    assert view.phase_label.text() == "Switch sides"
    assert view.ring.text == "00:01"
    assert view.total_label.text() == "00:12 left"


def test_between_reps_without_sides_the_screen_says_rest_and_the_next_rep(
    window: MainWindow, clock: FakeClock
) -> None:
    """The plan's switch between two reps of a sideless exercise is a rest: no "Switch sides" on screen."""
    routine = Routine(
        id="reps", name="Reps", prepare=0, switch=3, steps=(Step(Exercise(name="Squeeze", hold=5.0), reps=3),)
    )
    window.start_routine(routine, quick_start=True)
    view = window.session_view
    advance(window, clock, 5)  # the first rep's hold
    assert view.phase_label.text() == "Rest"
    assert view.next_label.text().startswith("Next: rep 2 of 3")
