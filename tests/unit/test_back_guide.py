"""The "About your back" guide: what it covers, in simple HTML, and the red flags it shares with the sheet."""

from __future__ import annotations

import re

import pytest

from backpain_timer.domain.advice import NERVE_WARNING
from backpain_timer.domain.back_guide import ABOUT_YOUR_BACK, red_flags_paragraph


@pytest.mark.parametrize(
    "phrase",
    [
        "Posture",
        "weak core",
        "Overuse",
        "planks",
        "back extensions",
        "rows",
        "Warm up and cool down",
        "Gear",
        "Breathing",
        "Listen to your body",
        "Ice and heat",
        "over-the-counter",
        "physical therapist",
        "Massage",
        "numbness, tingling or weakness",
        "serious injury",
        "not medical advice",
    ],
)
def test_about_your_back_covers_the_guide(phrase: str) -> None:
    assert phrase.lower() in ABOUT_YOUR_BACK.lower()


def test_about_your_back_is_balanced_simple_html() -> None:
    tags = re.findall(r"<(/?)(\w+)>", ABOUT_YOUR_BACK)
    assert {name for _, name in tags} <= {"h2", "p", "ul", "li", "b"}
    stack: list[str] = []
    for closing, name in tags:
        if closing:
            assert stack.pop() == name
        else:
            stack.append(name)
    assert stack == []


@pytest.mark.parametrize(
    "phrase",
    [
        "shoe",
        "sports bra",
        "backpack or vest",
        "relaxed",
        "shoulders down",
        "forward and back",
        "look ahead",
        "shrug",
        "build gradually",
        "rest days",
        "after a flare-up",
        "screen",
        "ice wrapped in a cloth",
        "15 to 20 minutes",
        "ask a pharmacist before you take anti-inflammatories",
        "asthma, stomach, kidney or heart problems, or take blood thinners",
    ],
)
def test_the_guide_covers_gear_form_load_desk_and_home_care(phrase: str) -> None:
    assert phrase.lower() in " ".join(ABOUT_YOUR_BACK.split()).lower()


@pytest.mark.parametrize(
    "sign",
    [
        "chest pain or pressure, or pain spreading to your jaw or arm",
        "breathlessness that doesn't settle with rest",
        "numbness or weakness in both arms or both legs, or unsteady walking",
        "trouble controlling or passing urine or stools",
        "numbness around your groin or buttocks",
        "a fall, an accident or a blow",
        "fever",
        "9 or 10",
        "at night or at rest",
        "improving with home care",
    ],
)
def test_every_red_flag_is_on_the_guide_and_the_sheet(sign: str) -> None:
    assert sign.lower() in " ".join(ABOUT_YOUR_BACK.split()).lower()
    assert sign.lower() in red_flags_paragraph().lower()


def test_numbness_has_its_one_urgent_wording_and_no_pull_forward_claim() -> None:
    assert NERVE_WARNING == "Numbness, tingling or weakness: stop and get checked by a doctor today."
    assert NERVE_WARNING in ABOUT_YOUR_BACK and NERVE_WARNING in red_flags_paragraph()
    assert "forward" not in ABOUT_YOUR_BACK.split("Tightness")[1].split("</li>")[0]
