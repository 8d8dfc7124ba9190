"""The app's MPRIS player: it follows the main window's sessions and drives them like the keys do.

Play and PlayPause with no session running start the routine selected on the home page, through the
window's normal start (the check-in included). PropertiesChanged goes out when what a widget shows
changes (a new segment, pause, resume, the end), never for the clock alone; Seeked when a skip or a
step back moves the position.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QMetaType, QObject
from PySide6.QtDBus import QDBusArgument, QDBusConnection, QDBusMessage

from backpain_timer.domain.events import Event
from backpain_timer.domain.media_state import MediaState, exercise_image, jumped, media_state, microseconds
from backpain_timer.domain.session import SessionEngine, SessionState
from backpain_timer.ui.dbus import session_bus
from backpain_timer.ui.mpris.adaptor import PLAYER_INTERFACE, PlayerAdaptor, RootAdaptor, dbus_metadata
from backpain_timer.ui.mpris.art import art_url

if TYPE_CHECKING:
    from backpain_timer.ui.main_window import MainWindow
    from backpain_timer.ui.session.controller import SessionController

SERVICE_NAME = "org.mpris.MediaPlayer2.backpain_timer"
OBJECT_PATH = "/org/mpris/MediaPlayer2"
ART_CACHE = "media-art"
_ACTIVE = (SessionState.RUNNING, SessionState.PAUSED)
log = logging.getLogger(__name__)


class MediaPlayer(QObject):
    """Serves ``window``'s sessions at ``OBJECT_PATH`` on ``bus`` (``register`` claims the name)."""

    def __init__(self, window: MainWindow, bus: QDBusConnection) -> None:
        super().__init__(window)
        self._window = window
        self._bus = bus
        self._controller: SessionController | None = None
        self._pending: list[Event] = []  # since the last publish
        self._index_before: int | None = None  # the segment the last publish showed
        self._art_cache = window.library.data.cache_dir / ART_CACHE
        self.state = MediaState()
        RootAdaptor(self)
        self._adaptor = PlayerAdaptor(self)
        window.session_started.connect(self.attach)
        window.home.current_changed.connect(self.publish)
        window.stack.currentChanged.connect(self.publish)
        self.state = self._current()
        self.metadata = dbus_metadata(self.state.metadata, bus)  # as Get and PropertiesChanged send it
        if window.controller is not None:  # a session started before the player (--start)
            self.attach(window.controller)

    def register(self) -> str | None:
        """Export the player and take its bus name; None, or why that failed (one sentence)."""
        if not self._bus.registerObject(OBJECT_PATH, self, QDBusConnection.RegisterOption.ExportAdaptors):
            return f"cannot export {OBJECT_PATH} on the session bus"
        if not self._bus.registerService(SERVICE_NAME):
            return f"{SERVICE_NAME} is taken (another Backpain Timer is running)"
        return None

    def attach(self, controller: SessionController) -> None:
        if self._controller is not None:
            self._controller.events_emitted.disconnect(self._pending.append)
            self._controller.tick.disconnect(self.publish)
        self._controller = controller
        self._index_before = None
        controller.events_emitted.connect(self._pending.append)
        controller.tick.connect(self.publish)
        self.publish()

    # --- what widgets see -------------------------------------------------------------------------

    def publish(self) -> None:
        """Send what changed since the last call, and Seeked after a jump."""
        new = self._current()
        changed = new.changed_since(self.state)
        self.state = new
        if changed:
            if "Metadata" in changed:
                self.metadata = changed["Metadata"] = dbus_metadata(new.metadata, self._bus)
            signal = QDBusMessage.createSignal(
                OBJECT_PATH, "org.freedesktop.DBus.Properties", "PropertiesChanged"
            )
            signal.setArguments([PLAYER_INTERFACE, changed, _no_strings()])
            self._bus.send(signal)
        if jumped(self._pending, self._index_before):
            self._adaptor.Seeked.emit(new.position_us)
        self._pending.clear()
        engine = self._engine()
        segment = engine.current_segment if engine is not None else None
        self._index_before = segment.index if segment is not None else None

    def position_us(self) -> int:
        engine = self._engine()
        return microseconds(engine.segment_elapsed()) if engine is not None else 0

    def _engine(self) -> SessionEngine | None:
        controller = self._controller
        return controller.engine if controller is not None and controller.state in _ACTIVE else None

    def _current(self) -> MediaState:
        engine = self._engine()
        segment = engine.current_segment if engine is not None else None
        picture = exercise_image(engine.plan, segment) if engine is not None and segment is not None else None
        return media_state(engine, can_start=self._can_start(), art_url=art_url(picture, self._art_cache))

    def _can_start(self) -> bool:
        window = self._window
        return (
            self._engine() is None
            and window.stack.currentWidget() is window.home
            and window.home.current_info is not None
        )

    # --- what widgets ask for ---------------------------------------------------------------------

    def play_pause(self) -> None:
        if self._controller is not None and self._engine() is not None:
            self._controller.toggle()
        else:
            self._start_selected()

    def play(self) -> None:
        if self._controller is not None and self._engine() is not None:
            self._controller.resume()
        else:
            self._start_selected()

    def pause(self) -> None:
        if self._controller is not None:
            self._controller.pause()

    def next(self) -> None:
        if self._controller is not None:
            self._controller.skip()

    def previous(self) -> None:
        if self._controller is not None:
            self._controller.previous()

    def stop(self) -> None:
        """Like Esc: the session ends as not completed (and is recorded when a hold began)."""
        if self._controller is not None:
            self._controller.stop()

    def raise_window(self) -> None:
        self._window.show()
        self._window.raise_()
        self._window.activateWindow()

    def quit(self) -> None:
        self._window.close()

    def _start_selected(self) -> None:
        if self._can_start():
            self.raise_window()  # the check-in asks first: the user may need the window
            self._window.home.start_selected()


def _no_strings() -> QDBusArgument:
    """An empty ``as`` (an empty Python list would go out as ``av``)."""
    argument = QDBusArgument()
    argument.beginArray(QMetaType.Type.QString)
    argument.endArray()
    return argument


def start_media_player(window: MainWindow) -> MediaPlayer | None:
    """The window's MPRIS player on the session bus; without one, a one-line note in the log."""
    bus = session_bus()
    if bus is None:
        log.warning("No D-Bus session bus: media keys and desktop media controls reach only the window.")
        return None
    player = MediaPlayer(window, bus)
    problem = player.register()
    if problem is not None:
        log.warning("Media controls are off: %s.", problem)
    return player
