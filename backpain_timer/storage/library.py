"""Built-in and user routines and exercises: the catalogue of exercises, the routine files, loading one
routine, and listing them all (through the index in :mod:`backpain_timer.storage.routine_index`)."""

from __future__ import annotations

import os
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from backpain_timer import __version__, resources
from backpain_timer.domain import texts
from backpain_timer.domain.language import ENGLISH, PSEUDO, pseudo
from backpain_timer.domain.routine import Exercise, Routine
from backpain_timer.storage.paths import DataDir
from backpain_timer.storage.problems import Problem, RoutineError, RoutineFileError, UnknownRoutine
from backpain_timer.storage.routine_index import RoutineIndex, RoutineInfo, Source

if TYPE_CHECKING:
    from backpain_timer.storage.overlay import Overlay

ROUTINE_SUFFIX = ".yaml"
EXERCISES_ID = "exercises"  # <dir>/exercises.yaml is an exercise library, not a routine
# Ids the library reads as something else: no routine may take them.
RESERVED_IDS = frozenset({EXERCISES_ID})
EXERCISES_FILE = f"{EXERCISES_ID}{ROUTINE_SUFFIX}"
TRANSLATIONS_DIR = "i18n"  # <builtin dir>/i18n/<code>.yaml: the overlays (storage/overlay.py)


@dataclass(frozen=True)
class Listing:
    """One listing of the library: the valid routines by name, and the problems of the files left out."""

    routines: list[RoutineInfo]
    problems: list[Problem]


def looks_like_path(text: str) -> bool:
    return os.sep in text or "/" in text or text.endswith((".yaml", ".yml"))


