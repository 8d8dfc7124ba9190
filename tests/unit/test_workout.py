"""The plan as watch steps: short names, whole milliseconds, repeat steps only when there are too many."""

from __future__ import annotations

import pytest

from backpain_timer.domain.plan import plan
from backpain_timer.domain.routine import Exercise, Routine, Sides, Step
from backpain_timer.domain.workout import (
    Intensity,
    RepeatStep,
    TimedStep,
    WorkoutError,
    short_name,
    workout,
)


@pytest.mark.parametrize(
    ("name", "suffix", "short"),
    [
        ("Child's pose", "", "Child's pose"),
        ("Seated thoracic rotation", "L", "Thoracic rota. L"),
        ("Neck side stretch", "R", "Neck side str. R"),
        ("Standing torso twists", "", "Torso twists"),  # the position word goes first
        ("Supercalifragilisticexpialidocious", "L", "Supercalifrag. L"),
    ],
)
def test_short_names_fit_a_watch(name: str, suffix: str, short: str) -> None:
    assert short_name(name, suffix=suffix) == short
    assert len(short_name(name, suffix=suffix)) <= 16


def test_a_name_of_short_words_is_cut_with_an_ellipsis() -> None:
    assert short_name("ab cd ef gh ij kl mn op", limit=10) == "ab cd ef…"


def routine(reps: int, sides: Sides, hold: float = 20.0) -> Routine:
    stretch = Exercise(name="Open book", id="open-book", cues=("Knees together.", "Breathe."))
    return Routine("r", "R", (Step(stretch, hold=hold, reps=reps, sides=sides),), prepare=5.0, switch=3.0)


def test_a_short_routine_lists_every_segment() -> None:
    steps = workout(plan(routine(2, Sides.NONE))).steps
    assert steps == (
        TimedStep("Get ready", Intensity.WARMUP, 5000, "Next: Open book. Knees together."),
        TimedStep("Open book", Intensity.ACTIVE, 20000, "Knees together."),
        TimedStep("Next rep", Intensity.REST, 3000, "Next: Open book. Knees together."),
        TimedStep("Open book", Intensity.ACTIVE, 20000, "Knees together."),
    )


def test_too_many_steps_repeat_the_body_and_keep_the_timeline() -> None:
    timeline = plan(routine(30, Sides.NONE))
    result = workout(timeline)
    assert len(timeline.segments) == 60
    assert [type(step) for step in result.steps] == [TimedStep, TimedStep, TimedStep, TimedStep, RepeatStep]
    assert result.steps[-1] == RepeatStep(first_index=2, times=29)
    assert [step.duration_ms for step in result.timeline()] == [
        round(segment.duration * 1000) for segment in timeline.segments
    ]


def test_a_routine_no_repeat_can_bring_under_the_limit_is_an_error() -> None:
    with pytest.raises(WorkoutError, match="needs 4 watch steps even with repeats; watches take at most 3"):
        workout(plan(routine(2, Sides.NONE)), max_steps=3)


def test_an_empty_routine_is_an_error() -> None:
    with pytest.raises(WorkoutError, match="no steps"):
        workout(plan(Routine("empty", "Empty", ())))


def test_a_length_in_fractions_of_a_millisecond_is_an_error() -> None:
    with pytest.raises(WorkoutError, match=r"segment 2 \(hold of 'Open book'\) lasts 20.0004 s"):
        workout(plan(routine(1, Sides.NONE, hold=20.0004)))
