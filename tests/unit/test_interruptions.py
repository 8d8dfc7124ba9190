"""Interruptions are pauses: a check far later than planned, or a machine that slept, pauses the session
as of the last check, on a fake clock (and a fake clock that also counts a suspend)."""

from __future__ import annotations

import pytest

from backpain_timer.domain.cues import CueKind, CueSettings, cues_for
from backpain_timer.domain.events import Countdown, Halfway, Paused, Resumed, SegmentStarted, SessionFinished
from backpain_timer.domain.plan import Plan, plan
from backpain_timer.domain.routine import Exercise, Routine, Step
from backpain_timer.domain.session import SessionEngine, SessionState
from tests.helpers.fake_clock import FakeClock

# prepare 0-5 · hold 5-35 (halfway at 20, 3-2-1 at 32-34) · finished at 35
HOLD = Exercise("Child's pose", id="childs-pose", hold=30.0)


def one_hold() -> Plan:
    return plan(Routine("one", "One hold", (Step(HOLD),), prepare=5.0))


class Session:
    """An engine on a fake monotonic clock and a fake clock that also counts a suspend, checked the way
    the app's timer checks it: each check says when it was meant to come."""

    def __init__(self) -> None:
        self.clock = FakeClock()
        self.boot = FakeClock(50_000.0)
        self.engine = SessionEngine(one_hold(), self.clock, suspend_clock=self.boot)
        self.engine.start()

    def run(self, seconds: float) -> None:
        """Time passes, the machine awake."""
        self.clock.advance(seconds)
        self.boot.advance(seconds)

    def check_on_time(self, seconds: float) -> list[object]:
        """``seconds`` pass and the planned check comes right on time."""
        self.run(seconds)
        return list(self.engine.tick(expected_at=self.clock()))

    def check_late(self, planned_in: float, late_by: float) -> list[object]:
        """A check planned ``planned_in`` seconds from now comes ``late_by`` seconds after that."""
        expected = self.clock() + planned_in
        self.run(planned_in + late_by)
        return list(self.engine.tick(expected_at=expected))


@pytest.fixture
def session() -> Session:
    return Session()


def test_a_check_2_9_s_late_catches_up_as_before(session: Session) -> None:
    session.check_on_time(6.0)  # 1 s into the hold
    events = session.check_late(1.0, 2.9)
    assert session.engine.state is SessionState.RUNNING
    assert session.engine.position() == pytest.approx(9.9)
    assert session.engine.active_seconds == pytest.approx(9.9)
    assert not any(isinstance(event, Paused) for event in events)


def test_a_check_3_1_s_late_is_a_pause_that_began_at_the_last_check(session: Session) -> None:
    session.check_on_time(6.0)  # the last check: 6 s in, 29 s of the hold left
    events = session.check_late(1.0, 3.1)
    assert events == [Paused(6.0, interrupted=True)], "nothing due in the gap is emitted"
    engine = session.engine
    assert engine.state is SessionState.PAUSED and engine.paused_by_interruption
    assert engine.segment_remaining() == pytest.approx(29.0), "the hold goes on where it was last seen"
    assert engine.active_seconds == pytest.approx(6.0), "the gap is not active time"


def test_a_hold_whose_end_fell_in_the_gap_is_not_done(session: Session) -> None:
    session.check_on_time(34.0)  # the hold's last second
    session.check_late(1.0, 20.0)  # stopped for 20 s
    engine = session.engine
    assert engine.holds_done == 0 and engine.holds_skipped == 0
    assert engine.segment_remaining() == pytest.approx(1.0)
    assert engine.resume() == [Resumed(34.0, after_interruption=True)]
    session.run(0.5)
    assert engine.tick() == [], "the second after resuming is counted again, not the gap"
    session.run(0.5)
    assert isinstance(engine.tick()[-1], SessionFinished)
    assert engine.holds_done == 1
    assert engine.active_seconds == pytest.approx(35.0)
    assert engine.elapsed_seconds == pytest.approx(56.0)


def test_a_resume_after_an_interruption_then_runs_on_the_plan(session: Session) -> None:
    session.check_on_time(6.0)
    session.check_late(1.0, 10.0)
    session.run(300.0)  # the person comes back much later
    events = session.engine.resume()
    assert events == [Resumed(6.0, after_interruption=True)]
    assert not session.engine.paused_by_interruption
    assert session.check_late(1.0, 2.0) == [], "the resume is a fresh start for the rule: 2 s late is fine"
    assert session.engine.position() == pytest.approx(9.0)
    hold = session.engine.plan.segments[1]
    assert session.check_on_time(23.0) == [Halfway(20.0, hold), Countdown(32.0, hold, 3)]


def test_a_suspend_is_an_interruption_though_the_monotonic_clock_stood_still(session: Session) -> None:
    session.check_on_time(6.0)
    session.boot.advance(600.0)  # ten minutes asleep: the monotonic clock does not count them
    events = session.check_late(1.0, 0.0)  # and the timer fires right on time after the wake
    assert events == [Paused(6.0, interrupted=True)]
    assert session.engine.active_seconds == pytest.approx(6.0)


def test_a_suspend_is_noticed_by_any_operation_not_only_the_timer(session: Session) -> None:
    session.check_on_time(6.0)
    session.boot.advance(60.0)
    session.run(0.5)
    events = session.engine.pause()  # Space, pressed first thing after the wake
    assert events == [Paused(6.0, interrupted=True)]
    assert session.engine.paused_by_interruption


def test_a_short_suspend_or_a_late_check_without_a_plan_catches_up(session: Session) -> None:
    session.check_on_time(6.0)
    session.boot.advance(2.9)
    assert session.check_on_time(0.5) == []
    assert session.engine.state is SessionState.RUNNING
    session.run(27.0)  # to 33.5 s: the 3-2-1 of the hold's end began
    events = session.engine.tick()  # no planned time: whatever fell due is caught up, as ever
    assert session.engine.state is SessionState.RUNNING
    assert any(isinstance(event, Countdown) for event in events)


def test_a_user_pause_is_no_interruption_and_its_resume_asks_for_no_cue(session: Session) -> None:
    session.check_on_time(6.0)
    assert session.engine.pause() == [Paused(6.0)]
    assert not session.engine.paused_by_interruption
    session.run(30.0)
    (resumed,) = session.engine.resume()
    assert resumed == Resumed(6.0)
    assert cues_for(resumed, CueSettings(), session.engine.plan) == []


def test_resuming_after_an_interruption_asks_for_one_chime(session: Session) -> None:
    session.check_on_time(6.0)
    session.check_late(1.0, 5.0)
    requests = [
        request
        for event in session.engine.resume()
        for request in cues_for(event, CueSettings(), session.engine.plan)
    ]
    assert [(request.sound, request.speech) for request in requests] == [(CueKind.CHIME, None)]
    assert cues_for(Resumed(6.0, after_interruption=True), CueSettings(sound=False), one_hold()) == []


def test_when_the_segment_has_already_ended_the_next_event_is_due_now(session: Session) -> None:
    session.run(5.3)  # the prepare ended 0.3 s ago and nobody has looked yet
    assert session.engine.seconds_to_next_event() == 0.0
    assert isinstance(session.engine.tick()[-1], SegmentStarted)
