"""The real Qt pieces of the cues: the threaded voice, the sound player's fallback, the flash, breath pacing."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QBuffer
from PySide6.QtGui import QImage, QPalette
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
from backpain_timer.ui.cues.voice import Voice, VoiceState, worker_command
from backpain_timer.ui.session.controller import SessionController
from tests.helpers.fake_clock import FakeClock
from tests.helpers.window_language import window_language

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
    """Makes voices, and ends every one's speech process when the test ends, passed or failed: none may
    outlive its test."""
    made: list[Voice] = []

    def make(engine: str, *, start_timeout_seconds: float = MOCK_START_SECONDS, **options: Any) -> Voice:
        speaker = Voice(engine, start_timeout_seconds=start_timeout_seconds, **options)
        made.append(speaker)
        return speaker

    yield make
    for speaker in made:
        speaker.shutdown()


@pytest.fixture
def voice(voices: Callable[..., Voice]) -> Voice:
    return voices("mock")


def test_the_voice_speaks_through_the_mock_engine_in_a_process_of_its_own(qtbot: QtBot, voice: Voice) -> None:
    with qtbot.waitSignal(voice.speaking, timeout=WAIT_MS) as spoken:
        voice.say("Child's pose, 45 seconds")  # the engine is created on first use
    assert spoken.args == ["Child's pose, 45 seconds"]
    assert voice.engine_in_use == "mock"
    assert voice.process_id not in (0, os.getpid()), "a hung engine must not be able to reach the app"


def test_voice_rate_and_volume_reach_the_engine(qtbot: QtBot, voice: Voice) -> None:
    taken: list[tuple[float, float]] = []
    voice.configured.connect(lambda rate, volume: taken.append((rate, volume)))
    voice.start()
    voice.configure(0.5, 0.25)
    qtbot.waitUntil(lambda: len(taken) == 2, timeout=WAIT_MS)  # the start's own settings, then these
    assert taken[-1][0] == 0.5 and taken[-1][1] == pytest.approx(0.25)


def test_the_voice_speaks_again_after_a_shutdown_and_a_second_one_is_harmless(
    qtbot: QtBot, voice: Voice
) -> None:
    with qtbot.waitSignal(voice.speaking, timeout=WAIT_MS):
        voice.say("Get ready")
    voice.shutdown()
    voice.shutdown()
    assert voice.process_id == 0 and voice.state is VoiceState.OFF
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


# A speech process that never answers (speech-dispatcher that cannot open its audio hangs in its first
# say, holding the GIL): the app only ever waits for it on QTimer time boxes.
NEVER_ANSWERS = [sys.executable, "-c", "import sys, time; sys.stdin.read(); time.sleep(60)"]
READY_THEN_HANGS = [
    sys.executable,
    "-c",
    "import json, sys, time; print(json.dumps({'event': 'ready', 'engine': 'stuck'}), flush=True); "
    "sys.stdin.readline(); sys.stdin.readline(); time.sleep(60)",
]


def test_a_speech_engine_that_never_comes_up_is_given_up_after_its_time_box(
    qtbot: QtBot, voices: Callable[..., Voice]
) -> None:
    speaker = voices("mock", start_timeout_seconds=0.05, command=NEVER_ANSWERS)
    notices: list[str] = []
    speaker.unavailable.connect(notices.append)
    with qtbot.waitSignal(speaker.unavailable, timeout=WAIT_MS):
        speaker.say("Get ready")  # returns at once although the engine never comes up
    speaker.say("Switch sides")
    assert speaker.state is VoiceState.UNAVAILABLE
    assert speaker.process_id == 0, "the hung process was killed, not left behind"
    assert notices == [
        "No voice: the speech engine did not start within 0.05 s. Check that speech-dispatcher is running "
        "and can play sound (Debian: apt install speech-dispatcher espeak-ng)."
    ]


def test_a_speech_engine_that_stops_answering_mid_session_is_given_up_and_killed(
    qtbot: QtBot, voices: Callable[..., Voice]
) -> None:
    speaker = voices("mock", answer_timeout_seconds=0.05, command=READY_THEN_HANGS)
    speaker.start()
    qtbot.waitUntil(lambda: speaker.state is VoiceState.READY, timeout=WAIT_MS)
    pid = speaker.process_id
    with qtbot.waitSignal(speaker.unavailable, timeout=WAIT_MS) as notice:
        speaker.say("Rest. Next: child's pose")  # the process reads it and never answers
    assert notice.args is not None and notice.args[0].startswith(
        "No voice: the speech engine stopped answering"
    )
    assert speaker.process_id == 0
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # gone, and reaped


# --- the voice speaks the window's language ---------------------------------------------------------------
# Qt's mock engine has voices for en_GB, en_US, nb_NO, nn_NO and fi_FI: none for German, French or Spanish.


def test_the_voice_takes_a_locale_of_its_language(qtbot: QtBot, voices: Callable[..., Voice]) -> None:
    english, finnish = voices("mock"), voices("mock", language="fi")
    for speaker in (english, finnish):
        with qtbot.waitSignal(speaker.speaking, timeout=WAIT_MS):
            speaker.say("Rest")
    assert english.locale_in_use.startswith("en_")
    assert finnish.locale_in_use == "fi_FI"


def test_with_no_voice_for_the_language_nothing_is_spoken_and_it_says_why_once(
    qtbot: QtBot, voices: Callable[..., Voice]
) -> None:
    speaker = voices("mock", language="de")
    notices: list[str] = []
    spoken: list[str] = []
    speaker.unavailable.connect(notices.append)
    speaker.speaking.connect(spoken.append)
    speaker.say("Halten")
    qtbot.waitUntil(lambda: speaker.state is VoiceState.UNAVAILABLE, timeout=WAIT_MS)
    speaker.say("Pause")
    speaker.shutdown()
    speaker.say("Seite wechseln")
    assert spoken == [] and speaker.process_id == 0, "no English voice reads the German cues"
    assert notices == [
        "No voice: no German voice is installed, so the cues are not spoken. Sounds and the flash still "
        "work. Install speech-dispatcher's espeak-ng voices (Debian: apt install speech-dispatcher-espeak-ng), "
        "then restart the app."
    ]


def test_the_pseudo_language_has_no_voice_and_starts_no_speech_process(voices: Callable[..., Voice]) -> None:
    speaker = voices("mock", language="xx")
    notices: list[str] = []
    speaker.unavailable.connect(notices.append)
    speaker.say("[Hold ~~]")
    assert speaker.state is VoiceState.UNAVAILABLE and speaker.process_id == 0
    assert notices == ["No voice: the pseudo-language has no voice. Sounds and the flash still work."]


def test_the_speech_process_is_asked_for_the_voices_language(
    qtbot: QtBot, voices: Callable[..., Voice], tmp_path: Path
) -> None:
    # A stand-in worker that answers "ready" with the language it was started with.
    fake = tmp_path / "worker.py"
    fake.write_text(
        "import json, sys\n"
        "language = sys.argv[sys.argv.index('--language') + 1]\n"
        "print(json.dumps({'event': 'ready', 'engine': 'fake', 'locale': language + '_XX'}), flush=True)\n"
        "sys.stdin.read()\n"
    )
    arguments = worker_command("fake", "es")[2:]  # what the app passes to the real worker
    speaker = voices("fake", language="es", command=[sys.executable, str(fake), *arguments])
    speaker.start()
    qtbot.waitUntil(lambda: speaker.state is VoiceState.READY, timeout=WAIT_MS)
    assert speaker.locale_in_use == "es_XX"


def test_the_player_speaks_the_window_language_and_tells_once_when_it_has_no_voice(
    qtbot: QtBot, tmp_path: Path, players: Callable[..., QtCuePlayer]
) -> None:
    with window_language("de", tmp_path):
        player = players(tmp_path, "mock")
    assert player.voice.language == "de"
    notices: list[str] = []
    player.notice.connect(notices.append)
    player.configure(Settings(sound=False, voice=True))
    qtbot.waitUntil(lambda: player.voice.state is VoiceState.UNAVAILABLE, timeout=WAIT_MS)
    player.say("Halten")
    player.configure(Settings(sound=False, voice=True, voice_rate=0.3))
    assert len(notices) == 1 and notices[0].startswith("No voice: no German voice is installed")
    assert not player.can_say and player.voice_problem == notices[0]
    assert player.voice.process_id == 0


# --- sound and the flash -----------------------------------------------------------------------------------


@pytest.fixture
def players(qtbot: QtBot) -> Iterator[Callable[..., QtCuePlayer]]:
    """Makes real players, each shut down when the test ends, passed or failed: no sound effect or
    speech thread may outlive its test (a late decoding warning would fail the next test, and one
    destroyed after the QApplication at exit can crash)."""
    made: list[QtCuePlayer] = []

    def make(sounds_dir: Path, voice_engine: str | None = None, **options: Any) -> QtCuePlayer:
        made.append(QtCuePlayer(sounds_dir, voice_engine=voice_engine, **options))
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
    _host, overlay = flash_over_a_view(qtbot)
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
    assert len(player.findChildren(QBuffer)) == len(CueKind)
    player.shutdown()
    player.shutdown()
    assert player.findChildren(QBuffer) == [], "closing the app releases the audio output"
    player.preload()  # what the next cue does first
    assert len(player.findChildren(QBuffer)) == len(CueKind)


def flash_over_a_view(qtbot: QtBot) -> tuple[QWidget, FlashOverlay]:
    """A shown 400×300 widget and the flash over it (keep the widget: the flash goes with it)."""
    host = QWidget()
    host.resize(400, 300)
    qtbot.addWidget(host)
    host.show()
    return host, FlashOverlay(host)


def overlay_image(overlay: FlashOverlay) -> QImage:
    image = QImage(overlay.size(), QImage.Format.Format_ARGB32)
    image.fill(0)
    overlay.render(image)
    return image


def test_the_flash_covers_the_view_and_fades_away(qtbot: QtBot) -> None:
    host, overlay = flash_over_a_view(qtbot)
    overlay.flash()
    assert overlay.isVisible() and overlay.geometry() == host.rect()
    assert overlay_image(overlay).pixelColor(200, 150).alpha() > 0, "the whole view is tinted"
    qtbot.waitUntil(lambda: not overlay.isVisible())
    host.resize(500, 350)
    overlay.flash()
    assert overlay.geometry() == host.rect()


def test_with_reduced_motion_the_flash_is_a_still_border(qtbot: QtBot) -> None:
    _host, overlay = flash_over_a_view(qtbot)
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
