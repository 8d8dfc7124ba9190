"""The routine model: exercises, steps and routines as immutable values.

Optional fields keep what the file said (None = not given) so that a routine can be written back as it
was read; the ``effective_*`` helpers give the values the timer uses.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from backpain_timer.domain.texts import say

DEFAULT_PREPARE_SECONDS = 10.0
DEFAULT_REST_SECONDS = 15.0
DEFAULT_SWITCH_SECONDS = 5.0
MAX_NAME_LENGTH = 80
MAX_STEPS = 100
MAX_REPS = 50
MIN_HOLD_SECONDS = 1.0
MAX_HOLD_SECONDS = 3600.0
MAX_PAUSE_SECONDS = 600.0  # prepare, rest and switch


class Sides(StrEnum):
    NONE = "none"
    BOTH = "both"
    LEFT = "left"
    RIGHT = "right"

    def hold_sides(self) -> tuple[str | None, ...]:
        """The side of each hold of one rep, in order."""
        if self is Sides.BOTH:
            return ("left", "right")
        if self is Sides.LEFT:
            return ("left",)
        if self is Sides.RIGHT:
            return ("right",)
        return (None,)


class ExerciseKind(StrEnum):
    DYNAMIC = "dynamic"
    STATIC = "static"
    STRENGTH = "strength"
    BREATHING = "breathing"


class Position(StrEnum):
    STANDING = "standing"
    SEATED = "seated"
    FLOOR = "floor"


# What an exercise may need; a fixed list so that a routine can say "You'll need: a mat, a band".
EQUIPMENT: tuple[str, ...] = ("mat", "band", "door anchor", "wall", "chair", "doorway", "towel", "cushion")


# How each item of EQUIPMENT is said in a sentence, and the sentence (message id → English source).
_EQUIPMENT_WORDS = {
    "equipment.needed": "You'll need: {items}",
    "equipment.mat": "a mat",
    "equipment.band": "a band",
    "equipment.door anchor": "a door anchor",
    "equipment.wall": "a wall",
    "equipment.chair": "a chair",
    "equipment.doorway": "a doorway",
    "equipment.towel": "a towel",
    "equipment.cushion": "a cushion",
}


def equipment_sentence(equipment: Iterable[str]) -> str:
    """The sentence before a session, such as "You'll need: a mat, a band" (each item once), in the language
    in use; '' for none."""
    items = [
        say(f"equipment.{item}", _EQUIPMENT_WORDS[f"equipment.{item}"]) for item in dict.fromkeys(equipment)
    ]
    if not items:
        return ""
    return say("equipment.needed", _EQUIPMENT_WORDS["equipment.needed"]).format(items=", ".join(items))


def message_texts() -> dict[str, str]:
    return dict(_EQUIPMENT_WORDS)


def who_should_adapt(steps: Iterable[tuple[str, tuple[str, ...]]]) -> list[tuple[str, tuple[str, ...]]]:
    """(exercise name, its avoid_if) of each step → each avoid_if sentence once, with the names it is for."""
    names: dict[str, dict[str, None]] = {}
    for name, avoid_if in steps:
        for sentence in avoid_if:
            names.setdefault(sentence, {})[name] = None
    return [(sentence, tuple(found)) for sentence, found in names.items()]


@dataclass(frozen=True)
class Breathe:
    inhale: float
    exhale: float

    @property
    def cycle(self) -> float:
        return self.inhale + self.exhale


@dataclass(frozen=True)
class Exercise:
    """A library exercise (``id`` set) or an inline one written into a routine (``id`` None)."""

    name: str
    id: str | None = None
    summary: str = ""
    instructions: tuple[str, ...] = ()
    cues: tuple[str, ...] = ()
    caution: str = ""
    targets: tuple[str, ...] = ()
    sides: Sides | None = None
    hold: float | None = None
    image: str | None = None  # absolute path once loaded; as written in the file otherwise
    kind: ExerciseKind | None = None
    position: Position | None = None
    equipment: tuple[str, ...] = ()  # items of EQUIPMENT
    avoid_if: tuple[str, ...] = ()  # who should skip or adapt it, one sentence each
    easier: str | None = None  # a variant in a sentence
    harder: str | None = None


def exercise_to_json(exercise: Exercise) -> dict[str, Any]:
    """An exercise as `backpain-timer exercises --json` prints it (hold in seconds, null when unset)."""
    return {
        "id": exercise.id,
        "name": exercise.name,
        "summary": exercise.summary,
        "instructions": list(exercise.instructions),
        "cues": list(exercise.cues),
        "caution": exercise.caution,
        "targets": list(exercise.targets),
        "sides": exercise.sides.value if exercise.sides else None,
        "hold": exercise.hold,
        "kind": exercise.kind.value if exercise.kind else None,
        "position": exercise.position.value if exercise.position else None,
        "equipment": list(exercise.equipment),
        "avoid_if": list(exercise.avoid_if),
        "easier": exercise.easier,
        "harder": exercise.harder,
    }


@dataclass(frozen=True)
class Step:
    exercise: Exercise
    hold: float | None = None  # None: the exercise's default hold
    reps: int = 1
    sides: Sides | None = None  # None: the exercise's default, else none
    rest: float | None = None  # None: the routine's rest
    switch: float | None = None  # None: the routine's switch
    note: str = ""
    breathe: Breathe | None = None

    @property
    def hold_seconds(self) -> float:
        if self.hold is not None:
            return self.hold
        if self.exercise.hold is not None:
            return self.exercise.hold
        raise ValueError(f"step '{self.exercise.name}' has no hold time")

    @property
    def effective_sides(self) -> Sides:
        return self.sides or self.exercise.sides or Sides.NONE


@dataclass(frozen=True)
class Routine:
    id: str
    name: str
    steps: tuple[Step, ...]
    description: str = ""
    tags: tuple[str, ...] = ()
    prepare: float | None = None
    rest: float | None = None
    switch: float | None = None
    source_path: str | None = field(default=None, compare=False)

    @property
    def equipment(self) -> tuple[str, ...]:
        """What the steps need, each item once, in the order they first need it."""
        return tuple(dict.fromkeys(item for step in self.steps for item in step.exercise.equipment))

    @property
    def prepare_seconds(self) -> float:
        return DEFAULT_PREPARE_SECONDS if self.prepare is None else self.prepare

    def rest_after(self, step: Step) -> float:
        if step.rest is not None:
            return step.rest
        return DEFAULT_REST_SECONDS if self.rest is None else self.rest

    def switch_within(self, step: Step) -> float:
        if step.switch is not None:
            return step.switch
        return DEFAULT_SWITCH_SECONDS if self.switch is None else self.switch
