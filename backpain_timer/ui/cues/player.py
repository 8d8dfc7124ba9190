"""Sound and voice behind one small protocol: the real Qt player, a silent one and a recording one for tests.

The Qt player imports QtMultimedia only when it first loads its sounds, never at app start-up, and
degrades instead of failing: with no audio device every cue falls back to the visual flash, and the
``notice`` signal says once, plainly, why there is no sound and how to get it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QUrl, Signal
from shiboken6 import Shiboken

from backpain_timer.domain.cues import CueKind
from backpain_timer.resources import assets_dir
from backpain_timer.storage.settings import Settings
from backpain_timer.ui.cues.voice import Voice, VoiceState

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect

# One line in the status bar: short enough to be read whole in a small window. Qt's audio backend does
# not connect to a sound server started after it (measured with PulseAudio): hence the restart.
NO_AUDIO_OUTPUT = (
    "No sound: no audio output. Start PulseAudio or PipeWire, then restart the app; cues flash instead."
)


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


def sound_file_name(kind: CueKind) -> str:
    return f"{kind.value.replace('_', '-')}.wav"


class NullCuePlayer:
    """Plays nothing: for a session with no audio at all (cues then show only as the flash)."""

    status = "Sound off"
    can_play = False
    can_say = False

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
    """QSoundEffect per cue sound (preloaded, so a cue plays within a few ms) and the threaded ``Voice``."""

    notice = Signal(str)  # a plain sentence for the status bar, emitted once per problem

    def __init__(
        self,
        sounds_dir: Path | None = None,
        *,
        voice_engine: str | None = None,
        voice_start_timeout_seconds: float = 3.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.sounds_dir = sounds_dir or assets_dir() / "sounds"
        self.voice = Voice(voice_engine, start_timeout_seconds=voice_start_timeout_seconds, parent=self)
        self.voice.unavailable.connect(self._voice_unavailable)
        self._effects: dict[CueKind, QSoundEffect] | None = None
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
        return not self._sound_problem

    @property
    def can_say(self) -> bool:
        return self._voice_on and self.voice.state is not VoiceState.UNAVAILABLE

    def play(self, kind: CueKind) -> None:
        self.preload()
        assert self._effects is not None
        effect = self._effects.get(kind)
        if effect is not None and not self._sound_problem:
            effect.play()

    def say(self, text: str) -> None:
        if self._voice_on:
            self.voice.say(text)

    def stop(self) -> None:
        for effect in (self._effects or {}).values():
            effect.stop()
        self.voice.stop()

    def configure(self, settings: Settings) -> None:
        self._sound_on = settings.sound
        self._volume = settings.volume
        for effect in (self._effects or {}).values():
            effect.setVolume(self._linear_volume())
        self._voice_on = settings.voice
        self.voice.configure(settings.voice_rate, settings.volume)
        if settings.voice:
            self.voice.start()  # warm up now, so the first cue is not the one waiting for the engine

    # --- loading ------------------------------------------------------------------------------------

    def preload(self) -> None:
        """Load every sound now (returns at once; loading finishes in the background)."""
        if self._effects is not None:
            return
        from PySide6.QtMultimedia import QSoundEffect

        self._effects = {}
        for kind in CueKind:
            path = self.sounds_dir / sound_file_name(kind)
            if not path.is_file():
                self._report_sound_problem(
                    f"No sound: the cue sound {path} is missing; reinstall Backpain Timer. "
                    "Cues show as a flash instead."
                )
                continue
            effect = QSoundEffect(self)
            effect.setVolume(self._linear_volume())
            # A method of this player, not a closure over it: a closure held by its own child's signal
            # would keep player and effects alive until the interpreter exits, after the QApplication.
            effect.statusChanged.connect(self._status_changed)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            self._effects[kind] = effect

    def shutdown(self) -> None:
        """Stop, let go of the sounds now (a later ``play`` loads them again) and stop the voice's thread.
        Safe to call again."""
        effects, self._effects = self._effects or {}, None
        for effect in effects.values():
            effect.stop()
            Shiboken.delete(effect)  # at once: the app may be about to quit, with no event loop to come
        self.voice.shutdown()

    def _linear_volume(self) -> float:
        """The slider is in loudness steps; QSoundEffect wants a linear gain."""
        from PySide6.QtMultimedia import QtAudio

        scale = QtAudio.VolumeScale
        return QtAudio.convertVolume(self._volume, scale.LogarithmicVolumeScale, scale.LinearVolumeScale)

    def _status_changed(self) -> None:
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

        # The sender, not the stored effect: the status can change inside setSource, before it is stored.
        effect = self.sender()
        if not isinstance(effect, QSoundEffect) or effect.status() is not QSoundEffect.Status.Error:
            return
        path = Path(effect.source().toLocalFile())
        if not QMediaDevices.audioOutputs():
            self._report_sound_problem(NO_AUDIO_OUTPUT)
            return
        self._report_sound_problem(
            f"No sound: {path.name} cannot be played here; reinstall Backpain Timer. Cues flash instead."
        )

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
