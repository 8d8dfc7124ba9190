"""The advice table: every symptom and every pain threshold at its level, and the highest level wins."""

from __future__ import annotations

import pytest

from backpain_timer.domain.advice import (
    COMMON_SYMPTOMS,
    GENTLE_ROUTINES,
    LEVELS,
    NERVE_WARNING,
    SYMPTOM_RULES,
    Advice,
    advice_before_session,
    advise,
    level_rank,
    pain_rose,
)
from backpain_timer.domain.history import SYMPTOMS

EXPECTED_LEVELS = {
    "chest-pain": "emergency",
    "breathlessness": "emergency",
    "both-sides": "emergency",
    "bladder-bowel": "emergency",
    "saddle-numbness": "emergency",
    "numbness": "urgent",
    "tingling": "urgent",
    "weakness": "urgent",
    "fall-or-injury": "urgent",
    "fever": "urgent",
    "night-pain": "see-professional",
}


def test_levels_from_lowest_to_highest() -> None:
    assert LEVELS == ("none", "ease-off", "see-professional", "urgent", "emergency")
    assert [level_rank(level) for level in LEVELS] == [0, 1, 2, 3, 4]
    with pytest.raises(ValueError, match="unknown advice level 'caution'"):
        level_rank("caution")


def test_every_symptom_the_check_in_knows_has_a_line_in_the_table() -> None:
    assert set(SYMPTOM_RULES) == set(SYMPTOMS) == set(EXPECTED_LEVELS)
    assert SYMPTOMS[:3] == COMMON_SYMPTOMS == ("numbness", "tingling", "weakness")  # ids kept, shown first


@pytest.mark.parametrize(("symptom", "level"), EXPECTED_LEVELS.items())
def test_each_symptom_alone_has_its_level(symptom: str, level: str) -> None:
    advice = advise(None, [symptom])
    assert advice.level == level
    assert advice.ids == (symptom,)
    assert advice.suggested_routines == ()  # no routine is offered above ease-off


@pytest.mark.parametrize("symptom", [name for name, level in EXPECTED_LEVELS.items() if level == "emergency"])
def test_emergency_symptoms_say_call_the_emergency_number(symptom: str) -> None:
    advice = advise(2, [symptom])
    assert advice.title == "Call your local emergency number now"
    assert "call your local emergency number now" in advice.text


@pytest.mark.parametrize("symptom", ["numbness", "tingling", "weakness"])
def test_nerve_symptoms_use_the_one_shared_wording(symptom: str) -> None:
    assert NERVE_WARNING == "Numbness, tingling or weakness: stop and get checked by a doctor today."
    advice = advise(None, [symptom])
    assert advice.text.startswith(NERVE_WARNING)
    assert "Don't stretch through it" in advice.text


def test_nerve_symptoms_together_say_it_once() -> None:
    advice = advise(None, ["weakness", "numbness", "tingling"])
    assert advice.ids == ("numbness", "tingling", "weakness")
    assert advice.text.count(NERVE_WARNING) == 1


def test_night_pain_suggests_booking_a_professional() -> None:
    advice = advise(None, ["night-pain"])
    assert advice.title == "Book a doctor or physiotherapist"
    assert "book a doctor or physiotherapist" in advice.text


@pytest.mark.parametrize(("pain", "level"), [(0, "none"), (6, "none"), (7, "ease-off"), (8, "ease-off")])
def test_pain_thresholds_below_nine(pain: int, level: str) -> None:
    assert advise(pain).level == level


@pytest.mark.parametrize("pain", [9, 10])
def test_pain_of_nine_or_ten_is_urgent(pain: int) -> None:
    advice = advise(pain)
    assert advice.level == "urgent"
    assert advice.ids == ("severe-pain",)
    assert f"{pain} out of 10" in advice.text
    assert "doctor today" in advice.text
    assert advice.suggested_routines == ()


@pytest.mark.parametrize("pain", [7, 8])
def test_pain_of_seven_or_eight_advises_rest_and_a_gentle_routine(pain: int) -> None:
    advice = advise(pain)
    assert advice.ids == ("high-pain",)
    assert advice.suggested_routines == GENTLE_ROUTINES == ("breathing-reset", "upper-back-relief")
    assert "rest" in advice.text
    assert "see a doctor or physiotherapist" in advice.text  # if it is severe or persistent
    assert f"{pain} out of 10" in advice.text


def test_nothing_applies_is_level_none_with_a_plain_text() -> None:
    advice = advise(None)
    assert advice == Advice("none", (), "Nothing to watch for", advice.text)
    assert "stop if anything hurts more" in advice.text
    assert advice_before_session(None, []) is None
    assert advice_before_session(6, ()) is None


def test_the_highest_level_wins_and_every_id_is_listed() -> None:
    advice = advise(10, ["night-pain", "numbness", "chest-pain"])
    assert advice.level == "emergency"
    assert advice.ids == ("chest-pain", "numbness", "severe-pain", "night-pain")
    assert NERVE_WARNING not in advice.text  # the text says what to do at the winning level only
    assert advise(8, ["night-pain"]).level == "see-professional"
    assert advise(9, ["night-pain"]).level == "urgent"


def test_json_has_level_ids_and_text() -> None:
    advice = advise(7, ["fever"])
    assert advice.to_json() == {"level": "urgent", "ids": ["fever", "high-pain"], "text": advice.text}


def test_bad_answers_are_refused() -> None:
    with pytest.raises(ValueError, match="pain_before must be a whole number from 0 to 10"):
        advice_before_session(12, [])
    with pytest.raises(ValueError, match="unknown symptom 'numb'"):
        advise(3, ["numb"])


@pytest.mark.parametrize(
    ("before", "after", "rose"),
    [
        (3, 5, True),
        (3, 4, False),
        (0, 10, True),
        (5, 5, False),
        (6, 3, False),
        (None, 9, False),
        (2, None, False),
    ],
)
def test_pain_rose_means_two_points_or_more(before: int | None, after: int | None, rose: bool) -> None:
    assert pain_rose(before, after) is rose
