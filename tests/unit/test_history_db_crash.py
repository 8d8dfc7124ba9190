"""Crash safety: kill -9 a process while it appends records; every committed record survives intact.

Run as a script, this file is the child: it appends records in a loop and prints each one's sequence
number once ``append`` has returned (committed).
"""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from backpain_timer.domain.history import SYMPTOMS, SessionRecord
from backpain_timer.storage.history_db import HistoryStore

TRIALS = 120
FIRST_START = datetime(2026, 1, 1, 6, 0, tzinfo=UTC)


def expected_record(sequence: int) -> SessionRecord:
    """Content derived from the sequence number alone, so any damage shows; sizes vary so pages split."""
    started = FIRST_START + timedelta(minutes=37 * sequence)
    return SessionRecord(
        routine_id=f"routine-{sequence}",
        routine_name=f"Routine number {sequence}",
        started_at=started,
        ended_at=started + timedelta(seconds=300 + sequence % 60),
        planned_seconds=300.0,
        active_seconds=float(sequence % 300),
        elapsed_seconds=300.0 + sequence % 60,
        completed=sequence % 3 != 0,
        holds_done=sequence % 20,
        holds_skipped=sequence % 4,
        pain_before=sequence % 11,
        pain_after=None if sequence % 2 else (sequence + 3) % 11,
        symptoms=SYMPTOMS[: sequence % 4],
        note=f"note {sequence} " + "x" * (sequence * 37 % 1500),
        tags=tuple(f"tag-{sequence % modulus}" for modulus in (2, 5, 7)),
    )


def append_forever(path: Path) -> None:
    with HistoryStore(path) as store:
        sequence = store.count()
        while True:
            store.append(expected_record(sequence))
            print(sequence, flush=True)
            sequence += 1


@pytest.mark.slow
def test_kill_9_while_appending_never_damages_committed_records(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    rng = random.Random(7)
    acknowledged: set[int] = set()
    for _ in range(TRIALS):
        child = subprocess.Popen([sys.executable, __file__, str(path)], stdout=subprocess.PIPE, text=True)
        assert child.stdout is not None
        # Kill after 0–4 committed appends: from start-up and schema creation to the middle of a write.
        for _ in range(rng.randint(0, 4)):
            line = child.stdout.readline()
            if not line:
                break
            acknowledged.add(int(line))
        child.kill()
        acknowledged.update(int(word) for word in child.stdout.read().split())
        child.wait()
        child.stdout.close()

    with HistoryStore(path, read_only=True) as store:
        stored = list(reversed(store.records()))
    sequences = [int(record.routine_id.removeprefix("routine-")) for record in stored]
    assert sequences == list(range(len(stored)))  # no record lost in the middle, none doubled
    assert acknowledged <= set(sequences)
    for record in stored:
        assert record == replace(
            expected_record(int(record.routine_id.removeprefix("routine-"))), id=record.id
        )
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    connection.close()
    print(f"{TRIALS} kills, {len(stored)} records intact ({len(acknowledged)} acknowledged before the kill)")


if __name__ == "__main__":
    append_forever(Path(sys.argv[1]))
