"""Speech that fits its slot: never over the countdown ticks, the long text only when there is room."""

from __future__ import annotations

import pytest

from backpain_timer.domain.cue_speech import (
    announcement,
    short_text,
    speech_room,
    speech_seconds,
    spoken_text,
)
from backpain_timer.domain.plan import Plan, Segment, SegmentKind, plan
from backpain_timer.domain.routine import Exercise, Routine, Sides, Step

CHILDS_POSE = Exercise("Child's pose", id="childs-pose", hold=7.0)


def routine_plan(rest: float, hold: float = 7.0) -> Plan:
    steps = (
        Step(Exercise("Cat-cow", id="cat-cow"), hold=hold),
        Step(CHILDS_POSE, sides=Sides.BOTH, hold=hold),
    )
    return plan(Routine("speech", "Speech", steps, prepare=4.0, rest=rest, switch=3.0))


def first(timeline: Plan, kind: SegmentKind) -> Segment:
    return next(segment for segment in timeline.segments if segment.kind is kind)


def test_speech_time_grows_with_the_words_and_shrinks_with_the_rate() -> None:
    assert speech_seconds("Rest. Next: Child's pose") == pytest.approx(2.25, abs=0.1)  # measured 2.2 s
    assert speech_seconds("Rest") < speech_seconds("Rest. Next: Child's pose")
    assert speech_seconds("one two three four", rate=1.0) < speech_seconds("one two three four", rate=-1.0)


@pytest.mark.parametrize(("duration", "room"), [(4.0, 1.0), (3.0, 1.0), (2.5, 0.5), (1.0, 1.0), (10.0, 7.0)])
def test_the_voice_must_end_before_the_first_countdown_tick(duration: float, room: float) -> None:
    rest = first(routine_plan(rest=duration), SegmentKind.REST)
    assert speech_room(rest, countdown=True) == pytest.approx(room)
    assert speech_room(rest, countdown=False) == duration


def test_a_long_rest_gets_the_full_text() -> None:
    timeline = routine_plan(rest=10.0)
    rest = first(timeline, SegmentKind.REST)
    assert announcement(rest, timeline) == "Rest, 10 seconds. Next: Child's pose"


def test_a_middling_rest_gets_the_short_text() -> None:
    timeline = routine_plan(rest=6.0)
    rest = first(timeline, SegmentKind.REST)
    assert short_text(rest, timeline) == "Rest. Next: Child's pose"
    assert announcement(rest, timeline) == "Rest. Next: Child's pose"


def test_a_four_second_rest_with_ticks_says_one_word_and_without_ticks_the_whole_text() -> None:
    timeline = routine_plan(rest=4.0)
    rest = first(timeline, SegmentKind.REST)
    assert speech_seconds(spoken_text(rest, timeline)) > 1.0, "the old text covered the ticks"
    assert announcement(rest, timeline) == "Rest"
    assert announcement(rest, timeline, countdown=False) == "Rest, 4 seconds. Next: Child's pose"


def test_a_slot_too_short_for_one_word_gets_no_speech() -> None:
    timeline = routine_plan(rest=2.5)
    assert announcement(first(timeline, SegmentKind.REST), timeline) is None


def test_holds_and_switches_shorten_to_their_names() -> None:
    timeline = routine_plan(rest=5.0, hold=7.0)
    hold = timeline.segments[1]
    assert announcement(hold, timeline) == "Cat-cow, 7 seconds"
    switch = first(timeline, SegmentKind.SWITCH)
    assert announcement(switch, timeline) == "Switch"  # 1 s before the switch's first tick
    assert announcement(switch, timeline, countdown=False) == "Switch sides"
    short_hold = routine_plan(rest=5.0, hold=5.0)
    assert announcement(short_hold.segments[1], short_hold) == "Cat-cow, 5 seconds"
    assert announcement(short_hold.segments[1], short_hold, rate=-1.0) == "Cat-cow"  # slow: 3.3 s of 2 s
