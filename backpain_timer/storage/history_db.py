"""The session history in SQLite: ``<data>/history.sqlite3``, WAL, schema version in ``PRAGMA user_version``.

Safety first: every write is one transaction with ``synchronous=FULL``, so a crash (or kill -9) loses at
most the record being written, never an earlier one. Reading never creates the file, and a database we
cannot write (read-only folder or file) can still be read.

Threads: a store belongs to the thread that first uses it (sqlite3's ``check_same_thread``). The UI
writes from a worker, so the worker creates its own store::

    with HistoryStore(data_dir.history_db) as store:
        store.append(record)
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path
from types import TracebackType
from typing import Any

from backpain_timer.domain.history import SessionRecord, check_pain, check_symptoms, format_timestamp
from backpain_timer.storage.history_schema import (
    INSERT,
    INSERT_WITH_ID,
    MIGRATIONS,
    SCHEMA_VERSION,
    SELECTS,
    UPDATE_AFTER_CHECKIN,
    WRITTEN_FIELDS,
    after_checkin_parameters,
    record_from_row,
    record_to_row,
)
from backpain_timer.storage.problems import HistoryError

BUSY_TIMEOUT_SECONDS = 5.0
_STARTED_AT = WRITTEN_FIELDS.index("started_at")
_ROUTINE_ID = WRITTEN_FIELDS.index("routine_id")
_EXISTS = "SELECT 1 FROM sessions WHERE started_at = ? AND routine_id = ?"
_ID_TAKEN = "SELECT 1 FROM sessions WHERE id = ?"

_CANNOT_WRITE = {sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM, sqlite3.SQLITE_AUTH}


class HistoryStore:
    """Append and query session records. Opens lazily; use one store per thread."""

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        self._connection: sqlite3.Connection | None = None
        self._writable = False
        self._version = 0

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    # -- writing ---------------------------------------------------------------------------------

    def append(self, record: SessionRecord) -> int:
        """Store a record in one transaction and return its id (the record's own id is ignored)."""
        return self.append_many([record])[0]

    def append_many(self, records: Iterable[SessionRecord]) -> list[int]:
        """Store records in one transaction (all or none) and return their ids, in order.

        For imports and benchmark fixtures: one commit instead of one fsync per record.
        """
        rows = [record_to_row(record) for record in records]
        connection = self._open_for_writing()
        ids: list[int] = []
        with self._errors("save the session to"):
            connection.execute("BEGIN IMMEDIATE")
            try:
                for row in rows:
                    cursor = connection.execute(INSERT, row)
                    assert cursor.lastrowid is not None  # an INSERT into a rowid table always sets it
                    ids.append(cursor.lastrowid)
                connection.execute("COMMIT")
            except BaseException:
                rollback(connection)
                raise
        return ids

    def merge(self, records: Iterable[SessionRecord]) -> tuple[int, int]:
        """Add the records that are not stored yet, in one transaction (all or none); (added, skipped).

        A record is already stored when a session has the same ``started_at`` and ``routine_id``. A
        record keeps its own id when no session has it, so a history copied into an empty folder
        exports exactly as before.
        """
        rows = [(record.id, record_to_row(record)) for record in records]
        connection = self._open_for_writing()
        added = 0
        with self._errors("import into"):
            connection.execute("BEGIN IMMEDIATE")
            try:
                for record_id, row in rows:
                    started_at, routine_id = row[_STARTED_AT], row[_ROUTINE_ID]
                    if connection.execute(_EXISTS, (started_at, routine_id)).fetchone():
                        continue
                    if record_id is None or connection.execute(_ID_TAKEN, (record_id,)).fetchone():
                        connection.execute(INSERT, row)
                    else:
                        connection.execute(INSERT_WITH_ID, (record_id, *row))
                    added += 1
                connection.execute("COMMIT")
            except BaseException:
                rollback(connection)
                raise
        return added, len(rows) - added

    def update_checkin(
        self,
        record_id: int,
        *,
        pain_after: int | None,
        note: str | None,
        symptoms_after: Iterable[str],
    ) -> None:
        """Set the after-session check-in of a stored record, all of it in one statement (so all or
        nothing); ``symptoms_after`` replaces the ticked symptoms, () for none. HistoryError if there
        is no such record, ValueError for a pain outside 0–10 or an unknown symptom."""
        check_pain(pain_after, "pain_after")
        symptoms = check_symptoms(symptoms_after, "symptoms_after")
        parameters = after_checkin_parameters(record_id, pain_after, note, symptoms)
        connection = self._open_for_writing()
        with self._errors("save the check-in to"):
            cursor = connection.execute(UPDATE_AFTER_CHECKIN, parameters)
        if cursor.rowcount == 0:
            raise HistoryError(f"{self.path}: there is no session with id {record_id}")

    # -- reading ---------------------------------------------------------------------------------

    def records(
        self,
        *,
        since: date | None = None,
        routine_id: str | None = None,
        tag: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        tz: tzinfo | None = None,
        checked_in: bool = False,
    ) -> list[SessionRecord]:
        """Records newest first. ``since`` is a local date (``tz``, default the system's time zone):
        sessions started on or after its midnight are included. ``checked_in``: only sessions with
        both pain answers."""
        connection = self._open_for_reading()
        if connection is None:
            return []
        if self._version == 0:  # an empty file opened read-only
            return []
        where, parameters = _where(self._version, since, routine_id, tag, tz, checked_in)
        query = f"{SELECTS[self._version]}{where} ORDER BY started_at DESC, id DESC"
        if limit is not None or offset:
            query += " LIMIT ? OFFSET ?"
            parameters += [-1 if limit is None else limit, offset]
        with self._errors("read"):
            rows = connection.execute(query, parameters).fetchall()
        return [self._record(row) for row in rows]

    def count(
        self,
        *,
        routine_id: str | None = None,
        tag: str | None = None,
        since: date | None = None,
        tz: tzinfo | None = None,
    ) -> int:
        connection = self._open_for_reading()
        if connection is None or self._version == 0:
            return 0
        where, parameters = _where(self._version, since, routine_id, tag, tz)
        with self._errors("read"):
            (total,) = connection.execute(f"SELECT count(*) FROM sessions{where}", parameters).fetchone()
        return int(total)

    def _record(self, row: tuple[Any, ...]) -> SessionRecord:
        try:
            return record_from_row(row)
        except (TypeError, ValueError) as error:
            raise HistoryError(
                f"{self.path}: session {row[0]} is damaged ({error}); "
                "it was probably edited by another program"
            ) from error

    # -- opening and migrating -------------------------------------------------------------------

    def _open_for_writing(self) -> sqlite3.Connection:
        if self.read_only:
            raise HistoryError(f"cannot save to {self.path}: the history was opened read-only")
        if self._connection is not None and self._writable:
            return self._connection
        self.close()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise HistoryError(
                f"cannot save to {self.path}: cannot create its folder ({error.strerror or error}); "
                "choose another data directory with --data-dir"
            ) from error
        return self._connect(create=True, action="save to")

    def _open_for_reading(self) -> sqlite3.Connection | None:
        """The open connection, or a new one; None when there is no database yet (nothing is created)."""
        if self._connection is not None:
            return self._connection
        if not self.path.exists():
            return None
        if not self.read_only:
            try:
                return self._connect(create=False, action="open")
            except HistoryError as error:
                if not isinstance(error.__cause__, sqlite3.Error) or not _cannot_write(error.__cause__):
                    raise
        return self._connect_read_only()

    def _connect(self, *, create: bool, action: str) -> sqlite3.Connection:
        uri = f"{self.path.absolute().as_uri()}?mode={'rwc' if create else 'rw'}"
        with self._errors(action):
            connection = sqlite3.connect(
                uri, uri=True, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None, check_same_thread=True
            )
            try:
                connection.execute("PRAGMA journal_mode = WAL")
                connection.execute("PRAGMA synchronous = FULL")
                self._version = self._migrate(connection)
            except BaseException:
                connection.close()
                raise
        self._connection, self._writable = connection, True
        return connection

    def _connect_read_only(self) -> sqlite3.Connection:
        # In a read-only folder SQLite cannot make the WAL index (-shm) unless it is already there;
        # then the file is read as immutable: nobody can be writing where nothing can be written.
        base = self.path.absolute().as_uri()
        last_error: HistoryError | None = None
        for parameters in ("mode=ro", "mode=ro&immutable=1"):
            try:
                with self._errors("read"):
                    connection = sqlite3.connect(f"{base}?{parameters}", uri=True, isolation_level=None)
                    try:
                        self._version = self._check_version(connection)
                    except BaseException:
                        connection.close()
                        raise
            except HistoryError as error:
                if not isinstance(error.__cause__, sqlite3.Error) or not _cannot_write(error.__cause__):
                    raise
                last_error = error
                continue
            self._connection, self._writable = connection, False
            return connection
        assert last_error is not None
        raise last_error

    def _check_version(self, connection: sqlite3.Connection) -> int:
        (version,) = connection.execute("PRAGMA user_version").fetchone()
        if version > SCHEMA_VERSION:
            raise HistoryError(
                f"{self.path} was written by a newer version of Backpain Timer (history format {version}; "
                f"this version knows up to {SCHEMA_VERSION}). Update Backpain Timer to see and add to it, "
                "or move the file elsewhere to start a new history."
            )
        if version == 0:
            (tables,) = connection.execute(
                "SELECT count(*) FROM sqlite_schema WHERE type = 'table'"
            ).fetchone()
            if tables:
                raise HistoryError(
                    f"{self.path} is not a Backpain Timer history (it holds other tables); "
                    "move it elsewhere or choose another data directory with --data-dir"
                )
        return int(version)

    def _migrate(self, connection: sqlite3.Connection) -> int:
        """Bring the schema to SCHEMA_VERSION in one transaction: all steps happen, or none."""
        connection.execute("BEGIN IMMEDIATE")
        try:
            version = self._check_version(connection)
            for target in range(version + 1, SCHEMA_VERSION + 1):
                for statement in MIGRATIONS[target]:
                    connection.execute(statement)
            if version < SCHEMA_VERSION:
                connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            connection.execute("COMMIT")
        except BaseException:
            rollback(connection)
            raise
        return SCHEMA_VERSION

    def _errors(self, action: str) -> _ErrorTranslator:
        return _ErrorTranslator(self.path, action)


class _ErrorTranslator:
    """Turns sqlite3 errors into a HistoryError that says which file, what went wrong and what to do."""

    def __init__(self, path: Path, action: str) -> None:
        self.path = path
        self.action = action

    def __enter__(self) -> None:
        return None

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if not isinstance(exc, sqlite3.Error):
            return
        raise HistoryError(f"cannot {self.action} {self.path}: {_explain(exc)}") from exc


def _cannot_write(error: sqlite3.Error) -> bool:
    return (getattr(error, "sqlite_errorcode", 0) & 0xFF) in _CANNOT_WRITE


def _explain(error: sqlite3.Error) -> str:
    code = getattr(error, "sqlite_errorcode", 0) & 0xFF
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return (
            "the database is locked by another program (perhaps another Backpain Timer); "
            "close it and try again"
        )
    if _cannot_write(error):
        return (
            f"the file or its folder is read-only or not accessible ({error}); "
            "check the permissions or choose another data directory with --data-dir"
        )
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return (
            f"the file is damaged or is not a history database ({error}); "
            "move it elsewhere and Backpain Timer will start a new history"
        )
    if code == sqlite3.SQLITE_FULL:
        return "the disk is full; free some space and try again"
    return str(error)


def rollback(connection: sqlite3.Connection) -> None:
    if connection.in_transaction:
        connection.execute("ROLLBACK")


def _where(
    version: int,
    since: date | None,
    routine_id: str | None,
    tag: str | None,
    tz: tzinfo | None,
    checked_in: bool = False,
) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    parameters: list[Any] = []
    if since is not None:
        # Timestamps are stored in one fixed-width UTC format, so text order is time order.
        clauses.append("started_at >= ?")
        parameters.append(format_timestamp(local_midnight(since, tz)))
    if routine_id is not None:
        clauses.append("routine_id = ?")
        parameters.append(routine_id)
    if tag is not None and version < 2:
        clauses.append("0")  # v1 records have no tags
    elif tag is not None:
        clauses.append("EXISTS (SELECT 1 FROM json_each(sessions.tags) WHERE json_each.value = ?)")
        parameters.append(tag)
    if checked_in:  # v1 records have no check-ins
        clauses.append("pain_before IS NOT NULL AND pain_after IS NOT NULL" if version >= 2 else "0")
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), parameters


def local_midnight(day: date, tz: tzinfo | None) -> datetime:
    if tz is None:
        return datetime(day.year, day.month, day.day).astimezone()  # naive → the system's local zone
    return datetime(day.year, day.month, day.day, tzinfo=tz).astimezone(UTC)
