"""The cue schedule: which sound, words and flash each moment of a session asks for."""

from __future__ import annotations

import itertools

import pytest

from backpain_timer.domain.breath import BreathPacer, BreathPhase
from backpain_timer.domain.cue_speech import spoken_seconds, spoken_text
from backpain_timer.domain.cues import (
    FINISH_TEXT,
    CueKind,
    CueRequest,
    CueSettings,
    cues_for,
    fresh_cues,
)
from backpain_timer.domain.events import Event, Paused, Resumed, SessionStopped, Skipped
from backpain_timer.domain.plan import Plan, SegmentKind, plan
from backpain_timer.domain.routine import Breathe, Exercise, Routine, Sides, Step
from backpain_timer.domain.session import SessionEngine
from tests.helpers.fake_clock import FakeClock

CHILDS_POSE = Exercise("Child's pose", id="childs-pose", hold=6.0)
CAT_COW = Exercise("Cat-cow", id="cat-cow", hold=20.0)
ALL_ON = CueSettings(breath_tone=True)


def cue_plan() -> Plan:
    """0 prepare 0-4 · 1 hold left 4-10 · 2 switch 10-13 · 3 hold right 13-19 · 4 rest 19-23 ·
    5 Cat-cow rep 1 23-43 · 6 switch 43-46 · 7 Cat-cow rep 2 46-66; Cat-cow breathes in 4 s, out 6 s."""
    steps = (
        Step(CHILDS_POSE, sides=Sides.BOTH),
        Step(CAT_COW, reps=2, breathe=Breathe(inhale=4.0, exhale=6.0)),
    )
    return plan(Routine("cues", "Cues", steps, prepare=4.0, rest=4.0, switch=3.0))


def cue(at: float, sound: CueKind | None, speech: str | None = None, flash: bool = False) -> CueRequest:
    return CueRequest(at, sound, speech, flash)


def start(at: float, speech: str) -> CueRequest:
    return cue(at, CueKind.CHIME, speech, flash=True)


def ticks(kind: CueKind, *moments: float) -> list[CueRequest]:
    return [cue(at, kind) for at in moments]


EXPECTED = [
    start(0.0, "Ready"),  # a 4 s get-ready leaves 1 s before its countdown: one word
    *ticks(CueKind.TICK_SOFT, 1.0, 2.0, 3.0),
    start(4.0, "Child's pose"),  # the full words would run into the 3-2-1
    *ticks(CueKind.TICK, 7.0, 8.0, 9.0),
    start(10.0, "Switch"),
    *ticks(CueKind.TICK_SOFT, 11.0, 12.0),  # a 3 s switch: its "3" would fall on its start
    start(13.0, "Child's pose"),
    *ticks(CueKind.TICK, 16.0, 17.0, 18.0),
    start(19.0, "Rest"),
    *ticks(CueKind.TICK_SOFT, 20.0, 21.0, 22.0),
    start(23.0, "Cat-cow, 20 seconds"),
    cue(27.0, CueKind.BREATH_OUT),
    cue(33.0, CueKind.HALFWAY),
    cue(33.0, CueKind.BREATH_IN),
    cue(37.0, CueKind.BREATH_OUT),
    *ticks(CueKind.TICK, 40.0, 41.0, 42.0),
    start(43.0, "Rest"),
    *ticks(CueKind.TICK_SOFT, 44.0, 45.0),
    start(46.0, "Cat-cow, 20 seconds"),
    cue(50.0, CueKind.BREATH_OUT),
    cue(56.0, CueKind.HALFWAY),
    cue(56.0, CueKind.BREATH_IN),
    cue(60.0, CueKind.BREATH_OUT),
    *ticks(CueKind.TICK, 63.0, 64.0, 65.0),
    cue(66.0, CueKind.FINISH, FINISH_TEXT, flash=True),
]


class CueDriver:
    """Plays the controller's part: runs engine operations and turns the events into cue requests."""

    def __init__(self, settings: CueSettings = ALL_ON, p: Plan | None = None) -> None:
        self.plan = cue_plan() if p is None else p
        self.settings = settings
        self.clock = FakeClock()
        self.engine = SessionEngine(self.plan, self.clock)
        self.cues: list[CueRequest] = []

    def do(self, operation: str) -> list[CueRequest]:
        events: list[Event] = getattr(self.engine, operation)()
        requests = [request for event in events for request in cues_for(event, self.settings, self.plan)]
        self.cues += requests
        return requests

    def run(self, seconds: float, step: float = 0.25) -> list[CueRequest]:
        requests: list[CueRequest] = []
        for _ in range(round(seconds / step)):
            self.clock.advance(step)
            requests += self.do("tick")
        return requests


def test_exact_cue_sequence_for_a_full_routine() -> None:
    driver = CueDriver()
    driver.do("start")
    driver.run(70.0)
    assert driver.cues == EXPECTED


@pytest.mark.parametrize("frozen", [1.0, 7.0, 100.0])
def test_a_frozen_gui_thread_neither_loses_nor_repeats_cues(frozen: float) -> None:
    driver = CueDriver()
    driver.do("start")
    driver.run(24.5)
    driver.clock.advance(frozen)
    driver.do("tick")
    driver.run(70.0)
    assert driver.cues == EXPECTED


