"""The editor's working copy of a routine, and how it is checked.

Fields hold text as typed ("1:3", "abc", "") so half-typed input can be shown and reported. Checking
writes the draft as routine YAML and runs the one validator (``parse_routine``) on it; each problem's
line:col in that YAML is mapped back to the field it came from. No widgets here (QtCore only, to
translate the form's own problem words).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from PySide6.QtCore import QCoreApplication

from backpain_timer.domain.durations import format_duration
from backpain_timer.domain.routine import Exercise, Routine
from backpain_timer.storage.routine_yaml import RoutineFileError, parse_routine, routine_to_data
from backpain_timer.ui.translations import QT_TRANSLATE_NOOP

FieldPath = tuple[str | int, ...]
EDITOR_SOURCE = "<editor>"
_CLOCK = re.compile(r"(?:(\d+):)?(\d+):([0-5]?\d(?:\.\d+)?)")
_uids = itertools.count(1)


def _next_uid() -> int:
    return next(_uids)


@dataclass(frozen=True)
class InlineExerciseDraft:
    name: str = ""
    instructions: str = ""  # one per line
    cues: str = ""  # one per line
    caution: str = ""
    # Keys the editor does not show (sides, hold, image), written back as they were read.
    kept: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True)
class StepDraft:
    exercise: str | InlineExerciseDraft  # a library id, or an inline exercise
    hold: str = ""
    reps: int = 1
    sides: str = ""  # "" = the exercise's default
    rest: str = ""
    switch: str = ""
    note: str = ""
    inhale: str = ""
    exhale: str = ""
    # Identifies the step across moves (selection, merged typing commands); not part of its value.
    uid: int = field(default_factory=_next_uid, compare=False)


@dataclass(frozen=True)
class RoutineDraft:
    name: str = ""
    description: str = ""
    tags: tuple[str, ...] = ()
    prepare: str = ""
    rest: str = ""
    switch: str = ""
    steps: tuple[StepDraft, ...] = ()


@dataclass(frozen=True)
class FieldProblem:
    path: FieldPath  # e.g. ("steps", 1, "hold"); () for the routine as a whole
    message: str


@dataclass(frozen=True)
class Validation:
    routine: Routine | None  # None while there are problems
    problems: tuple[FieldProblem, ...] = ()


# --- draft ⇄ routine data ------------------------------------------------------------------------------


def duration_text(text: str) -> str | None:
    """What a duration field puts in the file: None when empty; mm:ss and h:mm:ss become "1m30s"."""
    compact = text.strip()
    if not compact:
        return None
    clock = _CLOCK.fullmatch(compact)
    if clock is None:
        return compact
    hours, minutes, seconds = (float(part) if part else 0.0 for part in clock.groups())
    return format_duration(hours * 3600 + minutes * 60 + seconds)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _text(value: object) -> str:
    """A file value as field text: durations written as numbers are shown the way we write them."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float):
        return format_duration(value)
    return str(value)


def _inline_from_data(data: Mapping[str, Any]) -> InlineExerciseDraft:
    shown = {"name", "instructions", "cues", "caution"}
    return InlineExerciseDraft(
        name=str(data.get("name", "")),
        instructions="\n".join(str(line) for line in data.get("instructions", ())),
        cues="\n".join(str(line) for line in data.get("cues", ())),
        caution=str(data.get("caution", "")),
        # Plain lists: the writer's flow-style list type is not known to yaml.safe_dump.
        kept=tuple(
            (key, list(value) if isinstance(value, list) else value)
            for key, value in data.items()
            if key not in shown
        ),
    )


def _step_from_data(data: Mapping[str, Any]) -> StepDraft:
    exercise = data.get("exercise", "")
    breathe = data.get("breathe") or {}
    return StepDraft(
        exercise=_inline_from_data(exercise) if isinstance(exercise, Mapping) else str(exercise),
        hold=_text(data.get("hold")),
        reps=int(data.get("reps", 1)),
        sides=_text(data.get("sides")),
        rest=_text(data.get("rest")),
        switch=_text(data.get("switch")),
        note=_text(data.get("note")),
        inhale=_text(breathe.get("inhale")),
        exhale=_text(breathe.get("exhale")),
    )


def draft_from_routine(routine: Routine, base_dir: Path | None) -> RoutineDraft:
    """The routine as field texts; inline images are written relative to ``base_dir`` as in its file."""
    data = routine_to_data(routine, relative_to=base_dir)
    return RoutineDraft(
        name=str(data.get("name", "")),
        description=_text(data.get("description")),
        tags=tuple(str(tag) for tag in data.get("tags", ())),
        prepare=_text(data.get("prepare")),
        rest=_text(data.get("rest")),
        switch=_text(data.get("switch")),
        steps=tuple(_step_from_data(step) for step in data.get("steps", ())),
    )


def _put(data: dict[str, Any], key: str, value: object) -> None:
    if value is not None and value != "":
        data[key] = value


