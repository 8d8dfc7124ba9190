"""Routine → plain data → readable YAML in the format's own key order, and an atomic save."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml

from backpain_timer.domain.durations import DurationError, format_duration, parse_duration
from backpain_timer.domain.routine import Exercise, Routine, Step
from backpain_timer.storage.atomic import atomic_write_text

FORMAT_VERSION = 1


class _FlowList(list[Any]):
    """A short list written on one line: ``tags: [warm-up, pre-run]``."""


class _FlowMapping(dict[str, Any]):
    """A small mapping written on one line: ``breathe: {inhale: 4s, exhale: 6s}``."""


class _Dumper(yaml.SafeDumper):
    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        # Indent list items under their key, as people write them (PyYAML puts them at the key's column).
        super().increase_indent(flow, False)


_Dumper.add_representer(
    _FlowList, lambda dumper, data: dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=True)
)
_Dumper.add_representer(
    _FlowMapping,
    lambda dumper, data: dumper.represent_mapping("tag:yaml.org,2002:map", data, flow_style=True),
)


def _duration(seconds: float) -> str | float:
    """The short form (1m30s), or the plain number of seconds when the short form would round it."""
    text = format_duration(seconds)
    try:
        exact = parse_duration(text) == seconds
    except DurationError:  # 5e-324 → "4.94066e-324s", which is no duration
        exact = False
    return text if exact else seconds


def routine_to_data(routine: Routine, *, relative_to: Path | None = None) -> dict[str, Any]:
    """Plain data in the format's key order, leaving out what is unset. Library exercises are written as
    their id, inline ones as mappings; inline images relative to ``relative_to`` when given."""
    data: dict[str, Any] = {"version": FORMAT_VERSION, "name": routine.name}
    if routine.description:
        data["description"] = routine.description
    if routine.tags:
        data["tags"] = _FlowList(routine.tags)
    for key in ("prepare", "rest", "switch"):
        seconds = getattr(routine, key)
        if seconds is not None:
            data[key] = _duration(seconds)
    data["steps"] = [_step_data(step, relative_to) for step in routine.steps]
    return data


def _step_data(step: Step, relative_to: Path | None) -> dict[str, Any]:
    exercise = step.exercise
    data: dict[str, Any] = {"exercise": exercise.id or _inline_exercise_data(exercise, relative_to)}
    if step.hold is not None:
        data["hold"] = _duration(step.hold)
    if step.reps != 1:
        data["reps"] = step.reps
    if step.sides is not None:
        data["sides"] = step.sides.value
    for key in ("rest", "switch"):
        seconds = getattr(step, key)
        if seconds is not None:
            data[key] = _duration(seconds)
    if step.note:
        data["note"] = step.note
    if step.breathe is not None:
        data["breathe"] = _FlowMapping(
            inhale=_duration(step.breathe.inhale), exhale=_duration(step.breathe.exhale)
        )
    return data


def _inline_exercise_data(exercise: Exercise, relative_to: Path | None) -> dict[str, Any]:
    data: dict[str, Any] = {"name": exercise.name}
    if exercise.summary:
        data["summary"] = exercise.summary
    for key in ("instructions", "cues"):
        if getattr(exercise, key):
            data[key] = list(getattr(exercise, key))
    if exercise.caution:
        data["caution"] = exercise.caution
    if exercise.targets:
        data["targets"] = _FlowList(exercise.targets)
    if exercise.sides is not None:
        data["sides"] = exercise.sides.value
    if exercise.hold is not None:
        data["hold"] = _duration(exercise.hold)
    if exercise.image is not None:
        data["image"] = _image_path(exercise.image, relative_to)
    for key in ("kind", "position"):
        if getattr(exercise, key) is not None:
            data[key] = getattr(exercise, key).value
    if exercise.equipment:
        data["equipment"] = _FlowList(exercise.equipment)
    if exercise.avoid_if:
        data["avoid_if"] = list(exercise.avoid_if)
    for key in ("easier", "harder"):
        if getattr(exercise, key) is not None:
            data[key] = getattr(exercise, key)
    return data


def _image_path(image: str, relative_to: Path | None) -> str:
    if relative_to is None or not Path(image).is_absolute():
        return image
    try:
        return Path(os.path.relpath(image, relative_to)).as_posix()
    except ValueError:  # another drive on Windows: only the absolute path works
        return image


def routine_to_yaml(routine: Routine, *, relative_to: Path | None = None) -> str:
    return yaml.dump(
        routine_to_data(routine, relative_to=relative_to),
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100,
    )


def save_routine(routine: Routine, path: Path) -> None:
    """Write the routine atomically; inline images are written relative to the file's folder."""
    atomic_write_text(path, routine_to_yaml(routine, relative_to=path.parent))
