"""The running app: the tray, the single-instance server, the run watcher and the cool-down offer, and
the main window, which is built only when first shown (``--background`` starts with the tray alone)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from backpain_timer.domain.plan import plan
from backpain_timer.domain.session import SessionState
from backpain_timer.storage.library import Library
from backpain_timer.storage.run_scanner import RunScanner
from backpain_timer.storage.settings import Settings
from backpain_timer.ui.dbus import session_bus
from backpain_timer.ui.home.view import COOL_DOWN_ROUTINE
from backpain_timer.ui.runs.home_note import show_waiting_run
from backpain_timer.ui.runs.notifier import DBusNotifier, Notifier
from backpain_timer.ui.runs.offer import RunOffers
from backpain_timer.ui.runs.watcher import RunWatcher
from backpain_timer.ui.settings.store import SettingsStore
from backpain_timer.ui.single_instance import InstanceServer
from backpain_timer.ui.tray import TrayController

if TYPE_CHECKING:
    from backpain_timer.ui.main_window import MainWindow


def _utc_now() -> datetime:
    return datetime.now(UTC)


class Resident(QObject):
    """``make_window()`` builds the main window (once); ``notifier`` defaults to the session bus's."""

    def __init__(
        self,
        library: Library,
        store: SettingsStore,
        make_window: Callable[[], MainWindow],
        *,
        notifier: Notifier | None = None,
        now: Callable[[], datetime] = _utc_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.store = store
        self._make_window = make_window
        self._now = now
        self._window: MainWindow | None = None
        self._started = False  # listening and watching; the media player joins the window from then on
        self._cool_down_seconds: float | None = None
        self.tray = TrayController(self.window, library, store)
        self.tray.setParent(self)
        self.tray.start_requested.connect(lambda routine_id: self.window().start_routine_id(routine_id))
        self.tray.show_requested.connect(self.refresh_home)
        self.instance = InstanceServer(library.data.root, self)
        self.instance.show_requested.connect(self.tray.show_window)
        database = library.data.history_db
        self.offers = RunOffers(
            database,
            notifier or DBusNotifier(session_bus(), self),
            self._routine_seconds,
            busy=self._in_session,
            now=now,
            parent=self,
        )
        self.offers.cool_down_requested.connect(self._cool_down)
        self.offers.shown_elsewhere.connect(self._offer_elsewhere)
        self.offers.problem.connect(self._problem)
        self.watcher = RunWatcher(
            RunScanner(library.data.runs_inbox, self._folders(store.settings), seen=None), database, self
        )
        self.watcher.new_runs.connect(self.offers.consider)
        self.watcher.new_runs.connect(lambda _runs: self.refresh_home())
        self.watcher.ticked.connect(self.offers.offer_pending)
        self.watcher.problem.connect(self._problem)
        store.changed.connect(self._settings_changed)

    def start(self) -> None:
        """Listen for later starts and watch the run folders (after the window, if any, is up)."""
        self._started = True
        if self._window is not None:
            _start_media_player(self._window)
        self.instance.listen()  # when it cannot listen, a second start simply opens a second window
        self.watcher.start()

    def close(self) -> None:
        self.instance.close()

    @property
    def window_built(self) -> MainWindow | None:
        return self._window

    def window(self) -> MainWindow:
        """The main window, built on first use."""
        if self._window is None:
            window = self._make_window()
            window.session_started.connect(lambda _controller: self.offers.session_started())
            window.history_writer.written.connect(self.offers.session_saved)
            window.history_writer.written.connect(lambda _record_id: self.refresh_home())
            self._window = window
            if self._started:
                _start_media_player(window)
            self.refresh_home()
        return self._window

    def refresh_home(self) -> None:
        if self._window is not None:
            show_waiting_run(self._window.home.cool_down_button, self.offers.waiting_run(), self._now())

    def _cool_down(self, _run_id: int) -> None:
        self.window().start_routine_id(COOL_DOWN_ROUTINE)  # shows the window; the check-in comes first

    def _offer_elsewhere(self, line: str) -> None:
        self.tray.show_message(line)
        if self._window is not None:
            self._window.show_problem(line)
        self.refresh_home()

    def _problem(self, message: str) -> None:
        if self._window is not None:
            self._window.show_problem(message)

    def _in_session(self) -> bool:
        controller = self._window.controller if self._window is not None else None
        return controller is not None and controller.state in (SessionState.RUNNING, SessionState.PAUSED)

    def _routine_seconds(self) -> float:
        if self._cool_down_seconds is None:
            routine = self.library.load_or_report(COOL_DOWN_ROUTINE, lambda _error: None)
            self._cool_down_seconds = 0.0 if routine is None else plan(routine).total_seconds
        return self._cool_down_seconds

    @staticmethod
    def _folders(settings: Settings) -> list[Path]:
        return [Path(folder).expanduser() for folder in settings.run_folders]

    def _settings_changed(self, changed: frozenset[str], settings: Settings) -> None:
        if "run_folders" in changed:
            self.watcher.set_folders(self._folders(settings))


def _start_media_player(window: MainWindow) -> None:
    """Media keys, headset buttons and desktop widgets drive the window's sessions (MPRIS)."""
    from backpain_timer.ui.mpris.player import start_media_player

    start_media_player(window)
