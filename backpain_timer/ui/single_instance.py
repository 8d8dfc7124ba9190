"""One window per data folder: a second start asks the running app to come to the front, then leaves.

The running app listens on a Unix socket named after the user and the data folder; connecting to it is
the request. Python's socket module and a QSocketNotifier serve it, so start-up loads neither QtNetwork
nor OpenSSL (which ``hashlib`` would); the socket module itself is imported only when a socket file is
there to ask, or when the shown window starts listening. Two apps on one data folder would not damage it (the history is
SQLite in WAL mode, files are saved atomically), so where there are no Unix sockets, or the socket cannot
be made, the app simply runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSocketNotifier, Signal

from backpain_timer.handover import (
    BACKGROUND_REQUEST,
    owned_socket,
    socket_path,
)

if TYPE_CHECKING:
    import socket

REQUEST_TIMEOUT_SECONDS = 0.05


class InstanceServer(QObject):
    """Listens for later starts on the same data folder; ``show_requested()`` for each."""

    show_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = socket_path(data_dir)
        self._server: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None

    def listen(self) -> bool:
        """Start listening; False when it cannot (the app then runs without it)."""
        if self.path is None:
            return False
        import socket

        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            try:
                server.bind(str(self.path))
            except OSError:
                if not owned_socket(self.path):
                    raise
                # Left behind by an app that crashed (a running one would have been asked to show).
                self.path.unlink()
                server.bind(str(self.path))
            self.path.chmod(0o600)
            server.listen()
            server.setblocking(False)
        except OSError:
            server.close()
            return False
        self._server = server
        self._notifier = QSocketNotifier(server.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept)
        return True

    def close(self) -> None:
        """Stop listening and remove the socket."""
        if self._server is None or self._notifier is None or self.path is None:
            return
        self._notifier.setEnabled(False)
        self._server.close()
        self._server = None
        self.path.unlink(missing_ok=True)

    def _accept(self) -> None:
        while self._server is not None:
            try:
                connection, _address = self._server.accept()
            except OSError:  # no more waiting (BlockingIOError), or closed meanwhile
                return
            # The asking app hangs up at once (connecting was the request to show), or first says it
            # starts in the background (it then only needed to know that this app runs).
            connection.settimeout(REQUEST_TIMEOUT_SECONDS)
            try:
                request = connection.recv(len(BACKGROUND_REQUEST))
            except OSError:
                request = b""
            connection.close()
            if request != BACKGROUND_REQUEST:
                self.show_requested.emit()
