"""Translations of the built-in library: one YAML overlay per language (``routines/i18n/<code>.yaml``),
read and checked like every routine file (PATH:LINE:COL, every problem at once, did-you-mean), and laid
over the English exercises and preset routines. Ids never change; a text the overlay lacks stays English.

The format (schema: ``backpain_timer/schema/overlay.schema.json``)::

    version: 1
    exercises:
      <exercise id>: {name, summary, instructions, cues, caution, targets, avoid_if, easier, harder}
    routines:
      <routine id>: {name, description, notes: {<step number, from 1>: text}}

Lists (instructions, cues, …) may have another length than the English: a language says it its way.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from yaml.nodes import Node

from backpain_timer.domain.routine import Exercise, Routine
from backpain_timer.storage.problems import RoutineFileError
from backpain_timer.storage.yaml_document import INT_TAG, quote, read_document, read_file_bytes
from backpain_timer.storage.yaml_nodes import NodeReader, did_you_mean

OVERLAY_VERSION = 1
OVERLAY_KEYS = ("version", "exercises", "routines")
TEXT_FIELDS = ("name", "summary", "caution", "easier", "harder")
LIST_FIELDS = ("instructions", "cues", "targets", "avoid_if")
EXERCISE_FIELDS = (*TEXT_FIELDS, *LIST_FIELDS)
ROUTINE_FIELDS = ("name", "description", "notes")

Text = str | tuple[str, ...]


@dataclass(frozen=True)
class RoutineText:
    name: str | None = None
    description: str | None = None
    notes: dict[int, str] = field(default_factory=dict)  # by step number, from 1


@dataclass(frozen=True)
class Overlay:
    """One language's texts for the built-in library; ``wrap`` changes every text (the pseudo-language)."""

    exercises: dict[str, dict[str, Text]] = field(default_factory=dict)
    routines: dict[str, RoutineText] = field(default_factory=dict)
    wrap: Callable[[str], str] | None = None

    def _text(self, english: str, translated: str | None) -> str:
        text = english if translated is None else translated
        return self.wrap(text) if self.wrap and text else text

    def exercise(self, exercise: Exercise) -> Exercise:
        """The exercise in this language (a built-in one: user exercises are shown as written)."""
        texts = self.exercises.get(exercise.id or "", {})
        if not texts and self.wrap is None:
            return exercise
        changes: dict[str, object] = {}
        for name in TEXT_FIELDS:
            english = getattr(exercise, name)
            translated = texts.get(name)
            if english is not None:
                changes[name] = self._text(english, translated if isinstance(translated, str) else None)
        for name in LIST_FIELDS:
            translated = texts.get(name)
            items = translated if isinstance(translated, tuple) else getattr(exercise, name)
            changes[name] = tuple(self._text(item, None) for item in items)
        return dataclasses.replace(exercise, **changes)  # type: ignore[arg-type]

    def routine(self, routine: Routine) -> Routine:
        """A preset routine in this language; its steps take the exercises it was loaded with."""
        texts = self.routines.get(routine.id)
        if texts is None and self.wrap is None:
            return routine
        texts = texts or RoutineText()
        steps = tuple(
            dataclasses.replace(step, note=self._text(step.note, texts.notes.get(number)))
            for number, step in enumerate(routine.steps, start=1)
        )
        return dataclasses.replace(
            routine,
            name=self._text(routine.name, texts.name),
            description=self._text(routine.description, texts.description),
            steps=steps,
        )


