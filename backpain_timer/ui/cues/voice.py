"""Offline voice: QTextToSpeech in a speech process of its own (``speech_worker.py``), under time boxes.

A speech engine can hang for good — speech-dispatcher that cannot open its audio waits with no timeout,
holding the GIL — so the engine never runs in the app's process: a child process owns it, and the app talks
to it through pipes that never block. The engine must come up (and speak a silent probe to its end) within
the start time box, and answer every request within the answer time box; when it does not, the voice is
given up for this run, the process is killed, and ``unavailable`` says so once. Sounds and the flash go on.

The voice speaks the window's language (``language``, a domain.language code). When the engine has no
voice for it, or it is the pseudo-language, the voice is unavailable for this run: the cues, already
translated, are never read out by an English voice.
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QProcess, QTimer, Signal, Slot

from backpain_timer.domain.language import ENGLISH, PSEUDO

START_TIMEOUT_SECONDS = 5.0  # a new Python process, Qt's speech plugin and the probe
ANSWER_TIMEOUT_SECONDS = 2.0  # a say() call that has not returned by then has hung
SHUTDOWN_WAIT_MS = 300  # for the process to end on its own once its input is closed; then it is killed
_INSTALL_HINT = "Debian: apt install speech-dispatcher espeak-ng"
_VOICES_HINT = "Debian: apt install speech-dispatcher-espeak-ng"
WORKER_SCRIPT = Path(__file__).with_name("speech_worker.py")


class VoiceState(StrEnum):
    OFF = "off"  # no engine yet: nothing asked to speak
    STARTING = "starting"
    READY = "ready"
    UNAVAILABLE = "unavailable"


def worker_command(engine: str | None, language: str = ENGLISH) -> list[str]:
    engine_option = ["--engine", engine] if engine else []
    return [sys.executable, str(WORKER_SCRIPT), *engine_option, "--language", language]


class Voice(QObject):
    """Speaks cue texts without ever blocking the caller; says once, plainly, when it cannot."""

    unavailable = Signal(str)  # emitted once: why there is no voice and how to get it
    speaking = Signal(str)  # the engine began to speak a text
    configured = Signal(float, float)  # rate and volume, as the engine took them

    def __init__(
        self,
        engine: str | None = None,
        *,
        language: str = ENGLISH,
        start_timeout_seconds: float = START_TIMEOUT_SECONDS,
        answer_timeout_seconds: float = ANSWER_TIMEOUT_SECONDS,
        command: list[str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = VoiceState.OFF
        self.reason = ""
        self.engine_name = engine
        self.language = language
        self.engine_in_use = ""  # the engine's own name, once it is ready
        self.locale_in_use = ""  # the locale it speaks ("de_DE"), once it is ready
        self._command = command or worker_command(engine, language)
        self._rate = 0.0
        self._volume = 1.0
        self._pending: str | None = None  # said while the engine was still starting; only the latest
        self._process: QProcess | None = None
        self._output = b""
        self._next_id = 0
        self._unanswered: set[int] = set()
        self._start_timeout = self._single_shot(start_timeout_seconds, self._start_timed_out)
        self._answer_timeout = self._single_shot(answer_timeout_seconds, self._answer_timed_out)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    def _single_shot(self, seconds: float, slot: Any) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(round(seconds * 1000))
        timer.timeout.connect(slot)
        return timer

    @property
    def process_id(self) -> int:
        """The speech process's id (0 when there is none)."""
        return self._process.processId() if self._process is not None else 0

    def start(self) -> None:
        """Start the speech process (returns at once); ``say`` does this on first use."""
        if self.state is not VoiceState.OFF:
            return
        if self.language == PSEUDO:
            self._give_up(self._no_voice_reason())
            return
        self.state = VoiceState.STARTING
        process = QProcess(self)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        process.readyReadStandardOutput.connect(self._read)
        process.errorOccurred.connect(self._process_failed)
        process.finished.connect(self._process_finished)
        self._process, self._output, self._unanswered = process, b"", set()
        process.start(self._command[0], self._command[1:])
        self._send(op="configure", rate=self._rate, volume=self._volume)
        self._start_timeout.start()

    def say(self, text: str) -> None:
        if self.state is VoiceState.UNAVAILABLE:
            return
        if self.state is not VoiceState.READY:
            self._pending = text
            self.start()
            return
        self._next_id += 1
        self._unanswered.add(self._next_id)
        self._send(op="say", id=self._next_id, text=text)
        if not self._answer_timeout.isActive():
            self._answer_timeout.start()

    def configure(self, rate: float, volume: float) -> None:
        """``rate`` -1 (slow) .. 1 (fast), ``volume`` 0..1 (the engine's own scale)."""
        self._rate, self._volume = rate, volume
        if self._process is not None:
            self._send(op="configure", rate=rate, volume=volume)

    def stop(self) -> None:
        self._pending = None
        if self.state is VoiceState.READY:
            self._send(op="stop")

    @Slot()
    def shutdown(self) -> None:
        """End the speech process (politely, then by force) and wait for it: nothing of ours stays behind.
        Safe to call again; a later ``say`` starts a new process."""
        self._pending = None
        if self.state is not VoiceState.UNAVAILABLE:
            self.state = VoiceState.OFF
        self._end_process(wait_ms=SHUTDOWN_WAIT_MS)

    # --- the process ----------------------------------------------------------------------------------

    def _send(self, **request: Any) -> None:
        if self._process is not None:
            self._process.write((json.dumps(request) + "\n").encode())

    def _end_process(self, *, wait_ms: int) -> None:
        self._start_timeout.stop()
        self._answer_timeout.stop()
        process, self._process = self._process, None
        if process is None:
            return
        for signal in (process.readyReadStandardOutput, process.errorOccurred, process.finished):
            signal.disconnect()
        if process.state() is not QProcess.ProcessState.NotRunning:
            process.closeWriteChannel()  # end of input: the worker quits on its own when it is not hung
            if wait_ms <= 0 or not process.waitForFinished(wait_ms):
                process.kill()
                process.waitForFinished(1000)
        process.deleteLater()

    @Slot()
    def _read(self) -> None:
        if self._process is None:
            return
        self._output += bytes(self._process.readAllStandardOutput().data())
        *lines, self._output = self._output.split(b"\n")
        for line in lines:
            try:
                answer = json.loads(line)
            except ValueError:
                continue  # not ours (a library printing to stdout): ignore
            if isinstance(answer, dict):
                self._handle(answer)

    def _handle(self, answer: dict[str, Any]) -> None:
        event = answer.get("event")
        if event == "ready":
            self._start_timeout.stop()
            if self.state is not VoiceState.STARTING:
                return
            self.state = VoiceState.READY
            self.engine_in_use = str(answer.get("engine", ""))
            self.locale_in_use = str(answer.get("locale", ""))
            pending, self._pending = self._pending, None
            if pending is not None:
                self.say(pending)
        elif event == "failed":
            self._give_up(
                self.tr("No voice: {reason}. Sounds and the flash still work ({hint}).").format(
                    reason=answer.get("reason"), hint=_INSTALL_HINT
                )
            )
        elif event == "no-voice":
            self._give_up(self._no_voice_reason())
        elif event == "said":
            self._unanswered.discard(answer.get("id", -1))
            if not self._unanswered:
                self._answer_timeout.stop()
        elif event == "speaking":
            self.speaking.emit(str(answer.get("text", "")))
        elif event == "configured":
            self.configured.emit(float(answer["rate"]), float(answer["volume"]))

    @Slot()
    def _start_timed_out(self) -> None:
        if self.state is VoiceState.STARTING:
            seconds = self._start_timeout.interval() / 1000
            self._give_up(
                self.tr(
                    "No voice: the speech engine did not start within {seconds} s. "
                    "Check that speech-dispatcher is running and can play sound ({hint})."
                ).format(seconds=f"{seconds:g}", hint=_INSTALL_HINT)
            )

    @Slot()
    def _answer_timed_out(self) -> None:
        if self._unanswered:
            seconds = self._answer_timeout.interval() / 1000
            self._give_up(
                self.tr(
                    "No voice: the speech engine stopped answering (nothing for {seconds} s). "
                    "Sounds and the flash still work; restart the app to try the voice again."
                ).format(seconds=f"{seconds:g}")
            )

    @Slot(QProcess.ProcessError)
    def _process_failed(self, error: QProcess.ProcessError) -> None:
        if error is QProcess.ProcessError.FailedToStart:
            self._give_up(
                self.tr("No voice: the speech process could not start ({program}).").format(
                    program=self._command[0]
                )
            )

    @Slot()
    def _process_finished(self) -> None:
        self._read()  # its last words may say why
        if self.state in (VoiceState.STARTING, VoiceState.READY):
            self._give_up(
                self.tr("No voice: the speech process ended unexpectedly ({hint}).").format(
                    hint=_INSTALL_HINT
                )
            )

    def _no_voice_reason(self) -> str:
        """Why the voice is silent in this language; whole sentences, so that translators can make the
        language's name agree with its words."""
        if self.language == PSEUDO:
            return self.tr("No voice: the pseudo-language has no voice. Sounds and the flash still work.")
        missing = {
            "en": self.tr("No voice: no English voice is installed, so the cues are not spoken."),
            "de": self.tr("No voice: no German voice is installed, so the cues are not spoken."),
            "fr": self.tr("No voice: no French voice is installed, so the cues are not spoken."),
            "es": self.tr("No voice: no Spanish voice is installed, so the cues are not spoken."),
        }.get(self.language)
        if missing is None:
            missing = self.tr("No voice: no voice for “{language}” is installed, so the cues are not spoken.")
        advice = self.tr(
            "Sounds and the flash still work. Install speech-dispatcher's espeak-ng voices ({hint}), "
            "then restart the app."
        )
        return f"{missing.format(language=self.language)} {advice.format(hint=_VOICES_HINT)}"

    def _give_up(self, reason: str) -> None:
        already_said = self.state is VoiceState.UNAVAILABLE
        self.state = VoiceState.UNAVAILABLE
        self._pending = None
        self._end_process(wait_ms=0)  # a hung engine does not read its input: kill it at once
        if not already_said:
            self.reason = reason
            self.unavailable.emit(reason)
