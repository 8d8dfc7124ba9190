"""The two MPRIS interfaces as QtDBus adaptors: they read from and call the ``MediaPlayer`` they serve.

QtDBus exports their properties (Get, GetAll), slots (methods) and signals; PropertiesChanged is sent by
the player, which knows when something changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import ClassInfo, Property, Signal, Slot
from PySide6.QtDBus import QDBusAbstractAdaptor, QDBusConnection, QDBusObjectPath

from backpain_timer.domain.media_state import INT64_KEYS, OBJECT_PATH_KEYS
from backpain_timer.ui.mpris.int64 import int64

if TYPE_CHECKING:
    from backpain_timer.ui.mpris.player import MediaPlayer

ROOT_INTERFACE = "org.mpris.MediaPlayer2"
PLAYER_INTERFACE = "org.mpris.MediaPlayer2.Player"
IDENTITY = "Backpain Timer"
DESKTOP_ENTRY = "backpain-timer"


def dbus_metadata(metadata: dict[str, object], bus: QDBusConnection) -> dict[str, object]:
    """Metadata for ``bus`` with its object paths and int64s typed as such (plain Python values would go
    out as a string and an int32)."""
    typed = dict(metadata)
    for key, value in metadata.items():
        if key in OBJECT_PATH_KEYS:
            typed[key] = QDBusObjectPath(str(value))
        elif key in INT64_KEYS and isinstance(value, int):
            typed[key] = int64(bus, value)
    return typed


def _constant(value: object, kind: type | str = bool) -> Property:
    # A Qt type name ("QStringList", "qlonglong") sets the D-Bus type; PySide6's stubs know only classes.
    return Property(kind, lambda _self: value, constant=True)  # type: ignore[arg-type]


@ClassInfo({"D-Bus Interface": ROOT_INTERFACE})  # type: ignore[call-arg]  # the stubs miss the dict form
class RootAdaptor(QDBusAbstractAdaptor):  # type: ignore[operator]
    def __init__(self, player: MediaPlayer) -> None:
        super().__init__(player)
        self._player = player

    Identity = _constant(IDENTITY, str)
    DesktopEntry = _constant(DESKTOP_ENTRY, str)
    CanQuit = _constant(True)
    CanRaise = _constant(True)
    CanSetFullscreen = _constant(False)
    Fullscreen = _constant(False)
    HasTrackList = _constant(False)
    SupportedUriSchemes = _constant([], "QStringList")
    SupportedMimeTypes = _constant([], "QStringList")

    @Slot()
    def Raise(self) -> None:
        self._player.raise_window()

    @Slot()
    def Quit(self) -> None:
        self._player.quit()


@ClassInfo({"D-Bus Interface": PLAYER_INTERFACE})  # type: ignore[call-arg]  # the stubs miss the dict form
class PlayerAdaptor(QDBusAbstractAdaptor):  # type: ignore[operator]
    Seeked = Signal("qlonglong")  # type: ignore[arg-type]

    def __init__(self, player: MediaPlayer) -> None:
        super().__init__(player)
        self._player = player

    def _status(self) -> str:
        return self._player.state.status

    def _metadata(self) -> dict[str, object]:
        return self._player.metadata

    def _position(self) -> int:
        return self._player.position_us()

    def _can_play(self) -> bool:
        return self._player.state.can_play

    def _can_pause(self) -> bool:
        return self._player.state.can_pause

    def _can_go_next(self) -> bool:
        return self._player.state.can_go_next

    def _can_go_previous(self) -> bool:
        return self._player.state.can_go_previous

    PlaybackStatus = Property(str, _status)
    Metadata = Property("QVariantMap", _metadata)  # type: ignore[arg-type]
    Position = Property("qlonglong", _position)  # type: ignore[arg-type]
    CanPlay = Property(bool, _can_play)
    CanPause = Property(bool, _can_pause)
    CanGoNext = Property(bool, _can_go_next)
    CanGoPrevious = Property(bool, _can_go_previous)
    CanControl = _constant(True)
    CanSeek = _constant(False)
    Rate = _constant(1.0, float)
    MinimumRate = _constant(1.0, float)
    MaximumRate = _constant(1.0, float)
    Volume = _constant(1.0, float)

    @Slot()
    def PlayPause(self) -> None:
        self._player.play_pause()

    @Slot()
    def Play(self) -> None:
        self._player.play()

    @Slot()
    def Pause(self) -> None:
        self._player.pause()

    @Slot()
    def Next(self) -> None:
        self._player.next()

    @Slot()
    def Previous(self) -> None:
        self._player.previous()

    @Slot()
    def Stop(self) -> None:
        self._player.stop()

    @Slot("qlonglong")
    def Seek(self, _offset: int) -> None:  # CanSeek is false: nothing moves
        return

    @Slot(QDBusObjectPath, "qlonglong")
    def SetPosition(self, _track: QDBusObjectPath, _position: int) -> None:
        return

    @Slot(str)
    def OpenUri(self, _uri: str) -> None:
        return
