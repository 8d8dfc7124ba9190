"""Routine files in and out of the user's library: import, export, trash, restore built-in, new ids.

Imports and exports copy the file's text as written, so comments and key order survive (unless an
inline exercise's image path must be rewritten for the new folder); every copy is atomic. Nothing is
ever deleted: files that leave the library go to ``<data>/trash/`` with a time stamp.
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from backpain_timer.domain.routine import Routine
from backpain_timer.domain.slug import numbered, slugify
from backpain_timer.storage.atomic import atomic_write_text
from backpain_timer.storage.library import RESERVED_IDS, ROUTINE_SUFFIX, Library
from backpain_timer.storage.routine_yaml import Problem, RoutineFileError, load_routine_file, routine_to_yaml


class TransferError(Exception):
    """An import/export/trash request that cannot be done; str() is the message for the user."""


class ImportConflict(TransferError):
    """Some imported files would replace routines the user already has."""

    def __init__(self, routine_ids: Sequence[str]) -> None:
        self.routine_ids = tuple(routine_ids)
        names = ", ".join(f"'{routine_id}'" for routine_id in self.routine_ids)
        super().__init__(
            f"you already have a routine with the id {names}; nothing was imported. "
            "Rename the file, or choose to replace yours (the old file goes to the trash)."
        )


def import_routines(files: Sequence[Path], library: Library, *, overwrite: bool = False) -> list[Path]:
    """Validate every file, then copy each to ``<data>/routines/<stem>.yaml``; returns the new paths.

    Any problem in any file raises RoutineFileError with all of them and copies nothing. A file whose id
    is already a user routine raises ImportConflict, unless ``overwrite``: then the old file is first
    copied to the trash.
    """
    problems: list[Problem] = []
    accepted: dict[str, tuple[Path, str]] = {}
    for file in files:
        routine_id = file.stem
        if routine_id in accepted:
            other = accepted[routine_id][0]
            problems.append(Problem(str(file), 1, 1, f"same routine id '{routine_id}' as {other}"))
            continue
        if routine_id in RESERVED_IDS or routine_id.startswith("."):
            problems.append(
                Problem(str(file), 1, 1, f"'{routine_id}' cannot be a routine id: rename the file")
            )
            continue
        try:
            routine = load_routine_file(file, library.exercises, routine_id)
            text = _copy_text(routine, file, library.user_path(routine_id))
        except RoutineFileError as error:
            problems.extend(error.problems)
            continue
        except OSError as error:
            problems.append(Problem(str(file), 1, 1, f"cannot read: {error.strerror or error}"))
            continue
        accepted[routine_id] = (file, text)
    if problems:
        raise RoutineFileError(problems)
    taken = [routine_id for routine_id in accepted if library.has_user(routine_id)]
    if taken and not overwrite:
        raise ImportConflict(taken)
    library.data.ensure()
    written: list[Path] = []
    for routine_id, (_, text) in accepted.items():
        destination = library.user_path(routine_id)
        if destination.exists():
            copy_to_trash(destination, library.data.trash_dir)
        atomic_write_text(destination, text)
        written.append(destination)
    return written


def export_routine(library: Library, routine_id: str, destination: Path) -> Path:
    """Copy a valid routine's file, comments and all, to ``destination`` (a file, or a folder to put it in).

    Raises UnknownRoutine, RoutineFileError (the routine does not validate) or OSError.
    """
    routine = library.load(routine_id)
    if routine.source_path is None:
        raise TransferError(f"routine '{routine_id}' has no file to export")
    if destination.is_dir():
        destination = destination / f"{routine_id}{ROUTINE_SUFFIX}"
    atomic_write_text(destination, _copy_text(routine, Path(routine.source_path), destination))
    return destination


def _copy_text(routine: Routine, source: Path, destination: Path) -> str:
    """The source file's own text, comments and all; rewritten only when it names an image by a path
    relative to its folder, which would not be found next to the copy."""
    moves = source.resolve().parent != destination.resolve().parent
    if moves and any(step.exercise.id is None and step.exercise.image for step in routine.steps):
        return routine_to_yaml(routine, relative_to=destination.parent)
    return source.read_text(encoding="utf-8")


def _trash_name(path: Path, trash_dir: Path, now: datetime | None) -> Path:
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    candidate = trash_dir / f"{path.stem}.{stamp}{path.suffix}"
    number = 2
    while candidate.exists():
        candidate = trash_dir / f"{path.stem}.{stamp}-{number}{path.suffix}"
        number += 1
    return candidate


def move_to_trash(path: Path, trash_dir: Path, *, now: datetime | None = None) -> Path:
    """Move a file into the trash under a name that never replaces an earlier one; returns the new path."""
    trash_dir.mkdir(parents=True, exist_ok=True)
    target = _trash_name(path, trash_dir, now)
    shutil.move(path, target)
    return target


def copy_to_trash(path: Path, trash_dir: Path, *, now: datetime | None = None) -> Path:
    """Keep a copy of a file that is about to be replaced; returns the copy's path."""
    trash_dir.mkdir(parents=True, exist_ok=True)
    target = _trash_name(path, trash_dir, now)
    shutil.copy2(path, target)
    return target


def delete_user_routine(library: Library, routine_id: str) -> Path:
    """Move a user routine's file to the trash; built-in routines cannot be deleted."""
    if not library.has_user(routine_id):
        if library.has_builtin(routine_id):
            raise TransferError(
                f"'{routine_id}' is a built-in routine; only your own routines can be deleted"
            )
        raise TransferError(f"there is no routine of yours with the id '{routine_id}'")
    return move_to_trash(library.user_path(routine_id), library.data.trash_dir)


def restore_builtin(library: Library, routine_id: str) -> Path:
    """Bring back a built-in routine by moving the user's copy that overrides it to the trash."""
    if not library.has_builtin(routine_id):
        raise TransferError(f"'{routine_id}' is not a built-in routine")
    if not library.has_user(routine_id):
        raise TransferError(f"'{routine_id}' is already the built-in version")
    return move_to_trash(library.user_path(routine_id), library.data.trash_dir)


def is_taken(library: Library, routine_id: str) -> bool:
    return routine_id in RESERVED_IDS or library.has_user(routine_id) or library.has_builtin(routine_id)


def unique_id(library: Library, name: str) -> str:
    """The slug of ``name``, numbered ("-2", "-3"…) when a user or built-in routine already has it."""
    base = slugify(name)
    candidate = base
    number = 2
    while is_taken(library, candidate):
        candidate = numbered(base, number)
        number += 1
    return candidate
