"""Check-ins, advice, the disclaimer and history through the real main window, as a user meets them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from backpain_timer.domain.advice import WHEN_TO_STOP
from backpain_timer.storage.history_db import HistoryStore
from backpain_timer.storage.history_summary import local_timezone
from backpain_timer.storage.library import Library
from backpain_timer.storage.settings import Settings
from backpain_timer.ui.checkin.advice_panel import headline
from backpain_timer.ui.main_window import MainWindow
from tests.helpers.fake_clock import FakeClock
from tests.helpers.records import finished_session
from tests.helpers.short_session import (
    SHORT_ROUTINE_ID,
    SHORT_ROUTINE_SECONDS,
    advance,
    controller,
    saved_records,
    start_short,
    start_short_from_home,
)
from tests.helpers.windows import open_main_window

TODAY = date(2026, 3, 12)  # the history's "today" where a test needs one: never the wall clock's


def press(
    window: MainWindow, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key as the user types it: to the widget that has the focus."""
    focus = QApplication.focusWidget()
    QTest.keyClick(focus if focus is not None else window, key, modifier)


def tick(window: MainWindow, qtbot: QtBot, symptom: str) -> None:
    """Alt + the symptom's underlined letter; the box ticks once its click animation ends."""
    press(window, Qt.Key(ord(symptom[0].upper())), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(window.before_view.checkin.symptom_boxes[symptom].isChecked)


def click(button: QWidget) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def running_routine(window: MainWindow) -> str:
    assert window.stack.currentWidget() is window.session_view
    return controller(window).engine.plan.routine.id


def test_start_asks_first_and_one_key_skips(window: MainWindow, clock: FakeClock, qtbot: QtBot) -> None:
    start_short_from_home(window)
    assert window.stack.currentWidget() is window.before_view
    assert window.controller is None  # nothing runs while the question is on screen
    press(window, Qt.Key.Key_S)
    assert running_routine(window) == SHORT_ROUTINE_ID

    advance(window, clock, SHORT_ROUTINE_SECONDS)
    qtbot.waitUntil(lambda: len(saved_records(window)) == 1)
    record = saved_records(window)[0]
    assert (record.pain_before, record.symptoms) == (None, ())


def test_cool_down_now_asks_first_and_one_key_skips(window: MainWindow) -> None:
    # Right after a run is when numbness or chest pain matter most (issue 15: it used to start at once).
    click(window.home.cool_down_button)
    assert window.stack.currentWidget() is window.before_view
    assert window.controller is None
    press(window, Qt.Key.Key_Escape)
    assert running_routine(window) == "post-run-cool-down"


def test_cool_down_now_starts_at_once_when_the_question_is_off(
    qtbot: QtBot, library: Library, clock: FakeClock
) -> None:
    window = open_main_window(qtbot, library, clock, settings=Settings(checkin_before=False))
    click(window.home.cool_down_button)
    assert running_routine(window) == "post-run-cool-down"


def test_a_tray_quick_start_asks_first(window: MainWindow) -> None:
    window.start_routine_id("post-run-cool-down")
    assert window.stack.currentWidget() is window.before_view
    press(window, Qt.Key.Key_S)
    assert running_routine(window) == "post-run-cool-down"


def test_start_from_the_command_line_starts_at_once_unless_turned_on(
    qtbot: QtBot, library: Library, clock: FakeClock
) -> None:
    window = open_main_window(qtbot, library, clock)
    window.start_routine(library.load(SHORT_ROUTINE_ID), quick_start=True)  # what --start does
    assert running_routine(window) == SHORT_ROUTINE_ID
    asked = open_main_window(qtbot, library, clock, settings=Settings(checkin_before_quick_start=True))
    asked.start_routine(library.load(SHORT_ROUTINE_ID), quick_start=True)
    assert asked.stack.currentWidget() is asked.before_view


def test_cool_down_now_asks_when_the_settings_say_so(
    qtbot: QtBot, library: Library, clock: FakeClock
) -> None:
    window = open_main_window(qtbot, library, clock, settings=Settings(checkin_before_quick_start=True))
    click(window.home.cool_down_button)
    assert window.stack.currentWidget() is window.before_view


def test_symptoms_show_the_urgent_panel_and_going_on_starts_the_session(
    window: MainWindow, qtbot: QtBot
) -> None:
    start_short_from_home(window)
    tick(window, qtbot, "tingling")
    press(window, Qt.Key.Key_Return)
    panel = window.before_view.advice_panel
    assert window.before_view.currentWidget() is panel
    assert window.controller is None
    assert panel.headline_label.text() == headline("urgent")
    assert "tingling" in panel.text_label.text()
    assert "prompt medical attention" not in panel.text_label.text()  # said once, in the headline
    assert "doctor" in panel.text_label.text()

    click(panel.go_on_button)
    assert running_routine(window) == SHORT_ROUTINE_ID


def test_high_pain_offers_a_gentler_routine_and_switching_starts_it(window: MainWindow) -> None:
    start_short_from_home(window)
    press(window, Qt.Key.Key_8)
    press(window, Qt.Key.Key_Return)
    panel = window.before_view.advice_panel
    assert panel.title_label.text() == "Go easy today"
    click(panel.routine_buttons["breathing-reset"])
    assert running_routine(window) == "breathing-reset"


def test_both_check_ins_and_symptoms_reach_the_record_and_the_history(
    window: MainWindow, clock: FakeClock, qtbot: QtBot
) -> None:
    start_short_from_home(window)
    press(window, Qt.Key.Key_2)
    tick(window, qtbot, "numbness")
    press(window, Qt.Key.Key_Return)
    click(window.before_view.advice_panel.go_on_button)
    advance(window, clock, SHORT_ROUTINE_SECONDS)

    assert window.stack.currentWidget() is window.end_view
    after = window.end_view.checkin
    assert after is not None and after.isVisible()
    press(window, Qt.Key.Key_3)
    assert after.scale.value() == 3
    press(window, Qt.Key.Key_Return)  # home; the answer picked is kept
    assert window.stack.currentWidget() is window.home

    qtbot.waitUntil(lambda: [r.pain_after for r in saved_records(window)] == [3])
    record = saved_records(window)[0]
    assert (record.pain_before, record.pain_after, record.symptoms) == (2, 3, ("numbness",))

    click(window.home.history_button)
    history = window.history_view
    assert history is not None and window.stack.currentWidget() is history
    assert history.model.rowCount() == 1
    assert history.model.index(0, 1).data() == "Short test routine"
    assert history.model.index(0, 5).data() == "2 → 3"
    press(window, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.home


def test_symptoms_ticked_after_the_session_update_its_saved_record(
    window: MainWindow, clock: FakeClock, qtbot: QtBot
) -> None:
    start_short_from_home(window)
    press(window, Qt.Key.Key_2)
    press(window, Qt.Key.Key_Return)
    advance(window, clock, SHORT_ROUTINE_SECONDS)
    qtbot.waitUntil(lambda: len(saved_records(window)) == 1)  # saved before the user answers
    after = window.end_view.checkin
    assert after is not None
    press(window, Qt.Key.Key_6)
    assert after.rose_card.isVisible()
    click(after.after_symptoms.boxes["weakness"])
    click(after.save_button)
    qtbot.waitUntil(lambda: saved_records(window)[0].symptoms_after == ("weakness",))
    (record,) = saved_records(window)
    assert (record.pain_before, record.symptoms, record.pain_after) == (2, (), 6)

    click(after.after_symptoms.boxes["weakness"])  # unticked after Save, then home
    click(window.end_view.home_button)
    assert window.stack.currentWidget() is window.home
    qtbot.waitUntil(lambda: saved_records(window)[0].symptoms_after == ())
    assert saved_records(window) == [replace(record, symptoms_after=())]  # the rest as it was


def test_session_keys_pressed_past_the_end_neither_answer_nor_leave(window: MainWindow) -> None:
    start_short(window)
    for _ in range(12):  # five segments, then seven more presses on the end screen
        press(window, Qt.Key.Key_Right)
    press(window, Qt.Key.Key_Space)
    assert window.stack.currentWidget() is window.end_view
    after = window.end_view.checkin
    assert after is not None and after.scale.value() is None
    press(window, Qt.Key.Key_4)  # the focus stayed put: a digit still answers
    assert after.scale.value() == 4


def test_the_after_question_is_not_shown_when_turned_off(
    qtbot: QtBot, library: Library, clock: FakeClock
) -> None:
    window = open_main_window(qtbot, library, clock, settings=Settings(checkin_after=False))
    start_short(window)
    advance(window, clock, SHORT_ROUTINE_SECONDS)
    assert window.stack.currentWidget() is window.end_view
    assert window.end_view.checkin is not None and not window.end_view.checkin.isVisible()


def test_ctrl_h_opens_history_and_shows_the_trend_note(
    qtbot: QtBot, library: Library, clock: FakeClock
) -> None:
    # Noon of a fixed day in the zone the history counts days in: the sessions are that morning's.
    now = datetime(TODAY.year, TODAY.month, TODAY.day, 12, tzinfo=local_timezone())
    with HistoryStore(library.data.history_db) as store:
        store.append_many(
            finished_session(
                "desk-break",
                "Desk break",
                now - timedelta(hours=hours),
                minutes=5,
                holds_done=4,
                pain_before=5,
            )
            for hours in (1, 2, 3, 4, 5)
        )
    window = open_main_window(qtbot, library, clock, today=lambda: TODAY)
    QTest.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    history = window.history_view
    assert history is not None and window.stack.currentWidget() is history
    assert history.trend_label.isVisible()
    assert "physical therapist" in history.trend_label.text()
    click(history.back_button)
    assert window.stack.currentWidget() is window.home


def test_the_disclaimer_shows_on_first_run_and_dismissing_it_lasts(
    qtbot: QtBot, library: Library, clock: FakeClock, data_dir: Path
) -> None:
    first = open_main_window(qtbot, library, clock)
    banner = first.banner
    assert banner is not None and banner.isVisible()
    assert "not medical advice" in banner.text_label.text()
    start_short(first)
    assert not banner.isVisible()  # the session view gets the whole window
    advance(first, clock, SHORT_ROUTINE_SECONDS)
    assert first.stack.currentWidget() is first.end_view
    assert not banner.isVisible()  # nor does it come back on the end screen
    first.show_history()
    assert banner.isVisible()
    first.show_home()
    assert banner.isVisible()
    click(banner.dismiss_button)
    assert not banner.isVisible()

    second = open_main_window(qtbot, Library(library.data), clock)
    assert second.banner is None


def test_the_first_get_ready_of_the_day_says_when_to_stop(window: MainWindow, clock: FakeClock) -> None:
    window.start_routine(window.library.load(SHORT_ROUTINE_ID), quick_start=True)
    details = window.session_view.details_label
    assert WHEN_TO_STOP in details.text()
    assert WHEN_TO_STOP == (
        "A gentle stretch is fine. Sharp, shooting or burning pain, or pins and needles: stop (Esc)."
    )
    advance(window, clock, 3.5)  # into the first hold: the how-to gets the room back
    assert WHEN_TO_STOP not in details.text()
    controller(window).stop()
    window.start_routine(window.library.load(SHORT_ROUTINE_ID), quick_start=True)
    assert WHEN_TO_STOP not in window.session_view.details_label.text()  # once a day is enough
