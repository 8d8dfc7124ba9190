"""What a session emits: plain, immutable data that the UI, the cues and the history all listen to.

Every event carries ``at``: the plan-timeline position (seconds) at which it happened. Without skip or
previous this is the running time since start, pauses excluded; after a skip or previous the position
jumps with the timeline, so ``SegmentStarted.at`` is always ``segment.start`` and
``Countdown.at`` is always ``segment.end - seconds_left``.
"""

from __future__ import annotations

from dataclasses import dataclass

from backpain_timer.domain.breath import BreathPhase
from backpain_timer.domain.plan import Segment


@dataclass(frozen=True)
class SegmentStarted:
    at: float
    segment: Segment


@dataclass(frozen=True)
class Countdown:
    """``seconds_left`` (3, 2 or 1) seconds remain in ``segment``; emitted for every segment kind."""

    at: float
    segment: Segment
    seconds_left: int


@dataclass(frozen=True)
class Halfway:
    """Half of a hold of at least ``HALFWAY_MIN_HOLD_SECONDS`` has passed."""

    at: float
    segment: Segment


@dataclass(frozen=True)
class BreathTurned:
    """In a hold with ``breathe``, the breath turns to ``phase`` (the breath in at the hold's start is
    marked by its ``SegmentStarted``)."""

    at: float
    segment: Segment
    phase: BreathPhase


@dataclass(frozen=True)
class Paused:
    """The session stopped running at ``at``: the person paused it, or ``interrupted``: the timer was not
    checked for too long (the process was stopped or starved) or the machine slept, and the pause began
    at the last check before that gap."""

    at: float
    interrupted: bool = False


@dataclass(frozen=True)
class Resumed:
    """The session runs again; ``after_interruption`` when the pause was an interruption's."""

    at: float
    after_interruption: bool = False


@dataclass(frozen=True)
class Skipped:
    at: float
    segment: Segment


@dataclass(frozen=True)
class SessionFinished:
    at: float


@dataclass(frozen=True)
class SessionStopped:
    at: float


Event = (
    SegmentStarted
    | Countdown
    | Halfway
    | BreathTurned
    | Paused
    | Resumed
    | Skipped
    | SessionFinished
    | SessionStopped
)
