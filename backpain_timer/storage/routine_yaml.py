"""Routine files and the exercise library: load and validate (every problem with its line:col), and write.

The YAML is composed into nodes (never constructed) and walked here against the format; see
``yaml_nodes`` for the byte and event checks that keep hostile files harmless.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from pathlib import Path

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from backpain_timer.domain.routine import (
    EQUIPMENT,
    MAX_HOLD_SECONDS,
    MAX_NAME_LENGTH,
    MAX_PAUSE_SECONDS,
    MAX_REPS,
    MAX_STEPS,
    MIN_HOLD_SECONDS,
    Breathe,
    Exercise,
    ExerciseKind,
    Position,
    Routine,
    Sides,
    Step,
)
from backpain_timer.storage.problems import Problem, RoutineFileError
from backpain_timer.storage.routine_writer import (
    FORMAT_VERSION,
    routine_to_data,
    routine_to_yaml,
    save_routine,
)
from backpain_timer.storage.yaml_document import (
    INT_TAG,
    NULL_TAG,
    STR_TAG,
    has_comments,
    quote,
    read_document,
    read_file_bytes,
)
from backpain_timer.storage.yaml_nodes import NodeReader, describe, did_you_mean

__all__ = [
    "Problem",
    "RoutineFileError",
    "has_comments",
    "load_library_file",
    "load_routine_file",
    "parse_routine",
    "routine_to_data",
    "routine_to_yaml",
    "save_routine",
]

ROUTINE_KEYS = ("version", "name", "description", "tags", "prepare", "rest", "switch", "steps")
STEP_KEYS = ("exercise", "hold", "reps", "sides", "rest", "switch", "note", "breathe")
BREATHE_KEYS = ("inhale", "exhale")
EXERCISE_KEYS = (
    *("name", "summary", "instructions", "cues", "caution", "targets", "sides", "hold", "image"),
    *("kind", "position", "equipment", "avoid_if", "easier", "harder"),
)
LIBRARY_KEYS = ("version", "exercises")
MAX_BREATH_SECONDS = 60.0
EXERCISE_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_SIDES = tuple(side.value for side in Sides)
_KINDS = tuple(kind.value for kind in ExerciseKind)
_POSITIONS = tuple(position.value for position in Position)


def load_routine_file(path: Path, library: Mapping[str, Exercise], routine_id: str | None = None) -> Routine:
    """Read and check a routine file; its id is the file stem unless given. Raises RoutineFileError."""
    data = read_file_bytes(path)
    routine = parse_routine(
        data, path=str(path), routine_id=routine_id or path.stem, library=library, base_dir=path.parent
    )
    return dataclasses.replace(routine, source_path=str(path))


def parse_routine(
    text: str | bytes,
    *,
    path: str,
    routine_id: str,
    library: Mapping[str, Exercise],
    base_dir: Path | None = None,
) -> Routine:
    """Check routine text; ``path`` is only used in messages, ``base_dir`` resolves inline images."""
    document = read_document(text, path)
    reader = NodeReader(path, document)
    routine = None
    if document.root is not None:
        routine = _FormatWalker(reader, library, base_dir).routine(document.root, routine_id)
    if routine is None or reader.problems:
        raise RoutineFileError(reader.problems)
    return routine


def load_library_file(path: Path) -> dict[str, Exercise]:
    """Read and check an exercise library (``exercises.yaml``); images resolve next to the file."""
    document = read_document(read_file_bytes(path), str(path))
    reader = NodeReader(str(path), document)
    exercises = None
    if document.root is not None:
        exercises = _FormatWalker(reader, {}, path.parent).library(document.root)
    if exercises is None or reader.problems:
        raise RoutineFileError(reader.problems)
    return exercises


class _FormatWalker:
    """Reads the routine format from nodes; each method returns None when its part has a problem."""

    def __init__(self, reader: NodeReader, library: Mapping[str, Exercise], base_dir: Path | None) -> None:
        self.reader = reader
        self.known_exercises = library
        self.base_dir = base_dir

    def _clean_since(self, problems_before: int) -> bool:
        return len(self.reader.problems) == problems_before

    def _version(self, node: Node | None) -> None:
        if node is None:
            return
        version = self.reader.scalar(node, "version", f"the number {FORMAT_VERSION}", (INT_TAG,))
        if version is not None and version != FORMAT_VERSION:
            message = f"unsupported version {version} (only version {FORMAT_VERSION} is supported)"
            self.reader.report(node, message)

    def routine(self, root: Node, routine_id: str) -> Routine | None:
        reader = self.reader
        before = len(reader.problems)
        fields = reader.fields(root, "a routine file", ROUTINE_KEYS, required=("name", "steps"))
        if fields is None:
            return None
        self._version(fields.get("version"))
        name = self._name(fields.get("name"), MAX_NAME_LENGTH)
        description = self._optional_text(fields, "description")
        tags = reader.text_list(fields["tags"], "tags") if "tags" in fields else ()
        pauses = {key: self._pause(fields.get(key), key) for key in ("prepare", "rest", "switch")}
        steps = self._steps(fields["steps"]) if "steps" in fields else None
        if not self._clean_since(before) or name is None or steps is None:
            return None
        return Routine(
            id=routine_id,
            name=name,
            steps=steps,
            description=description or "",
            tags=tags or (),
            prepare=pauses["prepare"],
            rest=pauses["rest"],
            switch=pauses["switch"],
        )

    def _name(self, node: Node | None, max_length: int | None) -> str | None:
        if node is None:
            return None
        name = self.reader.text(node, "name")
        if name is not None and not name.strip():
            self.reader.report(node, "'name' must not be empty")
        elif name is not None and max_length is not None and len(name) > max_length:
            self.reader.report(node, f"'name' is too long ({len(name)} characters, at most {max_length})")
        else:
            return name
        return None

    def _optional_text(self, fields: dict[str, Node], key: str) -> str | None:
        return self.reader.text(fields[key], key) if key in fields else ""

    def _pause(self, node: Node | None, key: str) -> float | None:
        return None if node is None else self.reader.duration(node, key, 0.0, MAX_PAUSE_SECONDS)

    def _hold(self, node: Node | None) -> float | None:
        return (
            None if node is None else self.reader.duration(node, "hold", MIN_HOLD_SECONDS, MAX_HOLD_SECONDS)
        )

    def _sides(self, node: Node | None) -> Sides | None:
        side = None if node is None else self.reader.choice(node, "sides", _SIDES)
        return None if side is None else Sides(side)

    def _steps(self, node: Node) -> tuple[Step, ...] | None:
        reader = self.reader
        if reader.already_reported(node):
            return None
        if not isinstance(node, SequenceNode):
            reader.report(node, f"'steps' must be a list of steps, not {describe(node)}")
            return None
        if not node.value:
            reader.report(node, "'steps' must not be empty")
            return None
        if len(node.value) > MAX_STEPS:
            reader.report(node, f"too many steps ({len(node.value)}, at most {MAX_STEPS})")
        # Past the limit the file is wrong anyway; checking only the first steps bounds the work.
        steps = [self._step(item) for item in node.value[:MAX_STEPS]]
        return tuple(step for step in steps if step is not None) if None not in steps else None

    def _step(self, node: Node) -> Step | None:
        reader = self.reader
        before = len(reader.problems)
        fields = reader.fields(node, "a step", STEP_KEYS, required=("exercise",))
        if fields is None:
            return None
        exercise = self._exercise_reference(fields["exercise"]) if "exercise" in fields else None
        hold = self._hold(fields.get("hold"))
        if "hold" not in fields and exercise is not None and exercise.hold is None:
            reader.report(node, "missing key 'hold' (the exercise has no default hold)")
        reps = reader.integer(fields["reps"], "reps", 1, MAX_REPS) if "reps" in fields else 1
        sides = self._sides(fields.get("sides"))
        rest = self._pause(fields.get("rest"), "rest")
        switch = self._pause(fields.get("switch"), "switch")
        note = self._optional_text(fields, "note")
        breathe = self._breathe(fields["breathe"]) if "breathe" in fields else None
        if not self._clean_since(before) or exercise is None or reps is None:
            return None
        return Step(exercise, hold, reps, sides, rest, switch, note or "", breathe)

    def _breathe(self, node: Node) -> Breathe | None:
        fields = self.reader.fields(node, "'breathe'", BREATHE_KEYS, required=BREATHE_KEYS)
        if fields is None:
            return None
        inhale, exhale = (
            self.reader.duration(fields[key], key, 0.0, MAX_BREATH_SECONDS, above_low=True)
            if key in fields
            else None
            for key in BREATHE_KEYS
        )
        return Breathe(inhale, exhale) if inhale is not None and exhale is not None else None

    def _exercise_reference(self, node: Node) -> Exercise | None:
        if self.reader.already_reported(node):
            return None
        if isinstance(node, MappingNode):
            return self.exercise(node, None)
        if isinstance(node, ScalarNode) and node.tag == STR_TAG:
            exercise = self.known_exercises.get(node.value)
            if exercise is None:
                hint = did_you_mean(node.value, self.known_exercises.keys())
                self.reader.report(node, f"unknown exercise {quote(node.value)}{hint}")
            return exercise
        self.reader.report(
            node, f"'exercise' must be an exercise id or an inline exercise mapping, not {describe(node)}"
        )
        return None

    def exercise(self, node: Node, exercise_id: str | None) -> Exercise | None:
        """A library entry (with its id) or an inline exercise (id None): the same keys either way."""
        reader = self.reader
        before = len(reader.problems)
        fields = reader.fields(node, "an exercise", EXERCISE_KEYS, required=("name",))
        if fields is None:
            return None
        name = self._name(fields.get("name"), None)
        summary = self._optional_text(fields, "summary")
        caution = self._optional_text(fields, "caution")
        lists = {
            key: reader.text_list(fields[key], key) if key in fields else ()
            for key in ("instructions", "cues", "targets")
        }
        sides = self._sides(fields.get("sides"))
        hold = self._hold(fields.get("hold"))
        image = reader.text(fields["image"], "image") if "image" in fields else None
        kind = reader.choice(fields["kind"], "kind", _KINDS) if "kind" in fields else None
        position = reader.choice(fields["position"], "position", _POSITIONS) if "position" in fields else None
        equipment = self._equipment(fields["equipment"]) if "equipment" in fields else ()
        avoid_if = reader.text_list(fields["avoid_if"], "avoid_if") if "avoid_if" in fields else ()
        variants = {key: self._text_or_null(fields.get(key), key) for key in ("easier", "harder")}
        if not self._clean_since(before) or name is None:
            return None
        return Exercise(
            name=name,
            id=exercise_id,
            summary=summary or "",
            instructions=lists["instructions"] or (),
            cues=lists["cues"] or (),
            caution=caution or "",
            targets=lists["targets"] or (),
            sides=sides,
            hold=hold,
            image=self._image(image),
            kind=None if kind is None else ExerciseKind(kind),
            position=None if position is None else Position(position),
            equipment=equipment or (),
            avoid_if=avoid_if or (),
            easier=variants["easier"],
            harder=variants["harder"],
        )

    def _equipment(self, node: Node) -> tuple[str, ...] | None:
        if self.reader.already_reported(node):
            return None
        if not isinstance(node, SequenceNode):
            self.reader.report(node, f"'equipment' must be a list, not {describe(node)}")
            return None
        items = [self.reader.choice(item, "equipment", EQUIPMENT) for item in node.value]
        return tuple(item for item in items if item is not None) if None not in items else None

    def _text_or_null(self, node: Node | None, key: str) -> str | None:
        """Optional text where an empty value (null) says "none fits"."""
        if node is None or (isinstance(node, ScalarNode) and node.tag == NULL_TAG):
            return None
        return self.reader.text(node, key)

    def _image(self, written: str | None) -> str | None:
        """An absolute path when the file exists, else None; as written when there is no folder to look in."""
        if written is None or self.base_dir is None:
            return written
        candidate = self.base_dir / written
        return str(candidate.resolve()) if candidate.is_file() else None

    def library(self, root: Node) -> dict[str, Exercise] | None:
        reader = self.reader
        fields = reader.fields(root, "an exercise library", LIBRARY_KEYS, required=("exercises",))
        if fields is None:
            return None
        self._version(fields.get("version"))
        if "exercises" not in fields:
            return None
        exercises: dict[str, Exercise] = {}
        for key_node, exercise_id, value in reader.items(fields["exercises"], "'exercises'"):
            if not EXERCISE_ID.fullmatch(exercise_id):
                reader.report(
                    key_node,
                    f"exercise id {quote(exercise_id)} must be lower-case letters, digits and dashes",
                )
            exercise = self.exercise(value, exercise_id)
            if exercise is not None:
                exercises[exercise_id] = exercise
        return exercises
