"""Runs in the history database: stored once however many files hold them, listed with their cool-down.

The runs live beside the sessions (same file, same migrations, same error handling), so ``RunStore`` is a
``HistoryStore`` that also knows the runs tables (storage/runs_schema.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from backpain_timer.domain.history import SessionRecord, format_timestamp, parse_timestamp
from backpain_timer.domain.runs import COOL_DOWN_TAG, SAME_START, Run, cool_down_after, same_run
from backpain_timer.storage.history_db import HistoryStore, local_midnight, rollback
from backpain_timer.storage.problems import HistoryError
from backpain_timer.storage.run_files import FileStamp

RUNS_VERSION = 3  # the schema version that added the runs tables
OFFERS_VERSION = 4  # the schema version that added run_offers
_COLUMNS = "id, sport, started_at, ended_at, duration_seconds, distance_m, avg_heart_rate, source"


@dataclass(frozen=True)
class StoredRun:
    """A run as ``add_runs`` left it: ``new`` is False when the database already had it from another file."""

    run: Run
    new: bool


class RunStore(HistoryStore):
    def __enter__(self) -> RunStore:
        return self

    def add_runs(self, runs: Sequence[Run], seen: FileStamp | None = None) -> list[StoredRun]:
        """Store the runs read from one file, in one transaction, and remember the file as ``seen``.

        A run that is the same as a stored one (see ``same_run``) is not stored again; the stored one is
        returned instead. Call it with no runs to remember a file that holds none.
        """
        connection = self._open_for_writing()
        stored: list[StoredRun] = []
        with self._errors("save the runs to"):
            connection.execute("BEGIN IMMEDIATE")
            try:
                for run in runs:
                    existing = self._same_stored_run(run)
                    if existing is not None:
                        stored.append(StoredRun(existing, new=False))
                        continue
                    cursor = connection.execute(
                        f"INSERT INTO runs ({_COLUMNS.removeprefix('id, ')}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        _row(run),
                    )
                    stored.append(StoredRun(replace(run, id=cursor.lastrowid), new=True))
                if seen is not None:
                    connection.execute(
                        "INSERT OR REPLACE INTO run_files (path, size, mtime_ns) VALUES (?, ?, ?)",
                        (seen.path, seen.size, seen.mtime_ns),
                    )
                connection.execute("COMMIT")
            except BaseException:
                rollback(connection)
                raise
        return stored

    def seen_files(self) -> set[FileStamp]:
        """Every file already looked at, as it was then."""
        connection = self._open_for_reading()
        if connection is None or self._version < RUNS_VERSION:
            return set()
        with self._errors("read"):
            rows = connection.execute("SELECT path, size, mtime_ns FROM run_files").fetchall()
        return {FileStamp(path, int(size), int(mtime_ns)) for path, size, mtime_ns in rows}

    def runs(
        self, *, since: date | None = None, tz: tzinfo | None = None, limit: int | None = None
    ) -> list[Run]:
        """Runs newest first, at most ``limit``; ``since`` is a local day as for ``records``."""
        connection = self._open_for_reading()
        if connection is None or self._version < RUNS_VERSION:
            return []
        query = f"SELECT {_COLUMNS} FROM runs"
        parameters: list[str | int] = []
        if since is not None:
            query += " WHERE started_at >= ?"
            parameters.append(format_timestamp(local_midnight(since, tz)))
        query += " ORDER BY started_at DESC, id DESC"
        if limit is not None:
            query += " LIMIT ?"
            parameters.append(limit)
        with self._errors("read"):
            rows = connection.execute(query, parameters).fetchall()
        return [self._run(row) for row in rows]

    def runs_with_cool_downs(
        self, *, since: date | None = None, tz: tzinfo | None = None, limit: int | None = None
    ) -> list[tuple[Run, SessionRecord | None]]:
        """Runs newest first, each with the cool-down session that followed it (None: none did): the
        session started from the run's offer, else the first one tagged ``cool-down`` (``cool_down_after``)."""
        runs = self.runs(since=since, tz=tz, limit=limit)
        if not runs:
            return []
        first_end = min(run.ended_at for run in runs)
        links = self.cool_down_links()
        # A day early: ``since`` is a local day, and the time zone may be behind UTC.
        candidates = self.records(since=first_end.date() - timedelta(days=1))
        by_id = {record.id: record for record in candidates}
        cool_downs = [
            record for record in candidates if record.started_at >= first_end and COOL_DOWN_TAG in record.tags
        ]
        return [(run, by_id.get(links.get(run.id or 0)) or cool_down_after(run, cool_downs)) for run in runs]

    def offered_run_ids(self) -> set[int]:
        """The runs a cool-down was already offered for."""
        connection = self._open_for_reading()
        if connection is None or self._version < OFFERS_VERSION:
            return set()
        with self._errors("read"):
            rows = connection.execute("SELECT run_id FROM run_offers").fetchall()
        return {int(run_id) for (run_id,) in rows}

    def mark_offered(self, run_id: int, at: datetime) -> None:
        """Remember that a cool-down was offered for ``run_id`` (once: a second call changes nothing)."""
        connection = self._open_for_writing()
        with self._errors("save the offer to"):
            connection.execute(
                "INSERT OR IGNORE INTO run_offers (run_id, offered_at) VALUES (?, ?)",
                (run_id, format_timestamp(at)),
            )

    def link_cool_down(self, run_id: int, session_id: int) -> None:
        """The session ``session_id`` was started from the offer for ``run_id``: it is that run's cool-down."""
        connection = self._open_for_writing()
        with self._errors("save the cool-down to"):
            connection.execute(
                "INSERT INTO run_offers (run_id, offered_at, session_id) "
                "SELECT id, ended_at, ? FROM runs WHERE id = ? "
                "ON CONFLICT (run_id) DO UPDATE SET session_id = excluded.session_id",
                (session_id, run_id),
            )

    def cool_down_links(self) -> dict[int, int]:
        """Run id → the session started from its offer."""
        connection = self._open_for_reading()
        if connection is None or self._version < OFFERS_VERSION:
            return {}
        with self._errors("read"):
            rows = connection.execute(
                "SELECT run_id, session_id FROM run_offers WHERE session_id IS NOT NULL"
            ).fetchall()
        return {int(run_id): int(session_id) for run_id, session_id in rows}

    def _same_stored_run(self, run: Run) -> Run | None:
        assert self._connection is not None
        rows = self._connection.execute(
            f"SELECT {_COLUMNS} FROM runs WHERE started_at BETWEEN ? AND ? ORDER BY id",
            (format_timestamp(run.started_at - SAME_START), format_timestamp(run.started_at + SAME_START)),
        ).fetchall()
        return next((stored for row in rows if same_run(stored := self._run(row), run)), None)

    def _run(self, row: tuple[Any, ...]) -> Run:
        try:
            return Run(
                id=int(row[0]),
                sport=str(row[1]),
                started_at=parse_timestamp(row[2]),
                ended_at=parse_timestamp(row[3]),
                duration_seconds=float(row[4]),
                distance_m=float(row[5]),
                avg_heart_rate=None if row[6] is None else float(row[6]),
                source=str(row[7]),
            )
        except (TypeError, ValueError) as error:
            raise HistoryError(
                f"{self.path}: run {row[0]} is damaged ({error}); it was probably edited by another program"
            ) from error


def _row(run: Run) -> tuple[Any, ...]:
    return (
        run.sport,
        format_timestamp(run.started_at),
        format_timestamp(run.ended_at),
        run.duration_seconds,
        run.distance_m,
        run.avg_heart_rate,
        run.source,
    )
