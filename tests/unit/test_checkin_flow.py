"""The check-in decisions: when to ask, what the answers lead to, what the session records."""

from __future__ import annotations

import pytest

from backpain_timer.storage.settings import Settings
from backpain_timer.ui.checkin.flow import (
    TEN_KEY_WINDOW_SECONDS,
    AfterAnswer,
    BeforeSessionFlow,
    CheckinPairing,
    PainKeys,
    SessionStart,
    Step,
    should_ask_after,
    should_ask_before,
)


@pytest.mark.parametrize(
    ("checkin_before", "on_quick_start", "quick_start", "asked"),
    [
        (True, False, False, True),
        (True, False, True, False),  # --start / Cool down now: straight in
        (True, True, True, True),  # ... unless the user wants the question there too
        (False, True, False, False),  # turned off: never
        (False, True, True, False),
    ],
)
def test_when_the_before_question_is_asked(
    checkin_before: bool, on_quick_start: bool, quick_start: bool, asked: bool
) -> None:
    settings = Settings(checkin_before=checkin_before, checkin_before_quick_start=on_quick_start)
    assert should_ask_before(settings, quick_start=quick_start) is asked
    flow = BeforeSessionFlow(settings, "neck-release", quick_start=quick_start)
    assert flow.step is (Step.ASK if asked else Step.START)


def test_the_after_question_follows_its_setting() -> None:
    assert should_ask_after(Settings())
    assert not should_ask_after(Settings(checkin_after=False))


def test_not_asking_starts_with_nothing_recorded() -> None:
    flow = BeforeSessionFlow(Settings(checkin_before=False), "neck-release")
    assert flow.finished
    assert flow.outcome() == SessionStart("neck-release", None, ())


def test_skipping_records_nothing_and_advises_nothing() -> None:
    flow = BeforeSessionFlow(Settings(), "neck-release")
    assert flow.skip() is Step.START
    assert flow.advice is None
    assert flow.outcome() == SessionStart("neck-release", None, ())


def test_mild_pain_starts_at_once_and_is_recorded() -> None:
    flow = BeforeSessionFlow(Settings(), "neck-release")
    assert flow.answer(6) is Step.START
    assert flow.outcome() == SessionStart("neck-release", 6, ())


def test_pain_seven_advises_a_gentler_routine_and_can_switch_to_it() -> None:
    flow = BeforeSessionFlow(Settings(), "post-run-cool-down")
    assert flow.answer(7) is Step.ADVISE
    assert flow.advice is not None and flow.advice.level == "ease-off"  # was "caution"
    assert flow.advice.suggested_routines == ("breathing-reset", "upper-back-relief")
    assert flow.switch_to("breathing-reset") is Step.START
    assert flow.outcome() == SessionStart("breathing-reset", 7, ())


def test_only_a_suggested_routine_can_be_switched_to() -> None:
    flow = BeforeSessionFlow(Settings(), "post-run-cool-down")
    flow.answer(9)
    with pytest.raises(ValueError, match="not one of the suggested"):
        flow.switch_to("core-basics")
    assert flow.step is Step.ADVISE


def test_symptoms_are_urgent_and_the_user_may_still_go_on() -> None:
    flow = BeforeSessionFlow(Settings(), "neck-release")
    assert flow.answer(2, ["weakness", "numbness"]) is Step.ADVISE
    assert flow.advice is not None and flow.advice.level == "urgent"
    assert flow.advice.suggested_routines == ()
    assert flow.go_on() is Step.START
    assert flow.outcome() == SessionStart("neck-release", 2, ("numbness", "weakness"))


def test_going_back_from_advice_starts_nothing() -> None:
    flow = BeforeSessionFlow(Settings(), "neck-release")
    flow.answer(None, ["tingling"])
    assert flow.back() is Step.CANCELLED
    assert flow.finished
    assert flow.outcome() is None


def test_a_bad_answer_is_refused_and_the_question_stays() -> None:
    flow = BeforeSessionFlow(Settings(), "neck-release")
    with pytest.raises(ValueError, match="pain_before"):
        flow.answer(11)
    with pytest.raises(ValueError, match="unknown symptom"):
        flow.answer(3, ["dizziness"])
    assert flow.step is Step.ASK


def test_steps_out_of_turn_are_refused() -> None:
    flow = BeforeSessionFlow(Settings(), "neck-release")
    with pytest.raises(RuntimeError, match="'ask', not 'advise'"):
        flow.go_on()
    flow.skip()
    with pytest.raises(RuntimeError):
        flow.answer(3)


def test_digit_keys_answer_and_one_then_zero_is_ten() -> None:
    keys = PainKeys()
    assert keys.press(4, now=0.0) == 4
    assert keys.press(1, now=1.0) == 1
    assert keys.press(0, now=1.2) == 10
    assert keys.press(0, now=1.3) == 0  # a second zero is zero, not another ten


def test_one_then_zero_much_later_is_zero() -> None:
    keys = PainKeys()
    keys.press(1, now=5.0)
    assert keys.press(0, now=5.0 + TEN_KEY_WINDOW_SECONDS + 0.1) == 0


def test_another_digit_between_one_and_zero_breaks_the_ten() -> None:
    keys = PainKeys()
    keys.press(1, now=0.0)
    keys.press(3, now=0.1)
    assert keys.press(0, now=0.2) == 0


def test_the_after_answer_waits_for_the_record_id() -> None:
    pairing = CheckinPairing()
    assert pairing.answered(AfterAnswer(3, "  felt looser ")) is None
    assert pairing.record_written(42) == (42, AfterAnswer(3, "felt looser"))


def test_the_record_id_waits_for_the_after_answer() -> None:
    pairing = CheckinPairing()
    assert pairing.record_written(42) is None
    assert pairing.answered(AfterAnswer(None, "")) == (42, AfterAnswer(None, None))
    corrected = AfterAnswer(6, "worse", ("tingling",))
    assert pairing.answered(corrected) == (42, corrected)  # a corrected answer updates again
    assert pairing.answered(AfterAnswer(6, "worse")) == (42, AfterAnswer(6, "worse", ()))  # unticked


def test_the_after_answer_keeps_symptoms_in_check_in_order_and_refuses_unknown_ones() -> None:
    answer = AfterAnswer(7, None, ("weakness", "numbness", "weakness"))
    assert answer.symptoms_after == ("numbness", "weakness")
    assert answer.note is None
    with pytest.raises(ValueError, match="unknown symptom 'dizziness' in symptoms_after"):
        AfterAnswer(7, None, ("dizziness",))
    with pytest.raises(ValueError, match="pain_after must be a whole number"):
        AfterAnswer(11)
