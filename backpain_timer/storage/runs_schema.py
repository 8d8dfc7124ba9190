"""The runs tables of the history database (schema v3, v4), kept apart from the session tables' code.

``runs``: one row per run, whichever files it was read from. ``run_files``: every run file already looked
at (runs or not, readable or not) with the size and modification time it had, so a file is read once.
``run_offers`` (v4): the runs the app offered a cool-down for (never twice), and the session started from
the offer (it is that run's cool-down, whatever its tags).
"""

from __future__ import annotations

V3_RUNS: tuple[str, ...] = (
    """CREATE TABLE runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        sport TEXT NOT NULL,
        started_at TEXT NOT NULL,
        ended_at TEXT NOT NULL,
        duration_seconds REAL NOT NULL,
        distance_m REAL NOT NULL,
        avg_heart_rate REAL,
        source TEXT NOT NULL
    )""",
    "CREATE INDEX runs_started_at ON runs (started_at)",
    """CREATE TABLE run_files (
        path TEXT PRIMARY KEY,
        size INTEGER NOT NULL,
        mtime_ns INTEGER NOT NULL
    )""",
)

V4_RUN_OFFERS: tuple[str, ...] = (
    """CREATE TABLE run_offers (
        run_id INTEGER PRIMARY KEY REFERENCES runs (id),
        offered_at TEXT NOT NULL,
        session_id INTEGER REFERENCES sessions (id)
    )""",
)
