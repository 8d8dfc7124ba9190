"""Offline voice: QTextToSpeech living in its own thread, created on first need, given a few seconds to start.

A speech engine's constructor can block for seconds (or hang with no sound server), so it never runs on the
GUI thread: a worker QThread owns the engine, and ``say`` posts to it through a queued signal.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech

START_TIMEOUT_SECONDS = 3.0
SHUTDOWN_WAIT_MS = 2000
_INSTALL_HINT = "Debian: apt install speech-dispatcher espeak-ng"


class VoiceState(StrEnum):
    OFF = "off"  # no engine yet: nothing asked to speak
    STARTING = "starting"
    READY = "ready"
    UNAVAILABLE = "unavailable"


class _SpeechWorker(QObject):
    """Lives in the speech thread: creates the engine there and does all its speaking there."""

    created = Signal(bool, str)  # ok, engine name or why it failed
    speaking = Signal(str)  # the engine began to speak this text

    def __init__(self, engine: str | None) -> None:
        super().__init__()
        self.engine_name = engine
        self.engine: QTextToSpeech | None = None
        self._text = ""

    @Slot()
    def create(self) -> None:
        # Imported here: the module loads speech plugins, which the app must not pay for at start-up.
        from PySide6.QtTextToSpeech import QTextToSpeech

        engines = QTextToSpeech.availableEngines()
        if not engines or (self.engine_name is not None and self.engine_name not in engines):
            wanted = self.engine_name or "any"
            self.created.emit(False, f"no speech engine ({wanted}) is installed for Qt")
            return
        engine = QTextToSpeech(self.engine_name, self) if self.engine_name else QTextToSpeech(self)
        if engine.state() is QTextToSpeech.State.Error:
            self.created.emit(False, f"the speech engine failed to start ({engine.errorString()})")
            return
        # A method of this worker, not a lambda: it runs in this thread, right as the engine starts.
        engine.aboutToSynthesize.connect(self._about_to_synthesize)
        self.engine = engine
        self.created.emit(True, engine.engine())

    def _about_to_synthesize(self, _utterance: int) -> None:
        self.speaking.emit(self._text)

    @Slot(str)
    def say(self, text: str) -> None:
        if self.engine is not None:
            self._text = text
            self.engine.say(text)

    @Slot(float, float)
    def configure(self, rate: float, volume: float) -> None:
        if self.engine is not None:
            self.engine.setRate(rate)
            self.engine.setVolume(volume)

    @Slot()
    def stop(self) -> None:
        if self.engine is not None:
            self.engine.stop()


class Voice(QObject):
    """Speaks cue texts without ever blocking the caller; says once, plainly, when it cannot."""

    unavailable = Signal(str)  # emitted once: why there is no voice and how to get it
    speaking = Signal(str)  # the engine began to speak a text

    _post_create = Signal()
    _post_say = Signal(str)
    _post_configure = Signal(float, float)
    _post_stop = Signal()

    def __init__(
        self,
        engine: str | None = None,
        *,
        start_timeout_seconds: float = START_TIMEOUT_SECONDS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = VoiceState.OFF
        self.reason = ""
        self.engine_name = engine
        self._rate = 0.0
        self._volume = 1.0
        self._pending: str | None = None  # said while the engine was still starting; only the latest
        self._thread: QThread | None = None
        self._worker: _SpeechWorker | None = None
        self._timeout = QTimer(self)
        self._timeout.setSingleShot(True)
        self._timeout.setInterval(round(start_timeout_seconds * 1000))
        self._timeout.timeout.connect(self._start_timed_out)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    def start(self) -> None:
        """Bring the engine up in its thread (returns at once); ``say`` does this on first use."""
        if self.state is not VoiceState.OFF:
            return
        self.state = VoiceState.STARTING
        thread = QThread()
        thread.setObjectName("speech")
        worker = _SpeechWorker(self.engine_name)
        worker.moveToThread(thread)
        # Queued: the worker's slots run in the speech thread, in the order they were posted.
        self._post_create.connect(worker.create)
        self._post_say.connect(worker.say)
        self._post_configure.connect(worker.configure)
        self._post_stop.connect(worker.stop)
        worker.created.connect(self._on_created)
        worker.speaking.connect(self.speaking)
        thread.finished.connect(worker.deleteLater)
        self._thread, self._worker = thread, worker
        thread.start()
        self._post_create.emit()
        self._post_configure.emit(self._rate, self._volume)
        self._timeout.start()

    @property
    def engine(self) -> QTextToSpeech | None:
        """The engine once it is up; it lives in (and only ever runs on) the speech thread."""
        return self._worker.engine if self._worker is not None and self.state is VoiceState.READY else None

    def say(self, text: str) -> None:
        if self.state is VoiceState.UNAVAILABLE:
            return
        if self.state is not VoiceState.READY:
            self._pending = text
            self.start()
            return
        self._post_say.emit(text)

    def configure(self, rate: float, volume: float) -> None:
        """``rate`` -1 (slow) .. 1 (fast), ``volume`` 0..1."""
        self._rate, self._volume = rate, volume
        if self._thread is not None:
            self._post_configure.emit(rate, volume)

    def stop(self) -> None:
        self._pending = None
        if self.state is VoiceState.READY:
            self._post_stop.emit()

    @Slot()
    def shutdown(self) -> None:
        """Stop the speech thread and wait for it: before the app quits, and before this object goes
        (Qt aborts the process when a QThread is destroyed while it runs). Safe to call again; a later
        ``say`` starts a new thread."""
        self._timeout.stop()
        self._pending = None
        thread, self._thread = self._thread, None
        if thread is None:
            return
        self.state = VoiceState.OFF
        thread.quit()
        if not thread.wait(SHUTDOWN_WAIT_MS):
            # Only when the engine hung in its constructor: the thread never gets back to its event loop.
            thread.terminate()
            thread.wait()
        # Only now: dropping the last reference deletes the worker, which must not happen in mid-slot.
        self._worker = None

    @Slot(bool, str)
    def _on_created(self, ok: bool, detail: str) -> None:
        if self._thread is None:
            return  # sent just before a shutdown: that engine is gone
        self._timeout.stop()
        if not ok:
            self._give_up(f"No voice: {detail}. Sounds and the flash still work ({_INSTALL_HINT}).")
            return
        # A late start after the time-out is still welcome: the voice simply comes back.
        self.state = VoiceState.READY
        pending, self._pending = self._pending, None
        if pending is not None:
            self._post_say.emit(pending)

    @Slot()
    def _start_timed_out(self) -> None:
        if self.state is VoiceState.STARTING:
            seconds = self._timeout.interval() / 1000
            self._give_up(
                f"No voice: the speech engine did not start within {seconds:g} s. "
                f"Check that speech-dispatcher is running ({_INSTALL_HINT})."
            )

    def _give_up(self, reason: str) -> None:
        already_said = self.state is VoiceState.UNAVAILABLE
        self.state = VoiceState.UNAVAILABLE
        self._pending = None
        if not already_said:
            self.reason = reason
            self.unavailable.emit(reason)
