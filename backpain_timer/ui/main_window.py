"""The main window: the pages (home, the session's pages, history), the first-run notice and the menus.

Everything from "Start" to the saved record lives in :mod:`backpain_timer.ui.session.flow`, the cues in
:mod:`backpain_timer.ui.cues.wiring`, and what is done with routine files in
:mod:`backpain_timer.ui.home.actions`; this class shows the pages and navigates between them.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QVBoxLayout, QWidget

from backpain_timer.domain.routine import Routine
from backpain_timer.storage.library import Library
from backpain_timer.storage.settings import Settings
from backpain_timer.ui.home.actions import RoutineActions, dropped_routine_files
from backpain_timer.ui.home.view import HomeView
from backpain_timer.ui.keys import set_tab_order
from backpain_timer.ui.page_stack import PageStack
from backpain_timer.ui.settings.store import SettingsStore

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import date

    from backpain_timer.domain.session import Clock
    from backpain_timer.ui.checkin.before_session import BeforeSessionView
    from backpain_timer.ui.cues.player import CuePlayer
    from backpain_timer.ui.cues.wiring import SessionCues
    from backpain_timer.ui.history.view import HistoryView
    from backpain_timer.ui.home.disclaimer import DisclaimerBanner
    from backpain_timer.ui.session.controller import SessionController
    from backpain_timer.ui.session.end_view import EndView
    from backpain_timer.ui.session.flow import SessionFlow
    from backpain_timer.ui.session.record_writer import RecordWriter
    from backpain_timer.ui.session.view import SessionView
    from backpain_timer.ui.settings.dialog import SettingsDialog

WINDOW_TITLE = "Backpain Timer"


class MainWindow(QMainWindow):
    """``session_started(SessionController)`` lets other parts listen to each new session.

    ``settings`` is the app's settings store, or the starting values of a store of the window's own over the
    data dir's settings file, or None to load that file; every part reads ``settings_store`` and listens
    to its ``changed`` signal. ``cue_player`` defaults to the real sound-and-voice player;
    ``today`` (the history's date) defaults to the wall clock's local date.

    Start-up shows only the home page: the session's pages, the cues and the history are built (and
    their modules imported) when first used.
    """

    session_started = Signal(object)

    def __init__(
        self,
        library: Library,
        *,
        clock: Clock = time.monotonic,
        history_writer: RecordWriter | None = None,
        settings: SettingsStore | Settings | None = None,
        cue_player: CuePlayer | None = None,
        today: Callable[[], date] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(WINDOW_TITLE)
        self.resize(1100, 720)
        self.library = library
        self.clock = clock
        self._today = today  # the history's "today"; None: the wall clock's local date
        if isinstance(settings, SettingsStore):
            self.settings_store = settings
        elif settings is None:
            self.settings_store = SettingsStore.load(library.data.settings_file, self)
        else:
            self.settings_store = SettingsStore(library.data.settings_file, settings, self)
        self._history_writer = history_writer

        # The window's frame first, then the pages in it: under the application's style sheet Qt styles a
        # widget again each time it or an ancestor changes parent, so a home page built outside the window
        # would be styled three more times on its way in (about 6 ms of a start-up).
        central = QWidget(self)
        self.setCentralWidget(central)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.stack = PageStack(central)  # the window's minimum is the page on show's, not the largest one's
        self.home = HomeView(library, self.stack)
        self.stack.addWidget(self.home)
        self._page: QWidget | None = self.home
        self.stack.currentChanged.connect(self._page_changed)
        # Built on the first start: the engine, the pages and the history writer cost start-up time.
        self._flow: SessionFlow | None = None
        self._cue_player = cue_player
        self._cues: SessionCues | None = None  # with the session view
        self.routine_actions = RoutineActions(self, library, self.home)
        self.settings_dialog: SettingsDialog | None = None
        # Built when first shown: the history reads the database, which start-up does not need.
        self.history_view: HistoryView | None = None

        self.banner: DisclaimerBanner | None = None
        if not self.settings.disclaimer_dismissed:
            from backpain_timer.ui.home.disclaimer import DisclaimerBanner

            self.banner = DisclaimerBanner(self.settings_store, central)
            self.banner.about_requested.connect(self.show_about_back)
            self.banner.problem.connect(self.show_problem)
            self.banner.dismissed.connect(self._disclaimer_dismissed)
            column.addWidget(self.banner)
            # One "About your back" on screen: the banner's, while it is up; the banner is read first.
            self.home.about_link.hide()
            self.banner.dismissed.connect(self.home.about_link.show)
        column.addWidget(self.stack, 1)
        if self.banner is not None:
            set_tab_order([self.banner.about_button, self.banner.dismiss_button, *self.home.focus_chain])
        self.setAcceptDrops(True)  # a routine file dropped on the window is imported
        self._build_menus()

        self.home.start_requested.connect(self.start_routine)
        # Cool down now asks too: right after a run is when numbness or chest pain matter most.
        self.home.quick_start_requested.connect(self.start_routine)
        self.home.history_requested.connect(self.show_history)
        self.home.about_requested.connect(self.show_about_back)
        self.home.message.connect(self.show_problem)
        self.routine_actions.start_requested.connect(self.try_routine)
        self.routine_actions.message.connect(self.show_problem)
        self.home.table.setFocus()  # Enter starts the selected routine, not the notice's button
        if self.settings_store.problems:
            self.show_problem(self.settings_store.problems[0])

    def _build_menus(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu(self.tr("&File"))
        routine_menu = QMenu(self.tr("&Routine"), self)
        self.routine_actions.fill_menus(file_menu, routine_menu)
        file_menu.addSeparator()
        self.settings_action = file_menu.addAction(self.tr("&Settings…"))
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self.show_settings)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        menus.addMenu(routine_menu)
        view_menu = menus.addMenu(self.tr("&View"))
        self.home_action = view_menu.addAction(self.tr("&Routines"))
        self.home_action.triggered.connect(self.show_home)
        self.history_action = view_menu.addAction(self.tr("&History"))
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.history_action.triggered.connect(self.show_history)
        help_menu = menus.addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&About your back"), self)
        self.about_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.about_action.triggered.connect(self.show_about_back)
        help_menu.addAction(self.about_action)

    @property
    def settings(self) -> Settings:
        return self.settings_store.settings

    @property
    def history_writer(self) -> RecordWriter:
        if self._history_writer is None:
            from backpain_timer.ui.session.record_writer import RecordWriter

            self._history_writer = RecordWriter(self.library.data.history_db, self)
        return self._history_writer

    @property
    def flow(self) -> SessionFlow:
        """Everything from "Start" to the saved record (built on the first start)."""
        if self._flow is None:
            from backpain_timer.ui.session.flow import SessionFlow

            flow = SessionFlow(
                self.library,
                self.settings_store,
                self.home.model.names(),  # the home list's names: no second listing, and current
                clock=self.clock,
                history_writer=self.history_writer,
                parent=self,
            )
            flow.page_created.connect(self._page_created)
            flow.page_requested.connect(self.stack.setCurrentWidget)
            flow.home_requested.connect(self.show_home)
            flow.problem.connect(self.show_problem)
            flow.session_started.connect(self.session_started)
            flow.session_started.connect(lambda controller: self.cues.attach(controller))
            flow.history_changed.connect(self._history_changed)
            self._flow = flow
        return self._flow

    @property
    def controller(self) -> SessionController | None:
        return self._flow.controller if self._flow is not None else None

    # --- pages and parts built on first use ---------------------------------------------------------

    @property
    def before_view(self) -> BeforeSessionView:
        return self.flow.before_view

    @property
    def session_view(self) -> SessionView:
        return self.flow.session_view

    @property
    def end_view(self) -> EndView:
        return self.flow.end_view

    @property
    def cues(self) -> SessionCues:
        """The session view's cues and the player (built on first use, with the session view)."""
        view = self.session_view
        if self._cues is None:
            from backpain_timer.ui.cues.wiring import SessionCues, make_cue_player

            player = self._cue_player if self._cue_player is not None else make_cue_player(self)
            self._cues = SessionCues(view, player, self.settings_store, self)
            self._cues.notice.connect(self.show_problem)
            self._cues.muted_changed.connect(
                lambda muted: self.statusBar().showMessage(
                    self.tr("Muted (M)") if muted else self.tr("Sound on"), 3000
                )
            )
        return self._cues

    def _page_created(self, page: QWidget) -> None:
        self.stack.addWidget(page)
        if page is self.flow.session_view:
            from backpain_timer.ui.session.hands_free import HandsFree

            self.flow.session_view.fullscreen_toggled.connect(self.toggle_fullscreen)
            self.hands_free = HandsFree(self.flow.session_view, self.settings_store)  # media keys, big target

    # --- navigation ---------------------------------------------------------------------------------

    def start_routine(self, routine: Routine, *, quick_start: bool = False) -> None:
        """Start ``routine``, asking how the back feels first unless the settings say not to.

        ``quick_start``: --start from the command line or an editor's "Try it", which start at once
        unless the user asked for the question there too."""
        self.statusBar().clearMessage()
        self.flow.start_routine(routine, quick_start=quick_start)

    def try_routine(self, routine: Routine) -> None:
        """An editor's "Try it": the routine as it is now, at once, in this window."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.start_routine(routine, quick_start=True)

    def start_routine_id(self, routine_id: str) -> None:
        """A quick start from the tray: bring the window up and start, with the check-in first."""
        routine = self.library.load_or_report(
            routine_id,
            lambda error: self.show_problem(self.tr("Cannot start: {problem}").format(problem=error.summary)),
        )
        if routine is None:
            return
        self.show()
        self.raise_()
        self.activateWindow()
        self.start_routine(routine)

    def show_home(self) -> None:
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowFullScreen)
        self.stack.setCurrentWidget(self.home)

    def show_history(self) -> None:
        if self.history_view is None:
            from backpain_timer.ui.history.view import HistoryView

            self.history_view = HistoryView(
                self.library.data.history_db, list(self.home.model.names().items()), today=self._today
            )
            self.history_view.back_requested.connect(self.show_home)
            self.stack.addWidget(self.history_view)
        else:
            self.history_view.refresh()
        self.stack.setCurrentWidget(self.history_view)
        self.history_view.table.setFocus()  # so that Esc goes back at once

    def show_about_back(self) -> None:
        from backpain_timer.ui.checkin.about_back import show_about_back

        show_about_back(self)

    def toggle_fullscreen(self) -> None:
        self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)

    def show_settings(self) -> None:
        """The settings dialog; every change applies at once, through the settings store."""
        if self.settings_dialog is None:
            from backpain_timer.ui.settings.appearance_page import AppearancePage
            from backpain_timer.ui.settings.checkins_page import CheckinsPage
            from backpain_timer.ui.settings.dialog import SettingsDialog
            from backpain_timer.ui.settings.startup_page import StartupPage

            dialog = SettingsDialog(
                self.settings_store, player=self.cues.player, data_dir=self.library.data.root, parent=self
            )
            dialog.add_page(AppearancePage())
            dialog.add_page(CheckinsPage())
            dialog.add_page(StartupPage())
            self.settings_dialog = dialog
        self.settings_dialog.show()
        self.settings_dialog.raise_()
        self.settings_dialog.activateWindow()

    def _page_changed(self, _index: int) -> None:
        page = self.stack.currentWidget()
        if self._flow is not None:
            self._flow.leaving(self._page)  # however the user leaves the end screen, an answer picked is kept
        self._page = page
        # Leaving for history or home mid-session would leave the session running unseen.
        in_session = self._flow is not None and self._flow.is_session_page(page)
        self.history_action.setEnabled(not in_session)
        self.home_action.setEnabled(not in_session)
        if self.banner is not None:
            # A notice for home (and history): the session and the end screen need every pixel.
            self.banner.setVisible(page is self.home or (page is not None and page is self.history_view))

    def _disclaimer_dismissed(self) -> None:
        self.banner = None

    def _history_changed(self) -> None:
        if self.history_view is not None:
            self.history_view.refresh()

    def show_problem(self, message: str) -> None:
        self.statusBar().showMessage(message)  # stays until the next message: a problem must be read

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_routine_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = dropped_routine_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.routine_actions.import_files(files)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Open editors ask about unsaved edits first (Cancel keeps everything open). Closing mid-session
        ends it as stopped (and records it); pending writes finish first."""
        if not self.routine_actions.close_editors():
            event.ignore()
            return
        if self._flow is not None:
            self._flow.shut_down()
        # In the background the app stays, and shows this window again as it was: keep sound and history.
        if QApplication.quitOnLastWindowClosed():
            if self._cues is not None:
                self._cues.shutdown()
            if self.history_view is not None:
                self.history_view.close_store()
        super().closeEvent(event)
