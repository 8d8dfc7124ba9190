"""Breath pacing: where a paced hold's breath is at any moment, and when it turns.

The session engine emits each turn as a ``BreathTurned`` event (domain/events.py); the breathing circle
uses ``BreathState`` to size itself between turns.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from backpain_timer.domain.routine import Breathe

# Same tolerance as the engine: a turn at a hold's very end is not kept by float rounding.
_EPSILON = 1e-9


class BreathPhase(StrEnum):
    IN = "in"
    OUT = "out"


def _ease(progress: float) -> float:
    """Slow at both ends, like a breath."""
    return (1 - math.cos(math.pi * progress)) / 2


@dataclass(frozen=True)
class BreathState:
    phase: BreathPhase
    progress: float  # 0..1 through the current phase
    scale: float  # 0..1 circle size: grows while breathing in, shrinks while breathing out

    @classmethod
    def of(cls, phase: BreathPhase, progress: float) -> BreathState:
        """``progress`` (clamped to 0..1) through ``phase``, with the circle's size there."""
        progress = min(max(progress, 0.0), 1.0)
        eased = _ease(progress)
        return cls(phase, progress, eased if phase is BreathPhase.IN else 1 - eased)


class BreathPacer:
    """Breathing in and out on the hold's own clock: each hold starts with a breath in."""

    def __init__(self, breathe: Breathe) -> None:
        if breathe.inhale <= 0 or breathe.exhale <= 0:
            raise ValueError(
                f"breathe needs inhale and exhale above 0 s, got {breathe.inhale}/{breathe.exhale}"
            )
        self.breathe = breathe

    def seconds_of(self, phase: BreathPhase) -> float:
        return self.breathe.inhale if phase is BreathPhase.IN else self.breathe.exhale

    def state(self, elapsed: float) -> BreathState:
        into_cycle = max(elapsed, 0.0) % self.breathe.cycle
        if into_cycle < self.breathe.inhale:
            return BreathState.of(BreathPhase.IN, into_cycle / self.breathe.inhale)
        return BreathState.of(BreathPhase.OUT, (into_cycle - self.breathe.inhale) / self.breathe.exhale)

    def turns(self, duration: float) -> list[tuple[float, BreathPhase]]:
        """The breath's turns strictly inside a hold of ``duration`` seconds, as (seconds into the hold,
        new phase), in order. The breath in at 0 and a turn at the very end are left out: the hold's own
        start and the next segment's start mark them."""
        cycle, inhale = self.breathe.cycle, self.breathe.inhale
        turns: list[tuple[float, BreathPhase]] = []
        cycle_no = 0
        while cycle_no * cycle < duration - _EPSILON:
            breath_in = cycle_no * cycle  # multiplied, not summed: no rounding builds up over a long hold
            for moment, phase in ((breath_in, BreathPhase.IN), (breath_in + inhale, BreathPhase.OUT)):
                if 0 < moment < duration - _EPSILON:
                    turns.append((moment, phase))
            cycle_no += 1
        return turns
