"""Start the GUI. The routine and the display are checked first: a problem ends in one line, not an abort."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from backpain_timer.domain.routine import Routine
from backpain_timer.handover import hand_over, missing_display
from backpain_timer.linecache_limit import limit_linecache
from backpain_timer.resources import assets_dir
from backpain_timer.storage.library import Library, looks_like_path
from backpain_timer.storage.paths import DataDir

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QApplication, QWidget

    from backpain_timer.ui.main_window import MainWindow
    from backpain_timer.ui.resident import Resident
    from backpain_timer.ui.settings.store import SettingsStore

APP_NAME = "Backpain Timer"
ICON_SIZES = (16, 32, 48, 64, 128, 256)
DESKTOP_FILE_NAME = "backpain-timer"


def _fail(message: str) -> None:
    print(f"backpain-timer: {message}", file=sys.stderr)


def run(data_dir: Path, routine: str | None, start: bool, *, background: bool = False) -> int:
    """Open the main window (``routine`` selected; started at once with ``start``), or only the tray with
    ``background``; return the exit status."""
    library = Library(DataDir(data_dir))
    chosen: Routine | None = None
    if routine is not None:
        from backpain_timer.terminal import print_error

        chosen = library.load_or_report(routine, print_error)
        if chosen is None:
            return 1
    reason = missing_display()
    if reason is not None:
        _fail(
            f"no display found ({reason}); use `backpain-timer list`/`plan` on a terminal, "
            "or run under a desktop session"
        )
        return 2
    # Before Qt is imported: a running app shows its window sooner than PySide6 alone loads.
    if hand_over(library.data.root, background=background):
        return 0
    return _run_qt(library, chosen, routine, start, background)


def _run_qt(
    library: Library, chosen: Routine | None, routine_arg: str | None, start: bool, background: bool
) -> int:
    limit_linecache()
    # Start-up makes many objects and next to no garbage: the collector's passes over them would cost the
    # first window about 6 ms. It is back once the window is on screen (start_resident).
    gc.disable()
    from PySide6.QtCore import QTimer, QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from backpain_timer.ui.theme import FUSION_ARGUMENTS

    # A display that is set but unreachable makes Qt abort while the application is created; catch its
    # fatal message and exit with one line instead. Other start-up messages are passed on afterwards.
    early_messages: list[str] = []

    def on_start_message(kind: QtMsgType, _context: object, message: str) -> None:
        if kind is QtMsgType.QtFatalMsg:
            detail = early_messages[0] if early_messages else message.splitlines()[0]
            _fail(f"cannot open a window ({detail}); check DISPLAY or run under a desktop session")
            sys.stderr.flush()
            os._exit(2)
        early_messages.append(message)

    previous_handler = qInstallMessageHandler(on_start_message)
    QApplication.setApplicationName(APP_NAME)
    QApplication.setDesktopFileName(DESKTOP_FILE_NAME)
    app = QApplication([sys.argv[0], *FUSION_ARGUMENTS])
    qInstallMessageHandler(previous_handler)
    for message in early_messages:
        print(message, file=sys.stderr)

    store = prepare_app(app, library, in_fusion=True)
    residents: list[Resident] = []

    def start_resident(window: MainWindow | None) -> None:
        """The tray, the instance server, the run watcher and the media player: nobody can use them
        before the window (if any) is on screen, so they cost the start-up nothing."""
        gc.enable()
        from backpain_timer.ui.resident import Resident

        resident = Resident(library, store, lambda: window or make_window(library, store))
        if window is not None:
            resident.window()  # the resident takes over the window already shown
        resident.start()
        residents.append(resident)

    if background:
        app.setQuitOnLastWindowClosed(False)  # closing the window leaves the app in the tray
        QTimer.singleShot(0, lambda: start_resident(None))
    else:
        window = make_window(library, store)
        if chosen is not None:
            if routine_arg is not None and looks_like_path(routine_arg):
                window.home.add_routine_file(chosen, Path(routine_arg))
            else:
                window.home.select(chosen.id)
        window.show()
        if start and chosen is not None:
            window.start_routine(chosen, quick_start=True)
        after_first_paint(window, lambda: start_resident(window))
    status = app.exec()
    for resident in residents:
        resident.close()
    return status


def after_first_paint(window: QWidget, action: Callable[[], None], latest_ms: int = 1000) -> None:
    """Run ``action`` once, after the shown ``window`` was first exposed (on screen and painted), or after
    ``latest_ms`` when that does not come (a platform that never exposes it)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    handle = window.windowHandle()
    if handle is None:  # not shown after all
        QTimer.singleShot(0, action)
        return

    class FirstExpose(QObject):
        def __init__(self) -> None:
            super().__init__(handle)
            self.pending = True
            handle.installEventFilter(self)
            QTimer.singleShot(latest_ms, self, self.run)

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Expose and handle.isExposed():
                QTimer.singleShot(0, self, self.run)  # after the paint the expose asked for
            return False

        def run(self) -> None:
            if self.pending:
                self.pending = False
                handle.removeEventFilter(self)
                action()

    FirstExpose()


def build_window(app: QApplication, library: Library) -> MainWindow:
    """The main window over the settings store, with the look from the settings and the app icon."""
    return make_window(library, prepare_app(app, library))


def prepare_app(app: QApplication, library: Library, *, in_fusion: bool = False) -> SettingsStore:
    """The settings store, the language and look it says, and the app icon: what the tray and the window
    need first. ``in_fusion``: ``app`` was made with the theme's FUSION_ARGUMENTS."""
    from PySide6.QtGui import QIcon

    from backpain_timer.domain.language import choose_language
    from backpain_timer.storage.texts_files import use_language
    from backpain_timer.terminal import print_error
    from backpain_timer.ui.settings.store import SettingsStore
    from backpain_timer.ui.theme import theme_controller
    from backpain_timer.ui.translations import use_window_language

    store = SettingsStore.load(library.data.settings_file)
    language = choose_language(store.settings.language, os.environ)
    use_language(language, print_error)  # the domain's texts and the library's content
    window_language = use_window_language(app, language)  # before any widget: they translate when built
    if window_language.problem:
        print(window_language.problem, file=sys.stderr)
    controller = theme_controller(app)
    # The outlines with the first view that has a control to outline (theme.outline_controls): the home
    # screen has none, and they cost start-up time and memory.
    controller.outline_controls_later(in_fusion=in_fusion)
    controller.follow(store)  # before the window: its widgets are made in the right colours
    icon = QIcon()  # the PNG sizes: an SVG icon would load QtSvg at start-up
    for size in ICON_SIZES:
        icon.addFile(str(assets_dir() / "icon" / f"backpain-timer-{size}.png"))
    app.setWindowIcon(icon)  # before the tray, which takes the window's icon
    return store


def make_window(library: Library, store: SettingsStore) -> MainWindow:
    from backpain_timer.ui.main_window import MainWindow

    window = MainWindow(library, settings=store)  # it shows the problems the store found in the file
    if store.parent() is None:
        store.setParent(window)
    return window
