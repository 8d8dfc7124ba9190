"""Is the sound server still there? Qt's PulseAudio backend never says when it goes (its outputs stay
listed, a playing stream stays "active"), and the next stream it opens aborts the whole process (an
assertion in libpulse). So the player asks the server's socket itself: a connect to a Unix socket answers
at once, yes or no, without blocking. PipeWire serves the same socket."""

from __future__ import annotations

import os
import socket
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

CHECK_INTERVAL_MS = 1000


def pulse_socket(environ: dict[str, str] | None = None) -> Path | None:
    """Where libpulse would connect: ``PULSE_SERVER`` (a ``unix:`` one), else ``$XDG_RUNTIME_DIR/pulse/native``.
    None when the server is not a local PulseAudio/PipeWire one (then there is nothing to watch)."""
    env = os.environ if environ is None else environ
    server = env.get("PULSE_SERVER", "")
    if server:
        return Path(server.removeprefix("unix:")) if server.startswith(("unix:", "/")) else None
    runtime = env.get("XDG_RUNTIME_DIR")
    return Path(runtime) / "pulse" / "native" if runtime else None


def server_answers(path: Path) -> bool:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        probe.setblocking(False)
        try:
            probe.connect(str(path))
        except BlockingIOError:
            return True  # listening, only busy
        except OSError:
            return False
    return True


class SoundServerWatch(QObject):
    """Checks the server once a second while started; ``lost`` when it stops answering, ``back`` when it
    answers again."""

    lost = Signal()
    back = Signal()

    def __init__(self, path: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.present = path is None or server_answers(path)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        if self.path is not None:
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def check(self) -> bool:
        """Whether the server answers now (signalling a change); True when there is nothing to watch."""
        if self.path is None:
            return True
        present = server_answers(self.path)
        if present != self.present:
            self.present = present
            (self.back if present else self.lost).emit()
        return present