class Library:
    """Everything a user can pick from. User routines override built-in ones with the same id.

    Built-in exercises and routines speak ``language`` (by default the language the domain's texts are in:
    ``storage.texts_files.use_language`` sets both); user files are shown as written."""

    def __init__(self, data: DataDir, builtin_dir: Path | None = None, language: str | None = None) -> None:
        self.data = data
        self.builtin_dir = builtin_dir or resources.routines_dir()
        self.language = language or texts.language()
        self._exercises: dict[str, Exercise] | None = None
        self._exercise_problems: list[Problem] = []
        self._overlay: Overlay | None = None

    # -- exercises ---------------------------------------------------------------------------------

    @property
    def exercises(self) -> Mapping[str, Exercise]:
        """The built-in exercises with the user's own file on top (left out when it has problems)."""
        if self._exercises is None:
            from backpain_timer.storage.routine_yaml import load_library_file  # YAML only when needed

            builtin = load_library_file(self.builtin_dir / EXERCISES_FILE)
            self._exercise_problems = []
            overlay = self._load_overlay(builtin.keys())
            exercises = {key: overlay.exercise(exercise) for key, exercise in builtin.items()}
            user_file = self.data.exercises_file
            if user_file.is_file():
                try:
                    exercises.update(load_library_file(user_file))
                except RoutineFileError as error:
                    self._exercise_problems.extend(error.problems)
            self._exercises = exercises
        return self._exercises

    @property
    def exercise_problems(self) -> list[Problem]:
        """The problems of the user's exercise file, found when the exercises were last read."""
        _ = self.exercises
        return list(self._exercise_problems)

    def overlay_path(self) -> Path:
        return self.builtin_dir / TRANSLATIONS_DIR / f"{self.language}{ROUTINE_SUFFIX}"

    def _load_overlay(self, exercise_ids: Collection[str]) -> Overlay:
        """The chosen language's overlay, read only now (a library in English reads none); an overlay with
        problems is reported with the exercise problems and the library stays English."""
        from backpain_timer.storage.overlay import Overlay, load_overlay

        self._overlay = Overlay(wrap=pseudo if self.language == PSEUDO else None)
        if self.language not in (ENGLISH, PSEUDO) and self.overlay_path().is_file():
            routine_ids = [path.stem for path in self.builtin_dir.glob(f"*{ROUTINE_SUFFIX}")]
            try:
                self._overlay = load_overlay(self.overlay_path(), exercise_ids, routine_ids)
            except RoutineFileError as error:
                self._exercise_problems.extend(error.problems)
        return self._overlay

    def _read(self, path: Path, source: Source, routine_id: str | None = None) -> Routine:
        """A routine file; a built-in one in the library's language."""
        from backpain_timer.storage.routine_yaml import load_routine_file

        routine = load_routine_file(path, self.exercises, routine_id)
        return self._overlay.routine(routine) if source == "builtin" and self._overlay else routine

    def reload(self) -> None:
        """Read the exercise files again when next needed (they may have changed on disk)."""
        self._exercises = None
        self._exercise_problems = []

    # -- routine files -----------------------------------------------------------------------------

    def builtin_path(self, routine_id: str) -> Path:
        return self.builtin_dir / f"{routine_id}{ROUTINE_SUFFIX}"

    def user_path(self, routine_id: str) -> Path:
        return self.data.routines_dir / f"{routine_id}{ROUTINE_SUFFIX}"

    def has_builtin(self, routine_id: str) -> bool:
        return self.builtin_path(routine_id).is_file()

    def has_user(self, routine_id: str) -> bool:
        return self.user_path(routine_id).is_file()

    def _files(self) -> tuple[list[tuple[str, Source, Path]], list[Problem]]:
        """(id, source, path) of every routine file, a user file hiding the built-in one with its id; and
        the problem of a routines folder that cannot be read."""
        problems: list[Problem] = []
        try:
            entries = sorted(self.data.routines_dir.iterdir())
        except FileNotFoundError:
            entries = []
        except OSError as error:
            problems.append(_file_problem(self.data.routines_dir, error))
            entries = []
        user_files = {
            path.stem: path
            for path in entries
            if path.suffix == ROUTINE_SUFFIX and not path.name.startswith(".")
        }
        files: list[tuple[str, Source, Path]] = [
            (path.stem, "builtin", path)
            for path in sorted(self.builtin_dir.glob(f"*{ROUTINE_SUFFIX}"))
            if path.stem not in RESERVED_IDS and path.stem not in user_files
        ]
        files.extend((routine_id, "user", path) for routine_id, path in user_files.items())
        return files, problems

    def routine_ids(self) -> list[str]:
        files, _ = self._files()
        return sorted(routine_id for routine_id, _, _ in files)

    def list_routines(self) -> list[RoutineInfo]:
        """Every valid routine, by name, for callers that leave reporting bad files to others."""
        return self.listing().routines

    def listing(self) -> Listing:
        """Every valid routine, by name, and the problems of the files left out. Each call reports what is
        on disk now: the problems are not kept, so listing again does not repeat them."""
        name = "routine-index.json" if self.language == ENGLISH else f"routine-index.{self.language}.json"
        index = RoutineIndex(self.data.cache_dir / name, self._library_fingerprint())
        files, problems = self._files()
        file_problems: list[Problem] = []
        found: list[RoutineInfo] = []
        for routine_id, source, path in files:
            info = index.lookup(path)
            if info is None:
                try:
                    routine = self._read(path, source, routine_id)
                except RoutineFileError as error:
                    index.remember_problems(path, error.problems)
                    file_problems.extend(error.problems)
                    continue
                info = RoutineInfo.of(routine, source, path)
                index.remember(path, info)
            elif isinstance(info, list):
                file_problems.extend(info)
                continue
            found.append(info)
        index.save()
        routines = sorted(found, key=lambda info: (info.name.casefold(), info.id))
        return Listing(routines, [*problems, *self._exercise_problems, *file_problems])

    def load(self, id_or_path: str) -> Routine:
        """A routine by id (user first, then built-in) or by file path. Raises a RoutineError: UnknownRoutine
        or RoutineFileError (a file that cannot be read is one too)."""
        if looks_like_path(id_or_path) or Path(id_or_path).is_file():
            path = Path(id_or_path)
            if not path.is_file():
                raise UnknownRoutine(f"{id_or_path}: no such file")
            return self._read(path, "outside")
        if id_or_path not in RESERVED_IDS:
            sources: tuple[tuple[Path, Source], ...] = (
                (self.user_path(id_or_path), "user"),
                (self.builtin_path(id_or_path), "builtin"),
            )
            for path, source in sources:
                if path.is_file():
                    return self._read(path, source, id_or_path)
        raise UnknownRoutine(unknown_message("routine", id_or_path, self.routine_ids()))

    def load_or_report(self, id_or_path: str, report: Callable[[RoutineError], object]) -> Routine | None:
        """The routine, or None after handing ``report`` why not: the one place loading meets its errors;
        the terminal prints them (``terminal.print_error``), windows show them their own way."""
        try:
            return self.load(id_or_path)
        except RoutineError as error:
            report(error)
            return None

    def _library_fingerprint(self) -> str:
        """Cached entries depend on the exercise library (ids, default holds) and the language's overlay:
        key them by the language and those files."""
        parts = [__version__, self.language]
        for path in (self.builtin_dir / EXERCISES_FILE, self.data.exercises_file, self.overlay_path()):
            try:
                stat = path.stat()
                parts.append(f"{path}:{stat.st_size}:{stat.st_mtime_ns}")
            except OSError:
                parts.append(f"{path}:-")
        return "|".join(parts)


def unknown_message(kind: str, name: str, known: list[str]) -> str:
    import difflib  # only for a name that is wrong: listing does not need it

    close = difflib.get_close_matches(name, known, n=1)
    hint = f" (did you mean '{close[0]}'?)" if close else ""
    return f"unknown {kind} '{name}'{hint}"


def _file_problem(path: Path, error: OSError) -> Problem:
    return Problem(str(path), 1, 1, f"cannot read: {error.strerror or error}")
