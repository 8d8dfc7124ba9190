"""The real Qt pieces of the cues: the threaded voice, the sound player's fallback, the flash, breath pacing."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6 import QtTextToSpeech
from PySide6.QtCore import QThread
from PySide6.QtGui import QImage, QPalette
from PySide6.QtMultimedia import QSoundEffect
from PySide6.QtTextToSpeech import QTextToSpeech
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from backpain_timer.domain.cues import CueKind
from backpain_timer.domain.plan import plan
from backpain_timer.domain.routine import Breathe, Exercise, Routine, Step
from backpain_timer.domain.session import SessionEngine
from backpain_timer.resources import assets_dir
from backpain_timer.storage.settings import Settings
from backpain_timer.ui.cues.breath_widget import BreathWidget
from backpain_timer.ui.cues.flash import FlashOverlay
from backpain_timer.ui.cues.player import NO_AUDIO_OUTPUT, QtCuePlayer, sound_file_name
from backpain_timer.ui.cues.router import CueRouter
from backpain_timer.ui.cues.voice import Voice, VoiceState
from backpain_timer.ui.session.controller import SessionController
from tests.helpers.fake_clock import FakeClock

# prepare 2 | hold 10 breathing 4 in / 6 out | rest 3 | hold 5 → 20 s
BREATHING = Routine(
    id="breathing-test",
    name="Breathing test",
    steps=(
        Step(Exercise("Belly breathing"), hold=10.0, breathe=Breathe(4.0, 6.0)),
        Step(Exercise("Child's pose"), hold=5.0),
    ),
    prepare=2.0,
    rest=3.0,
)


# A busy machine can take seconds to start a thread and load a speech plugin. These are limits, not
# waits: each wait returns as soon as its condition holds.
WAIT_MS = 10_000
MOCK_START_SECONDS = 30.0  # the time box is tested on its own below; here it must never be what fails


@pytest.fixture
def voices(qtbot: QtBot) -> Iterator[Callable[..., Voice]]:
    """Makes voices, and stops every one's speech thread when the test ends, passed or failed: Qt aborts
    the process when a running QThread is destroyed."""
    made: list[Voice] = []

    def make(engine: str, *, start_timeout_seconds: float = MOCK_START_SECONDS) -> Voice:
        speaker = Voice(engine, start_timeout_seconds=start_timeout_seconds)
        made.append(speaker)
        return speaker

    yield make
    for speaker in made:
        speaker.shutdown()


@pytest.fixture
def voice(voices: Callable[..., Voice]) -> Voice:
    return voices("mock")


def test_the_voice_speaks_through_the_mock_engine_off_the_gui_thread(qtbot: QtBot, voice: Voice) -> None:
    with qtbot.waitSignal(voice.speaking, timeout=WAIT_MS) as spoken:
        voice.say("Child's pose, 45 seconds")  # the engine is created on first use
    assert spoken.args == ["Child's pose, 45 seconds"]
    assert voice.engine is not None and voice.engine.engine() == "mock"
    assert voice.engine.thread() is not QThread.currentThread(), "the engine must live off the GUI thread"


def test_voice_rate_and_volume_reach_the_engine(qtbot: QtBot, voice: Voice) -> None:
    voice.configure(0.5, 0.25)
    voice.start()

    def configured() -> bool:
        # Read while the speech thread may still be setting them: wait for both, not just the first.
        engine = voice.engine
        return engine is not None and engine.rate() == 0.5 and engine.volume() == pytest.approx(0.25)

    qtbot.waitUntil(configured, timeout=WAIT_MS)


def test_the_voice_speaks_again_after_a_shutdown_and_a_second_one_is_harmless(
    qtbot: QtBot, voice: Voice
) -> None:
    with qtbot.waitSignal(voice.speaking, timeout=WAIT_MS):
        voice.say("Get ready")
    voice.shutdown()
    voice.shutdown()
    assert voice.engine is None and voice.state is VoiceState.OFF
    with qtbot.waitSignal(voice.speaking, timeout=WAIT_MS) as spoken:
        voice.say("Rest")
    assert spoken.args == ["Rest"]


def test_a_missing_speech_engine_is_reported_once_with_the_package_to_install(
    qtbot: QtBot, voices: Callable[..., Voice]
) -> None:
    speaker = voices("no-such-engine")
    notices: list[str] = []
    speaker.unavailable.connect(notices.append)
    speaker.say("Switch sides")
    qtbot.waitUntil(lambda: speaker.state is VoiceState.UNAVAILABLE, timeout=WAIT_MS)
    speaker.say("Rest")
    assert len(notices) == 1
    assert notices[0].startswith("No voice:") and "speech-dispatcher espeak-ng" in notices[0]


def test_a_hanging_speech_engine_is_given_up_after_its_time_box(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, voices: Callable[..., Voice]
) -> None:
    release = threading.Event()

    class HangingEngine:
        """Stands in for QTextToSpeech when speech-dispatcher hangs: the constructor does not return."""

        State = QTextToSpeech.State

        def __init__(self, *_args: object) -> None:
            release.wait(10)

        @staticmethod
        def availableEngines() -> list[str]:
            return ["mock"]

        def state(self) -> QTextToSpeech.State:
            return QTextToSpeech.State.Error

        def errorString(self) -> str:
            return "hung"

    monkeypatch.setattr(QtTextToSpeech, "QTextToSpeech", HangingEngine)
    speaker = voices("mock", start_timeout_seconds=0.05)
    notices: list[str] = []
    speaker.unavailable.connect(notices.append)
    try:
        speaker.say("Get ready")  # returns at once although the engine never comes up
        qtbot.waitUntil(lambda: speaker.state is VoiceState.UNAVAILABLE, timeout=WAIT_MS)
        speaker.say("Switch sides")
    finally:
        release.set()  # the engine returns (failed), so the thread can stop at once
        speaker.shutdown()
    assert notices == [
        "No voice: the speech engine did not start within 0.05 s. Check that speech-dispatcher is running "
        "(Debian: apt install speech-dispatcher espeak-ng)."
    ]


# --- sound and the flash -----------------------------------------------------------------------------------


@pytest.fixture
def players(qtbot: QtBot) -> Iterator[Callable[..., QtCuePlayer]]:
    """Makes real players, each shut down when the test ends, passed or failed: no sound effect or
    speech thread may outlive its test (a late decoding warning would fail the next test, and one
    destroyed after the QApplication at exit can crash)."""
    made: list[QtCuePlayer] = []

    def make(sounds_dir: Path, voice_engine: str | None = None) -> QtCuePlayer:
        made.append(QtCuePlayer(sounds_dir, voice_engine=voice_engine))
        return made[-1]

    yield make
    for player in made:
        player.shutdown()


@pytest.mark.qt_log_ignore("QSoundEffect", "PulseAudioService")
def test_a_sound_that_cannot_play_falls_back_to_the_flash_and_says_why_once(
    qtbot: QtBot, tmp_path: Path, players: Callable[..., QtCuePlayer]
) -> None:
    for name in ("chime", "tick", "tick-soft", "halfway", "finish", "breath-in", "breath-out"):
        (tmp_path / f"{name}.wav").write_bytes(b"not a wav file")
    host = QWidget()
    qtbot.addWidget(host)
    host.show()
    overlay = FlashOverlay(host)
    player = players(tmp_path)
    notices: list[str] = []
    player.notice.connect(notices.append)
    player.preload()
    qtbot.waitUntil(lambda: not player.can_play, timeout=WAIT_MS)
    clock = FakeClock()
    controller = SessionController(SessionEngine(plan(BREATHING), clock))
    router = CueRouter(player, overlay.flash, Settings(flash=False, voice=False), controller)
    controller.start()
    assert overlay.isVisible() and overlay.flash_count == 1, "the unheard chime shows as a flash"
    for _ in range(20):
        clock.advance(1.0)
        controller.poll()
    assert overlay.flash_count == 5  # prepare, two holds, rest, finish
    assert len(notices) == 1 and notices[0].startswith("No sound:")
    assert notices[0] == NO_AUDIO_OUTPUT or "cannot be played" in notices[0]
    assert player.status.startswith("No sound:")
    assert router.player is player


def test_a_missing_sound_file_is_named_in_the_notice(
    qtbot: QtBot, tmp_path: Path, players: Callable[..., QtCuePlayer]
) -> None:
    player = players(tmp_path)
    with qtbot.waitSignal(player.notice) as notice:
        player.preload()
    assert notice.args is not None
    assert notice.args[0].startswith(f"No sound: the cue sound {tmp_path / sound_file_name(CueKind.CHIME)}")
    assert not player.can_play


def test_a_voice_that_fails_after_it_was_turned_off_sends_no_notice(
    qtbot: QtBot, tmp_path: Path, players: Callable[..., QtCuePlayer]
) -> None:
    player = players(tmp_path, voice_engine="none-such")
    notices: list[str] = []
    player.notice.connect(notices.append)
    player.configure(Settings(voice=True))  # the engine starts in the background
    player.configure(Settings(voice=False))
    qtbot.waitUntil(lambda: player.voice.state is VoiceState.UNAVAILABLE, timeout=WAIT_MS)
    assert notices == []
    player.configure(Settings(voice=True))
    assert "No voice: no speech engine (none-such)" in player.status


@pytest.mark.qt_log_ignore("QSoundEffect", "PulseAudioService")
def test_shutdown_lets_go_of_the_sounds_at_once_and_they_load_again_when_needed(
    qtbot: QtBot, players: Callable[..., QtCuePlayer]
) -> None:
    player = players(assets_dir() / "sounds")
    player.preload()
    assert len(player.findChildren(QSoundEffect)) == len(CueKind)
    player.shutdown()
    player.shutdown()
    assert player.findChildren(QSoundEffect) == [], "closing the app releases the audio output"
    player.preload()  # what the next cue does first
    assert len(player.findChildren(QSoundEffect)) == len(CueKind)


def overlay_image(overlay: FlashOverlay) -> QImage:
    image = QImage(overlay.size(), QImage.Format.Format_ARGB32)
    image.fill(0)
    overlay.render(image)
    return image


def test_the_flash_covers_the_view_and_fades_away(qtbot: QtBot) -> None:
    host = QWidget()
    host.resize(400, 300)
    qtbot.addWidget(host)
    host.show()
    overlay = FlashOverlay(host)
    overlay.flash()
    assert overlay.isVisible() and overlay.geometry() == host.rect()
    assert overlay_image(overlay).pixelColor(200, 150).alpha() > 0, "the whole view is tinted"
    qtbot.waitUntil(lambda: not overlay.isVisible())
    host.resize(500, 350)
    overlay.flash()
    assert overlay.geometry() == host.rect()


def test_with_reduced_motion_the_flash_is_a_still_border(qtbot: QtBot) -> None:
    host = QWidget()
    host.resize(400, 300)
    qtbot.addWidget(host)
    host.show()
    overlay = FlashOverlay(host)
    overlay.set_reduced_motion(True)
    overlay.flash()
    image = overlay_image(overlay)
    highlight = overlay.palette().color(QPalette.ColorRole.Highlight)
    assert image.pixelColor(200, 150).alpha() == 0, "no tint over the content"
    assert image.pixelColor(3, 150).rgb() == highlight.rgb()
    qtbot.waitUntil(lambda: not overlay.isVisible())


# --- breath pacing -----------------------------------------------------------------------------------------


class PacedGuide:
    """A breathing guide following a 30 s hold (no prepare) that breathes 4 s in, 6 s out."""

    def __init__(self, qtbot: QtBot, *, reduced_motion: bool = False) -> None:
        routine = Routine(
            id="guide",
            name="Guide",
            steps=(Step(Exercise("Belly breathing"), hold=30.0, breathe=Breathe(4.0, 6.0)),),
            prepare=0.0,
        )
        self.clock = FakeClock()
        self.controller = SessionController(SessionEngine(plan(routine), self.clock))
        self.widget = BreathWidget()
        qtbot.addWidget(self.widget)
        self.widget.set_reduced_motion(reduced_motion)
        self.widget.attach(self.controller)
        self.controller.start()

    def at(self, elapsed: float) -> BreathWidget:
        """The guide ``elapsed`` seconds into the hold (later than the last call)."""
        self.clock.advance(elapsed - self.controller.engine.position())
        self.controller.poll()
        return self.widget


@pytest.mark.parametrize(
    ("elapsed", "text"),
    [
        (0.0, "Breathe in…"),
        (3.9, "Breathe in…"),
        (4.0, "Breathe out…"),
        (9.9, "Breathe out…"),
        (10.0, "Breathe in…"),
        (14.5, "Breathe out…"),
    ],
)
def test_the_breath_guide_says_in_and_out_on_time(qtbot: QtBot, elapsed: float, text: str) -> None:
    widget = PacedGuide(qtbot).at(elapsed)
    assert widget.phase_text == text
    assert widget.accessibleDescription() == text


def test_the_circle_grows_breathing_in_and_shrinks_breathing_out(qtbot: QtBot) -> None:
    guide = PacedGuide(qtbot)
    sizes = [guide.at(elapsed).scale for elapsed in (0.0, 2.0, 4.0, 7.0, 10.0)]
    assert sizes[0] < sizes[1] < sizes[2] > sizes[3] > sizes[4]


def test_with_reduced_motion_the_circle_stays_and_the_words_count(qtbot: QtBot) -> None:
    guide = PacedGuide(qtbot, reduced_motion=True)
    seen = [(guide.at(elapsed).phase_text, guide.widget.scale) for elapsed in (0.0, 3.2, 4.0, 9.5)]
    assert [text for text, _ in seen] == [
        "Breathe in… 4",
        "Breathe in… 1",
        "Breathe out… 6",
        "Breathe out… 1",
    ]
    assert len({scale for _, scale in seen}) == 1


def test_the_breath_guide_follows_the_session_clock(qtbot: QtBot) -> None:
    clock = FakeClock()
    controller = SessionController(SessionEngine(plan(BREATHING), clock))
    widget = BreathWidget()
    qtbot.addWidget(widget)
    widget.attach(controller)
    controller.start()
    assert widget.isHidden() and not controller.smooth, "no pacing while getting ready"
    clock.advance(2.0)
    controller.poll()
    assert not widget.isHidden() and widget.phase_text == "Breathe in…"
    assert controller.smooth, "the circle needs frequent ticks while it moves"
    clock.advance(4.5)
    controller.poll()
    assert widget.phase_text == "Breathe out…"
    controller.pause()
    assert not controller.smooth and not widget.isHidden()
    controller.resume()
    clock.advance(5.5)  # the hold is over: rest
    controller.poll()
    assert widget.isHidden() and not controller.smooth
