"""The session D-Bus, for the parts that speak to the desktop through it (notifications, media keys)."""

from __future__ import annotations

from PySide6.QtDBus import QDBusConnection


def session_bus() -> QDBusConnection | None:
    """The session bus when there is one to talk to (none in a bare terminal or a container)."""
    bus = QDBusConnection.sessionBus()
    return bus if bus.isConnected() else None
