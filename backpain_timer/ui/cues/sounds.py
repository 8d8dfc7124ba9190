"""Cue sounds through audio streams we control: one QAudioSink per sound, started afresh for each cue.

A fresh stream is heard sooner than QSoundEffect's long-lived one and keeps that lead for a whole session:
over 30 minutes on PulseAudio, against reference beeps from a separate process, a cue here was heard
+2.8 ms (first minute) and +4.0 ms (minute 30) from the reference, QSoundEffect's +19.0 and +21.7 ms
(``benchmarks/heard_cues.py``). The late drift once blamed on QSoundEffect (0.8 s after 16 minutes) was in
the recording: the null sink's monitor gains audio the wall clock does not have. The WAV files are read
with the standard library (the assets are plain 16-bit PCM) and kept in memory; QtMultimedia is imported
only when they load.
"""

from __future__ import annotations

import wave
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Signal
from shiboken6 import Shiboken

from backpain_timer.domain.cues import CueKind

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QAudioSink


def sound_file_name(kind: CueKind) -> str:
    return f"{kind.value.replace('_', '-')}.wav"


class _Sound:
    """One cue: its samples, a buffer over them and the sink that plays them."""

    def __init__(self, sink: QAudioSink | None, samples: QByteArray, parent: QObject) -> None:
        self.sink = sink
        self.samples = samples
        self.buffer = QBuffer(parent)
        self.buffer.setData(samples)

    def play(self, volume: float) -> None:
        if self.sink is None:
            return  # no audio output: the player shows the cue as a flash
        self.sink.stop()  # closes the previous stream, if this sound was still playing
        self.sink.setVolume(volume)
        self.buffer.close()
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.sink.start(self.buffer)


class CueSounds(QObject):
    """Loads every cue sound; ``play`` starts a fresh stream; ``problem(str)`` says why a sound cannot play."""

    problem = Signal(str)

    def __init__(self, sounds_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sounds_dir = sounds_dir
        self._sounds: dict[CueKind, _Sound] = {}
        self.volume = 1.0

    @property
    def loaded(self) -> bool:
        return bool(self._sounds)

    def load(self) -> None:
        from PySide6.QtMultimedia import QAudioFormat, QAudioSink, QMediaDevices

        device = QMediaDevices.defaultAudioOutput()
        for kind in CueKind:
            path = self.sounds_dir / sound_file_name(kind)
            if not path.is_file():
                self.problem.emit(
                    self.tr(
                        "No sound: the cue sound {path} is missing; reinstall Backpain Timer. "
                        "Cues show as a flash instead."
                    ).format(path=path)
                )
                continue
            try:
                with wave.open(str(path), "rb") as wav:
                    if wav.getsampwidth() != 2:
                        raise wave.Error("not 16-bit PCM")
                    audio_format = QAudioFormat()
                    audio_format.setSampleRate(wav.getframerate())
                    audio_format.setChannelCount(wav.getnchannels())
                    audio_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
                    samples = QByteArray(wav.readframes(wav.getnframes()))
            except (wave.Error, EOFError) as error:
                self.problem.emit(
                    self.tr(
                        "No sound: {file} cannot be played ({error}); reinstall Backpain Timer. "
                        "Cues show as a flash instead."
                    ).format(file=path.name, error=error)
                )
                continue
            sink = None if device.isNull() else QAudioSink(device, audio_format, self)
            self._sounds[kind] = _Sound(sink, samples, self)

    def play(self, kind: CueKind) -> None:
        sound = self._sounds.get(kind)
        if sound is not None:
            sound.play(self.volume)

    def stop(self) -> None:
        for sound in self._sounds.values():
            if sound.sink is not None:
                sound.sink.stop()

    def release(self) -> None:
        """Stop and let go of every stream and buffer now; a later ``load`` starts again."""
        sounds, self._sounds = self._sounds, {}
        for sound in sounds.values():
            # At once: the app may be about to quit, with no event loop to come.
            if sound.sink is not None:
                sound.sink.stop()
                Shiboken.delete(sound.sink)
            Shiboken.delete(sound.buffer)

    def forget(self) -> None:
        """The sound server is gone: drop the streams without stopping them (Qt would abort on them)."""
        self._sounds = {}
