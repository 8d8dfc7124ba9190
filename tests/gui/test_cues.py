"""Cues through the real engine and controller, on a fake clock, into the recording player."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from backpain_timer.domain.cues import FINISH_TEXT, CueKind
from backpain_timer.domain.plan import plan
from backpain_timer.domain.routine import Breathe, Exercise, Routine, Sides, Step
from backpain_timer.domain.session import SessionEngine
from backpain_timer.storage.settings import Settings
from backpain_timer.ui.cues.player import RecordingCuePlayer
from backpain_timer.ui.cues.router import CueRouter
from backpain_timer.ui.session.controller import SessionController
from tests.helpers.fake_clock import FakeClock

# prepare 4 | hold L 20 | switch 3 | hold R 20 | rest 4 | hold 6 with breathing 2 in / 3 out → 57 s
ROUTINE = Routine(
    id="cue-test",
    name="Cue test",
    steps=(
        Step(Exercise("Thread the needle", sides=Sides.BOTH), hold=20.0),
        Step(Exercise("Child's pose"), hold=6.0, breathe=Breathe(2.0, 3.0)),
    ),
    prepare=4.0,
    rest=4.0,
    switch=3.0,
)
ALL_ON = Settings(sound=True, voice=True, countdown=True, halfway=True, flash=True, breath_tone=True)
K = CueKind
# What the short announcements say in full when no countdown ticks need the end of the segment.
UNHURRIED = {
    "Ready": "Get ready: Thread the needle",
    "Switch": "Switch sides",
    "Rest": "Rest, 4 seconds. Next: Child's pose",
}
EXPECTED_CALLS: list[tuple[str, object]] = [
    ("play", K.CHIME),
    ("say", "Ready"),
    ("play", K.TICK_SOFT),
    ("play", K.TICK_SOFT),
    ("play", K.TICK_SOFT),
    ("play", K.CHIME),
    ("say", "Thread the needle, 20 seconds, left side"),
    ("play", K.HALFWAY),
    ("play", K.TICK),
    ("play", K.TICK),
    ("play", K.TICK),
    ("play", K.CHIME),
    ("say", "Switch"),
    ("play", K.TICK_SOFT),
    ("play", K.TICK_SOFT),
    ("play", K.CHIME),
    ("say", "Thread the needle, 20 seconds, right side"),
    ("play", K.HALFWAY),
    ("play", K.TICK),
    ("play", K.TICK),
    ("play", K.TICK),
    ("play", K.CHIME),
    ("say", "Rest"),
    ("play", K.TICK_SOFT),
    ("play", K.TICK_SOFT),
    ("play", K.TICK_SOFT),
    ("play", K.CHIME),
    ("say", "Child's pose, 6 seconds"),
    ("play", K.BREATH_OUT),  # 2 s into the hold
    ("play", K.TICK),
    ("play", K.TICK),
    ("play", K.TICK),
    ("play", K.BREATH_IN),  # 5 s in, with the last tick
    ("play", K.FINISH),
    ("say", FINISH_TEXT),
]
TRANSITIONS = 7  # six segments and the finish


class Session:
    """A controller on a fake clock with a router listening; ``run`` lets time pass in polls."""

    def __init__(self, settings: Settings = ALL_ON, player: RecordingCuePlayer | None = None) -> None:
        self.clock = FakeClock()
        self.player = player or RecordingCuePlayer()
        self.flashes = 0
        self.controller = SessionController(SessionEngine(plan(ROUTINE), self.clock))
        self.router = CueRouter(self.player, self._flash, settings, self.controller)

    def _flash(self) -> None:
        self.flashes += 1

    def run(self, seconds: float, step: float = 1.0) -> None:
        for _ in range(round(seconds / step)):
            self.clock.advance(step)
            self.controller.poll()

    def sounds(self) -> list[object]:
        return [argument for action, argument in self.player.calls if action == "play"]

    def words(self) -> list[object]:
        return [argument for action, argument in self.player.calls if action == "say"]


@pytest.fixture
def session(qtbot: QtBot) -> Session:
    return Session()


def test_exact_cue_sequence_for_a_whole_routine(session: Session) -> None:
    session.controller.start()
    session.run(57)
    assert session.player.calls == EXPECTED_CALLS
    assert session.flashes == TRANSITIONS


def test_polling_more_often_changes_nothing(session: Session) -> None:
    session.controller.start()
    session.run(57, step=0.25)
    assert session.player.calls == EXPECTED_CALLS


def test_nothing_fires_while_paused(session: Session) -> None:
    session.controller.start()
    session.run(2.5, step=0.5)  # prepare: ticks at 1 and 2 so far
    session.controller.pause()
    before = list(session.player.calls)
    session.run(30)
    assert session.player.calls == before
    session.controller.resume()
    session.run(0.5, step=0.5)
    assert session.player.calls[len(before) :] == [("play", K.TICK_SOFT)]


def test_skip_and_previous_cue_the_segment_they_land_on(session: Session) -> None:
    session.controller.start()
    session.controller.skip()  # prepare → hold left
    session.run(5)
    session.controller.previous()  # 5 s into the hold: restart it
    session.controller.skip()  # → switch
    assert session.words() == [
        "Ready",
        "Thread the needle, 20 seconds, left side",
        "Thread the needle, 20 seconds, left side",
        "Switch",
    ]


def test_a_frozen_gui_catching_up_plays_no_burst_of_stale_cues(session: Session) -> None:
    session.controller.start()
    session.player.calls.clear()
    session.clock.advance(5.5)  # frozen across three ticks and the start of the hold
    session.controller.poll()
    # The ticks are gone; the hold's start is still announced, once, so the person knows where they are.
    assert session.player.calls == [("play", K.CHIME), ("say", "Thread the needle, 20 seconds, left side")]
    session.controller.poll()
    assert len(session.player.calls) == 2, "catching up must not repeat cues"
    session.clock.advance(14.2 - 5.5)  # 0.2 s past the halfway point: still fresh
    session.controller.poll()
    assert session.player.calls[2:] == [("play", K.HALFWAY)]


def test_mute_silences_sound_and_voice_but_keeps_the_flash(session: Session) -> None:
    mutes: list[bool] = []
    session.router.muted_changed.connect(mutes.append)
    session.controller.start()
    session.router.toggle_mute()
    assert session.player.calls[-1] == ("stop", None), "mute cuts off a sentence under way"
    session.player.calls.clear()
    session.run(24)  # through the prepare, the left hold and into the switch
    assert session.player.calls == []
    assert session.flashes == 3  # prepare, hold, switch
    session.router.toggle_mute()
    session.run(3)
    assert session.player.calls == [
        ("play", K.TICK_SOFT),
        ("play", K.TICK_SOFT),
        ("play", K.CHIME),
        ("say", "Thread the needle, 20 seconds, right side"),
    ]
    assert mutes == [True, False]


@pytest.mark.parametrize(
    ("change", "left_out"),
    [
        ({"sound": False}, [call for call in EXPECTED_CALLS if call[0] == "play"]),
        ({"voice": False}, [call for call in EXPECTED_CALLS if call[0] == "say"]),
        ({"countdown": False}, [call for call in EXPECTED_CALLS if call[1] in (K.TICK, K.TICK_SOFT)]),
        ({"halfway": False}, [("play", K.HALFWAY)] * 2),
        ({"breath_tone": False}, [("play", K.BREATH_IN), ("play", K.BREATH_OUT)]),
        ({"flash": False}, []),
    ],
)
def test_each_setting_turns_off_its_own_cues(
    qtbot: QtBot, change: dict[str, bool], left_out: list[tuple[str, object]]
) -> None:
    session = Session(replace(ALL_ON, **change))  # type: ignore[arg-type]  # bool fields only
    session.controller.start()
    session.run(57)
    expected = list(EXPECTED_CALLS)
    for call in left_out:
        expected.remove(call)
    if change in ({"sound": False}, {"countdown": False}):  # no 3-2-1 to keep clear: the full words fit
        expected = [(action, UNHURRIED.get(str(argument), argument)) for action, argument in expected]
    assert session.player.calls == expected
    assert session.flashes == (0 if change == {"flash": False} else TRANSITIONS)


def test_settings_changed_mid_session_apply_at_once(session: Session) -> None:
    session.controller.start()
    session.run(4)
    session.router.set_settings(replace(ALL_ON, voice=False, halfway=False))
    assert session.player.settings == replace(ALL_ON, voice=False, halfway=False)
    session.player.calls.clear()
    session.run(20)
    assert session.player.calls == [("play", K.TICK)] * 3 + [("play", K.CHIME)]


def test_with_no_sound_the_transitions_flash_even_with_the_flash_off(qtbot: QtBot) -> None:
    player = RecordingCuePlayer()
    player.can_play = False
    session = Session(replace(ALL_ON, flash=False), player)
    session.controller.start()
    session.run(57)
    assert session.sounds() == []
    assert session.words() == [call[1] for call in EXPECTED_CALLS if call[0] == "say"]
    assert session.flashes == TRANSITIONS + 2  # and the two halfway points; ticks have their digits


def test_stopping_cuts_off_speech(session: Session) -> None:
    session.controller.start()
    session.controller.stop()
    assert session.player.calls[-1] == ("stop", None)
