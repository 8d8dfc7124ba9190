"""A stand-in desktop notification server for tests and for trying the app for real.

``python -m tests.helpers.notification_server ADDRESS`` owns ``org.freedesktop.Notifications`` on the bus
at ADDRESS (None: the session bus), prints ``ready``, then one JSON line per Notify call (with the time it
came, ``time.time()``); a line ``invoke ID KEY`` on its stdin emits ActionInvoked(ID, KEY).
``private_bus()`` starts a bus of the test's own with ``dbus-daemon``.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, QSocketNotifier, Signal, Slot
from PySide6.QtDBus import QDBusConnection

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


@ClassInfo({"D-Bus Interface": SERVICE})  # type: ignore[call-arg]  # else signals go out under a name made from the class
class Server(QObject):  # type: ignore[operator]
    ActionInvoked = Signal("uint", str)  # type: ignore[arg-type]  # D-Bus wants u

    def __init__(self) -> None:
        super().__init__()
        self.last_id = 0

    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(self, app, replaces, icon, title, body, actions, hints, timeout):
        self.last_id += 1
        call = {"id": self.last_id, "app": app, "title": title, "body": body, "actions": list(actions)}
        print(json.dumps({**call, "time": time.time()}), flush=True)
        return self.last_id

    @Slot(result="QStringList")
    def GetCapabilities(self):
        return ["actions", "body"]

    def command(self, line: str) -> None:
        match line.split():
            case ["invoke", notification_id, key]:
                self.ActionInvoked.emit(int(notification_id), key)


def main(address: str | None) -> int:
    app = QCoreApplication([])
    bus = QDBusConnection.connectToBus(address, "notifications") if address else QDBusConnection.sessionBus()
    server = Server()
    options = QDBusConnection.RegisterOption.ExportAllSlots | QDBusConnection.RegisterOption.ExportAllSignals
    if not (bus.registerObject(PATH, SERVICE, server, options) and bus.registerService(SERVICE)):
        print(f"cannot own {SERVICE}: {bus.lastError().message()}", file=sys.stderr)
        return 1
    stdin = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)

    def read_command() -> None:
        line = sys.stdin.readline()
        if not line:
            app.quit()
        server.command(line)

    stdin.activated.connect(read_command)
    print("ready", flush=True)
    return app.exec()


@contextmanager
def private_bus() -> Iterator[str]:
    """A session bus of the test's own; yields its address."""
    with subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # a note that it cannot raise its file limit, in containers
        text=True,
    ) as daemon:
        try:
            assert daemon.stdout is not None
            yield daemon.stdout.readline().strip()
        finally:
            daemon.terminate()


@contextmanager
def notification_server(address: str) -> Iterator[subprocess.Popen[str]]:
    """The server above in a process of its own (a blocking call to the same thread would wait forever)."""
    with subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.notification_server", address],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as server:
        try:
            assert server.stdout is not None
            assert server.stdout.readline().strip() == "ready"
            yield server
        finally:
            server.kill()


def has_dbus_daemon() -> bool:
    return shutil.which("dbus-daemon") is not None


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else None))
