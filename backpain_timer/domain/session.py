"""The session engine: a state machine that walks a plan on an injected monotonic clock.

It never counts ticks. Running time is ``clock() - paused_total``; the current segment began at
``segment_started_at`` on that scale, so
``remaining = duration - (clock() - paused_total - segment_started_at)``.
When a segment ends the next one begins exactly at that end, however late ``tick()`` is called, so no drift
accumulates and a frozen caller gets every event it missed, in order, once.

Milestones within a segment (emitted when the running time reaches them, boundaries included):
- ``Countdown(n)`` for n = 3, 2, 1 at ``duration - n``, only when ``duration > n``: a moment at or before the
  segment's start is already marked by ``SegmentStarted`` (a 3 s segment counts 2, 1; a 1 s segment none).
- ``Halfway`` at ``duration / 2`` for holds of at least 20 s.
- ``BreathTurned`` at each turn of the breath inside a hold with ``breathe`` (not at its start or end).
Events due at the same moment come in that order: countdown and halfway before the breath.
Every operation first catches up to the clock, so its own event comes after the ones already due.

Interruptions are pauses. A caller that checks on a schedule says when it meant to check (``tick(expected_at)``);
a check more than ``INTERRUPTION_SECONDS`` later than that (the process was stopped or starved), or a
machine that slept that long since the last check (the injected ``suspend_clock`` counts a suspend, the
monotonic clock does not), pauses the session as of the last check: the gap counts neither as active time
nor towards a hold, and nothing due in it is emitted. Shorter hiccups catch up, every event once, in order.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Protocol

from backpain_timer.domain.breath import BreathPacer
from backpain_timer.domain.events import (
    BreathTurned,
    Countdown,
    Event,
    Halfway,
    Paused,
    Resumed,
    SegmentStarted,
    SessionFinished,
    SessionStopped,
    Skipped,
)
from backpain_timer.domain.plan import Plan, Segment, SegmentKind

COUNTDOWN_SECONDS = (3, 2, 1)
HALFWAY_MIN_HOLD_SECONDS = 20.0
INTERRUPTION_SECONDS = 3.0  # a later check, or a longer sleep, is an interruption: the session pauses
RESTART_AFTER_SECONDS = 2.0  # previous: restart the hold after this much of it, else go back one hold
# Absorbs float rounding of a real monotonic clock (e.g. 52341.7 + 45.0) so a boundary reached exactly
# is never missed by a few ulps.
EPSILON = 1e-9


class Clock(Protocol):
    def __call__(self) -> float: ...


class SessionState(StrEnum):
    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _milestones(segment: Segment) -> list[tuple[float, Event]]:
    """The events due inside ``segment``, as (seconds after its start, event), in time order."""
    due: list[tuple[float, Event]] = []
    if segment.kind is SegmentKind.HOLD and segment.duration >= HALFWAY_MIN_HOLD_SECONDS:
        half = segment.duration / 2
        due.append((half, Halfway(segment.start + half, segment)))
    for seconds_left in COUNTDOWN_SECONDS:
        if segment.duration > seconds_left:
            offset = segment.duration - seconds_left
            due.append((offset, Countdown(segment.start + offset, segment, seconds_left)))
    if segment.kind is SegmentKind.HOLD and segment.breathe is not None:
        for offset, phase in BreathPacer(segment.breathe).turns(segment.duration):
            due.append((offset, BreathTurned(segment.start + offset, segment, phase)))
    due.sort(key=lambda item: item[0])  # stable: at the same moment, the order above
    return due


class SessionEngine:
    def __init__(
        self,
        plan: Plan,
        clock: Clock,
        *,
        wall: Callable[[], datetime] = _utc_now,
        suspend_clock: Clock | None = None,
    ) -> None:
        self.plan = plan
        self.state = SessionState.READY
        self.current_index = 0
        self.segment_started_at = 0.0  # on the clock() - paused_total scale
        self.paused_total = 0.0
        self.started_wall: datetime | None = None
        self.ended_wall: datetime | None = None
        self._clock = clock
        self._wall = wall
        self._started_clock: float | None = None
        self._ended_clock: float | None = None
        self._paused_since: float | None = None
        self._suspend_clock = suspend_clock  # like clock, but also counting a system suspend
        self._checked_at: float | None = None  # clock() at the last check while running
        self._checked_suspend_clock = 0.0  # suspend_clock() then
        self._interrupted = False  # the current pause is an interruption's
        self._due: list[tuple[float, Event]] = []  # the current segment's milestones
        self._milestones_done = 0
        # Hold segment index -> True when it ran to its end, False when skipped; done wins over skipped,
        # so a hold skipped and later redone counts once, as done.
        self._hold_outcomes: dict[int, bool] = {}

    # --- queries -------------------------------------------------------------------------------------

    @property
    def current_segment(self) -> Segment | None:
        """The segment being timed (the first one while ready, the last one timed once stopped)."""
        if self.state is SessionState.FINISHED or self.current_index >= len(self.plan.segments):
            return None
        return self.plan.segments[self.current_index]

    @property
    def paused_by_interruption(self) -> bool:
        """Paused because the timer was interrupted (not by the person)."""
        return self.state is SessionState.PAUSED and self._interrupted

    def now(self) -> float:
        """The engine's clock, for callers that plan their checks on it."""
        return self._clock()

    def is_interruption(self, expected_at: float | None = None) -> bool:
        """Whether a check now, meant for ``expected_at`` (None: no plan), finds the session interrupted:
        the check is more than ``INTERRUPTION_SECONDS`` late, or the machine slept that long since the last.
        """
        if self.state is not SessionState.RUNNING or self._checked_at is None:
            return False
        now = self._clock()
        if expected_at is not None and now - expected_at > INTERRUPTION_SECONDS:
            return True
        if self._suspend_clock is None:
            return False
        slept = (self._suspend_clock() - self._checked_suspend_clock) - (now - self._checked_at)
        return slept > INTERRUPTION_SECONDS

    @property
    def holds_done(self) -> int:
        return sum(1 for done in self._hold_outcomes.values() if done)

    @property
    def holds_skipped(self) -> int:
        return sum(1 for done in self._hold_outcomes.values() if not done)

    @property
    def completed(self) -> bool:
        return self.state is SessionState.FINISHED

    @property
    def elapsed_seconds(self) -> float:
        """Monotonic time from start to end (or now), pauses included."""
        if self._started_clock is None:
            return 0.0
        return self._frozen_or_now() - self._started_clock

    @property
    def active_seconds(self) -> float:
        """Time the session ran, pauses excluded."""
        if self._started_clock is None:
            return 0.0
        return self._running_now() - self._started_clock

    def segment_elapsed(self) -> float:
        segment = self.current_segment
        if segment is None or self.state is SessionState.READY:
            return 0.0
        return min(max(self._running_now() - self.segment_started_at, 0.0), segment.duration)

    def segment_remaining(self) -> float:
        segment = self.current_segment
        return 0.0 if segment is None else segment.duration - self.segment_elapsed()

    def position(self) -> float:
        """Plan-timeline seconds now: the current segment's start plus the time spent in it."""
        if self.state is SessionState.FINISHED:
            return self.plan.total_seconds
        segment = self.current_segment
        return 0.0 if segment is None else segment.start + self.segment_elapsed()

    def seconds_to_next_event(self) -> float | None:
        """Running seconds until the next milestone or the end of the segment; None unless running."""
        segment = self.current_segment
        if self.state is not SessionState.RUNNING or segment is None:
            return None
        due_at = (
            self._due[self._milestones_done][0]
            if self._milestones_done < len(self._due)
            else segment.duration
        )
        return max(due_at - (self._running_now() - self.segment_started_at), 0.0)

    def total_remaining(self) -> float:
        if self.state in (SessionState.FINISHED, SessionState.STOPPED):
            return 0.0
        segment = self.current_segment
        if segment is None:
            return 0.0
        return self.plan.total_seconds - segment.end + self.segment_remaining()

    # --- operations (each returns the events it caused; [] when the state does not allow it) --------

    def start(self) -> list[Event]:
        if self.state is not SessionState.READY:
            return []
        self._started_clock = self._clock()
        self.started_wall = self._wall()
        self.segment_started_at = self._started_clock
        self.state = SessionState.RUNNING
        events: list[Event] = []
        self._enter(0, events)
        events.extend(self._catch_up())
        return events

    def pause(self) -> list[Event]:
        events = self._catch_up()
        if self.state is SessionState.RUNNING:
            self._paused_since = self._clock()
            self.state = SessionState.PAUSED
            events.append(Paused(self.position()))
        return events

    def resume(self) -> list[Event]:
        if self.state is not SessionState.PAUSED or self._paused_since is None:
            return []
        now = self._clock()
        self.paused_total += now - self._paused_since
        self._paused_since = None
        self.state = SessionState.RUNNING
        self._mark_checked(now)
        after_interruption, self._interrupted = self._interrupted, False
        return [Resumed(self.position(), after_interruption)]

    def toggle(self) -> list[Event]:
        """Space bar: start when ready, pause when running, resume when paused."""
        if self.state is SessionState.READY:
            return self.start()
        if self.state is SessionState.PAUSED:
            return self.resume()
        return self.pause()

    def tick(self, expected_at: float | None = None) -> list[Event]:
        """Every event that became due since the last call, in order; or, when this check (meant for
        ``expected_at`` on the clock) finds an interruption, the pause that began at the last check."""
        return self._catch_up(expected_at)

    def skip(self) -> list[Event]:
        """End the current segment now; the next one starts (paused if the session is paused)."""
        events = self._catch_up()
        segment = self.current_segment
        if not self._active() or segment is None:
            return events
        events.append(Skipped(self.position(), segment))
        if segment.kind is SegmentKind.HOLD:
            self._hold_outcomes.setdefault(segment.index, False)
        self.segment_started_at = self._running_now()
        self._enter(self.current_index + 1, events)
        return events

    def previous(self) -> list[Event]:
        """Restart the hold after 2 s of it; else go back to the hold before (from prepare: restart it)."""
        events = self._catch_up()
        segment = self.current_segment
        if not self._active() or segment is None:
            return events
        target = segment.index
        if segment.kind is not SegmentKind.HOLD or self.segment_elapsed() <= RESTART_AFTER_SECONDS:
            earlier = [hold.index for hold in self.plan.holds if hold.index < segment.index]
            if earlier:
                target = earlier[-1]
        self.segment_started_at = self._running_now()
        self._enter(target, events)
        return events

    def stop(self) -> list[Event]:
        events = self._catch_up()
        if not self._active():
            return events
        self._end(self._clock(), SessionState.STOPPED)
        events.append(SessionStopped(self.position()))
        return events

    # --- internals -----------------------------------------------------------------------------------

    def _active(self) -> bool:
        return self.state in (SessionState.RUNNING, SessionState.PAUSED)

    def _frozen_or_now(self) -> float:
        if self._ended_clock is not None:
            return self._ended_clock
        if self._paused_since is not None:
            return self._paused_since
        return self._clock()

    def _running_now(self) -> float:
        return self._frozen_or_now() - self.paused_total

    def _enter(self, index: int, events: list[Event]) -> None:
        """Begin segment ``index`` at ``segment_started_at``, or finish when the plan is over."""
        self.current_index = index
        self._milestones_done = 0
        self._due = []
        if index >= len(self.plan.segments):
            self._end(self.segment_started_at + self.paused_total, SessionState.FINISHED)
            events.append(SessionFinished(self.plan.total_seconds))
            return
        segment = self.plan.segments[index]
        self._due = _milestones(segment)
        events.append(SegmentStarted(segment.start, segment))

    def _end(self, clock_time: float, state: SessionState) -> None:
        if self._paused_since is not None:
            # Ended while paused (stop, or skip past the end): the pause lasts until now.
            clock_time = self._clock()
            self.paused_total += clock_time - self._paused_since
            self._paused_since = None
        self._ended_clock = clock_time
        self.state = state
        if self.started_wall is not None and self._started_clock is not None:
            # Derived from the monotonic clock, so ended - started == elapsed_seconds even if the wall
            # clock was adjusted during the session.
            self.ended_wall = self.started_wall + timedelta(seconds=clock_time - self._started_clock)

    def _mark_checked(self, clock_time: float) -> None:
        self._checked_at = clock_time
        if self._suspend_clock is not None:
            self._checked_suspend_clock = self._suspend_clock()

    def _catch_up(self, expected_at: float | None = None) -> list[Event]:
        events: list[Event] = []
        if self.state is not SessionState.RUNNING:
            return events
        if self.is_interruption(expected_at):
            self._paused_since = self._checked_at
            self.state = SessionState.PAUSED
            self._interrupted = True
            events.append(Paused(self.position(), interrupted=True))
            return events
        clock_now = self._clock()
        self._mark_checked(clock_now)
        now = clock_now - self.paused_total
        while self.state is SessionState.RUNNING:
            segment = self.plan.segments[self.current_index]
            elapsed = now - self.segment_started_at
            due = self._due
            while self._milestones_done < len(due) and elapsed >= due[self._milestones_done][0] - EPSILON:
                events.append(due[self._milestones_done][1])
                self._milestones_done += 1
            if elapsed < segment.duration - EPSILON:
                break
            if segment.kind is SegmentKind.HOLD:
                self._hold_outcomes[segment.index] = True
            self.segment_started_at += segment.duration
            self._enter(self.current_index + 1, events)
        return events