def test_after_a_long_freeze_only_fresh_cues_and_the_latest_announcement_remain() -> None:
    driver = CueDriver()
    driver.do("start")
    driver.clock.advance(42.5)
    caught_up = driver.do("tick")
    assert len(caught_up) == len([r for r in EXPECTED if 0.0 < r.at <= 42.5])
    assert fresh_cues(caught_up, driver.engine.position()) == [
        start(23.0, "Cat-cow, 20 seconds"),
        cue(42.0, CueKind.TICK),
    ]


def test_a_missed_transition_is_not_replayed_right_before_a_fresh_one() -> None:
    driver = CueDriver()
    driver.do("start")
    driver.clock.advance(13.2)  # frozen through the first hold and the switch; the right hold began at 13
    caught_up = driver.do("tick")
    assert fresh_cues(caught_up, driver.engine.position()) == [start(13.0, "Child's pose")], (
        "one chime for where the session is now, not the missed switch's chime too"
    )


def test_cues_on_time_are_all_fresh() -> None:
    driver = CueDriver()
    driver.do("start")
    for _ in range(280):
        driver.clock.advance(0.25)
        requests = driver.do("tick")
        assert fresh_cues(requests, driver.engine.position()) == requests


def test_nothing_fires_while_paused() -> None:
    driver = CueDriver()
    driver.do("start")
    driver.run(25.0)
    assert driver.do("pause") == []
    assert driver.run(100.0) == []
    assert driver.do("resume") == []
    driver.run(70.0)
    assert driver.cues == EXPECTED


def test_skip_cues_the_next_segment_and_nothing_for_the_skip() -> None:
    driver = CueDriver()
    driver.do("start")
    driver.run(5.0)
    assert driver.do("skip") == [start(10.0, "Switch")]
    assert driver.run(1.0) == ticks(CueKind.TICK_SOFT, 11.0)


def test_skip_from_rest_announces_the_hold() -> None:
    driver = CueDriver()
    driver.do("start")
    driver.run(20.0)
    assert driver.do("skip") == [start(23.0, "Cat-cow, 20 seconds")]


def test_skip_of_the_last_hold_cues_the_finish() -> None:
    driver = CueDriver()
    driver.do("start")
    driver.run(50.0)
    assert driver.do("skip") == [cue(66.0, CueKind.FINISH, FINISH_TEXT, flash=True)]


def test_previous_restarts_a_hold_with_its_announcement_and_breath_cues() -> None:
    driver = CueDriver()
    driver.do("start")
    driver.run(30.0)  # 7 s into Cat-cow rep 1
    assert driver.do("previous") == [start(23.0, "Cat-cow, 20 seconds")]
    assert driver.run(4.0) == [cue(27.0, CueKind.BREATH_OUT)]


def test_previous_from_a_switch_announces_the_hold_before() -> None:
    driver = CueDriver()
    driver.do("start")
    driver.run(11.5)
    assert driver.do("previous") == [start(4.0, "Child's pose")]


def test_stop_and_pause_and_resume_and_skip_ask_for_no_cue() -> None:
    p = cue_plan()
    for event in (Paused(1.0), Resumed(1.0), Skipped(1.0, p.segments[1]), SessionStopped(2.0)):
        assert cues_for(event, ALL_ON, p) == []


# --- settings ----------------------------------------------------------------------------------------


def session_cues(settings: CueSettings) -> list[CueRequest]:
    driver = CueDriver(settings)
    driver.do("start")
    driver.run(70.0)
    return driver.cues


def test_sound_off_keeps_words_and_flash_and_drops_every_sound() -> None:
    requests = session_cues(CueSettings(sound=False, breath_tone=True))
    # With no countdown ticks to keep clear, the voice has each segment's whole time for its words.
    spoken = {
        0.0: "Get ready: Child's pose",
        4.0: "Child's pose, 6 seconds, left side",
        10.0: "Switch sides",
        13.0: "Child's pose, 6 seconds, right side",
        19.0: "Rest, 4 seconds. Next: Cat-cow",
        43.0: "Rest",  # "Rest, 3 seconds. Next: rep 2 of 2" would still not fit in 3 s
    }
    assert requests == [
        CueRequest(r.at, None, spoken.get(r.at, r.speech), r.flash)
        for r in EXPECTED
        if r.speech is not None or r.flash
    ]


def test_voice_off_keeps_the_chime_without_words() -> None:
    requests = session_cues(CueSettings(voice=False))
    assert all(r.speech is None for r in requests)
    assert requests[0] == cue(0.0, CueKind.CHIME, flash=True)
    assert requests[-1] == cue(66.0, CueKind.FINISH, flash=True)


def test_countdown_off_drops_the_ticks_only() -> None:
    requests = session_cues(CueSettings(countdown=False))
    assert not [r for r in requests if r.sound in (CueKind.TICK, CueKind.TICK_SOFT)]
    assert [r.at for r in requests if r.sound is CueKind.HALFWAY] == [33.0, 56.0]


