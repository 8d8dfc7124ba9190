"""Built-in and user routines and exercises: lookups, user overrides, and a small index for fast listing."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from backpain_timer import __version__, resources
from backpain_timer.domain.plan import plan
from backpain_timer.domain.routine import Exercise, Routine, Sides
from backpain_timer.storage.atomic import atomic_write_text
from backpain_timer.storage.paths import DataDir
from backpain_timer.storage.problems import Problem, RoutineFileError

Source = Literal["builtin", "user"]
_INDEX_VERSION = 3  # 2: with each routine's step outline; 3: with each step's equipment and avoid_if
ROUTINE_SUFFIX = ".yaml"


class UnknownRoutine(LookupError):
    """No routine has that id; str() is the message, with a did-you-mean when one is close."""


@dataclass(frozen=True)
class StepOutline:
    """What the home screen shows of a step: kept in the index, so showing a routine reads no YAML."""

    name: str
    hold_seconds: float
    sides: Sides
    reps: int
    note: str
    # What the exercise needs and who should adapt it: shown with the step, not part of what it is.
    equipment: tuple[str, ...] = field(default=(), compare=False)
    avoid_if: tuple[str, ...] = field(default=(), compare=False)


# A step outline as the index keeps it: [name, hold seconds, sides, reps, note, equipment, avoid_if].
# Rows are turned into StepOutline only when a routine is shown, so listing many routines (`list`) does
# not pay for them.
OutlineRow = tuple[str, float, str, int, str, Sequence[str], Sequence[str]]
_SIDES_VALUES = frozenset(side.value for side in Sides)


def _outline_rows(stored: Any) -> tuple[OutlineRow, ...] | None:
    """The stored rows when they have the right shape; None for anything else (the file is read again)."""
    if not isinstance(stored, list):
        return None
    rows = tuple(tuple(row) for row in stored if isinstance(row, list) and len(row) == 7)
    if len(rows) != len(stored) or not all(map(_is_outline_row, rows)):
        return None
    return rows


def _is_outline_row(row: tuple[Any, ...]) -> bool:
    name, hold, sides, reps, note, equipment, avoid_if = row
    return (
        isinstance(name, str)
        and isinstance(hold, int | float)
        and sides in _SIDES_VALUES
        and isinstance(reps, int)
        and isinstance(note, str)
        and all(
            isinstance(texts, list) and all(isinstance(text, str) for text in texts)
            for texts in (equipment, avoid_if)
        )
    )


@dataclass(frozen=True)
class RoutineInfo:
    """What the list shows of a routine, without keeping the whole routine."""

    id: str
    name: str
    description: str
    tags: tuple[str, ...]
    total_seconds: float
    steps: int
    source: Source
    path: Path
    outline_rows: tuple[OutlineRow, ...] = field(default=(), compare=False, repr=False)

    @property
    def outline(self) -> tuple[StepOutline, ...]:
        return tuple(
            StepOutline(name, hold, Sides(sides), reps, note, tuple(equipment), tuple(avoid_if))
            for name, hold, sides, reps, note, equipment, avoid_if in self.outline_rows
        )

    def to_json(self) -> dict[str, Any]:
        """The listing (`list --json`); the outline is kept in the index next to it."""
        return {
            "id": self.id,
            "name": self.name,
            "description": self.description,
            "tags": list(self.tags),
            "total_seconds": self.total_seconds,
            "steps": self.steps,
            "source": self.source,
            "path": str(self.path),
        }

    @classmethod
    def of(cls, routine: Routine, source: Source, path: Path) -> RoutineInfo:
        return cls(
            id=routine.id,
            name=routine.name,
            description=routine.description,
            tags=routine.tags,
            total_seconds=plan(routine).total_seconds,
            steps=len(routine.steps),
            source=source,
            path=path,
            outline_rows=tuple(
                (
                    step.exercise.name,
                    step.hold_seconds,
                    step.effective_sides.value,
                    step.reps,
                    step.note,
                    list(step.exercise.equipment),
                    list(step.exercise.avoid_if),
                )
                for step in routine.steps
            ),
        )


def looks_like_path(text: str) -> bool:
    return os.sep in text or "/" in text or text.endswith((".yaml", ".yml"))


class Library:
    """Everything a user can pick from. User routines override built-in ones with the same id."""

    def __init__(self, data: DataDir, builtin_dir: Path | None = None) -> None:
        self.data = data
        self.builtin_dir = builtin_dir or resources.routines_dir()
        self.problems: list[Problem] = []
        self._exercises: dict[str, Exercise] | None = None

    # -- exercises ---------------------------------------------------------------------------------

    @property
    def exercises(self) -> Mapping[str, Exercise]:
        if self._exercises is None:
            from backpain_timer.storage.routine_yaml import load_library_file  # YAML only when needed

            exercises = load_library_file(self.builtin_dir / "exercises.yaml")
            user_file = self.data.exercises_file
            if user_file.is_file():
                try:
                    exercises.update(load_library_file(user_file))
                except RoutineFileError as error:
                    self.problems.extend(error.problems)
            self._exercises = exercises
        return self._exercises

    def reload(self) -> None:
        self._exercises = None
        self.problems = []

    # -- routine files -----------------------------------------------------------------------------

    def builtin_path(self, routine_id: str) -> Path:
        return self.builtin_dir / f"{routine_id}{ROUTINE_SUFFIX}"

    def user_path(self, routine_id: str) -> Path:
        return self.data.routines_dir / f"{routine_id}{ROUTINE_SUFFIX}"

    def has_builtin(self, routine_id: str) -> bool:
        return self.builtin_path(routine_id).is_file()

    def has_user(self, routine_id: str) -> bool:
        return self.user_path(routine_id).is_file()

    def _files(self) -> Iterator[tuple[str, Source, Path]]:
        """(id, source, path) of every routine file; a user file hides the built-in one with its id."""
        user_files: dict[str, Path] = {}
        try:
            entries = sorted(self.data.routines_dir.iterdir())
        except FileNotFoundError:
            entries = []
        except OSError as error:
            self.problems.append(_file_problem(self.data.routines_dir, error))
            entries = []
        for path in entries:
            if path.suffix == ROUTINE_SUFFIX and not path.name.startswith("."):
                user_files[path.stem] = path
        for path in sorted(self.builtin_dir.glob(f"*{ROUTINE_SUFFIX}")):
            if path.name != "exercises.yaml" and path.stem not in user_files:
                yield path.stem, "builtin", path
        for routine_id, path in user_files.items():
            yield routine_id, "user", path

    def routine_ids(self) -> list[str]:
        return sorted(routine_id for routine_id, _, _ in self._files())

    def list_routines(self) -> list[RoutineInfo]:
        """Every valid routine, by name. Problems of invalid user files land in ``self.problems``."""
        index = _RoutineIndex(self.data.cache_dir / "routine-index.json", self._library_fingerprint())
        found: list[RoutineInfo] = []
        for routine_id, source, path in self._files():
            info = index.lookup(path)
            if info is None:
                from backpain_timer.storage.routine_yaml import load_routine_file

                try:
                    routine = load_routine_file(path, self.exercises, routine_id)
                except RoutineFileError as error:
                    index.remember_problems(path, error.problems)
                    self.problems.extend(error.problems)
                    continue
                except OSError as error:
                    self.problems.append(_file_problem(path, error))
                    continue
                info = RoutineInfo.of(routine, source, path)
                index.remember(path, info)
            elif isinstance(info, list):
                self.problems.extend(info)
                continue
            found.append(info)
        index.save()
        return sorted(found, key=lambda info: (info.name.casefold(), info.id))

    def load(self, id_or_path: str) -> Routine:
        """A routine by id (user first, then built-in) or by file path. Raises UnknownRoutine/RoutineFileError."""
        from backpain_timer.storage.routine_yaml import load_routine_file

        if looks_like_path(id_or_path) or Path(id_or_path).is_file():
            path = Path(id_or_path)
            if not path.is_file():
                raise UnknownRoutine(f"{id_or_path}: no such file")
            return load_routine_file(path, self.exercises)
        for path in (self.user_path(id_or_path), self.builtin_path(id_or_path)):
            if path.is_file() and id_or_path != "exercises":
                return load_routine_file(path, self.exercises, id_or_path)
        raise UnknownRoutine(unknown_message("routine", id_or_path, self.routine_ids()))

    def _library_fingerprint(self) -> str:
        """Cached entries depend on the exercise library (ids, default holds): key them by its files."""
        parts = [__version__]
        for path in (self.builtin_dir / "exercises.yaml", self.data.exercises_file):
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


class _RoutineIndex:
    """Parsed-file cache keyed by path, size and mtime, so listing many user routines stays cheap."""

    def __init__(self, path: Path, fingerprint: str) -> None:
        self.path = path
        self.fingerprint = fingerprint
        self.entries: dict[str, dict[str, Any]] = {}
        self.seen: set[str] = set()
        self.changed = False
        try:
            stored = json.loads(path.read_text(encoding="utf-8"))
            if stored.get("version") == _INDEX_VERSION and stored.get("library") == fingerprint:
                self.entries = stored["entries"]
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            self.entries = {}  # a missing or damaged index is rebuilt

    @staticmethod
    def _key(path: Path) -> tuple[str, list[int]] | None:
        try:
            stat = path.stat()
        except OSError:
            return None
        return str(path), [stat.st_size, stat.st_mtime_ns]

    def lookup(self, path: Path) -> RoutineInfo | list[Problem] | None:
        key = self._key(path)
        if key is None:
            return None
        self.seen.add(key[0])
        entry = self.entries.get(key[0])
        if entry is None or entry.get("stamp") != key[1]:
            return None
        try:
            if "problems" in entry:
                return [Problem(**problem) for problem in entry["problems"]]
            info = dict(entry["info"])
            info["tags"] = tuple(info["tags"])
            info["path"] = Path(info["path"])
            rows = _outline_rows(entry["outline"])
            if rows is None:
                return None
            return RoutineInfo(**info, outline_rows=rows)
        except (KeyError, TypeError, ValueError):
            return None

    def _store(self, path: Path, value: dict[str, Any]) -> None:
        key = self._key(path)
        if key is not None:
            self.entries[key[0]] = {"stamp": key[1], **value}
            self.changed = True

    def remember(self, path: Path, info: RoutineInfo) -> None:
        self._store(path, {"info": info.to_json(), "outline": info.outline_rows})

    def remember_problems(self, path: Path, problems: list[Problem]) -> None:
        self._store(path, {"problems": [asdict(problem) for problem in problems]})

    def save(self) -> None:
        """Write the index when it learned something or lists files that are gone."""
        if not self.changed and self.seen >= self.entries.keys():
            return
        self.entries = {path: entry for path, entry in self.entries.items() if path in self.seen}
        document = {"version": _INDEX_VERSION, "library": self.fingerprint, "entries": self.entries}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_text(self.path, json.dumps(document))
        except OSError:
            pass  # a read-only data dir still lists; it is only slower
