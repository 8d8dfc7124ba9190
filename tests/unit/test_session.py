"""The session engine on a fake clock: states, boundaries, pauses, catching up, skip/previous, counts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

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
from backpain_timer.domain.plan import Plan, SegmentKind, plan
from backpain_timer.domain.routine import Breathe, Exercise, Routine, Sides, Step
from backpain_timer.domain.session import SessionEngine, SessionState
from tests.helpers.fake_clock import FakeClock

CHILDS_POSE = Exercise("Child's pose", id="childs-pose", hold=30.0)
CAT_COW = Exercise("Cat-cow", id="cat-cow", hold=20.0)


def full_plan() -> Plan:
    """0 prepare 0-5 · 1 hold L 5-35 · 2 switch 35-40 · 3 hold R 40-70 · 4 rest 70-80 ·
    5 hold rep 1 80-100 · 6 switch 100-105 · 7 hold rep 2 105-125."""
    steps = (Step(CHILDS_POSE, sides=Sides.BOTH), Step(CAT_COW, reps=2))
    return plan(Routine("full", "Full", steps, prepare=5.0, rest=10.0, switch=5.0))


def simple_plan(hold: float = 30.0, prepare: float = 5.0) -> Plan:
    return plan(Routine("simple", "Simple", (Step(CHILDS_POSE, hold=hold),), prepare=prepare))


def make(p: Plan | None = None) -> tuple[SessionEngine, FakeClock]:
    clock = FakeClock()
    return SessionEngine(full_plan() if p is None else p, clock), clock


def summary(event: Event) -> tuple[object, ...]:
    """A short, comparable form of an event: (name, at, detail)."""
    match event:
        case SegmentStarted(at=at, segment=segment):
            return ("started", at, segment.index)
        case Countdown(at=at, seconds_left=seconds_left):
            return ("countdown", at, seconds_left)
        case Halfway(at=at, segment=segment):
            return ("halfway", at, segment.index)
        case BreathTurned(at=at, phase=phase):
            return ("breath", at, phase.value)
        case Skipped(at=at, segment=segment):
            return ("skipped", at, segment.index)
        case Paused(at=at):
            return ("paused", at)
        case Resumed(at=at):
            return ("resumed", at)
        case SessionFinished(at=at):
            return ("finished", at)
        case SessionStopped(at=at):
            return ("stopped", at)
    raise AssertionError(event)


def summaries(events: list[Event]) -> list[tuple[object, ...]]:
    return [summary(event) for event in events]


def run_to(engine: SessionEngine, clock: FakeClock, plan_seconds: float) -> list[Event]:
    """Advance a running, never-paused, never-skipped session to ``plan_seconds`` and tick once."""
    clock.advance(plan_seconds - engine.active_seconds)
    return engine.tick()


FULL_STREAM = [
    ("started", 0.0, 0),
    ("countdown", 2.0, 3),
    ("countdown", 3.0, 2),
    ("countdown", 4.0, 1),
    ("started", 5.0, 1),
    ("halfway", 20.0, 1),
    ("countdown", 32.0, 3),
    ("countdown", 33.0, 2),
    ("countdown", 34.0, 1),
    ("started", 35.0, 2),
    ("countdown", 37.0, 3),
    ("countdown", 38.0, 2),
    ("countdown", 39.0, 1),
    ("started", 40.0, 3),
    ("halfway", 55.0, 3),
    ("countdown", 67.0, 3),
    ("countdown", 68.0, 2),
    ("countdown", 69.0, 1),
    ("started", 70.0, 4),
    ("countdown", 77.0, 3),
    ("countdown", 78.0, 2),
    ("countdown", 79.0, 1),
    ("started", 80.0, 5),
    ("halfway", 90.0, 5),
    ("countdown", 97.0, 3),
    ("countdown", 98.0, 2),
    ("countdown", 99.0, 1),
    ("started", 100.0, 6),
    ("countdown", 102.0, 3),
    ("countdown", 103.0, 2),
    ("countdown", 104.0, 1),
    ("started", 105.0, 7),
    ("halfway", 115.0, 7),
    ("countdown", 122.0, 3),
    ("countdown", 123.0, 2),
    ("countdown", 124.0, 1),
    ("finished", 125.0),
]


# --- states and wrong-state no-ops ------------------------------------------------------------------


def test_ready_session_shows_the_whole_plan_ahead() -> None:
    engine, _ = make()
    assert engine.state is SessionState.READY
    assert engine.current_index == 0
    assert engine.current_segment is engine.plan.segments[0]
    assert engine.position() == 0.0
    assert engine.segment_remaining() == 5.0
    assert engine.total_remaining() == 125.0
    assert (engine.active_seconds, engine.elapsed_seconds) == (0.0, 0.0)
    assert engine.started_wall is None and engine.ended_wall is None
    assert not engine.completed


@pytest.mark.parametrize("operation", ["pause", "resume", "skip", "previous", "stop", "tick"])
def test_operations_before_start_do_nothing(operation: str) -> None:
    engine, clock = make()
    clock.advance(50)
    assert getattr(engine, operation)() == []
    assert engine.state is SessionState.READY
    assert engine.total_remaining() == 125.0


def test_start_emits_the_first_segment_and_only_once() -> None:
    engine, clock = make()
    assert summaries(engine.start()) == [("started", 0.0, 0)]
    assert engine.state is SessionState.RUNNING
    clock.advance(1)
    assert engine.start() == []
    assert engine.resume() == []
    assert engine.position() == 1.0


@pytest.mark.parametrize("end", ["finish", "stop"])
@pytest.mark.parametrize(
    "operation", ["start", "pause", "resume", "toggle", "skip", "previous", "stop", "tick"]
)
def test_operations_after_the_end_do_nothing(end: str, operation: str) -> None:
    engine, clock = make()
    engine.start()
    if end == "finish":
        clock.advance(200)
        engine.tick()
    else:
        clock.advance(7)
        engine.stop()
    state, position = engine.state, engine.position()
    clock.advance(30)
    assert getattr(engine, operation)() == []
    assert engine.state is state
    assert engine.position() == position


def test_toggle_starts_pauses_and_resumes() -> None:
    engine, clock = make()
    seen = []
    for gap in (0.0, 1.5, 10.0):
        clock.advance(gap)
        seen.append((summaries(engine.toggle()), engine.state))
    assert seen == [
        ([("started", 0.0, 0)], SessionState.RUNNING),
        ([("paused", 1.5)], SessionState.PAUSED),
        ([("resumed", 1.5)], SessionState.RUNNING),
    ]


# --- the timeline and its boundaries ----------------------------------------------------------------


def test_uninterrupted_session_emits_the_whole_stream_in_order() -> None:
    engine, clock = make()
    events = engine.start()
    for _ in range(1300):
        clock.advance(0.1)
        events += engine.tick()
    assert summaries(events) == FULL_STREAM
    assert engine.state is SessionState.FINISHED
    assert engine.completed


def test_countdown_fires_exactly_when_its_second_is_reached() -> None:
    engine, clock = make()
    engine.start()
    clock.advance(1.999)
    assert engine.tick() == []
    clock.advance(0.001)
    assert summaries(engine.tick()) == [("countdown", 2.0, 3)]
    clock.advance(0.001)
    assert engine.tick() == []


def test_segment_boundary_just_before_exactly_and_after() -> None:
    engine, clock = make()
    engine.start()
    run_to(engine, clock, 4.999)
    assert engine.current_segment is not None and engine.current_segment.kind is SegmentKind.PREPARE
    assert engine.segment_remaining() == pytest.approx(0.001)
    clock.advance(0.001)
    assert summaries(engine.tick()) == [("started", 5.0, 1)]
    assert engine.current_index == 1
    assert engine.segment_remaining() == 30.0
    assert engine.position() == 5.0
    clock.advance(0.001)
    assert engine.tick() == []
    assert engine.segment_elapsed() == pytest.approx(0.001)


def test_repeated_ticks_at_the_same_moment_emit_nothing_twice() -> None:
    engine, clock = make()
    engine.start()
    clock.advance(5)
    first = engine.tick()
    assert summaries(first) == [
        ("countdown", 2.0, 3),
        ("countdown", 3.0, 2),
        ("countdown", 4.0, 1),
        ("started", 5.0, 1),
    ]
    assert engine.tick() == []
    assert engine.tick() == []


@pytest.mark.parametrize(
    ("duration", "expected"),
    [(1.0, []), (2.0, [1]), (3.0, [2, 1]), (3.5, [3, 2, 1]), (10.0, [3, 2, 1])],
)
def test_countdown_only_counts_seconds_that_lie_inside_the_segment(
    duration: float, expected: list[int]
) -> None:
    engine, clock = make(simple_plan(hold=duration, prepare=0.0))
    engine.start()
    clock.advance(duration)
    events = engine.tick()
    assert [e.seconds_left for e in events if isinstance(e, Countdown)] == expected
    assert isinstance(events[-1], SessionFinished)


@pytest.mark.parametrize(("hold", "halfway_at"), [(19.0, None), (20.0, 10.0), (45.0, 22.5)])
def test_halfway_only_for_holds_of_twenty_seconds_or_more(hold: float, halfway_at: float | None) -> None:
    engine, clock = make(simple_plan(hold=hold, prepare=0.0))
    engine.start()
    clock.advance(hold)
    halfway = [e.at for e in engine.tick() if isinstance(e, Halfway)]
    assert halfway == ([] if halfway_at is None else [halfway_at])


def test_prepare_longer_than_twenty_seconds_has_no_halfway() -> None:
    engine, clock = make(simple_plan(hold=5.0, prepare=30.0))
    engine.start()
    clock.advance(35)
    assert not [e for e in engine.tick() if isinstance(e, Halfway)]


def test_sixty_second_routine_ends_exactly_at_sixty_plan_seconds() -> None:
    steps = (Step(CHILDS_POSE, hold=20.0, sides=Sides.BOTH), Step(CAT_COW, hold=5.0))
    p = plan(Routine("sixty", "Sixty", steps, prepare=5.0, rest=5.0, switch=5.0))
    assert p.total_seconds == 60.0
    clock = FakeClock(start=52341.7)  # a real monotonic clock does not start on a round number
    engine = SessionEngine(p, clock)
    events = engine.start()
    while engine.state is SessionState.RUNNING:
        clock.advance(0.1)  # 0.1 is not exact in binary: rounding accumulates on the clock
        events += engine.tick()
    assert summary(events[-1]) == ("finished", 60.0)
    assert [e.at for e in events if isinstance(e, SegmentStarted)] == [0.0, 5.0, 25.0, 30.0, 50.0, 55.0]
    assert engine.active_seconds == pytest.approx(60.0, abs=1e-9)
    assert engine.position() == 60.0


def test_late_ticks_do_not_delay_the_following_segments() -> None:
    engine, clock = make()
    engine.start()
    run_to(engine, clock, 5.7)  # 0.7 s late for the hold's start
    assert engine.segment_elapsed() == pytest.approx(0.7)
    assert engine.segment_remaining() == pytest.approx(29.3)
    assert engine.total_remaining() == pytest.approx(125 - 5.7)


# --- catching up after a frozen GUI thread ----------------------------------------------------------


def test_catching_up_after_a_frozen_second() -> None:
    engine, clock = make()
    events = engine.start()
    run_to(engine, clock, 31.5)
    clock.advance(1.0)  # frozen from 31.5 to 32.5: the 3 at 32.0 was passed
    assert summaries(engine.tick()) == [("countdown", 32.0, 3)]
    clock.advance(2.5)
    assert summaries(engine.tick()) == [("countdown", 33.0, 2), ("countdown", 34.0, 1), ("started", 35.0, 2)]
    assert engine.segment_elapsed() == 0.0
    assert summaries(events) == FULL_STREAM[:1]


def test_catching_up_after_a_frozen_hundred_seconds() -> None:
    engine, clock = make()
    events = engine.start()
    clock.advance(100.0)
    caught_up = engine.tick()
    assert summaries(events + caught_up) == FULL_STREAM[: FULL_STREAM.index(("started", 100.0, 6)) + 1]
    assert engine.current_index == 6
    assert engine.segment_remaining() == 5.0
    assert engine.holds_done == 3
    clock.advance(100.0)
    rest = engine.tick()
    assert summaries(events + caught_up + rest) == FULL_STREAM
    assert engine.active_seconds == 125.0
    assert engine.elapsed_seconds == 125.0


@given(st.lists(st.floats(min_value=0.0, max_value=40.0, allow_nan=False), min_size=1, max_size=60))
def test_event_stream_does_not_depend_on_when_ticks_come(gaps: list[float]) -> None:
    engine, clock = make()
    events = engine.start()
    for gap in gaps:
        clock.advance(gap)
        events += engine.tick()
    clock.advance(200)
    events += engine.tick()
    assert summaries(events) == FULL_STREAM


# --- pause -------------------------------------------------------------------------------------------


def test_pause_in_the_middle_of_a_hold_freezes_remaining_time() -> None:
    engine, clock = make()
    engine.start()
    run_to(engine, clock, 17.5)
    assert summaries(engine.pause()) == [("paused", 17.5)]
    remaining, total = engine.segment_remaining(), engine.total_remaining()
    assert remaining == 17.5
    clock.advance(100)
    assert engine.tick() == []
    assert engine.pause() == []
    assert (engine.segment_remaining(), engine.total_remaining()) == (remaining, total)
    assert summaries(engine.resume()) == [("resumed", 17.5)]
    assert engine.segment_remaining() == remaining
    clock.advance(2.5)
    assert summaries(engine.tick()) == [("halfway", 20.0, 1)]
    assert engine.active_seconds == 20.0
    assert engine.elapsed_seconds == 120.0


def test_pause_reports_events_already_due_before_itself() -> None:
    engine, clock = make()
    engine.start()
    clock.advance(3.0)  # no tick between 2.0 and the pause
    assert summaries(engine.pause()) == [("countdown", 2.0, 3), ("countdown", 3.0, 2), ("paused", 3.0)]


def test_nothing_is_due_for_moments_spent_paused() -> None:
    engine, clock = make()
    engine.start()
    clock.advance(1.0)
    engine.pause()
    clock.advance(10.0)  # well past the prepare's countdown on the wall clock
    assert engine.resume() == [Resumed(1.0)]
    assert engine.tick() == []
    clock.advance(1.0)
    assert summaries(engine.tick()) == [("countdown", 2.0, 3)]


def test_several_pauses_add_up() -> None:
    engine, clock = make()
    engine.start()
    for _ in range(3):
        clock.advance(1.0)
        engine.pause()
        clock.advance(4.0)
        engine.resume()
    assert engine.position() == 3.0
    assert engine.paused_total == 12.0
    assert (engine.active_seconds, engine.elapsed_seconds) == (3.0, 15.0)


# --- skip --------------------------------------------------------------------------------------------


def test_skip_during_prepare_starts_the_first_hold_now() -> None:
    engine, clock = make()
    engine.start()
    clock.advance(1.0)
    assert summaries(engine.skip()) == [("skipped", 1.0, 0), ("started", 5.0, 1)]
    assert engine.position() == 5.0
    assert engine.segment_remaining() == 30.0
    assert engine.total_remaining() == 120.0
    assert (engine.holds_done, engine.holds_skipped) == (0, 0)  # a prepare is not a hold
    clock.advance(1.0)
    assert engine.position() == 6.0
    assert engine.active_seconds == 2.0  # running time is not plan time after a skip


def test_skip_during_a_hold_counts_it_as_skipped_and_shifts_the_timeline() -> None:
    engine, clock = make()
    engine.start()
    run_to(engine, clock, 10.0)
    assert summaries(engine.skip()) == [("skipped", 10.0, 1), ("started", 35.0, 2)]
    assert (engine.holds_done, engine.holds_skipped) == (0, 1)
    clock.advance(2.0)
    assert summaries(engine.tick()) == [("countdown", 37.0, 3)]  # the switch runs on its own timeline


def test_skip_on_the_last_segment_finishes_the_session() -> None:
    engine, clock = make()
    engine.start()
    run_to(engine, clock, 110.0)
    assert summaries(engine.skip()) == [("skipped", 110.0, 7), ("finished", 125.0)]
    assert engine.state is SessionState.FINISHED
    assert engine.completed
    assert engine.current_segment is None
    assert engine.total_remaining() == 0.0
    assert (engine.holds_done, engine.holds_skipped) == (3, 1)
    assert engine.active_seconds == 110.0


def test_skip_through_every_segment_reaches_the_end() -> None:
    engine, _ = make()
    engine.start()
    for _ in engine.plan.segments:
        engine.skip()
    assert engine.completed
    assert (engine.holds_done, engine.holds_skipped) == (0, 4)


def test_skip_while_paused_moves_on_but_stays_paused() -> None:
    engine, clock = make()
    engine.start()
    clock.advance(1.0)
    engine.pause()
    assert summaries(engine.skip()) == [("skipped", 1.0, 0), ("started", 5.0, 1)]
    assert engine.state is SessionState.PAUSED
    clock.advance(50.0)
    assert engine.tick() == []
    assert engine.segment_remaining() == 30.0
    engine.resume()
    clock.advance(15.0)
    assert summaries(engine.tick()) == [("halfway", 20.0, 1)]


def test_skipping_the_last_segment_while_paused_ends_with_the_pause_counted() -> None:
    engine, clock = make(simple_plan(hold=10.0, prepare=0.0))
    engine.start()
    clock.advance(4.0)
    engine.pause()
    clock.advance(6.0)
    assert summaries(engine.skip()) == [("skipped", 4.0, 0), ("finished", 10.0)]
    assert (engine.active_seconds, engine.elapsed_seconds) == (4.0, 10.0)


# --- previous ----------------------------------------------------------------------------------------


def test_previous_after_two_seconds_of_a_hold_restarts_it() -> None:
    engine, clock = make()
    engine.start()
    run_to(engine, clock, 47.5)  # 7.5 s into the right-side hold
    assert summaries(engine.previous()) == [("started", 40.0, 3)]
    assert engine.segment_remaining() == 30.0
    assert engine.position() == 40.0
    assert engine.total_remaining() == 85.0
    clock.advance(15.0)
    assert summaries(engine.tick()) == [("halfway", 55.0, 3)]  # re-emitted for the restarted hold


def test_previous_at_exactly_two_seconds_goes_back_to_the_hold_before_skipping_the_switch() -> None:
    engine, clock = make()
    engine.start()
    run_to(engine, clock, 42.0)
    assert summaries(engine.previous()) == [("started", 5.0, 1)]
    assert engine.total_remaining() == 120.0


def test_previous_just_after_two_seconds_restarts_the_hold() -> None:
    engine, clock = make()
    engine.start()
    run_to(engine, clock, 42.001)
    assert summaries(engine.previous()) == [("started", 40.0, 3)]


def test_previous_early_in_the_first_hold_restarts_it() -> None:
    engine, clock = make()
    engine.start()
    run_to(engine, clock, 6.0)
    assert summaries(engine.previous()) == [("started", 5.0, 1)]
    assert engine.segment_remaining() == 30.0


def test_previous_during_prepare_restarts_the_prepare() -> None:
    engine, clock = make()
    engine.start()
    clock.advance(3.0)
    assert summaries(engine.previous()) == [("countdown", 2.0, 3), ("countdown", 3.0, 2), ("started", 0.0, 0)]
    assert engine.segment_remaining() == 5.0
    clock.advance(2.0)
    assert summaries(engine.tick()) == [("countdown", 2.0, 3)]  # the countdown comes again


@pytest.mark.parametrize(("at", "expected_hold"), [(36.0, 1), (39.5, 1), (75.0, 3), (101.0, 5)])
def test_previous_during_switch_or_rest_goes_to_the_hold_before(at: float, expected_hold: int) -> None:
    engine, clock = make()
    engine.start()
    run_to(engine, clock, at)
    assert engine.current_segment is not None and engine.current_segment.kind is not SegmentKind.HOLD
    events = engine.previous()
    assert summaries(events)[-1] == ("started", engine.plan.segments[expected_hold].start, expected_hold)
    assert engine.segment_elapsed() == 0.0


def test_previous_while_paused_stays_paused() -> None:
    engine, clock = make()
    engine.start()
    run_to(engine, clock, 50.0)
    engine.pause()
    assert summaries(engine.previous()) == [("started", 40.0, 3)]
    assert engine.state is SessionState.PAUSED
    clock.advance(20.0)
    assert engine.segment_remaining() == 30.0


# --- holds done and skipped --------------------------------------------------------------------------


def test_a_hold_skipped_and_then_redone_counts_once_as_done() -> None:
    engine, clock = make()
    engine.start()
    run_to(engine, clock, 6.0)
    engine.skip()  # hold 1 skipped; now in the switch
    assert (engine.holds_done, engine.holds_skipped) == (0, 1)
    engine.previous()  # back to hold 1
    engine.skip()  # skipped again: still one skip
    assert (engine.holds_done, engine.holds_skipped) == (0, 1)
    engine.previous()
    clock.advance(30.0)
    engine.tick()  # hold 1 runs to its end this time
    assert (engine.holds_done, engine.holds_skipped) == (1, 0)


def test_a_done_hold_stays_done_when_restarted_and_skipped() -> None:
    engine, clock = make()
    engine.start()
    run_to(engine, clock, 36.0)  # hold 1 done, in the switch
    engine.previous()
    engine.skip()
    assert (engine.holds_done, engine.holds_skipped) == (1, 0)


@given(st.lists(st.sampled_from(["skip", "previous", "tick", "pause", "resume"]), max_size=80))
def test_done_and_skipped_never_exceed_the_number_of_holds(operations: list[str]) -> None:
    engine, clock = make()
    engine.start()
    for operation in operations:
        clock.advance(3.0)
        getattr(engine, operation)()
        assert engine.holds_done + engine.holds_skipped <= len(engine.plan.holds)
        assert engine.total_remaining() >= 0.0


# --- stop, wall clock, odd plans ---------------------------------------------------------------------


def test_stop_ends_the_session_not_completed() -> None:
    engine, clock = make()
    engine.start()
    run_to(engine, clock, 50.0)
    assert summaries(engine.stop()) == [("stopped", 50.0)]
    assert engine.state is SessionState.STOPPED
    assert not engine.completed
    assert (engine.holds_done, engine.holds_skipped) == (1, 0)
    assert engine.total_remaining() == 0.0
    clock.advance(10.0)
    assert (engine.active_seconds, engine.elapsed_seconds) == (50.0, 50.0)


def test_stop_while_paused_counts_the_pause_as_elapsed_only() -> None:
    engine, clock = make()
    engine.start()
    clock.advance(3.0)
    engine.pause()
    clock.advance(7.0)
    assert summaries(engine.stop()) == [("stopped", 3.0)]
    assert (engine.active_seconds, engine.elapsed_seconds) == (3.0, 10.0)


def test_wall_times_are_utc_and_match_elapsed_time() -> None:
    clock = FakeClock()
    start = datetime(2026, 11, 25, 14, 3, 46, 120000, tzinfo=UTC)
    engine = SessionEngine(simple_plan(), clock, wall=lambda: start)
    engine.start()
    clock.advance(4.0)
    engine.pause()
    clock.advance(60.0)
    engine.resume()
    clock.advance(100.0)
    engine.tick()
    assert engine.completed
    assert engine.started_wall == start
    assert engine.ended_wall == start + timedelta(seconds=95.0)  # finished at 35 plan s plus 60 s paused
    assert engine.elapsed_seconds == 95.0


def test_default_wall_clock_is_timezone_aware_utc() -> None:
    engine, _ = make()
    engine.start()
    assert engine.started_wall is not None
    assert engine.started_wall.utcoffset() == timedelta(0)


def test_plan_without_prepare_rest_or_switch_goes_hold_to_hold() -> None:
    steps = (Step(CHILDS_POSE, hold=4.0, sides=Sides.BOTH), Step(CAT_COW, hold=4.0))
    p = plan(Routine("bare", "Bare", steps, prepare=0.0, rest=0.0, switch=0.0))
    assert {s.kind for s in p.segments} == {SegmentKind.HOLD}
    engine, clock = make(p)
    assert summaries(engine.start()) == [("started", 0.0, 0)]
    clock.advance(12.0)
    started = [summary(e) for e in engine.tick() if isinstance(e, SegmentStarted | SessionFinished)]
    assert started == [("started", 4.0, 1), ("started", 8.0, 2), ("finished", 12.0)]
    assert engine.holds_done == 3


def test_previous_without_prepare_at_the_first_hold_restarts_it() -> None:
    engine, clock = make(simple_plan(prepare=0.0))
    engine.start()
    clock.advance(1.0)
    assert summaries(engine.previous()) == [("started", 0.0, 0)]


def test_empty_plan_finishes_at_once() -> None:
    engine, _ = make(plan(Routine("empty", "Empty", ())))
    assert engine.current_segment is None
    assert summaries(engine.start()) == [("finished", 0.0)]
    assert engine.completed


# --- breath turns ------------------------------------------------------------------------------------


def paced_plan() -> Plan:
    """0 prepare 0-2 · 1 hold 2-22 breathing 4 s in, 6 s out · 2 rest 22-24 · 3 hold 24-30 without."""
    steps = (Step(CAT_COW, breathe=Breathe(inhale=4.0, exhale=6.0)), Step(CHILDS_POSE, hold=6.0))
    return plan(Routine("paced", "Paced", steps, prepare=2.0, rest=2.0))


def test_a_paced_hold_emits_each_turn_of_the_breath_between_its_start_and_end() -> None:
    engine, clock = make(paced_plan())
    events = engine.start()
    clock.advance(24.0)
    events += engine.tick()
    assert [summary(e) for e in events if not isinstance(e, Countdown)] == [
        ("started", 0.0, 0),
        ("started", 2.0, 1),  # the breath in at the start: marked by the start itself
        ("breath", 6.0, "out"),
        ("halfway", 12.0, 1),  # at the same moment: halfway first
        ("breath", 12.0, "in"),
        ("breath", 16.0, "out"),
        ("started", 22.0, 2),  # the breath in due at 22.0 is the hold's end: not a turn
        ("started", 24.0, 3),
    ]


def test_no_breath_turns_in_unpaced_holds_or_while_paused() -> None:
    engine, clock = make(paced_plan())
    engine.start()
    run_to(engine, clock, 5.0)
    engine.pause()
    clock.advance(60.0)
    assert engine.tick() == []
    engine.resume()
    clock.advance(1.0)
    assert summaries(engine.tick()) == [("breath", 6.0, "out")]
    clock.advance(30.0)
    turns = [e for e in engine.tick() if isinstance(e, BreathTurned)]
    assert [(turn.at, turn.segment.index) for turn in turns] == [(12.0, 1), (16.0, 1)]


def test_a_restarted_paced_hold_breathes_again_from_a_breath_in() -> None:
    engine, clock = make(paced_plan())
    engine.start()
    run_to(engine, clock, 9.0)
    assert summaries(engine.previous()) == [("started", 2.0, 1)]
    clock.advance(4.0)
    assert summaries(engine.tick()) == [("breath", 6.0, "out")]


def test_the_engine_says_when_its_next_event_is_due() -> None:
    engine, clock = make(paced_plan())
    assert engine.seconds_to_next_event() is None, "nothing is due before the start"
    engine.start()
    assert engine.seconds_to_next_event() == 1.0  # a 2 s prepare counts "1" at 1.0 s
    run_to(engine, clock, 5.5)
    assert engine.seconds_to_next_event() == 0.5  # the breath out at 6.0
    run_to(engine, clock, 21.5)
    assert engine.seconds_to_next_event() == 0.5  # the hold's end
    engine.pause()
    assert engine.seconds_to_next_event() is None