def test_halfway_off_drops_the_halfway_chime_only() -> None:
    requests = session_cues(CueSettings(halfway=False))
    assert not [r for r in requests if r.sound is CueKind.HALFWAY]
    assert len([r for r in requests if r.sound is CueKind.TICK]) == 12


def test_flash_off_never_flashes() -> None:
    requests = session_cues(CueSettings(flash=False))
    assert not [r for r in requests if r.flash]
    assert len([r for r in requests if r.speech]) == 9


def test_breath_tones_are_off_by_default() -> None:
    requests = session_cues(CueSettings())
    assert not [r for r in requests if r.sound in (CueKind.BREATH_IN, CueKind.BREATH_OUT)]


def test_everything_off_asks_for_nothing() -> None:
    off = CueSettings(sound=False, voice=False, countdown=False, halfway=False, flash=False)
    assert session_cues(off) == []


# --- words -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("seconds", "words"),
    [
        (1.0, "1 second"),
        (45.0, "45 seconds"),
        (60.0, "1 minute"),
        (90.0, "1 minute 30 seconds"),
        (121.0, "2 minutes 1 second"),
        (2.5, "2.5 seconds"),
    ],
)
def test_spoken_seconds(seconds: float, words: str) -> None:
    assert spoken_seconds(seconds) == words


def test_spoken_text_for_each_kind_of_segment() -> None:
    thoracic = Exercise("Thoracic rotation", id="thoracic-rotation", hold=30.0, sides=Sides.BOTH)
    steps = (
        Step(thoracic),
        Step(Exercise("Child's pose", hold=45.0)),
        Step(CAT_COW, sides=Sides.LEFT, reps=2),
    )
    p = plan(Routine("words", "Words", steps, prepare=10.0, rest=15.0, switch=5.0))
    assert [(s.kind, spoken_text(s, p)) for s in p.segments] == [
        (SegmentKind.PREPARE, "Get ready: Thoracic rotation"),
        (SegmentKind.HOLD, "Thoracic rotation, 30 seconds, left side"),
        (SegmentKind.SWITCH, "Switch sides"),
        (SegmentKind.HOLD, "Thoracic rotation, 30 seconds, right side"),
        (SegmentKind.REST, "Rest, 15 seconds. Next: Child's pose"),
        (SegmentKind.HOLD, "Child's pose, 45 seconds"),
        (SegmentKind.REST, "Rest, 15 seconds. Next: Cat-cow"),
        (SegmentKind.HOLD, "Cat-cow, 20 seconds, left side"),
        (SegmentKind.SWITCH, "Rest, 5 seconds. Next: rep 2 of 2"),  # same side again: nothing to switch
        (SegmentKind.HOLD, "Cat-cow, 20 seconds, left side"),
    ]


# --- breath pacing -----------------------------------------------------------------------------------


def test_breath_pacer_phase_progress_and_circle() -> None:
    pacer = BreathPacer(Breathe(inhale=4.0, exhale=6.0))
    assert pacer.state(0.0).phase is BreathPhase.IN
    assert (pacer.state(0.0).progress, pacer.state(0.0).scale) == (0.0, 0.0)
    assert pacer.state(2.0).progress == 0.5 and pacer.state(2.0).scale == pytest.approx(0.5)
    at_top = pacer.state(4.0)
    assert (at_top.phase, at_top.progress, at_top.scale) == (BreathPhase.OUT, 0.0, 1.0)
    assert pacer.state(7.0).scale == pytest.approx(0.5)
    assert pacer.state(10.0).phase is BreathPhase.IN  # the next breath
    assert pacer.state(9.99).scale == pytest.approx(0.0, abs=1e-3)


def test_breath_circle_grows_smoothly_while_breathing_in_and_shrinks_while_breathing_out() -> None:
    pacer = BreathPacer(Breathe(inhale=4.0, exhale=6.0))
    growing = [pacer.state(t / 10).scale for t in range(41)]
    shrinking = [pacer.state(4 + t / 10).scale for t in range(60)]
    assert growing == sorted(growing)
    assert shrinking == sorted(shrinking, reverse=True)
    steps = [b - a for a, b in itertools.pairwise(growing)]
    assert steps[0] < steps[20] and steps[-1] < steps[20]  # eased: slow at both ends


def test_breath_turns_leave_out_the_start_and_the_end_of_the_hold() -> None:
    pacer = BreathPacer(Breathe(inhale=4.0, exhale=6.0))
    assert pacer.turns(20.0) == [(4.0, BreathPhase.OUT), (10.0, BreathPhase.IN), (14.0, BreathPhase.OUT)]
    assert pacer.turns(20.5) == [
        (4.0, BreathPhase.OUT),
        (10.0, BreathPhase.IN),
        (14.0, BreathPhase.OUT),
        (20.0, BreathPhase.IN),
    ]
    assert pacer.turns(4.0) == []


@pytest.mark.parametrize("breathe", [Breathe(0.0, 4.0), Breathe(4.0, 0.0)])
def test_breath_pacer_refuses_an_empty_phase(breathe: Breathe) -> None:
    with pytest.raises(ValueError, match="inhale and exhale above 0"):
        BreathPacer(breathe)
