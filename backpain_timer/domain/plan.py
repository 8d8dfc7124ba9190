"""Routine → timeline. The timer, the CLI and the editor all use this one function."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from backpain_timer.domain.routine import Breathe, Routine, Step


class SegmentKind(StrEnum):
    PREPARE = "prepare"
    HOLD = "hold"
    SWITCH = "switch"
    REST = "rest"


@dataclass(frozen=True)
class Segment:
    """One stretch of the timeline. For prepare/switch/rest, step..rep describe the hold that comes next."""

    index: int
    kind: SegmentKind
    start: float
    duration: float
    step: int  # 1-based
    exercise: str | None  # library id; None for an inline exercise
    name: str
    side: str | None  # "left", "right" or None
    rep: int  # 1-based
    reps: int
    note: str = ""
    breathe: Breathe | None = None

    @property
    def end(self) -> float:
        return self.start + self.duration

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "start": self.start,
            "duration": self.duration,
            "step": self.step,
            "exercise": self.exercise,
            "name": self.name,
            "side": self.side,
            "rep": self.rep,
        }


@dataclass(frozen=True)
class Plan:
    routine: Routine
    segments: tuple[Segment, ...]

    @property
    def total_seconds(self) -> float:
        return self.segments[-1].end if self.segments else 0.0

    @property
    def holds(self) -> tuple[Segment, ...]:
        return tuple(s for s in self.segments if s.kind is SegmentKind.HOLD)

    def next_hold(self, segment: Segment) -> Segment | None:
        """The hold ``segment`` is (when it is one) or leads to; None after the last hold."""
        return next((s for s in self.segments[segment.index :] if s.kind is SegmentKind.HOLD), None)

    def switches_sides(self, segment: Segment) -> bool:
        """Whether ``segment`` is a switch to the other side. The plan also puts a switch between reps on
        the same side (or with no side): that is a rest, with no side to switch."""
        if segment.kind is not SegmentKind.SWITCH or segment.side is None or segment.index == 0:
            return False
        return self.segments[segment.index - 1].side != segment.side

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.routine.id,
            "name": self.routine.name,
            "total_seconds": self.total_seconds,
            "segments": [s.to_json() for s in self.segments],
        }


def plan(routine: Routine) -> Plan:
    segments: list[Segment] = []
    clock = 0.0

    def add(kind: SegmentKind, duration: float, step_no: int, step: Step, side: str | None, rep: int) -> None:
        nonlocal clock
        segments.append(
            Segment(
                index=len(segments),
                kind=kind,
                start=clock,
                duration=duration,
                step=step_no,
                exercise=step.exercise.id,
                name=step.exercise.name,
                side=side,
                rep=rep,
                reps=step.reps,
                note=step.note,
                breathe=step.breathe,
            )
        )
        clock += duration

    if not routine.steps:
        return Plan(routine, ())
    first = routine.steps[0]
    if routine.prepare_seconds > 0:
        add(SegmentKind.PREPARE, routine.prepare_seconds, 1, first, first.effective_sides.hold_sides()[0], 1)
    last_step_no = len(routine.steps)
    for step_no, step in enumerate(routine.steps, start=1):
        switch = routine.switch_within(step)
        holds = [(rep, side) for rep in range(1, step.reps + 1) for side in step.effective_sides.hold_sides()]
        for hold_no, (rep, side) in enumerate(holds):
            if hold_no > 0 and switch > 0:
                add(SegmentKind.SWITCH, switch, step_no, step, side, rep)
            add(SegmentKind.HOLD, step.hold_seconds, step_no, step, side, rep)
        rest = routine.rest_after(step)
        if step_no < last_step_no and rest > 0:
            following = routine.steps[step_no]
            add(SegmentKind.REST, rest, step_no + 1, following, following.effective_sides.hold_sides()[0], 1)
    return Plan(routine, tuple(segments))
