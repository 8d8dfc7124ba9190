"""The app's MPRIS player on a private session bus, driven as a desktop media widget drives it."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Slot
from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage, QDBusVariant
from pytestqt.qtbot import QtBot

from backpain_timer.domain.segment_words import segment_words
from backpain_timer.ui.main_window import MainWindow
from backpain_timer.ui.mpris import player as mpris_player
from backpain_timer.ui.mpris.int64 import int64
from backpain_timer.ui.mpris.player import OBJECT_PATH, SERVICE_NAME, MediaPlayer
from tests.helpers.fake_clock import FakeClock
from tests.helpers.short_session import SHORT_ROUTINE_ID, advance, controller, start_short

PLAYER = "org.mpris.MediaPlayer2.Player"
PROPERTIES = "org.freedesktop.DBus.Properties"

pytestmark = pytest.mark.skipif(
    shutil.which("dbus-daemon") is None or shutil.which("gdbus") is None,
    reason="dbus-daemon or gdbus is missing (Debian packages dbus, libglib2.0-bin): no private bus to test on",
)


@pytest.fixture
def bus_address() -> Iterator[str]:
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    yield address
    daemon.terminate()
    daemon.wait(timeout=10)
    daemon.stdout.close()


class Remote(QObject):
    """A media widget: its own connection to the bus, calling the player and hearing its signals."""

    def __init__(self, address: str) -> None:
        super().__init__()
        self.bus = QDBusConnection.connectToBus(address, "remote")
        assert self.bus.isConnected()
        self.changes: list[dict[str, object]] = []
        self.seeks: list[int] = []
        self.bus.connect(
            SERVICE_NAME,
            OBJECT_PATH,
            PROPERTIES,
            "PropertiesChanged",
            self,
            "1changed(QString,QVariantMap,QStringList)",  # PySide6 takes the SLOT() string as str
        )  # type: ignore[call-overload]
        self.bus.connect(SERVICE_NAME, OBJECT_PATH, PLAYER, "Seeked", self, "1seeked(QDBusMessage)")  # type: ignore[call-overload]

    @Slot(str, "QVariantMap", "QStringList")
    def changed(self, interface: str, changed: dict[str, object], _invalidated: list[str]) -> None:
        """What changed, by name (the value of a nested map, the Metadata, stays unread here)."""
        assert interface == PLAYER
        self.changes.append(changed)

    @Slot(QDBusMessage)
    def seeked(self, message: QDBusMessage) -> None:
        self.seeks.append(message.arguments()[0])

    def call(self, method: str, interface: str = PLAYER, *arguments: object) -> list[object]:
        """Call and wait, the app answering meanwhile (the same thread runs both ends)."""
        message = QDBusMessage.createMethodCall(SERVICE_NAME, OBJECT_PATH, interface, method)
        message.setArguments(list(arguments))
        reply = self.bus.call(message, QDBus.CallMode.BlockWithGui)
        assert reply.type() is QDBusMessage.MessageType.ReplyMessage, reply.errorMessage()
        return reply.arguments()

    def get(self, name: str, interface: str = PLAYER) -> object:
        value = self.call("Get", PROPERTIES, interface, name)[0]
        assert isinstance(value, QDBusVariant)
        return value.variant()


def gdbus_call(qtbot: QtBot, address: str, method: str, *arguments: str) -> str:
    """A Properties method's reply as ``gdbus`` prints it (PySide6 cannot read a nested a{sv}, nor tell an
    int64 from an int32); run beside the event loop, which must answer the call."""
    command = ["gdbus", "call", "--address", address, "--dest", SERVICE_NAME, "--object-path", OBJECT_PATH]
    command += ["--method", f"{PROPERTIES}.{method}", *arguments]
    with ThreadPoolExecutor(1) as pool:
        done = pool.submit(subprocess.run, command, capture_output=True, text=True, timeout=20)
        qtbot.waitUntil(done.done, timeout=20_000)
    result = done.result()
    assert result.returncode == 0, result.stderr
    return result.stdout


def gdbus_metadata(qtbot: QtBot, address: str) -> str:
    return gdbus_call(qtbot, address, "Get", PLAYER, "Metadata")


@pytest.fixture
def monitor(qtbot: QtBot, bus_address: str, tmp_path: Path, remote: Remote) -> Iterator[Path]:
    """A file where ``gdbus monitor`` writes the player's signals as it hears them (ready on return)."""
    heard = tmp_path / "signals.txt"
    with heard.open("w") as output:
        command = ["gdbus", "monitor", "--address", bus_address, "--dest", SERVICE_NAME]
        watcher = subprocess.Popen([*command, "--object-path", OBJECT_PATH], stdout=output, text=True)
    qtbot.waitUntil(lambda: "is owned by" in heard.read_text(), timeout=20_000)
    yield heard
    watcher.terminate()
    watcher.wait(timeout=10)


