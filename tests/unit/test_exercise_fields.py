"""The exercise fields a hand-written file can give (kind, position, equipment, avoid_if, easier, harder):
the loader checks them with PATH:LINE:COL errors, the schema agrees, and the app writes them back."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from backpain_timer import resources
from backpain_timer.domain.routine import ExerciseKind, Position, equipment_sentence
from backpain_timer.storage.routine_yaml import (
    RoutineFileError,
    load_library_file,
    parse_routine,
    routine_to_yaml,
)
from tests.unit.routine_samples import LIBRARY

SCHEMA: dict[str, Any] = json.loads(resources.schema_path().read_text(encoding="utf-8"))
EXERCISE_SCHEMA = jsonschema.Draft202012Validator({"$defs": SCHEMA["$defs"], "$ref": "#/$defs/exercise"})
ROUTINE_SCHEMA = jsonschema.Draft202012Validator(SCHEMA)

INLINE = """\
name: Band work
steps:
  - exercise:
      name: Face pull
      kind: {kind}
      position: standing
      equipment: [band, door anchor]
      avoid_if: [A shoulder that has dislocated.]
      easier: A lighter band.
      harder: null
      hold: 30s
"""


def problems(text: str) -> list[str]:
    with pytest.raises(RoutineFileError) as caught:
        parse_routine(text, path="r.yaml", routine_id="r", library=LIBRARY)
    return [str(problem) for problem in caught.value.problems]


def test_every_built_in_exercise_validates_against_the_schema() -> None:
    document = yaml.safe_load((resources.routines_dir() / "exercises.yaml").read_text(encoding="utf-8"))
    for exercise_id, entry in document["exercises"].items():
        errors = [error.message for error in EXERCISE_SCHEMA.iter_errors(entry)]
        assert errors == [], exercise_id


def test_new_fields_are_read_and_written_back() -> None:
    text = INLINE.format(kind="strength")
    assert [error.message for error in ROUTINE_SCHEMA.iter_errors(yaml.safe_load(text))] == []
    routine = parse_routine(text, path="r.yaml", routine_id="r", library=LIBRARY)
    exercise = routine.steps[0].exercise
    assert exercise.kind is ExerciseKind.STRENGTH
    assert exercise.position is Position.STANDING
    assert exercise.equipment == ("band", "door anchor")
    assert exercise.avoid_if == ("A shoulder that has dislocated.",)
    assert (exercise.easier, exercise.harder) == ("A lighter band.", None)
    written = routine_to_yaml(routine)
    ROUTINE_SCHEMA.validate(yaml.safe_load(written))
    assert parse_routine(written, path="r.yaml", routine_id="r", library=LIBRARY) == routine


def test_a_bad_kind_is_reported_at_its_line_and_column_with_a_suggestion() -> None:
    assert problems(INLINE.format(kind="dynamc")) == [
        "r.yaml:5:13: error: invalid kind 'dynamc' (did you mean 'dynamic'?)"
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("      position: flor\n", "r.yaml:4:17: error: invalid position 'flor' (did you mean 'floor'?)"),
        (
            "      equipment: [mat, bnad]\n",
            "r.yaml:4:24: error: invalid equipment 'bnad' (did you mean 'band'?)",
        ),
        ("      equipment: mat\n", "r.yaml:4:18: error: 'equipment' must be a list, not text"),
        ("      avoid_if: Pregnancy.\n", "r.yaml:4:17: error: 'avoid_if' must be a list of text, not text"),
        ("      easier: [a, b]\n", "r.yaml:4:15: error: 'easier' must be text, not a list"),
    ],
)
def test_bad_values_of_the_other_fields_are_reported_where_they_are(line: str, expected: str) -> None:
    text = "name: A\nsteps:\n  - exercise:\n" + line + "      name: X\n      hold: 5s\n"
    assert problems(text) == [expected]


def test_a_bad_kind_in_a_user_library_is_reported_with_its_position(tmp_path: Path) -> None:
    path = tmp_path / "exercises.yaml"
    path.write_text("exercises:\n  hop:\n    name: Hop\n    kind: jumpy\n", encoding="utf-8")
    with pytest.raises(RoutineFileError) as caught:
        load_library_file(path)
    assert [str(p) for p in caught.value.problems] == [
        f"{path}:4:11: error: invalid kind 'jumpy' (use dynamic, static, strength, breathing)"
    ]


def test_equipment_sentence_names_each_item_with_its_article() -> None:
    assert equipment_sentence(("mat", "band")) == "You'll need: a mat, a band"
    assert equipment_sentence(()) == ""
