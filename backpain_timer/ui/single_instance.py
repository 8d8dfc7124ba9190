"""One window per data folder: a second start asks the running app to come to the front, then leaves.

Two apps on one data folder would not damage it (the history is SQLite in WAL mode, files are saved
atomically), so when the local server cannot be made the app simply runs.
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_TIMEOUT_MS = 500
_SHOW = b"show\n"


def server_name(data_dir: Path) -> str:
    """A local socket name for this user and data folder (a hash: paths can be long or odd)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password database
        user = ""
    key = f"{user}\0{data_dir.expanduser().resolve()}"
    return f"backpain-timer-{hashlib.sha256(key.encode()).hexdigest()[:20]}"


def ask_running_app_to_show(data_dir: Path) -> bool:
    """True when an app on ``data_dir`` is running and was asked to show its window."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    socket.write(_SHOW)
    socket.flush()
    if socket.state() is QLocalSocket.LocalSocketState.ConnectedState:
        socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
        socket.disconnectFromServer()
    if socket.state() is not QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(CONNECT_TIMEOUT_MS)
    return True


class InstanceServer(QObject):
    """Listens for later starts on the same data folder; ``show_requested()`` for each."""

    show_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._connected)
        self.name = server_name(data_dir)

    def listen(self) -> bool:
        """Start listening; False when it cannot (the app then runs without it)."""
        if self.server.listen(self.name):
            return True
        # Left behind by an app that crashed: nobody answered on it, so it can go.
        QLocalServer.removeServer(self.name)
        return self.server.listen(self.name)

    def _connected(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.disconnected.connect(socket.deleteLater)  # the asking app hangs up once it has asked
            self.show_requested.emit()
