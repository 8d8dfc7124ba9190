"""Desktop notifications with actions: ``org.freedesktop.Notifications`` on the session D-Bus.

``Notifier`` is what the offer needs: ``notify(run_id, title, body)`` shows a notification with the
actions ``cool-down`` and ``later`` (False when nobody can show one) and ``action_invoked(run_id, key)``
follows a click. Tests pass a fake one; the app uses ``DBusNotifier``.
"""

from __future__ import annotations

from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, SLOT, QCoreApplication, QMetaObject, QObject, Qt, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusInterface

from backpain_timer.ui.translations import QT_TRANSLATE_NOOP

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
APP_NAME = "Backpain Timer"
APP_ICON = "backpain-timer"
COOL_DOWN_ACTION = "cool-down"
LATER_ACTION = "later"
# Key, label, key, label: the labels are shown in the window's language.
ACTIONS = (
    COOL_DOWN_ACTION,
    QT_TRANSLATE_NOOP("Notifier", "Cool down now"),
    LATER_ACTION,
    QT_TRANSLATE_NOOP("Notifier", "Later"),
)
# A notification server answers in milliseconds; one that hangs must not freeze the window for long.
CALL_TIMEOUT_MS = 300


def action_list() -> list[str]:
    """The actions as the server takes them: each key, then its label in the window's language."""
    return [
        QCoreApplication.translate("Notifier", text) if index % 2 else text
        for index, text in enumerate(ACTIONS)
    ]


class Notifier(QObject):
    """Shows notifications; ``action_invoked(run_id, action_key)`` when one of its actions is clicked."""

    action_invoked = Signal(int, str)

    def notify(self, run_id: int, title: str, body: str) -> bool:
        """Show the offer for ``run_id``; False when it cannot be shown (the caller then shows it itself)."""
        raise NotImplementedError


class DBusNotifier(Notifier):
    """Through the notification server on ``bus`` (None: no bus, so nothing is ever shown)."""

    def __init__(self, bus: QDBusConnection | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        self._interface: QDBusInterface | None = None
        self._runs: dict[int, int] = {}  # notification id → run id
        if bus is not None:
            bus.connect(SERVICE, PATH, SERVICE, "ActionInvoked", self, SLOT("_action(uint,QString)"))  # type: ignore[call-overload]  # str at run time

    def notify(self, run_id: int, title: str, body: str) -> bool:
        interface = self._server()
        if interface is None:
            return False
        # invokeMethod on the introspected interface: the only way from Python to send the uint
        # replaces_id that the Notify signature (susssasa{sv}i) requires.
        notification_id = QMetaObject.invokeMethod(
            interface,
            "Notify",
            Qt.ConnectionType.DirectConnection,
            Q_RETURN_ARG("uint"),
            Q_ARG(str, APP_NAME),
            Q_ARG("uint", 0),
            Q_ARG(str, APP_ICON),
            Q_ARG(str, title),
            Q_ARG(str, body),
            Q_ARG("QStringList", action_list()),
            Q_ARG("QVariantMap", {"desktop-entry": APP_ICON}),
            Q_ARG(int, -1),
        )
        if interface.lastError().isValid() or not isinstance(notification_id, int) or not notification_id:
            self._interface = None  # the server went away: look for it again next time
            return False
        self._runs[notification_id] = run_id
        return True

    def _server(self) -> QDBusInterface | None:
        if self._interface is None and self._bus is not None:
            interface = QDBusInterface(SERVICE, PATH, SERVICE, self._bus, self)
            interface.setTimeout(CALL_TIMEOUT_MS)
            self._interface = interface if interface.isValid() else None
        return self._interface

    @Slot("uint", str)
    def _action(self, notification_id: int, key: str) -> None:
        run_id = self._runs.pop(int(notification_id), None)
        if run_id is not None:
            self.action_invoked.emit(run_id, key)