@pytest.fixture
def remote(window: MainWindow, bus_address: str) -> Iterator[Remote]:
    app_bus = QDBusConnection.connectToBus(bus_address, "app")
    player = MediaPlayer(window, app_bus)
    assert player.register() is None
    remote = Remote(bus_address)
    yield remote
    app_bus.unregisterObject(OBJECT_PATH)
    QDBusConnection.disconnectFromBus("remote")
    QDBusConnection.disconnectFromBus("app")


def test_the_player_says_who_it_is(remote: Remote) -> None:
    assert remote.get("Identity", "org.mpris.MediaPlayer2") == "Backpain Timer"
    assert remote.get("DesktopEntry", "org.mpris.MediaPlayer2") == "backpain-timer"
    assert remote.get("PlaybackStatus") == "Stopped"
    assert remote.get("CanControl") is True


def test_play_pause_pauses_and_resumes_the_session(
    window: MainWindow, remote: Remote, clock: FakeClock
) -> None:
    start_short(window)
    assert remote.get("PlaybackStatus") == "Playing"
    remote.call("PlayPause")
    assert remote.get("PlaybackStatus") == "Paused"
    clock.advance(60)  # time paused is not session time
    remote.call("PlayPause")
    assert remote.get("PlaybackStatus") == "Playing"
    assert controller(window).engine.active_seconds == 0.0


def test_next_skips_a_hold_and_says_the_position_moved(
    qtbot: QtBot, window: MainWindow, remote: Remote, clock: FakeClock, bus_address: str
) -> None:
    start_short(window)
    advance(window, clock, 3.5)  # into the first hold
    remote.call("Next")
    engine = controller(window).engine
    assert engine.holds_skipped == 1
    assert "'xesam:title': <'Switch sides · Thread the needle'>" in gdbus_metadata(qtbot, bus_address)
    qtbot.waitUntil(lambda: remote.seeks == [0])


def test_stop_ends_the_session_as_not_completed(window: MainWindow, remote: Remote, clock: FakeClock) -> None:
    start_short(window)
    advance(window, clock, 4)
    remote.call("Stop")
    assert controller(window).engine.state.value == "stopped"
    assert not controller(window).engine.completed
    assert remote.get("PlaybackStatus") == "Stopped"


def test_metadata_names_the_exercise_routine_and_picture(
    qtbot: QtBot, window: MainWindow, remote: Remote, clock: FakeClock, data_dir: Path, bus_address: str
) -> None:
    start_short(window)
    advance(window, clock, 3)
    engine = controller(window).engine
    assert engine.current_segment is not None
    title = segment_words(engine.plan, engine.current_segment).title
    assert title == "Hold · Thread the needle"
    metadata = gdbus_metadata(qtbot, bus_address)
    for entry in (
        f"'xesam:title': <'{title}'>",
        "'xesam:artist': <['Short test routine']>",
        "'xesam:album': <'Backpain Timer'>",
        "'mpris:length': <int64 5000000>",
        f"'mpris:trackid': <objectpath '/org/backpain_timer/segment/{engine.current_segment.index}'>",
    ):
        assert entry in metadata
    art_url = re.search(r"'mpris:artUrl': <'file://([^']+)'>", metadata)
    assert art_url is not None
    art = Path(art_url.group(1))
    assert art.is_relative_to(data_dir / "cache") and art.read_bytes().startswith(b"\x89PNG")
    advance(window, clock, 1.25)
    assert remote.get("Position") == 1_250_000


