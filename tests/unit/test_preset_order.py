"""What a physiotherapist's review asked of the library and the presets: every exercise says how it is
done, where and with what, who should adapt it; presets start and end in a safe position and rest only
where the position changes; the texts the review found are fixed."""

from __future__ import annotations

import itertools

import pytest

from backpain_timer.domain.routine import Exercise, ExerciseKind, Position, Routine
from backpain_timer.resources import routines_dir
from backpain_timer.storage.routine_yaml import load_library_file, load_routine_file

URGENT = "Numbness, tingling or weakness: stop and get checked by a doctor today."
REORDERED = ("post-run-cool-down", "pre-run-warm-up", "posture-and-core", "upper-back-relief")


@pytest.fixture(scope="module")
def library() -> dict[str, Exercise]:
    return load_library_file(routines_dir() / "exercises.yaml")


@pytest.fixture(scope="module")
def presets(library: dict[str, Exercise]) -> dict[str, Routine]:
    return {stem: load_routine_file(routines_dir() / f"{stem}.yaml", library) for stem in REORDERED}


def positions(routine: Routine) -> list[Position | None]:
    return [step.exercise.position for step in routine.steps]


def test_every_exercise_says_its_kind_position_and_variants(library: dict[str, Exercise]) -> None:
    for exercise_id, exercise in library.items():
        assert exercise.kind is not None and exercise.position is not None, exercise_id
        assert exercise.easier, exercise_id  # every built-in exercise has an easier way in
        for sentence in (*exercise.avoid_if, exercise.easier, exercise.harder or "None."):
            assert sentence[0].isupper() and sentence.endswith("."), (exercise_id, sentence)
    assert library["band-row"].equipment == ("band", "door anchor")
    assert "mat" in library["childs-pose"].equipment


def test_cool_down_walks_first_stretches_standing_and_ends_in_childs_pose(
    presets: dict[str, Routine],
) -> None:
    cool_down = presets["post-run-cool-down"]
    first = cool_down.steps[0]
    assert first.exercise.id == "marching-in-place" and 120 <= first.hold_seconds <= 180
    assert cool_down.steps[-1].exercise.id == "childs-pose"
    assert [step.exercise.id for step in cool_down.steps].count("childs-pose") == 1
    order = positions(cool_down)
    # Standing first, then floor: never head-down straight after a run, and never back up again.
    assert order == sorted(order, key=lambda position: position is Position.FLOOR)
    assert order[1] is Position.STANDING


def test_warm_up_starts_marching_and_holds_nothing_still(presets: dict[str, Routine]) -> None:
    warm_up = presets["pre-run-warm-up"]
    first = warm_up.steps[0]
    assert first.exercise.id == "marching-in-place" and 60 <= first.hold_seconds <= 120
    assert all(step.exercise.kind is ExerciseKind.DYNAMIC for step in warm_up.steps)


@pytest.mark.parametrize("preset_id", ["posture-and-core", "upper-back-relief"])
def test_floor_work_and_standing_work_are_grouped(presets: dict[str, Routine], preset_id: str) -> None:
    order = [position for position in positions(presets[preset_id]) if position is not Position.SEATED]
    changes = sum(1 for before, after in itertools.pairwise(order) if before is not after)
    assert changes <= 1, order


@pytest.mark.parametrize("preset_id", REORDERED)
def test_rests_come_only_where_the_position_changes(presets: dict[str, Routine], preset_id: str) -> None:
    routine = presets[preset_id]
    for step, following in itertools.pairwise(routine.steps):
        moves = step.exercise.position is not following.exercise.position
        assert (routine.rest_after(step) > 0) == moves, (preset_id, step.exercise.id, following.exercise.id)


def test_the_texts_the_review_found_are_fixed(library: dict[str, Exercise]) -> None:
    def text(exercise_id: str) -> str:
        exercise = library[exercise_id]
        return " ".join((*exercise.instructions, *exercise.cues, exercise.caution))

    assert "lift your chest and your gaze a little" in text("cat-cow")
    assert "squeeze gently, at about half effort, drawing the blades towards each other" in (
        text("shoulder-blade-squeeze").lower()
    )
    assert "raise your clasped hands up and back, away from your bottom" in text("chest-stretch").lower()
    assert library["doorway-chest-stretch"].targets == ("chest", "front of shoulder")
    assert "call emergency services for chest pain, or breathlessness that doesn't settle" in (
        library["diaphragmatic-breathing"].caution.lower()
    )
    band_row = text("band-row")
    assert "the side the door closes towards" in band_row and "lock" in band_row


def test_numbness_tingling_and_weakness_get_the_one_urgent_wording(library: dict[str, Exercise]) -> None:
    for exercise_id, exercise in library.items():
        caution = exercise.caution.lower()
        assert "keeps happening" not in caution, exercise_id
        if any(word in caution for word in ("numb", "tingl", "weak")):
            assert URGENT in exercise.caution, exercise_id
    assert not any("pulls the back forward" in e.summary + e.caution for e in library.values())
