"""What the home screen calls: new, edit, duplicate, delete, restore built-in, import, export.

Each function asks its questions through ``dialogs`` (replaceable in tests) and reports failures in a
message box, never as a traceback. Editors open as windows owned by ``parent``; one per routine.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from backpain_timer.domain.routine import MAX_NAME_LENGTH
from backpain_timer.storage.library import Library, UnknownRoutine
from backpain_timer.storage.routine_yaml import RoutineFileError, save_routine
from backpain_timer.storage.transfer import (
    ImportConflict,
    TransferError,
    delete_user_routine,
    import_routines,
    unique_id,
)
from backpain_timer.storage.transfer import export_routine as export_routine_file
from backpain_timer.storage.transfer import restore_builtin as restore_builtin_file
from backpain_timer.ui.editor import dialogs
from backpain_timer.ui.editor.window import EditorWindow

COPY_SUFFIX = " (copy)"


def _open(parent: QWidget | None, library: Library, routine_id: str | None) -> EditorWindow | None:
    try:
        routine = library.load(routine_id) if routine_id is not None else None
    except UnknownRoutine as error:
        dialogs.show_error(parent, "Cannot open the routine", str(error))
        return None
    except RoutineFileError as error:
        dialogs.show_problems(
            parent, "Cannot open the routine", "Fix these problems in the file first:", error.problems
        )
        return None
    window = EditorWindow(library, routine, parent=parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    return window


def open_editor(parent: QWidget | None, routine_id: str) -> EditorWindow | None:
    """The editor already open on this routine, if any."""
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


def duplicate_routine(parent: QWidget | None, library: Library, routine_id: str) -> str | None:
    """Save a copy named "… (copy)" under a fresh id; returns that id."""
    try:
        routine = library.load(routine_id)
        name = routine.name[: MAX_NAME_LENGTH - len(COPY_SUFFIX)] + COPY_SUFFIX
        new_id = unique_id(library, name)
        library.data.ensure()
        save_routine(dataclasses.replace(routine, id=new_id, name=name), library.user_path(new_id))
    except UnknownRoutine as error:
        dialogs.show_error(parent, "Cannot duplicate the routine", str(error))
        return None
    except RoutineFileError as error:
        dialogs.show_problems(
            parent, "Cannot duplicate the routine", "The routine has problems:", error.problems
        )
        return None
    except OSError as error:
        dialogs.show_error(parent, "Cannot duplicate the routine", str(error))
        return None
    return new_id


def close_editors(parent: QWidget) -> bool:
    """Before the app quits: every open editor asks about its unsaved edits; False if one says Cancel."""
    return all(window.close() for window in parent.findChildren(EditorWindow) if window.isVisible())


def _routine_name(library: Library, routine_id: str) -> str:
    try:
        return library.load(routine_id).name
    except (UnknownRoutine, RoutineFileError):
        return routine_id


def delete_routine(parent: QWidget | None, library: Library, routine_id: str) -> bool:
    """Move one of the user's routines to the trash after asking; True when it was moved."""
    if not library.has_user(routine_id):
        dialogs.show_error(parent, "Cannot delete", "Built-in routines cannot be deleted.")
        return False
    name = _routine_name(library, routine_id)
    comes_back = " The built-in version comes back." if library.has_builtin(routine_id) else ""
    question = f"Delete “{name}”? The file goes to the trash folder of your data.{comes_back}"
    if not dialogs.confirm(parent, "Delete routine", question, "Delete"):
        return False
    try:
        delete_user_routine(library, routine_id)
    except (TransferError, OSError) as error:
        dialogs.show_error(parent, "Cannot delete the routine", str(error))
        return False
    return True


def restore_builtin(parent: QWidget | None, library: Library, routine_id: str) -> bool:
    """Drop the user's version of a built-in routine (to the trash) after asking; True when restored."""
    name = _routine_name(library, routine_id)
    question = f"Restore the built-in “{name}”? Your version goes to the trash folder of your data."
    if not dialogs.confirm(parent, "Restore built-in routine", question, "Restore"):
        return False
    try:
        restore_builtin_file(library, routine_id)
    except (TransferError, OSError) as error:
        dialogs.show_error(parent, "Cannot restore the routine", str(error))
        return False
    return True


def import_files(parent: QWidget | None, library: Library, paths: Sequence[Path] | None = None) -> list[str]:
    """Import routine files (asking for them when ``paths`` is None); the imported ids, [] when none."""
    files = list(paths) if paths is not None else dialogs.choose_import_files(parent)
    if not files:
        return []
    try:
        try:
            written = import_routines(files, library)
        except ImportConflict as conflict:
            if not dialogs.confirm(parent, "Replace your routines?", str(conflict), "Replace"):
                return []
            written = import_routines(files, library, overwrite=True)
    except RoutineFileError as error:
        intro = "Nothing was imported. Fix these problems and try again:"
        dialogs.show_problems(parent, "Cannot import", intro, error.problems)
        return []
    except (TransferError, OSError) as error:
        dialogs.show_error(parent, "Cannot import", str(error))
        return []
    return [path.stem for path in written]


def export_routine(parent: QWidget | None, library: Library, routine_id: str) -> Path | None:
    """Save a copy of a routine's file where the user chooses; the written path, None when not."""
    destination = dialogs.choose_export_file(parent, Path.home() / f"{routine_id}.yaml")
    if destination is None:
        return None
    try:
        return export_routine_file(library, routine_id, destination)
    except UnknownRoutine as error:
        dialogs.show_error(parent, "Cannot export", str(error))
    except RoutineFileError as error:
        dialogs.show_problems(parent, "Cannot export", "The routine has problems:", error.problems)
    except (TransferError, OSError) as error:
        dialogs.show_error(parent, "Cannot export", str(error))
    return None
