"""The published JSON Schema agrees with the loader, and every built-in routine validates against it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema  # no types-jsonschema in the dev requirements
import pytest
import yaml

from backpain_timer import resources
from backpain_timer.storage import routine_yaml
from backpain_timer.storage.routine_yaml import (
    RoutineFileError,
    load_library_file,
    load_routine_file,
    parse_routine,
    routine_to_data,
    routine_to_yaml,
)
from tests.unit.routine_samples import FULL_EXAMPLE, INLINE_EXAMPLE, LIBRARY, MINIMAL_EXAMPLE, TRICKY_TEXTS

SCHEMA: dict[str, Any] = json.loads(resources.schema_path().read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
BUILTIN_ROUTINES = sorted(p for p in resources.routines_dir().glob("*.yaml") if p.name != "exercises.yaml")

STEP = "name: A\nsteps:\n  - exercise: childs-pose\n"
INVALID = {
    "missing name": "steps:\n  - exercise: childs-pose\n",
    "missing steps": "name: A\n",
    "unknown key": STEP + "    hodl: 5s\n",
    "empty name": "name: ''\nsteps:\n  - exercise: childs-pose\n",
    "name too long": f"name: {'x' * 81}\nsteps:\n  - exercise: childs-pose\n",
    "version 2": "version: 2\n" + STEP,
    "no steps": "name: A\nsteps: []\n",
    "zero reps": STEP + "    reps: 0\n",
    "boolean reps": STEP + "    reps: true\n",
    "bad sides": STEP + "    sides: up\n",
    "negative hold": STEP + "    hold: -1\n",
    "hold too long": STEP + "    hold: 3601\n",
    "prepare too long": "prepare: 601\n" + STEP,
    "unreadable duration": "rest: soon\n" + STEP,
    "boolean duration": "rest: true\n" + STEP,
    "tag not text": "tags: [3]\n" + STEP,
    "breathe without exhale": STEP + "    breathe: {inhale: 4s}\n",
    "zero inhale": STEP + "    breathe: {inhale: 0, exhale: 4}\n",
    "inline exercise without name": "name: A\nsteps:\n  - exercise: {hold: 5s}\n",
    "exercise id with spaces": "name: A\nsteps:\n  - exercise: Child Pose\n",
    "note as number": STEP + "    note: 3\n",
    "bad exercise kind": "name: A\nsteps:\n  - exercise: {name: X, hold: 5s, kind: jumpy}\n",
    "bad equipment": "name: A\nsteps:\n  - exercise: {name: X, hold: 5s, equipment: [trampoline]}\n",
}


def schema_errors(text: str) -> list[str]:
    return [error.message for error in VALIDATOR.iter_errors(yaml.safe_load(text))]


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_schema_and_loader_know_the_same_keys() -> None:
    definitions = SCHEMA["$defs"]
    assert tuple(SCHEMA["properties"]) == routine_yaml.ROUTINE_KEYS
    assert tuple(definitions["step"]["properties"]) == routine_yaml.STEP_KEYS
    assert tuple(definitions["exercise"]["properties"]) == routine_yaml.EXERCISE_KEYS
    assert tuple(definitions["step"]["properties"]["breathe"]["properties"]) == routine_yaml.BREATHE_KEYS


@pytest.mark.parametrize("text", [FULL_EXAMPLE, INLINE_EXAMPLE, MINIMAL_EXAMPLE, TRICKY_TEXTS])
def test_valid_routines_pass_the_schema_as_written_and_as_the_app_writes_them(text: str) -> None:
    assert schema_errors(text) == []
    routine = parse_routine(text, path="r.yaml", routine_id="r", library=LIBRARY)
    VALIDATOR.validate(routine_to_data(routine))


@pytest.mark.parametrize("text", INVALID.values(), ids=INVALID.keys())
def test_invalid_routines_fail_the_schema_and_the_loader(text: str) -> None:
    assert schema_errors(text) != []
    with pytest.raises(RoutineFileError):
        parse_routine(text, path="r.yaml", routine_id="r", library=LIBRARY)


def test_there_are_built_in_routines() -> None:
    assert BUILTIN_ROUTINES


@pytest.mark.parametrize("path", BUILTIN_ROUTINES, ids=[p.stem for p in BUILTIN_ROUTINES])
def test_built_in_routine_validates_and_round_trips(path: Path) -> None:
    library = load_library_file(resources.routines_dir() / "exercises.yaml")
    VALIDATOR.validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    routine = load_routine_file(path, library)
    written = routine_to_yaml(routine)
    VALIDATOR.validate(yaml.safe_load(written))
    assert parse_routine(written, path=str(path), routine_id=routine.id, library=library) == routine
