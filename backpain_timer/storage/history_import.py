"""Reading back what ``history --csv`` writes, for ``history --import``: every bad row at once, as
``FILE:LINE: error: message``, and no record unless the whole file is good.

Files written by earlier versions are read too: new columns are only ever added at the end, so an older
header is the beginning of today's, and the columns it lacks read as the fields' defaults."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path
from typing import Any

from backpain_timer.domain.history import RECORD_FIELDS, SessionRecord, parse_timestamp
from backpain_timer.storage.history_export import FORMULA_STARTS


class HistoryImportError(Exception):
    """A CSV file that cannot be imported; ``lines`` are ``FILE:LINE: error: message``, one per problem."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


def _text(cell: str) -> str:
    # The export defuses spreadsheet formulas with a leading apostrophe: take it off again.
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_STARTS) else cell


def _optional(read: Callable[[str], Any]) -> Callable[[str], Any]:
    return lambda cell: read(cell) if cell else None


def _boolean(cell: str) -> bool:
    if cell not in ("true", "false"):
        raise ValueError(cell)
    return cell == "true"


def _names(cell: str) -> tuple[str, ...]:
    return tuple(_text(cell).split(";")) if cell else ()


_NUMBER = (float, "a number")
_WHOLE = (int, "a whole number")
_TIME = (parse_timestamp, "a time with its UTC offset, like 2026-11-25T14:03:46.120+00:00")
# How each column of the CSV reads back (the inverse of history_export._cell), and what it expects.
_READERS: dict[str, tuple[Callable[[str], Any], str]] = {
    "id": (_optional(int), "a whole number"),
    "routine_id": (_text, "text"),
    "routine_name": (_text, "text"),
    "started_at": _TIME,
    "ended_at": _TIME,
    "planned_seconds": _NUMBER,
    "active_seconds": _NUMBER,
    "elapsed_seconds": _NUMBER,
    "completed": (_boolean, "true or false"),
    "holds_done": _WHOLE,
    "holds_skipped": _WHOLE,
    "pain_before": (_optional(int), "a whole number from 0 to 10"),
    "pain_after": (_optional(int), "a whole number from 0 to 10"),
    "symptoms": (_names, "a list of symptom ids"),
    "note": (_optional(_text), "text"),
    "tags": (_names, "a list of tags"),
    "symptoms_after": (_names, "a list of symptom ids"),
}
_REQUIRED = ("routine_id", "routine_name")
# The columns of the first public format (before symptoms_after): every header has at least these.
_FIRST_COLUMNS = RECORD_FIELDS[: RECORD_FIELDS.index("tags") + 1]


def read_history_csv(path: Path) -> list[SessionRecord]:
    """The records of a ``history --csv`` file; HistoryImportError with every problem, or OSError."""
    with path.open(encoding="utf-8", newline="") as file:
        try:
            return _parse(str(path), csv.reader(file, strict=True))
        except UnicodeDecodeError as error:
            raise HistoryImportError([f"{path}:1: error: not UTF-8 text ({error.reason})"]) from error


def _parse(name: str, reader: Any) -> list[SessionRecord]:
    problems: list[str] = []
    records: list[SessionRecord] = []
    try:
        header = next(reader, None)
        if header is None or not _known_header(header):
            raise HistoryImportError(
                [f"{name}:1: error: not a history CSV: the first line must be {','.join(RECORD_FIELDS)}"]
            )
        line = reader.line_num + 1
        for row in reader:
            try:
                records.append(_record(header, row))
            except ValueError as error:
                problems.append(f"{name}:{line}: error: {error}")
            line = reader.line_num + 1  # a quoted note may span lines: a row starts after the last one
    except csv.Error as error:
        problems.append(f"{name}:{reader.line_num}: error: {error}")
    if problems:
        raise HistoryImportError(problems)
    return records


def _known_header(header: list[str]) -> bool:
    """Today's columns, or the beginning of them that an earlier version wrote."""
    return len(header) >= len(_FIRST_COLUMNS) and header == list(RECORD_FIELDS[: len(header)])


def _record(header: list[str], row: list[str]) -> SessionRecord:
    if len(row) != len(header):
        raise ValueError(f"expected {len(header)} columns, got {len(row)}")
    values: dict[str, Any] = {}
    for name, cell in zip(header, row, strict=True):
        if name in _REQUIRED and not cell:
            raise ValueError(f"{name} must not be empty")
        read, expected = _READERS[name]
        try:
            values[name] = read(cell)
        except ValueError as error:
            raise ValueError(f"{name} must be {expected}, got {cell!r}") from error
    # Its own checks: pain 0–10, known symptoms, no negative times; a column the file lacks is the default.
    return SessionRecord(**values)
