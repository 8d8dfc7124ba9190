"""The speech process: QTextToSpeech in a child of the app, spoken to through JSON lines on stdin/stdout.

A speech engine can hang for good (speech-dispatcher that cannot open audio waits forever, holding the
GIL): in a process of its own that hang cannot reach the app's GUI thread, and the app can kill it.

Started with ``--language CODE`` (the window's language), it speaks with a locale of that language: the
engine's own when it speaks it already, else the system's, else the language's main one (de → de_DE),
else any it has of that language; with none, it answers ``{"event": "no-voice", "language": code,
"engine": name}`` and ends — a foreign window is never talked over in English words.

Requests (one JSON object a line): ``{"op": "configure", "rate": r, "volume": v}``,
``{"op": "say", "id": n, "text": t}``, ``{"op": "stop"}``; end of input ends the process.
Answers: ``{"event": "ready", "engine": name, "locale": "de_DE", "voice": name}`` once the engine has
spoken a silent probe to its end (so an engine that cannot reach its audio never says it is ready),
``{"event": "failed", "reason": why}``,
``{"event": "configured", "rate": r, "volume": v}`` (as the engine took them), ``{"event": "said", "id": n}``
once ``say`` returned, and ``{"event": "speaking", "text": t}`` as the engine begins to speak it.

Self-contained (PySide6 only), so the app can run it by its file path. Run by hand:
``python speech_worker.py --engine mock --language en``, then type ``{"op": "say", "id": 1, "text": "hello"}``.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import signal
import sys
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QSocketNotifier
from PySide6.QtTextToSpeech import QTextToSpeech

PROBE_TEXT = "ok"
_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """Linux: the kernel kills this process when the app goes, even if the app was killed -9."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass  # not Linux: the app still closes our stdin or kills us when it quits


def _send(**answer: Any) -> None:
    sys.stdout.write(json.dumps(answer) + "\n")
    sys.stdout.flush()


def choose_locale(engine: QTextToSpeech, language: str) -> QLocale | None:
    """The engine's locale for ``language`` (a two-letter code), or None when it has no voice for it."""
    wanted = QLocale(language).language()
    current = engine.locale()
    if wanted is QLocale.Language.C:
        return None  # not a language (the pseudo-language): nothing can speak it
    if current.language() is wanted:
        return current
    if wanted is QLocale.Language.English and current.language() is QLocale.Language.C:
        return current  # the engine's own default (speech-dispatcher's is English), as before languages
    available = sorted(
        (found for found in engine.availableLocales() if found.language() is wanted), key=QLocale.name
    )
    for preferred in (QLocale.system(), QLocale(language)):
        match = next((found for found in available if found.name() == preferred.name()), None)
        if match is not None:
            return match
    return available[0] if available else None


class SpeechWorker(QObject):
    def __init__(self, engine_name: str | None, language: str | None, app: QCoreApplication) -> None:
        super().__init__()
        self._app = app
        self._buffer = b""
        self._text = ""
        self._probing = False
        self._volume = 1.0
        self.engine: QTextToSpeech | None = None
        self._create(engine_name, language)
        self._notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)

    def _create(self, engine_name: str | None, language: str | None) -> None:
        engines = QTextToSpeech.availableEngines()
        if not engines or (engine_name is not None and engine_name not in engines):
            _send(event="failed", reason=f"no speech engine ({engine_name or 'any'}) is installed for Qt")
            return
        engine = QTextToSpeech(engine_name, self) if engine_name else QTextToSpeech(self)
        if engine.state() is QTextToSpeech.State.Error:
            _send(event="failed", reason=f"the speech engine failed to start ({engine.errorString()})")
            return
        if language is not None:
            locale = choose_locale(engine, language)
            if locale is None:
                _send(event="no-voice", language=language, engine=engine.engine())
                return
            if locale != engine.locale():
                engine.setLocale(locale)
        self.engine = engine
        engine.aboutToSynthesize.connect(self._about_to_synthesize)
        engine.stateChanged.connect(self._state_changed)
        # The probe: silent, and "ready" only once it was spoken to its end. An engine that accepts text but
        # cannot open its audio never gets there, and the app's time box gives up on it.
        self._probing = True
        engine.setVolume(0.0)
        engine.say(PROBE_TEXT)

    def _state_changed(self, state: QTextToSpeech.State) -> None:
        assert self.engine is not None
        if state is QTextToSpeech.State.Error:
            _send(event="failed", reason=f"the speech engine failed ({self.engine.errorString()})")
            self._app.quit()
        elif self._probing and state is QTextToSpeech.State.Ready:
            self._probing = False
            self.engine.setVolume(self._volume)
            locale, voice = self.engine.locale().name(), self.engine.voice().name()
            _send(event="ready", engine=self.engine.engine(), locale=locale, voice=voice)

    def _about_to_synthesize(self, _utterance: int) -> None:
        if self._text:  # not the probe
            _send(event="speaking", text=self._text)

    def _read(self) -> None:
        chunk = os.read(sys.stdin.fileno(), 65536)
        if not chunk:
            self._notifier.setEnabled(False)
            self._app.quit()
            return
        self._buffer += chunk
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            if line.strip():
                self._handle(json.loads(line))

    def _handle(self, request: dict[str, Any]) -> None:
        engine, op = self.engine, request.get("op")
        if engine is None:
            return
        if op == "configure":
            self._volume = float(request["volume"])
            engine.setRate(float(request["rate"]))
            if not self._probing:
                engine.setVolume(self._volume)
            _send(event="configured", rate=engine.rate(), volume=self._volume)
        elif op == "say":
            self._text = str(request["text"])
            engine.setVolume(self._volume)
            engine.say(self._text)
            _send(event="said", id=request["id"])
        elif op == "stop":
            engine.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Backpain Timer's speech process")
    parser.add_argument("--engine", default=None, help="a QTextToSpeech engine name (default: Qt's choice)")
    parser.add_argument("--language", default=None, help="speak this language (a code: en, de, fr, es)")
    args = parser.parse_args(argv)
    _die_with_parent()
    app = QCoreApplication([sys.argv[0]])
    worker = SpeechWorker(args.engine, args.language, app)
    if worker.engine is None:
        return 1
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
