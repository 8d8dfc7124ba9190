"""Send to watch: the selected routine as a FIT workout, copied onto a plugged-in watch or saved as a file.

The questions go through ``dialogs``, ``tell`` and ``choose_workout_file`` (tests replace them); ``watch_roots``
says where drives are mounted (tests point it at a fake drive).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from backpain_timer.storage.library import Library
from backpain_timer.storage.watch import mount_roots
from backpain_timer.ui.editor import dialogs
from backpain_timer.ui.translations import QT_TRANSLATE_NOOP

# English sources; each use site translates them (context "SendToWatch").
TITLE = QT_TRANSLATE_NOOP("SendToWatch", "Send to watch")
NO_WATCH = QT_TRANSLATE_NOOP(
    "SendToWatch",
    "No watch is plugged in: none of the mounted drives has a GARMIN/NewFiles folder. "
    "Plug in your watch and try again, or save the workout as a file to copy later.",
)

EJECT = QT_TRANSLATE_NOOP("SendToWatch", "Eject the watch; you'll find “{name}” under Training → Workouts.")

watch_roots: Callable[[], list[Path]] = mount_roots


def choose_workout_file(parent: QWidget | None, suggested: Path) -> Path | None:
    """Where to save the workout file; None when the user cancels (tests replace this)."""
    return dialogs.choose_save_path(
        parent,
        QCoreApplication.translate("SendToWatch", "Save watch workout"),
        suggested,
        QCoreApplication.translate("SendToWatch", "FIT workout (*.fit)"),
    )


def tell(parent: QWidget | None, title: str, text: str) -> None:
    """A message to read and close (tests replace this)."""
    QMessageBox.information(parent, title, text)


def send_to_watch(parent: QWidget | None, library: Library, routine_id: str | None) -> str | None:
    """Copy the routine's workout to the first watch found, or offer to save it; a status line, or None
    when nothing was written (or no routine is selected)."""
    from backpain_timer.domain.plan import plan
    from backpain_timer.domain.workout import WorkoutError, workout
    from backpain_timer.storage.atomic import atomic_write_bytes
    from backpain_timer.storage.fit_workout import FIT_SUFFIX, workout_fit_bytes
    from backpain_timer.storage.problems import RoutineError
    from backpain_timer.storage.watch import copy_new_file, find_watch_folders

    if routine_id is None:
        return None
    title = QCoreApplication.translate("SendToWatch", TITLE)
    try:
        routine = library.load(routine_id)
        data = workout_fit_bytes(workout(plan(routine)))
        folders = find_watch_folders(watch_roots())
        if folders:
            written = copy_new_file(data, folders[0], routine_id, FIT_SUFFIX)
            tell(parent, title, QCoreApplication.translate("SendToWatch", EJECT).format(name=routine.name))
            return QCoreApplication.translate("SendToWatch", "Sent “{name}” to the watch ({file}).").format(
                name=routine.name, file=written.name
            )
        if not dialogs.confirm(
            parent,
            title,
            QCoreApplication.translate("SendToWatch", NO_WATCH),
            QCoreApplication.translate("SendToWatch", "Save as file…"),
        ):
            return None
        destination = choose_workout_file(parent, Path.home() / f"{routine_id}{FIT_SUFFIX}")
        if destination is None:
            return None
        atomic_write_bytes(destination, data)
    except (RoutineError, WorkoutError, OSError) as error:
        dialogs.show_error(
            parent, QCoreApplication.translate("SendToWatch", "Cannot send to the watch"), str(error)
        )
        return None
    return QCoreApplication.translate("SendToWatch", "Saved the watch workout to {path}.").format(
        path=destination
    )
