"""The session D-Bus, when there is one: desktops without it simply go without what it offers."""

from __future__ import annotations

from PySide6.QtDBus import QDBusConnection


def session_bus() -> QDBusConnection | None:
    """The connected session bus, or None (no D-Bus session: a container, a bare X server, Windows)."""
    bus = QDBusConnection.sessionBus()
    return bus if bus.isConnected() else None
