"""The built-in exercise library and preset routines are complete, valid and as long as they promise."""

from __future__ import annotations

from pathlib import Path

import pytest

from backpain_timer.domain.plan import SegmentKind, plan
from backpain_timer.domain.routine import Exercise, Routine, Sides
from backpain_timer.resources import routines_dir
from backpain_timer.storage.routine_yaml import load_library_file, load_routine_file

REQUIRED_EXERCISES = {
    "thoracic-rotation",
    "childs-pose",
    "cat-cow",
    "shoulder-blade-squeeze",
    "chest-stretch",
    "plank",
    "back-extension",
    "band-row",
    "diaphragmatic-breathing",
    "arm-circles",
    "leg-swings",
}
THE_FIVE_STRETCHES = {
    "thoracic-rotation",
    "childs-pose",
    "cat-cow",
    "shoulder-blade-squeeze",
    "chest-stretch",
}
MAX_ILLUSTRATION_BYTES = 15 * 1024

# id → (shortest, longest total in seconds, tags it must carry)
PRESETS: dict[str, tuple[float, float, set[str]]] = {
    "pre-run-warm-up": (4 * 60, 7 * 60, {"warm-up", "pre-run"}),
    "post-run-cool-down": (6 * 60, 10 * 60, {"cool-down", "post-run", "upper-back"}),
    "upper-back-relief": (3 * 60, 10 * 60, {"upper-back"}),
    "posture-and-core": (4 * 60, 12 * 60, {"core"}),
    "desk-break": (60, 4 * 60, {"desk", "upper-back"}),
    "breathing-reset": (3 * 60, 10 * 60, {"breathing"}),
}
# The filter chips offer these; a preset tagged only with something else would be unreachable by chip.
CHIP_TAGS = {"warm-up", "cool-down", "post-run", "pre-run", "upper-back", "core", "desk", "breathing"}


@pytest.fixture(scope="module")
def library() -> dict[str, Exercise]:
    return load_library_file(routines_dir() / "exercises.yaml")


@pytest.fixture(scope="module")
def presets(library: dict[str, Exercise]) -> dict[str, Routine]:
    return {stem: load_routine_file(routines_dir() / f"{stem}.yaml", library) for stem in PRESETS}


def test_library_has_the_required_exercises_and_more(library: dict[str, Exercise]) -> None:
    assert library.keys() >= REQUIRED_EXERCISES
    assert len(library) >= 16


def test_every_exercise_is_fully_described(library: dict[str, Exercise]) -> None:
    for exercise_id, exercise in library.items():
        assert exercise.id == exercise_id
        assert exercise.name and exercise.summary, exercise_id
        assert 3 <= len(exercise.instructions) <= 6, exercise_id
        assert 2 <= len(exercise.cues) <= 4, exercise_id
        assert exercise.caution, exercise_id
        assert exercise.targets, exercise_id
        assert exercise.hold is not None and 20 <= exercise.hold <= 60, exercise_id
        assert exercise.sides is not None, exercise_id


def test_every_exercise_has_its_own_small_illustration(library: dict[str, Exercise]) -> None:
    for exercise_id, exercise in library.items():
        assert exercise.image is not None, exercise_id
        image = Path(exercise.image)
        assert image.name == f"{exercise_id}.svg"
        assert image.is_file(), image
        assert image.stat().st_size <= MAX_ILLUSTRATION_BYTES, image
        text = image.read_text(encoding="utf-8")
        assert "href" not in text, f"{image} refers to another file"
        assert "<text" not in text, f"{image} contains text"


def test_each_preset_validates_and_its_total_is_within_bounds(presets: dict[str, Routine]) -> None:
    for preset_id, routine in presets.items():
        shortest, longest, _ = PRESETS[preset_id]
        total = plan(routine).total_seconds
        assert shortest <= total <= longest, f"{preset_id}: {total} s"


def test_presets_carry_their_tags_and_can_be_found_by_a_chip(presets: dict[str, Routine]) -> None:
    for preset_id, routine in presets.items():
        assert PRESETS[preset_id][2] <= set(routine.tags), preset_id
        assert CHIP_TAGS & set(routine.tags), preset_id


def test_presets_use_library_exercises_only(
    presets: dict[str, Routine], library: dict[str, Exercise]
) -> None:
    for preset_id, routine in presets.items():
        for step in routine.steps:
            assert step.exercise.id in library, f"{preset_id}: {step.exercise.name}"


def test_upper_back_relief_is_the_five_stretches(presets: dict[str, Routine]) -> None:
    used = {step.exercise.id for step in presets["upper-back-relief"].steps}
    assert used == THE_FIVE_STRETCHES


def test_warm_up_is_dynamic_and_cool_down_holds_still(presets: dict[str, Routine]) -> None:
    # Dynamic warm-up moves say their tempo; static cool-down moves are plain holds without one.
    for step in presets["pre-run-warm-up"].steps:
        assert any("second" in line for line in step.exercise.instructions), step.exercise.id
    cool_down = presets["post-run-cool-down"]
    assert not {"arm-circles", "leg-swings", "torso-twists", "shoulder-rolls"} & {
        step.exercise.id for step in cool_down.steps
    }
    assert any(step.breathe is not None for step in cool_down.steps)


def test_breathing_reset_paces_slow_breaths(presets: dict[str, Routine]) -> None:
    holds = plan(presets["breathing-reset"]).holds
    assert holds
    for hold in holds:
        assert hold.breathe is not None
        assert hold.breathe.exhale > hold.breathe.inhale
        assert hold.breathe.cycle >= 8  # at most 7.5 breaths a minute


def test_sided_exercises_get_both_sides_in_presets(presets: dict[str, Routine]) -> None:
    # A one-sided stretch in a preset must be done on both sides, or the routine leaves the user lopsided.
    for preset_id, routine in presets.items():
        for step in routine.steps:
            if step.exercise.sides is Sides.BOTH:
                assert step.effective_sides is Sides.BOTH, f"{preset_id}: {step.exercise.id}"
    hold_sides = [s.side for s in plan(presets["desk-break"]).segments if s.kind is SegmentKind.HOLD]
    assert hold_sides.count("left") == hold_sides.count("right") > 0