def load_overlay(path: Path, exercise_ids: Collection[str], routine_ids: Collection[str]) -> Overlay:
    """Read and check an overlay against the built-in ids. Raises RoutineFileError with every problem."""
    document = read_document(read_file_bytes(path), str(path))
    reader = NodeReader(str(path), document)
    overlay = Overlay()
    if document.root is not None:
        fields = reader.fields(document.root, "a translation file", OVERLAY_KEYS)
        if fields is not None:
            version = fields.get("version")
            if version is not None:
                number = reader.scalar(version, "version", f"the number {OVERLAY_VERSION}", (INT_TAG,))
                if number is not None and number != OVERLAY_VERSION:
                    reader.report(version, f"unsupported version {number} (only version 1 is supported)")
            if "exercises" in fields:
                for exercise_id, value in _known(reader, fields["exercises"], exercise_ids, "exercise"):
                    texts = _exercise_texts(reader, value)
                    if texts is not None:
                        overlay.exercises[exercise_id] = texts
            if "routines" in fields:
                for routine_id, value in _known(reader, fields["routines"], routine_ids, "routine"):
                    routine = _routine_texts(reader, value)
                    if routine is not None:
                        overlay.routines[routine_id] = routine
    if reader.problems:
        raise RoutineFileError(reader.problems)
    return overlay


def _known(reader: NodeReader, node: Node, known: Collection[str], kind: str) -> list[tuple[str, Node]]:
    """The entries of a mapping whose keys are known ids; an unknown id is reported with a did-you-mean."""
    found = []
    for key_node, key, value in reader.items(node, f"'{kind}s'"):
        if key in known:
            found.append((key, value))
        else:
            reader.report(key_node, f"unknown {kind} {quote(key)}{did_you_mean(key, known)}")
    return found


def _exercise_texts(reader: NodeReader, node: Node) -> dict[str, Text] | None:
    fields = reader.fields(node, "an exercise's translation", EXERCISE_FIELDS)
    if fields is None:
        return None
    texts: dict[str, Text] = {}
    for key, value in fields.items():
        text = reader.text_list(value, key) if key in LIST_FIELDS else reader.text(value, key)
        if text is not None:
            texts[key] = text
    return texts


def _routine_texts(reader: NodeReader, node: Node) -> RoutineText | None:
    fields = reader.fields(node, "a routine's translation", ROUTINE_FIELDS)
    if fields is None:
        return None
    notes: dict[int, str] = {}
    for key_node, key, value in reader.items(fields["notes"], "'notes'") if "notes" in fields else ():
        text = reader.text(value, "note")
        if not key.isdigit() or int(key) < 1:
            reader.report(key_node, f"a note's key must be a step number from 1, not {quote(key)}")
        elif text is not None:
            notes[int(key)] = text
    name, description = (
        reader.text(fields[key], key) if key in fields else None for key in ROUTINE_FIELDS[:2]
    )
    return RoutineText(name, description, notes)


def overlay_gaps(
    overlay: Overlay, exercises: Mapping[str, Exercise], routines: Mapping[str, Routine]
) -> tuple[list[str], list[str]]:
    """(what is missing, what is translated but has no English) for the built-in library, one line each:
    "exercise thoracic-rotation: caution", "routine desk-break: note of step 3"."""
    missing: list[str] = []
    extra: list[str] = []
    for exercise_id, exercise in exercises.items():
        texts = overlay.exercises.get(exercise_id, {})
        for name in EXERCISE_FIELDS:
            has_english = bool(getattr(exercise, name))
            where = f"exercise {exercise_id}: {name}"
            if has_english and name not in texts:
                missing.append(where)
            elif not has_english and name in texts:
                extra.append(where)
    for routine_id, routine in routines.items():
        said = overlay.routines.get(routine_id, RoutineText())
        for name in ROUTINE_FIELDS[:2]:
            if getattr(routine, name) and getattr(said, name) is None:
                missing.append(f"routine {routine_id}: {name}")
        for number, step in enumerate(routine.steps, start=1):
            if step.note and number not in said.notes:
                missing.append(f"routine {routine_id}: note of step {number}")
        extra.extend(
            f"routine {routine_id}: note of step {number}"
            for number in said.notes
            if number > len(routine.steps) or not routine.steps[number - 1].note
        )
    return missing, extra
