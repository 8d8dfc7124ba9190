"""The desktop notification through org.freedesktop.Notifications, on a private bus the test starts."""

from __future__ import annotations

import json

import pytest
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from backpain_timer.ui.runs.notifier import ACTIONS, DBusNotifier
from tests.helpers.notification_server import has_dbus_daemon, notification_server, private_bus

pytestmark = pytest.mark.skipif(
    not has_dbus_daemon(), reason="dbus-daemon is missing (tools/system-deps.sh test installs it)"
)


def test_the_notification_shows_the_offer_and_its_click_comes_back(qtbot: QtBot) -> None:
    with private_bus() as address, notification_server(address) as server:
        assert server.stdin is not None and server.stdout is not None
        notifier = DBusNotifier(QDBusConnection.connectToBus(address, "test-client"))
        assert notifier.notify(7, "6.0 km run finished 12 min ago", "Cool down now? 6:30")
        shown = json.loads(server.stdout.readline())
        assert (shown["app"], shown["title"], shown["body"], tuple(shown["actions"])) == (
            "Backpain Timer",
            "6.0 km run finished 12 min ago",
            "Cool down now? 6:30",
            ACTIONS,
        )
        with qtbot.waitSignal(notifier.action_invoked, timeout=5000) as clicked:
            server.stdin.write(f"invoke {shown['id']} cool-down\n")
            server.stdin.flush()
        assert clicked.args == [7, "cool-down"]


def test_without_a_server_nothing_is_shown() -> None:
    with private_bus() as address:
        assert not DBusNotifier(QDBusConnection.connectToBus(address, "lonely")).notify(7, "t", "b")
    assert not DBusNotifier(None).notify(7, "t", "b")
