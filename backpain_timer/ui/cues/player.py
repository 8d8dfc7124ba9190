"""Sound and voice behind one small protocol: the real Qt player, a silent one and a recording one for tests.

The Qt player imports QtMultimedia only when it first loads its sounds, never at app start-up, and
degrades instead of failing: with no audio device every cue falls back to the visual flash, and the
``notice`` signal says once, plainly, why there is no sound and how to get it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from backpain_timer.domain.cues import CueKind
from backpain_timer.resources import assets_dir
from backpain_timer.storage.settings import Settings
from backpain_timer.ui.cues.sound_server import SoundServerWatch, pulse_socket
from backpain_timer.ui.cues.sounds import CueSounds
from backpain_timer.ui.cues.sounds import sound_file_name as sound_file_name
from backpain_timer.ui.cues.voice import START_TIMEOUT_SECONDS, Voice, VoiceState
from backpain_timer.ui.translations import window_language

# One line in the status bar: short enough to be read whole in a small window. Qt's audio backend does
# not connect to a sound server started after it (measured with PulseAudio): hence the restart.
NO_AUDIO_OUTPUT = (
    "No sound: no audio output. Start PulseAudio or PipeWire, then restart the app; cues flash instead."
)
SOUND_LOST = "No sound: the sound server stopped; cues flash instead. Restart the app once it runs again."
SOUND_BACK = "The sound server is back: restart the app to hear the cues again (they flash until then)."

# Voice and sounds follow one volume, at the same loudness. Measured (speech-dispatcher + espeak-ng, a
# PulseAudio null sink): the voice's level is proportional to the engine's volume, and at 0.45 its peaks
# reach −1.8 dBFS for an RMS of −22.7 dBFS — the loudest it can be without clipping. The chime's RMS at
# full gain is −17.1 dBFS, so the sounds get 0.525 (−5.6 dB) to meet the voice there.
VOICE_ENGINE_FULL_VOLUME = 0.45
SOUND_FULL_GAIN = 0.525


def cue_levels(volume: float) -> tuple[float, float]:
    """(gain of the sounds, the voice engine's volume) for the volume slider's ``volume`` (0..1).

    The slider is in loudness steps; both get the same linear gain, each from its own full level."""
    from PySide6.QtMultimedia import QtAudio

    scale = QtAudio.VolumeScale
    linear = QtAudio.convertVolume(volume, scale.LogarithmicVolumeScale, scale.LinearVolumeScale)
    return SOUND_FULL_GAIN * linear, VOICE_ENGINE_FULL_VOLUME * linear


class CuePlayer(Protocol):
    """Plays cue sounds and speaks cue words; never blocks the caller."""

    @property
    def status(self) -> str:
        """One line for people: what works and what does not."""
        ...

    @property
    def can_play(self) -> bool: ...

    @property
    def can_say(self) -> bool: ...

    @property
    def voice_problem(self) -> str:
        """Why there is no voice (none for the window's language, no engine...), for the settings; "" while
        none is known."""
        ...

    def play(self, kind: CueKind) -> None: ...

    def say(self, text: str) -> None: ...

    def stop(self) -> None:
        """Cut off any sound or speech under way (mute, stop)."""
        ...

    def configure(self, settings: Settings) -> None:
        """Take volume, voice on/off and voice rate from the settings."""
        ...

    def preload(self) -> None:
        """Get ready to play at once (before a session starts); returns without waiting."""
        ...

    def shutdown(self) -> None:
        """The app closes: stop, and let go of audio and speech."""
        ...


class NullCuePlayer:
    """Plays nothing: for a session with no audio at all (cues then show only as the flash)."""

    status = "Sound off"
    can_play = False
    can_say = False
    voice_problem = ""

    def play(self, kind: CueKind) -> None:
        pass

    def say(self, text: str) -> None:
        pass

    def stop(self) -> None:
        pass

    def configure(self, settings: Settings) -> None:
        pass

    def preload(self) -> None:
        pass

    def shutdown(self) -> None:
        pass


class RecordingCuePlayer:
    """Remembers every call, in order, as ("play", kind), ("say", text) or ("stop", None); for tests.

    With a ``clock``, ``times`` holds when each call came (for the latency benchmark).
    """

    status = "Recording"

    def __init__(self, clock: Callable[[], float] | None = None) -> None:
        self.calls: list[tuple[str, CueKind | str | None]] = []
        self.times: list[float] = []
        self.settings: Settings | None = None
        self.can_play = True
        self.can_say = True
        self.voice_problem = ""
        self.preloaded = False
        self.shut_down = False
        self._clock = clock

    def play(self, kind: CueKind) -> None:
        self._record("play", kind)

    def say(self, text: str) -> None:
        self._record("say", text)

    def stop(self) -> None:
        self._record("stop", None)

    def configure(self, settings: Settings) -> None:
        self.settings = settings

    def preload(self) -> None:
        self.preloaded = True

    def shutdown(self) -> None:
        self.shut_down = True

    def _record(self, action: str, argument: CueKind | str | None) -> None:
        self.calls.append((action, argument))
        if self._clock is not None:
            self.times.append(self._clock())


class QtCuePlayer(QObject):
    """Cue sounds on fresh audio streams (``CueSounds``) and the voice in its own process (``Voice``).

    Watches the sound server: when it goes, cues fall back to the flash at once (no stream is opened on
    a dead server: Qt would abort) and the ``notice`` says so; when it comes back, the notice says how to
    get sound back (Qt's audio backend cannot reconnect in a running app). The voice speaks
    ``voice_language`` (the window's language unless given)."""

    notice = Signal(str)  # a plain sentence for the status bar, emitted once per problem

    def __init__(
        self,
        sounds_dir: Path | None = None,
        *,
        voice_engine: str | None = None,
        voice_language: str | None = None,
        voice_start_timeout_seconds: float = START_TIMEOUT_SECONDS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.sounds_dir = sounds_dir or assets_dir() / "sounds"
        self.voice = Voice(
            voice_engine,
            language=voice_language or window_language(),
            start_timeout_seconds=voice_start_timeout_seconds,
            parent=self,
        )
        self.voice.unavailable.connect(self._voice_unavailable)
        self._sounds: CueSounds | None = None
        self._server: SoundServerWatch | None = None
        self._sound_problem = ""
        self._volume = Settings().volume
        self._sound_on = Settings().sound
        self._voice_on = Settings().voice

    # --- CuePlayer ----------------------------------------------------------------------------------

    @property
    def status(self) -> str:
        sound = self._sound_problem or ("Sound on" if self._sound_on else "Sound off")
        if not self._voice_on:
            return f"{sound}; voice off"
        if self.voice.state is VoiceState.UNAVAILABLE:
            return f"{sound}; {self.voice.reason}"
        return f"{sound}; voice on"

    @property
    def can_play(self) -> bool:
        if self._server is not None and not self._sound_problem:
            self._server.check()  # a server gone since the last check is found now, before the cue
        return not self._sound_problem

    @property
    def can_say(self) -> bool:
        return self._voice_on and self.voice.state is not VoiceState.UNAVAILABLE

    @property
    def voice_problem(self) -> str:
        return self.voice.reason if self.voice.state is VoiceState.UNAVAILABLE else ""

    def play(self, kind: CueKind) -> None:
        self.preload()
        if self._sounds is not None and self.can_play:
            self._sounds.play(kind)

    def say(self, text: str) -> None:
        if self._voice_on:
            self.voice.say(text)

    def stop(self) -> None:
        if self._sounds is not None:
            self._sounds.stop()
        self.voice.stop()

    def configure(self, settings: Settings) -> None:
        self._sound_on = settings.sound
        self._volume = settings.volume
        sound_gain, voice_volume = cue_levels(settings.volume)
        if self._sounds is not None:
            self._sounds.volume = sound_gain
        self._voice_on = settings.voice
        self.voice.configure(settings.voice_rate, voice_volume)
        if settings.voice:
            self.voice.start()  # warm up now (and check the engine can speak), not at the first cue

    # --- loading ------------------------------------------------------------------------------------

    def preload(self) -> None:
        """Load every sound now, and start watching the sound server."""
        if self._sounds is not None:
            return
        from PySide6.QtMultimedia import QMediaDevices

        if self._server is None:
            self._server = SoundServerWatch(pulse_socket(), self)
            self._server.lost.connect(self._server_lost)
            self._server.back.connect(self._server_back)
        self._server.start()
        self._sounds = CueSounds(self.sounds_dir, self)
        self._sounds.volume = cue_levels(self._volume)[0]
        self._sounds.problem.connect(self._report_sound_problem)
        self._sounds.load()  # a missing file is the first thing to tell: it needs a reinstall
        if not QMediaDevices.audioOutputs() or not self._server.present:
            self._report_sound_problem(NO_AUDIO_OUTPUT)

    def shutdown(self) -> None:
        """Stop, let go of the sounds now (a later ``play`` loads them again) and end the speech process.
        Safe to call again."""
        sounds, self._sounds = self._sounds, None
        if sounds is not None:
            sounds.release()
            sounds.deleteLater()
        if self._server is not None:
            self._server.stop()
        self.voice.shutdown()

    def _server_lost(self) -> None:
        if self._sounds is not None:
            self._sounds.forget()  # never touch a stream of the dead server again
        self._report_sound_problem(SOUND_LOST)

    def _server_back(self) -> None:
        if self._sound_problem in (SOUND_LOST, NO_AUDIO_OUTPUT):
            self.notice.emit(SOUND_BACK)

    def _voice_unavailable(self, reason: str) -> None:
        # The engine may fail after the voice was turned off (it starts in the background): then the
        # reason is no news to anyone; ``status`` tells it once the voice is turned back on.
        if self._voice_on:
            self.notice.emit(reason)

    def _report_sound_problem(self, message: str) -> None:
        if self._sound_problem:
            return  # one notice is enough: the first problem explains the rest
        self._sound_problem = message
        self.notice.emit(message)
