"""The routine actions of the main window: new, edit, duplicate, delete, restore built-in, import, export,
the printable sheet and drop import; and the watch that keeps the home list in step with the files.

The actions that change files live in ``routine_files``. Each action asks its questions through ``dialogs``
(replaceable in tests) and shows what went wrong in a message box, never a traceback; editors open as windows owned by ``parent``, one per routine. The editor
and the YAML reader are imported when an action first needs them: start-up shows none of them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QFileSystemWatcher,
    QMimeData,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from backpain_timer.storage.library import Library
from backpain_timer.storage.routine_index import RoutineInfo
from backpain_timer.ui.editor import dialogs
from backpain_timer.ui.home.routine_files import (
    delete_routine,
    duplicate_routine,
    export_routine,
    import_files,
    restore_builtin,
    show_problems_of,
)
from backpain_timer.ui.home.view import HomeView
from backpain_timer.ui.translations import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from backpain_timer.ui.editor.window import EditorWindow

ROUTINE_SUFFIXES = (".yaml", ".yml")
# Saves write a temporary file and rename it, editors touch a file several times: list again once it is quiet.
RELOAD_DELAY_MS = 300


def choose_sheet_file(parent: QWidget | None, suggested: Path) -> Path | None:
    """Where to write the printable sheet; None when the user cancels (tests replace this)."""
    return dialogs.choose_save_path(
        parent,
        QCoreApplication.translate("HomeActions", "Save routine sheet"),
        suggested,
        QCoreApplication.translate("HomeActions", "PDF (*.pdf)"),
    )


def dropped_routine_files(mime: QMimeData) -> list[Path]:
    """The routine files (.yaml, .yml) among dropped URLs."""
    files = (Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile())
    return [path for path in files if path.suffix.lower() in ROUTINE_SUFFIXES]


# --- the actions, one function each -----------------------------------------------------------------


def _open(parent: QWidget | None, library: Library, routine_id: str | None) -> EditorWindow | None:
    from backpain_timer.ui.editor.window import EditorWindow

    routine = None
    if routine_id is not None:
        title = QCoreApplication.translate("HomeActions", "Cannot open the routine")
        intro = QT_TRANSLATE_NOOP("HomeActions", "Fix these problems in the file first:")
        routine = library.load_or_report(routine_id, show_problems_of(parent, title, intro))
        if routine is None:
            return None
    window = EditorWindow(library, routine, parent=parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    return window


def open_editor(parent: QWidget | None, routine_id: str) -> EditorWindow | None:
    """The editor already open on this routine, if any."""
    from backpain_timer.ui.editor.window import EditorWindow

    if parent is None:
        return None
    for window in parent.findChildren(EditorWindow):
        if window.document.routine_id == routine_id and window.isVisible():
            return window
    return None


def new_routine(parent: QWidget | None, library: Library) -> EditorWindow | None:
    return _open(parent, library, None)


def edit_routine(parent: QWidget | None, library: Library, routine_id: str) -> EditorWindow | None:
    window = open_editor(parent, routine_id)
    if window is not None:
        window.raise_()
        window.activateWindow()
        return window
    return _open(parent, library, routine_id)


def close_editors(parent: QWidget) -> bool:
    """Before the app quits: every open editor asks about its unsaved edits; False if one says Cancel."""
    from backpain_timer.ui.editor.window import EditorWindow

    return all(window.close() for window in parent.findChildren(EditorWindow) if window.isVisible())


# --- the menu entries and the watch on the routines folder ------------------------------------------


class RoutineActions(QObject):
    """Owns the routine actions of ``window`` and keeps ``home`` listing what is on disk.

    ``start_requested(Routine)``: an editor's "Try it"; ``message(str)``: a line for the status bar.
    """

    start_requested = Signal(object)
    message = Signal(str)

    def __init__(self, window: QWidget, library: Library, home: HomeView) -> None:
        super().__init__(window)
        self.window = window
        self.library = library
        self.home = home
        self._editor_opened = False

        self.new_action = self._action(self.tr("&New routine…"), "Ctrl+N", self.new_routine)
        self.edit_action = self._action(self.tr("&Edit routine…"), "Ctrl+E", self.edit_selected)
        self.duplicate_action = self._action(self.tr("D&uplicate"), None, self.duplicate_selected)
        self.delete_action = self._action(self.tr("&Delete…"), None, self.delete_selected)
        self.restore_action = self._action(self.tr("&Restore built-in…"), None, self.restore_selected)
        self.import_action = self._action(self.tr("&Import…"), "Ctrl+I", self.import_files)
        self.export_action = self._action(self.tr("E&xport…"), None, self.export_selected)
        self.watch_action = self._action(self.tr("Send to &watch"), None, self.send_selected_to_watch)
        self.print_action = self._action(
            self.tr("&Print routine sheet…"), QKeySequence.StandardKey.Print, self.print_sheet
        )
        home.new_requested.connect(self.new_routine)
        home.edit_requested.connect(self.edit_selected)
        home.current_changed.connect(self._update_enabled)
        self._update_enabled(home.current_info)

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.refresh)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._folder_changed)
        self._watch()

    def _action(
        self, text: str, keys: str | QKeySequence.StandardKey | None, slot: Callable[[], object]
    ) -> QAction:
        action = QAction(text, self.window)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        # Not ``connect(slot)``: Qt would pass ``checked`` to a slot with an optional parameter.
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)  # its shortcut works whatever menu is shown
        return action

    def fill_menus(self, file_menu: QMenu, routine_menu: QMenu) -> None:
        for action in (self.import_action, self.export_action, self.print_action):
            file_menu.addAction(action)
        for action in (self.new_action, self.edit_action, self.duplicate_action, self.watch_action):
            routine_menu.addAction(action)
        routine_menu.addSeparator()
        routine_menu.addAction(self.delete_action)
        routine_menu.addAction(self.restore_action)

    # --- the selected routine -----------------------------------------------------------------------

    @staticmethod
    def _in_library(info: RoutineInfo | None) -> bool:
        """A routine of the library (not a file opened from elsewhere): the one editing and deleting reach."""
        return info is not None and info.source != "outside"

    def _selected_id(self) -> str | None:
        info = self.home.current_info
        return info.id if self._in_library(info) and info is not None else None

    def _update_enabled(self, info: RoutineInfo | None) -> None:
        known = self._in_library(info)
        routine_id = info.id if info is not None else ""
        user = known and self.library.has_user(routine_id)
        for action in (self.edit_action, self.duplicate_action, self.export_action, self.watch_action):
            action.setEnabled(known)
        self.delete_action.setEnabled(user)
        self.restore_action.setEnabled(user and self.library.has_builtin(routine_id))
        self.print_action.setEnabled(info is not None)

    # --- actions ------------------------------------------------------------------------------------

    def new_routine(self) -> None:
        self._follow(new_routine(self.window, self.library))

    def edit_selected(self) -> None:
        routine_id = self._selected_id()
        if routine_id is not None:
            self._follow(edit_routine(self.window, self.library, routine_id))

    def duplicate_selected(self) -> None:
        routine_id = self._selected_id()
        if routine_id is not None:
            copy_id = duplicate_routine(self.window, self.library, routine_id)
            if copy_id is not None:
                self.refresh(copy_id)
                self.message.emit(self.tr("Saved a copy as “{id}”.").format(id=copy_id))

    def delete_selected(self) -> None:
        routine_id = self._selected_id()
        if routine_id is not None and delete_routine(self.window, self.library, routine_id):
            self.refresh()
            self.message.emit(self.tr("Moved the routine to the trash folder of your data."))

    def restore_selected(self) -> None:
        routine_id = self._selected_id()
        if routine_id is not None and restore_builtin(self.window, self.library, routine_id):
            self.refresh(routine_id)
            self.message.emit(self.tr("Restored the built-in routine; your version is in the trash folder."))

    def import_files(self, paths: Sequence[Path] | None = None) -> list[str]:
        """Import ``paths`` (asking for files when None); the imported ids are listed and the first selected."""
        imported = import_files(self.window, self.library, paths)
        if imported:
            self.refresh(imported[0])
            self.message.emit(self.tr("Imported %n routine(s).", "", len(imported)))
        return imported

    def export_selected(self) -> None:
        routine_id = self._selected_id()
        if routine_id is not None:
            written = export_routine(self.window, self.library, routine_id)
            if written is not None:
                self.message.emit(self.tr("Exported to {path}.").format(path=written))

    def send_selected_to_watch(self) -> None:
        from backpain_timer.ui.home.send_to_watch import send_to_watch  # the FIT writer only when sending

        if (line := send_to_watch(self.window, self.library, self._selected_id())) is not None:
            self.message.emit(line)

    def print_sheet(self) -> None:
        routine = self.home.selected_routine()
        if routine is None:
            return
        destination = choose_sheet_file(self.window, Path.home() / f"{routine.id}.pdf")
        if destination is None:
            return
        from backpain_timer.ui.home.print_sheet import render_routine_pdf  # QtSvg only when printing

        try:
            render_routine_pdf(routine, self.library.exercises, destination)
        except OSError as error:
            self.message.emit(self.tr("Could not save the routine sheet: {error}").format(error=error))
            return
        self.message.emit(self.tr("Saved the routine sheet to {path}.").format(path=destination))

    def close_editors(self) -> bool:
        """Every open editor asks about its unsaved edits; False when one of them says Cancel."""
        if not self._editor_opened:
            return True  # quitting does not import the editor (and YAML) just to find none
        return close_editors(self.window)

    # --- keeping the list in step -------------------------------------------------------------------

    def _follow(self, editor: EditorWindow | None) -> None:
        if editor is None or editor.property("followed"):
            return
        self._editor_opened = True
        editor.setProperty("followed", True)  # a raised editor is already connected
        editor.saved.connect(self.refresh)
        editor.start_requested.connect(self.start_requested)

    def refresh(self, select_id: str | None = None) -> None:
        """List the routines again; select ``select_id`` when given."""
        self._reload_timer.stop()
        self.home.reload()
        if select_id:
            self.home.select(select_id)
        self._update_enabled(self.home.current_info)
        self._watch()

    def _folder_changed(self, _path: str) -> None:
        self._reload_timer.start()

    def _watch(self) -> None:
        """Watch the routines folder, or the data folder until the routines folder exists."""
        data = self.library.data
        folder = data.routines_dir if data.routines_dir.is_dir() else data.root
        if folder.is_dir() and str(folder) not in self.watcher.directories():
            if self.watcher.directories():
                self.watcher.removePaths(self.watcher.directories())
            self.watcher.addPath(str(folder))
