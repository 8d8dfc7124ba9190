"""The listing index: what the list shows of each routine (``RoutineInfo``, with its step outline), kept
in a JSON file keyed by each file's path, size and mtime, so listing many routines reads no YAML."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from backpain_timer.domain.plan import plan
from backpain_timer.domain.routine import Routine, Sides
from backpain_timer.storage.atomic import atomic_write_text
from backpain_timer.storage.problems import Problem

# "user": in the user's routines folder; "outside": a file opened from anywhere else (not in the library).
Source = Literal["builtin", "user", "outside"]
_INDEX_VERSION = 3  # 2: with each routine's step outline; 3: with each step's equipment and avoid_if


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


class RoutineIndex:
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
