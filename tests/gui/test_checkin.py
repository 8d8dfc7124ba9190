"""Pain check-ins and advice as a user meets them: keys, ticks, panels, and the end screen never held up."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from backpain_timer.domain.advice import advise
from backpain_timer.storage.settings import Settings
from backpain_timer.ui.checkin.advice_panel import headline
from backpain_timer.ui.checkin.before_session import BeforeSessionView
from backpain_timer.ui.checkin.emergency_colors import LIGHT_EMERGENCY
from backpain_timer.ui.checkin.flow import AfterAnswer, BeforeSessionFlow, SessionStart
from backpain_timer.ui.checkin.questions import AfterCheckinPanel
from backpain_timer.ui.session.end_view import EndView
from tests.helpers.fake_clock import FakeClock
from tests.helpers.windows import show_and_activate

NAMES = {"breathing-reset": "Breathing reset", "upper-back-relief": "Upper back relief"}


@pytest.fixture
def view(qtbot: QtBot, clock: FakeClock) -> BeforeSessionView:
    page = BeforeSessionView(NAMES, clock)
    qtbot.addWidget(page)
    page.begin(BeforeSessionFlow(Settings(), "post-run-cool-down"), "Post-run cool-down")
    page.show()
    qtbot.waitExposed(page)
    return page


def finish(qtbot: QtBot, view: BeforeSessionView, action: object) -> SessionStart | None:
    with qtbot.waitSignal(view.finished) as blocker:
        action()  # type: ignore[operator]
    outcome = blocker.args[0] if blocker.args else None
    assert outcome is None or isinstance(outcome, SessionStart)
    return outcome


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape, Qt.Key.Key_S])
def test_one_key_skips_and_records_nothing(qtbot: QtBot, view: BeforeSessionView, key: Qt.Key) -> None:
    outcome = finish(qtbot, view, lambda: qtbot.keyClick(view.checkin, key))
    assert outcome == SessionStart("post-run-cool-down", None, ())


def test_a_digit_then_enter_answers(qtbot: QtBot, view: BeforeSessionView) -> None:
    qtbot.keyClick(view.checkin, Qt.Key.Key_4)
    assert view.checkin.scale.value_label.text() == "4"
    assert view.checkin.scale.slider.value() == 4
    outcome = finish(qtbot, view, lambda: qtbot.keyClick(view.checkin, Qt.Key.Key_Return))
    assert outcome == SessionStart("post-run-cool-down", 4, ())


def test_one_then_zero_is_ten(qtbot: QtBot, view: BeforeSessionView, clock: FakeClock) -> None:
    qtbot.keyClick(view.checkin, Qt.Key.Key_1)
    clock.advance(0.5)
    qtbot.keyClick(view.checkin, Qt.Key.Key_0)
    assert view.checkin.scale.value() == 10
    assert view.checkin.scale.value_label.text() == "10"


def test_one_and_zero_far_apart_is_zero(qtbot: QtBot, view: BeforeSessionView, clock: FakeClock) -> None:
    qtbot.keyClick(view.checkin, Qt.Key.Key_1)
    clock.advance(5)
    qtbot.keyClick(view.checkin, Qt.Key.Key_0)
    assert view.checkin.scale.value() == 0


def test_the_slider_answers_too(qtbot: QtBot, view: BeforeSessionView) -> None:
    assert view.checkin.scale.value_label.text() == "–"  # nothing chosen yet
    view.checkin.scale.slider.setFocus()
    qtbot.keyClick(view.checkin.scale.slider, Qt.Key.Key_Right)
    qtbot.keyClick(view.checkin.scale.slider, Qt.Key.Key_Right)
    assert view.checkin.scale.value() == 2
    outcome = finish(qtbot, view, view.checkin.continue_button.click)
    assert outcome is not None and outcome.pain_before == 2


def test_symptoms_show_the_urgent_panel_before_anything_starts(qtbot: QtBot, view: BeforeSessionView) -> None:
    view.checkin.symptom_boxes["tingling"].click()
    qtbot.keyClick(view.checkin, Qt.Key.Key_3)
    with qtbot.assertNotEmitted(view.finished):
        qtbot.keyClick(view.checkin, Qt.Key.Key_Return)
    panel = view.advice_panel
    assert view.currentWidget() is panel
    assert panel.headline_label.isVisible()
    assert panel.headline_label.text() == headline("urgent")
    assert "tingling" in panel.text_label.text()
    assert panel.routine_buttons == {}  # no routine is suggested with red flags
    assert panel.go_on_button.text() == "Go on anyway"
    outcome = finish(qtbot, view, panel.go_on_button.click)
    assert outcome == SessionStart("post-run-cool-down", 3, ("tingling",))


def test_back_from_the_urgent_panel_starts_nothing(qtbot: QtBot, view: BeforeSessionView) -> None:
    view.checkin.symptom_boxes["numbness"].click()
    view.checkin.continue_button.click()
    outcome = finish(qtbot, view, lambda: qtbot.keyClick(view.advice_panel, Qt.Key.Key_Escape))
    assert outcome is None


def test_pain_seven_offers_gentler_routines_and_switches(qtbot: QtBot, view: BeforeSessionView) -> None:
    qtbot.keyClick(view.checkin, Qt.Key.Key_7)
    qtbot.keyClick(view.checkin, Qt.Key.Key_Return)
    panel = view.advice_panel
    assert view.currentWidget() is panel
    assert not panel.headline_label.isVisible()
    assert panel.title_label.text() == "Go easy today"
    assert {button.text() for button in panel.routine_buttons.values()} == {
        "Switch to Breathing reset",
        "Switch to Upper back relief",
    }
    assert panel.go_on_button.text() == "Start “Post-run cool-down”"
    outcome = finish(qtbot, view, panel.routine_buttons["breathing-reset"].click)
    assert outcome == SessionStart("breathing-reset", 7, ())


def test_pain_seven_and_going_on_keeps_the_chosen_routine(qtbot: QtBot, view: BeforeSessionView) -> None:
    qtbot.keyClick(view.checkin, Qt.Key.Key_9)
    view.checkin.continue_button.click()
    outcome = finish(qtbot, view, view.advice_panel.go_on_button.click)
    assert outcome == SessionStart("post-run-cool-down", 9, ())


def test_a_second_press_after_finishing_starts_nothing_more(qtbot: QtBot, view: BeforeSessionView) -> None:
    finish(qtbot, view, view.checkin.skip_button.click)
    with qtbot.assertNotEmitted(view.finished):
        view.checkin.skip_button.click()
        view.checkin.continue_button.click()


@pytest.fixture
def end_view(qtbot: QtBot, clock: FakeClock) -> tuple[EndView, AfterCheckinPanel]:
    panel = AfterCheckinPanel(clock)
    return show_and_activate(qtbot, EndView(panel)), panel


def test_after_check_in_answers_with_keys_and_a_note(
    qtbot: QtBot, end_view: tuple[EndView, AfterCheckinPanel]
) -> None:
    end, panel = end_view
    end.home_button.setFocus()  # focus stays where the end screen put it
    qtbot.keyClick(end.home_button, Qt.Key.Key_2)
    assert panel.scale.value() == 2
    qtbot.keyClicks(panel.note_edit, "looser 10x")  # digits in the note are text, not answers
    assert panel.note_edit.text() == "looser 10x"
    assert panel.scale.value() == 2
    with qtbot.waitSignal(panel.answered) as blocker:
        panel.save_button.click()
    assert blocker.args == [AfterAnswer(2, "looser 10x")]
    assert panel.status_label.text() == "Thanks, noted."


def test_thanks_noted_goes_as_soon_as_the_answer_differs_from_the_one_saved(
    qtbot: QtBot, end_view: tuple[EndView, AfterCheckinPanel]
) -> None:
    end, panel = end_view
    qtbot.keyClick(end.home_button, Qt.Key.Key_4)
    with qtbot.waitSignal(panel.answered):
        panel.save_button.click()
    assert panel.status_label.text() == "Thanks, noted."
    qtbot.keyClick(end.home_button, Qt.Key.Key_6)
    assert panel.status_label.text() == ""
    qtbot.keyClick(end.home_button, Qt.Key.Key_4)  # back to what was saved: nothing new to send
    assert panel.status_label.text() == "Thanks, noted."
    with qtbot.assertNotEmitted(panel.answered):
        panel.commit()
    qtbot.keyClicks(panel.note_edit, "sore")
    assert panel.status_label.text() == ""
    with qtbot.waitSignal(panel.answered) as blocker:
        panel.save_button.click()
    assert blocker.args == [AfterAnswer(4, "sore")]
    assert panel.status_label.text() == "Thanks, noted."


def test_after_check_in_never_holds_up_the_end_screen(
    qtbot: QtBot, end_view: tuple[EndView, AfterCheckinPanel]
) -> None:
    end, panel = end_view
    end.home_button.setFocus()
    with qtbot.waitSignal(end.home_requested), qtbot.assertNotEmitted(panel.answered):
        qtbot.keyClick(end.home_button, Qt.Key.Key_Return)


def test_enter_in_the_question_saves_and_the_next_enter_goes_home(
    qtbot: QtBot, end_view: tuple[EndView, AfterCheckinPanel]
) -> None:
    end, panel = end_view
    panel.note_edit.setFocus()
    qtbot.keyClicks(panel.note_edit, "stiff")
    with qtbot.waitSignal(panel.answered) as blocker, qtbot.assertNotEmitted(end.home_requested):
        qtbot.keyClick(panel.note_edit, Qt.Key.Key_Return)
    assert blocker.args == [AfterAnswer(None, "stiff")]
    with qtbot.waitSignal(end.home_requested), qtbot.assertNotEmitted(panel.answered):
        qtbot.keyClick(end.focusWidget(), Qt.Key.Key_Return)


def test_enter_with_a_picked_answer_keeps_it_and_goes_home(
    qtbot: QtBot, end_view: tuple[EndView, AfterCheckinPanel]
) -> None:
    end, panel = end_view
    qtbot.keyClick(end.home_button, Qt.Key.Key_3)
    with qtbot.waitSignals([panel.answered, end.home_requested], order="strict"):
        qtbot.keyClick(end.home_button, Qt.Key.Key_Return)
    assert panel.scale.value() == 3


def test_leaving_with_an_unsaved_answer_still_sends_it_once(
    qtbot: QtBot, end_view: tuple[EndView, AfterCheckinPanel]
) -> None:
    _end, panel = end_view
    panel.scale.press_digit(5)
    with qtbot.waitSignal(panel.answered) as blocker:
        panel.commit()
    assert blocker.args == [AfterAnswer(5)]
    with qtbot.assertNotEmitted(panel.answered):
        panel.commit()


def test_skipping_after_records_nothing_and_locks_the_question(
    qtbot: QtBot, end_view: tuple[EndView, AfterCheckinPanel]
) -> None:
    end, panel = end_view
    with qtbot.waitSignal(panel.skipped), qtbot.assertNotEmitted(panel.answered):
        panel.skip_button.click()
        qtbot.keyClick(end.home_button, Qt.Key.Key_6)
        panel.commit()
    assert panel.scale.value() is None
    assert panel.status_label.text() == "Skipped."


def test_something_else_opens_the_rarer_symptoms(qtbot: QtBot, view: BeforeSessionView) -> None:
    checkin = view.checkin
    common = [name for name, box in checkin.symptom_boxes.items() if box.isVisible()]
    assert common == ["numbness", "tingling", "weakness"]
    assert not checkin.more_symptoms.isVisible()
    qtbot.keyClick(checkin, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(checkin.more_symptoms.isVisible)
    shown = {box.text() for name, box in checkin.symptom_boxes.items() if name not in common}
    assert "Chest pain or pressure, or pain spreading to the jaw or arm" in shown
    assert "Numbness around the groin or buttocks" in shown
    assert len(shown) == 8
    outcome = finish(qtbot, view, lambda: qtbot.keyClick(checkin, Qt.Key.Key_Escape))  # still one key
    assert outcome == SessionStart("post-run-cool-down", None, ())


def test_an_emergency_answer_shows_the_red_page_and_the_user_may_go_on(
    qtbot: QtBot, view: BeforeSessionView
) -> None:
    view.checkin.more_button.click()
    view.checkin.symptom_boxes["chest-pain"].click()
    qtbot.keyClick(view.checkin, Qt.Key.Key_3)
    qtbot.keyClick(view.checkin, Qt.Key.Key_Return)
    panel = view.advice_panel
    assert view.currentWidget() is panel
    assert panel.level == "emergency"
    assert panel.headline_label.text() == headline("emergency")
    assert "call your local emergency number now" in panel.text_label.text()
    assert LIGHT_EMERGENCY.background in panel.styleSheet()  # the whole page, not a card
    assert panel.back_button.property("primary") is True
    outcome = finish(qtbot, view, panel.go_on_button.click)
    assert outcome == SessionStart("post-run-cool-down", 3, ("chest-pain",))


def test_a_calmer_advice_after_an_emergency_is_not_red(qtbot: QtBot, view: BeforeSessionView) -> None:
    panel = view.advice_panel
    panel.show_advice(advise(None, ["saddle-numbness"]))
    assert panel.styleSheet()
    panel.show_advice(advise(None, ["night-pain"]))
    assert panel.styleSheet() == ""
    assert panel.title_label.text() == "Book a doctor or physiotherapist"


def test_pain_rising_by_two_says_so_at_once_and_asks_about_symptoms(qtbot: QtBot) -> None:
    panel = AfterCheckinPanel()
    end = EndView(panel)
    qtbot.addWidget(end)
    end.show()
    panel.reset(pain_before=3)
    panel.scale.press_digit(4)
    assert not panel.rose_card.isVisible()  # one point is not a change people notice
    panel.scale.press_digit(5)
    assert panel.rose_card.isVisible()  # before Save: at once
    assert "went up by 2 points" in panel.rose_note.text()
    assert "gentler routine next time" in panel.rose_note.text()
    assert panel.after_symptoms.isVisible()
    panel.after_symptoms.boxes["weakness"].click()
    assert panel.rose_note.text().startswith("<b>Get checked by a doctor today.</b> Numbness, tingling")
    panel.reset(pain_before=None)  # the next session, without a before answer: nothing to compare
    panel.scale.press_digit(9)
    assert not panel.rose_card.isVisible()
    assert not panel.after_symptoms.boxes["weakness"].isChecked()


def test_symptoms_ticked_in_the_rose_card_are_part_of_the_answer_even_after_save(
    qtbot: QtBot, end_view: tuple[EndView, AfterCheckinPanel]
) -> None:
    _end, panel = end_view
    panel.reset(pain_before=2)
    panel.scale.press_digit(6)
    panel.after_symptoms.boxes["numbness"].click()
    with qtbot.waitSignal(panel.answered) as blocker:
        panel.save_button.click()
    assert blocker.args == [AfterAnswer(6, None, ("numbness",))]
    panel.after_symptoms.more_button.click()
    panel.after_symptoms.boxes["fever"].click()  # after Save: a new answer, sent on leaving
    with qtbot.waitSignal(panel.answered) as blocker:
        panel.commit()
    assert blocker.args == [AfterAnswer(6, None, ("numbness", "fever"))]
    for name in ("numbness", "fever"):
        panel.after_symptoms.boxes[name].click()
    with qtbot.waitSignal(panel.answered) as blocker:
        panel.commit()
    assert blocker.args == [AfterAnswer(6, None, ())]  # unticking all is an answer too


def test_after_skip_the_rose_cards_symptoms_are_locked_too(
    qtbot: QtBot, end_view: tuple[EndView, AfterCheckinPanel]
) -> None:
    _end, panel = end_view
    panel.reset(pain_before=2)
    panel.scale.press_digit(6)
    assert panel.rose_card.isVisibleTo(panel)
    with qtbot.assertNotEmitted(panel.answered):
        panel.skip_button.click()
        panel.after_symptoms.boxes["numbness"].click()
        qtbot.keyClick(panel, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
        panel.commit()  # the user leaves the end screen: Skip recorded nothing, and nothing comes now
    assert panel.after_symptoms.ticked() == ()
    assert panel.status_label.text() == "Skipped."


def test_symptoms_of_a_hidden_card_are_not_sent(
    qtbot: QtBot, end_view: tuple[EndView, AfterCheckinPanel]
) -> None:
    _end, panel = end_view
    panel.reset(pain_before=2)
    panel.scale.press_digit(5)
    panel.after_symptoms.boxes["tingling"].click()
    panel.scale.press_digit(3)  # corrected: the pain did not rise after all, and the card goes
    assert not panel.rose_card.isVisible()
    with qtbot.waitSignal(panel.answered) as blocker:
        panel.commit()
    assert blocker.args == [AfterAnswer(3)]