def _inline_to_data(exercise: InlineExerciseDraft) -> dict[str, Any]:
    data: dict[str, Any] = {"name": exercise.name.strip()}
    _put(data, "instructions", _lines(exercise.instructions) or None)
    _put(data, "cues", _lines(exercise.cues) or None)
    _put(data, "caution", exercise.caution.strip())
    data.update(exercise.kept)
    return data


def _step_to_data(step: StepDraft) -> dict[str, Any]:
    exercise = step.exercise
    data: dict[str, Any] = {
        "exercise": _inline_to_data(exercise)
        if isinstance(exercise, InlineExerciseDraft)
        else exercise.strip()
    }
    _put(data, "hold", duration_text(step.hold))
    if step.reps != 1:
        data["reps"] = step.reps
    _put(data, "sides", step.sides)
    _put(data, "rest", duration_text(step.rest))
    _put(data, "switch", duration_text(step.switch))
    _put(data, "note", step.note.strip())
    breathe: dict[str, Any] = {}
    _put(breathe, "inhale", duration_text(step.inhale))
    _put(breathe, "exhale", duration_text(step.exhale))
    _put(data, "breathe", breathe or None)
    return data


def draft_to_data(draft: RoutineDraft) -> dict[str, Any]:
    """The routine file's data, key order as in the format; empty fields are left out (= not given)."""
    data: dict[str, Any] = {"name": draft.name.strip()}
    _put(data, "description", draft.description.strip())
    _put(data, "tags", list(draft.tags) or None)
    for key in ("prepare", "rest", "switch"):
        _put(data, key, duration_text(getattr(draft, key)))
    data["steps"] = [_step_to_data(step) for step in draft.steps]
    return data


# --- checking -------------------------------------------------------------------------------------------


def validate(
    draft: RoutineDraft, *, routine_id: str, exercises: Mapping[str, Exercise], base_dir: Path | None
) -> Validation:
    text = yaml.safe_dump(draft_to_data(draft), sort_keys=False, allow_unicode=True, width=1_000_000)
    try:
        routine = parse_routine(
            text, path=EDITOR_SOURCE, routine_id=routine_id, library=exercises, base_dir=base_dir
        )
    except RoutineFileError as error:
        positions = _positions(text)
        return Validation(
            None,
            tuple(
                FieldProblem(_locate(positions, problem.line, problem.column), plain_words(problem.message))
                for problem in error.problems
            ),
        )
    return Validation(routine)


def _positions(text: str) -> dict[tuple[int, int], FieldPath]:
    """1-based (line, column) of every node of our own YAML → the field path it belongs to."""
    positions: dict[tuple[int, int], FieldPath] = {}

    def walk(node: yaml.Node, path: FieldPath) -> None:
        # A mapping starts where its first key does; the mapping wins, so "missing key" lands on it.
        positions.setdefault((node.start_mark.line + 1, node.start_mark.column + 1), path)
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                child = (*path, str(key.value))
                positions.setdefault((key.start_mark.line + 1, key.start_mark.column + 1), child)
                walk(value, child)
        elif isinstance(node, yaml.SequenceNode):
            for number, item in enumerate(node.value):
                walk(item, (*path, number))

    root = yaml.compose(text, Loader=yaml.SafeLoader)
    if root is not None:
        walk(root, ())
    return positions


def _locate(positions: Mapping[tuple[int, int], FieldPath], line: int, column: int) -> FieldPath:
    exact = positions.get((line, column))
    if exact is not None:
        return exact
    on_line = [(col, path) for (row, col), path in positions.items() if row == line and col <= column]
    return max(on_line, key=lambda item: item[0])[1] if on_line else ()


_PLAIN = {
    "'name' must not be empty": QT_TRANSLATE_NOOP("EditorProblems", "Give the routine a name"),
    "'steps' must not be empty": QT_TRANSLATE_NOOP("EditorProblems", "Add at least one step"),
}


def plain_words(message: str) -> str:
    """A file problem said for a form: no quoted keys ("missing key 'exhale'" → "Exhale is needed")."""
    if message in _PLAIN:
        return QCoreApplication.translate("EditorProblems", _PLAIN[message])
    if missing := re.match(r"missing key '(\w+)'(.*)", message):
        message = f"{missing[1]} is needed{missing[2]}"
    elif invalid := re.match(r"invalid '\w+': (.*)", message):
        message = invalid[1]
    message = re.sub(r"'(\w+)'", r"\1", message, count=1) if message.startswith("'") else message
    return message[:1].upper() + message[1:]


def route_problems(
    problems: Iterable[FieldProblem], fields: Iterable[FieldPath]
) -> dict[FieldPath, list[str]]:
    """Give each problem to the most specific shown field whose path it falls under (else to ())."""
    shown = sorted(set(fields), key=len, reverse=True)
    routed: dict[FieldPath, list[str]] = {}
    for problem in problems:
        target = next((path for path in shown if problem.path[: len(path)] == path), ())
        routed.setdefault(target, []).append(problem.message)
    return routed
