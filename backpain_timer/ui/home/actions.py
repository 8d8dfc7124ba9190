"""What the main window does with routine files: the Routine menu (new, edit, duplicate, delete, restore
built-in), import and export, the printable sheet, drop import, and the watch on the routines folder.

The editor's own functions (:mod:`backpain_timer.ui.editor.actions`) ask the questions and do the work;
this module turns them into menu entries that follow the selected routine and keeps the home list in
step with the files, whoever changed them. The editor is imported when one of them is first used: start-up
shows none of it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from backpain_timer.storage.library import Library, RoutineInfo
from backpain_timer.ui.home.view import HomeView

if TYPE_CHECKING:
    from backpain_timer.ui.editor.window import EditorWindow

ROUTINE_SUFFIXES = (".yaml", ".yml")
# Saves write a temporary file and rename it, editors touch a file several times: list again once it is quiet.
RELOAD_DELAY_MS = 300


def choose_sheet_file(parent: QWidget | None, suggested: Path) -> Path | None:
    """Where to write the printable sheet; None when the user cancels (tests replace this)."""
    name, _ = QFileDialog.getSaveFileName(parent, "Save routine sheet", str(suggested), "PDF (*.pdf)")
    return Path(name) if name else None


def dropped_routine_files(mime: QMimeData) -> list[Path]:
    """The routine files (.yaml, .yml) among dropped URLs."""
    files = (Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile())
    return [path for path in files if path.suffix.lower() in ROUTINE_SUFFIXES]


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

        self.new_action = self._action("&New routine…", "Ctrl+N", self.new_routine)
        self.edit_action = self._action("&Edit routine…", "Ctrl+E", self.edit_selected)
        self.duplicate_action = self._action("D&uplicate", None, self.duplicate_selected)
        self.delete_action = self._action("&Delete…", None, self.delete_selected)
        self.restore_action = self._action("&Restore built-in…", None, self.restore_selected)
        self.import_action = self._action("&Import…", "Ctrl+I", self.import_files)
        self.export_action = self._action("E&xport…", None, self.export_selected)
        self.print_action = self._action(
            "&Print routine sheet…", QKeySequence.StandardKey.Print, self.print_sheet
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
        for action in (self.new_action, self.edit_action, self.duplicate_action):
            routine_menu.addAction(action)
        routine_menu.addSeparator()
        routine_menu.addAction(self.delete_action)
        routine_menu.addAction(self.restore_action)

    # --- the selected routine -----------------------------------------------------------------------

    def _in_library(self, info: RoutineInfo | None) -> bool:
        """A routine of the library (not a file opened from elsewhere): the one editing and deleting reach."""
        if info is None:
            return False
        return info.path in (self.library.user_path(info.id), self.library.builtin_path(info.id))

    def _selected_id(self) -> str | None:
        info = self.home.current_info
        return info.id if self._in_library(info) and info is not None else None

    def _update_enabled(self, info: RoutineInfo | None) -> None:
        known = self._in_library(info)
        routine_id = info.id if info is not None else ""
        user = known and self.library.has_user(routine_id)
        self.edit_action.setEnabled(known)
        self.duplicate_action.setEnabled(known)
        self.export_action.setEnabled(known)
        self.delete_action.setEnabled(user)
        self.restore_action.setEnabled(user and self.library.has_builtin(routine_id))
        self.print_action.setEnabled(info is not None)

    # --- actions ------------------------------------------------------------------------------------

    def new_routine(self) -> None:
        from backpain_timer.ui.editor import actions as editor_actions

        self._follow(editor_actions.new_routine(self.window, self.library))

    def edit_selected(self) -> None:
        from backpain_timer.ui.editor import actions as editor_actions

        routine_id = self._selected_id()
        if routine_id is not None:
            self._follow(editor_actions.edit_routine(self.window, self.library, routine_id))

    def duplicate_selected(self) -> None:
        from backpain_timer.ui.editor import actions as editor_actions

        routine_id = self._selected_id()
        if routine_id is not None:
            copy_id = editor_actions.duplicate_routine(self.window, self.library, routine_id)
            if copy_id is not None:
                self.refresh(copy_id)
                self.message.emit(f"Saved a copy as “{copy_id}”.")

    def delete_selected(self) -> None:
        from backpain_timer.ui.editor import actions as editor_actions

        routine_id = self._selected_id()
        if routine_id is not None and editor_actions.delete_routine(self.window, self.library, routine_id):
            self.refresh()
            self.message.emit("Moved the routine to the trash folder of your data.")

    def restore_selected(self) -> None:
        from backpain_timer.ui.editor import actions as editor_actions

        routine_id = self._selected_id()
        if routine_id is not None and editor_actions.restore_builtin(self.window, self.library, routine_id):
            self.refresh(routine_id)
            self.message.emit("Restored the built-in routine; your version is in the trash folder.")

    def import_files(self, paths: Sequence[Path] | None = None) -> list[str]:
        """Import ``paths`` (asking for files when None); the imported ids are listed and the first selected."""
        from backpain_timer.ui.editor import actions as editor_actions

        imported = editor_actions.import_files(self.window, self.library, paths)
        if imported:
            self.refresh(imported[0])
            count = "1 routine" if len(imported) == 1 else f"{len(imported)} routines"
            self.message.emit(f"Imported {count}.")
        return imported

    def export_selected(self) -> None:
        from backpain_timer.ui.editor import actions as editor_actions

        routine_id = self._selected_id()
        if routine_id is not None:
            written = editor_actions.export_routine(self.window, self.library, routine_id)
            if written is not None:
                self.message.emit(f"Exported to {written}.")

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
            self.message.emit(f"Could not save the routine sheet: {error}")
            return
        self.message.emit(f"Saved the routine sheet to {destination}.")

    def close_editors(self) -> bool:
        """Every open editor asks about its unsaved edits; False when one of them says Cancel."""
        if not self._editor_opened:
            return True  # quitting does not import the editor (and YAML) just to find none
        from backpain_timer.ui.editor import actions as editor_actions

        return editor_actions.close_editors(self.window)

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
