"""The routine actions that change files: duplicate, delete, restore built-in, import and export.

Each asks its questions through ``dialogs`` (replaceable in tests) and shows what went wrong in a message box,
never a traceback. The YAML writer and the transfer functions are imported when an action first needs them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from backpain_timer.domain.routine import MAX_NAME_LENGTH
from backpain_timer.storage.library import Library
from backpain_timer.storage.problems import RoutineError, RoutineFileError
from backpain_timer.ui.editor import dialogs
from backpain_timer.ui.translations import QT_TRANSLATE_NOOP

HAS_PROBLEMS = QT_TRANSLATE_NOOP("HomeActions", "The routine has problems:")


def show_routine_error(
    parent: QWidget | None, title: str, error: Exception, intro: str = HAS_PROBLEMS
) -> None:
    """A routine that could not be had, in a message box: a file's problems listed under ``intro``."""
    if isinstance(error, RoutineFileError):
        dialogs.show_problems(parent, title, QCoreApplication.translate("HomeActions", intro), error.problems)
    else:
        dialogs.show_error(parent, title, str(error))


def show_problems_of(
    parent: QWidget | None, title: str, intro: str = HAS_PROBLEMS
) -> Callable[[RoutineError], None]:
    return lambda error: show_routine_error(parent, title, error, intro)


def duplicate_routine(parent: QWidget | None, library: Library, routine_id: str) -> str | None:
    """Save a copy named "… (copy)" under a fresh id; returns that id."""
    from backpain_timer.storage.routine_yaml import save_routine
    from backpain_timer.storage.transfer import unique_id

    title = QCoreApplication.translate("HomeActions", "Cannot duplicate the routine")
    routine = library.load_or_report(routine_id, show_problems_of(parent, title))
    if routine is None:
        return None
    copy_name = QCoreApplication.translate("HomeActions", "{name} (copy)")
    name = copy_name.format(name=routine.name[: MAX_NAME_LENGTH - len(copy_name.format(name=""))])
    new_id = unique_id(library, name)
    try:
        library.data.ensure()
        save_routine(dataclasses.replace(routine, id=new_id, name=name), library.user_path(new_id))
    except OSError as error:
        show_routine_error(parent, title, error)
        return None
    return new_id


def _routine_name(library: Library, routine_id: str) -> str:
    routine = library.load_or_report(routine_id, lambda _error: None)  # a question can do with the id
    return routine_id if routine is None else routine.name


def delete_routine(parent: QWidget | None, library: Library, routine_id: str) -> bool:
    """Move one of the user's routines to the trash after asking; True when it was moved."""
    from backpain_timer.storage.transfer import delete_user_routine

    if not library.has_user(routine_id):
        dialogs.show_error(
            parent,
            QCoreApplication.translate("HomeActions", "Cannot delete"),
            QCoreApplication.translate("HomeActions", "Built-in routines cannot be deleted."),
        )
        return False
    name = _routine_name(library, routine_id)
    question = QCoreApplication.translate(
        "HomeActions", "Delete “{name}”? The file goes to the trash folder of your data."
    ).format(name=name)
    if library.has_builtin(routine_id):
        question += " " + QCoreApplication.translate("HomeActions", "The built-in version comes back.")
    return _confirm_then(
        parent,
        (QCoreApplication.translate("HomeActions", "Delete routine"), question),
        QCoreApplication.translate("HomeActions", "Delete"),
        lambda: delete_user_routine(library, routine_id),
        QCoreApplication.translate("HomeActions", "Cannot delete the routine"),
    )


def restore_builtin(parent: QWidget | None, library: Library, routine_id: str) -> bool:
    """Drop the user's version of a built-in routine (to the trash) after asking; True when restored."""
    from backpain_timer.storage.transfer import restore_builtin as restore_builtin_file

    name = _routine_name(library, routine_id)
    question = QCoreApplication.translate(
        "HomeActions", "Restore the built-in “{name}”? Your version goes to the trash folder of your data."
    ).format(name=name)
    return _confirm_then(
        parent,
        (QCoreApplication.translate("HomeActions", "Restore built-in routine"), question),
        QCoreApplication.translate("HomeActions", "Restore"),
        lambda: restore_builtin_file(library, routine_id),
        QCoreApplication.translate("HomeActions", "Cannot restore the routine"),
    )


def _confirm_then(
    parent: QWidget | None,
    title_and_question: tuple[str, str],
    button: str,
    change: Callable[[], object],
    failure_title: str,
) -> bool:
    """Ask; when the person agrees, make the file change; a failure is shown. True when the change was made."""
    from backpain_timer.storage.transfer import TransferError

    title, question = title_and_question
    if not dialogs.confirm(parent, title, question, button):
        return False
    try:
        change()
    except (TransferError, OSError) as error:
        dialogs.show_error(parent, failure_title, str(error))
        return False
    return True


def import_files(parent: QWidget | None, library: Library, paths: Sequence[Path] | None = None) -> list[str]:
    """Import routine files (asking for them when ``paths`` is None); the imported ids, [] when none."""
    from backpain_timer.storage.transfer import ImportConflict, TransferError, import_routines

    files = list(paths) if paths is not None else dialogs.choose_import_files(parent)
    if not files:
        return []
    try:
        try:
            written = import_routines(files, library)
        except ImportConflict as conflict:
            if not dialogs.confirm(
                parent,
                QCoreApplication.translate("HomeActions", "Replace your routines?"),
                str(conflict),
                QCoreApplication.translate("HomeActions", "Replace"),
            ):
                return []
            written = import_routines(files, library, overwrite=True)
    except (RoutineFileError, TransferError, OSError) as error:
        intro = QT_TRANSLATE_NOOP("HomeActions", "Nothing was imported. Fix these problems and try again:")
        show_routine_error(parent, QCoreApplication.translate("HomeActions", "Cannot import"), error, intro)
        return []
    return [path.stem for path in written]


def export_routine(parent: QWidget | None, library: Library, routine_id: str) -> Path | None:
    """Save a copy of a routine's file where the user chooses; the written path, None when not."""
    from backpain_timer.storage.transfer import TransferError
    from backpain_timer.storage.transfer import export_routine as export_routine_file

    destination = dialogs.choose_export_file(parent, Path.home() / f"{routine_id}.yaml")
    if destination is None:
        return None
    try:
        return export_routine_file(library, routine_id, destination)
    except (RoutineError, TransferError, OSError) as error:
        show_routine_error(parent, QCoreApplication.translate("HomeActions", "Cannot export"), error)
    return None
