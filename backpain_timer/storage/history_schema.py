"""The history database's tables, its migrations, and how a SessionRecord becomes a row and back.

The columns follow ``RECORD_FIELDS`` (the record's public field order, shared with the JSON and CSV
exports); each field says here how it is stored, so a new field is added in one place per layer.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from backpain_timer.domain.history import RECORD_FIELDS, SessionRecord, format_timestamp, parse_timestamp
from backpain_timer.storage.runs_schema import V3_RUNS, V4_RUN_OFFERS

SCHEMA_VERSION = 5

# v1: the guided-session record. Kept verbatim: migrations build every database through it.
V1_SCHEMA: tuple[str, ...] = (
    """CREATE TABLE sessions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        routine_id TEXT NOT NULL,
        routine_name TEXT NOT NULL,
        started_at TEXT NOT NULL,
        ended_at TEXT NOT NULL,
        planned_seconds REAL NOT NULL,
        active_seconds REAL NOT NULL,
        elapsed_seconds REAL NOT NULL,
        completed INTEGER NOT NULL CHECK (completed IN (0, 1)),
        holds_done INTEGER NOT NULL,
        holds_skipped INTEGER NOT NULL
    )""",
    "CREATE INDEX sessions_started_at ON sessions (started_at)",
)
# v2: pain check-ins, symptoms and the routine's tags (JSON arrays as text).
V2_CHECKINS: tuple[str, ...] = (
    "ALTER TABLE sessions ADD COLUMN pain_before INTEGER",
    "ALTER TABLE sessions ADD COLUMN pain_after INTEGER",
    "ALTER TABLE sessions ADD COLUMN symptoms TEXT NOT NULL DEFAULT '[]'",
    "ALTER TABLE sessions ADD COLUMN note TEXT",
    "ALTER TABLE sessions ADD COLUMN tags TEXT NOT NULL DEFAULT '[]'",
    "CREATE INDEX sessions_routine_id ON sessions (routine_id, started_at)",
)
# v3: runs read from watch files; v4: the cool-downs offered after runs (storage/runs_schema.py).
# v5: the symptoms ticked after a session (JSON array as text).
V5_SYMPTOMS_AFTER: tuple[str, ...] = (
    "ALTER TABLE sessions ADD COLUMN symptoms_after TEXT NOT NULL DEFAULT '[]'",
)
MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: V1_SCHEMA,
    2: V2_CHECKINS,
    3: V3_RUNS,
    4: V4_RUN_OFFERS,
    5: V5_SYMPTOMS_AFTER,
}


def _same(value: Any) -> Any:
    return value


def _json_text(names: tuple[str, ...]) -> str:
    return json.dumps(list(names), ensure_ascii=False) if names else "[]"  # as _json_names: skip json


def _json_names(text: str) -> tuple[str, ...]:
    if text == "[]":
        return ()  # most records have no symptoms: skip the parser
    names = json.loads(text)
    if not isinstance(names, list):
        raise ValueError("symptoms, symptoms_after and tags must be JSON arrays")
    return tuple(str(name) for name in names)


@dataclass(frozen=True)
class Column:
    """How one record field is stored: the SQL value it becomes, and the field value it reads back as."""

    to_sql: Callable[[Any], Any] = _same
    from_sql: Callable[[Any], Any] = _same
    # The schema version that added the column, and what an older database, which lacks it, reads as (SQL).
    since: int = 1
    absent: str = "NULL"


# Keyed by field; the order comes from RECORD_FIELDS (a test checks that both name the same fields).
_STORAGE: dict[str, Column] = {
    "id": Column(),
    "routine_id": Column(),
    "routine_name": Column(),
    "started_at": Column(format_timestamp, parse_timestamp),
    "ended_at": Column(format_timestamp, parse_timestamp),
    "planned_seconds": Column(from_sql=float),
    "active_seconds": Column(from_sql=float),
    "elapsed_seconds": Column(from_sql=float),
    "completed": Column(int, bool),
    "holds_done": Column(from_sql=int),
    "holds_skipped": Column(from_sql=int),
    "pain_before": Column(since=2),
    "pain_after": Column(since=2),
    "symptoms": Column(_json_text, _json_names, since=2, absent="'[]'"),
    "note": Column(since=2),
    "tags": Column(_json_text, _json_names, since=2, absent="'[]'"),
    "symptoms_after": Column(_json_text, _json_names, since=5, absent="'[]'"),
}
COLUMNS: tuple[tuple[str, Column], ...] = tuple((name, _STORAGE[name]) for name in RECORD_FIELDS)
# The database numbers new sessions itself: a record's own id is never written.
_WRITTEN = tuple((name, column) for name, column in COLUMNS if name != "id")
_ENCODERS = tuple((name, column.to_sql) for name, column in _WRITTEN)
_DECODERS = tuple((name, column.from_sql) for name, column in COLUMNS)


def _select(version: int) -> str:
    columns = (name if column.since <= version else column.absent for name, column in COLUMNS)
    return f"SELECT {', '.join(columns)} FROM sessions"


# The query that reads the records of a database at each version. One opened read-only cannot be
# migrated: the columns it lacks read as empty (no check-ins before v2, no symptoms after before v5).
SELECTS: dict[int, str] = {version: _select(version) for version in MIGRATIONS}
WRITTEN_FIELDS: tuple[str, ...] = tuple(name for name, _ in _WRITTEN)  # the order of record_to_row
INSERT = f"INSERT INTO sessions ({', '.join(WRITTEN_FIELDS)}) VALUES ({', '.join('?' for _ in _WRITTEN)})"
# An import keeps a record's id when it is free (id first, then record_to_row's values).
INSERT_WITH_ID = f"INSERT INTO sessions (id, {', '.join(WRITTEN_FIELDS)}) VALUES (?{', ?' * len(_WRITTEN)})"


# The check-in after a session, which the end screen adds to the session's stored record.
_AFTER_CHECKIN = ("pain_after", "note", "symptoms_after")
UPDATE_AFTER_CHECKIN = f"UPDATE sessions SET {' = ?, '.join(_AFTER_CHECKIN)} = ? WHERE id = ?"


def after_checkin_parameters(
    record_id: int, pain_after: int | None, note: str | None, symptoms_after: tuple[str, ...]
) -> tuple[Any, ...]:
    """The values for ``UPDATE_AFTER_CHECKIN``, in its order."""
    answer = (pain_after, note, symptoms_after)
    stored = (_STORAGE[name].to_sql(value) for name, value in zip(_AFTER_CHECKIN, answer, strict=True))
    return (*stored, record_id)


def record_to_row(record: SessionRecord) -> tuple[Any, ...]:
    """The values for ``INSERT``, in its column order."""
    return tuple(to_sql(getattr(record, name)) for name, to_sql in _ENCODERS)


def record_from_row(row: tuple[Any, ...]) -> SessionRecord:
    """A row of one of ``SELECTS`` as a record; TypeError or ValueError when it is damaged."""
    return SessionRecord(
        **{name: from_sql(value) for (name, from_sql), value in zip(_DECODERS, row, strict=True)}
    )