def test_lengths_and_positions_go_out_as_int64_so_widgets_can_show_them(
    qtbot: QtBot, window: MainWindow, remote: Remote, clock: FakeClock, bus_address: str, monitor: Path
) -> None:
    """MPRIS types them int64: playerctl and desktop widgets refuse an int32 length or position."""
    start_short(window)
    advance(window, clock, 3.5)  # into the first hold: 5 s long, 0.5 s in
    assert "'mpris:length': <int64 5000000>" in gdbus_metadata(qtbot, bus_address)
    assert gdbus_call(qtbot, bus_address, "Get", PLAYER, "Position") == "(<int64 500000>,)\n"
    every = gdbus_call(qtbot, bus_address, "GetAll", PLAYER)
    assert "'mpris:length': <int64 5000000>" in every and "'Position': <int64 500000>" in every
    remote.call("Next")
    qtbot.waitUntil(lambda: "Seeked (int64 0,)" in monitor.read_text())
    changes = [line for line in monitor.read_text().splitlines() if "PropertiesChanged" in line]
    lengths = [re.findall(r"'mpris:length': <([^>]*)>", line) for line in changes]
    assert [found for found in lengths if found] == [["int64 3000000"], ["int64 5000000"], ["int64 2000000"]]


def test_properties_changed_fires_at_a_segment_change_not_every_second(
    qtbot: QtBot, window: MainWindow, remote: Remote, clock: FakeClock
) -> None:
    start_short(window)
    qtbot.waitUntil(lambda: any(change.get("PlaybackStatus") == "Playing" for change in remote.changes))
    remote.changes.clear()
    advance(window, clock, 1)
    advance(window, clock, 1)
    advance(window, clock, 1)  # the get-ready ends: the first hold
    qtbot.waitUntil(lambda: len(remote.changes) == 1)
    assert set(remote.changes[0]) == {"Metadata"}  # the words: test_metadata_names_the_exercise...


def test_with_no_session_play_starts_the_selected_routine_with_the_check_in(
    window: MainWindow, remote: Remote
) -> None:
    assert window.home.select(SHORT_ROUTINE_ID)
    assert remote.get("CanPlay") is True
    remote.call("Play")
    assert window.stack.currentWidget() is window.before_view
    assert window.controller is None  # nothing runs before the check-in is answered
    assert remote.get("CanPlay") is False


def test_a_session_started_before_the_player_is_followed(
    window: MainWindow, bus_address: str, clock: FakeClock
) -> None:
    start_short(window)  # --start starts the session before the window is up and the player made
    app_bus = QDBusConnection.connectToBus(bus_address, "app")
    player = MediaPlayer(window, app_bus)
    assert player.state.status == "Playing"
    assert player.register() is None
    remote = Remote(bus_address)
    remote.call("Pause")
    assert controller(window).engine.state.value == "paused"
    del remote
    app_bus.unregisterObject(OBJECT_PATH)
    QDBusConnection.disconnectFromBus("remote")
    QDBusConnection.disconnectFromBus("app")


def test_without_a_session_bus_the_log_says_so_in_one_line(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(mpris_player, "session_bus", lambda: None)
    assert mpris_player.start_media_player(window) is None
    assert [record.getMessage() for record in caplog.records] == [
        "No D-Bus session bus: media keys and desktop media controls reach only the window."
    ]


def test_with_no_connection_to_answer_a_length_goes_out_as_a_plain_number() -> None:
    assert int64(QDBusConnection("never connected"), 7) == 7
