"""The SQLite history store: round trips, filters, migrations and every way a file can be unusable."""

from __future__ import annotations

import os
import sqlite3
import threading
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from backpain_timer.domain.history import RECORD_FIELDS, SessionRecord
from backpain_timer.storage import history_db
from backpain_timer.storage.history_db import HistoryStore
from backpain_timer.storage.history_schema import MIGRATIONS, SCHEMA_VERSION, V1_SCHEMA
from backpain_timer.storage.problems import HistoryError

BERLIN_WINTER = timezone(timedelta(hours=1))


def make_record(
    started_at: datetime, routine_id: str = "post-run-cool-down", **changes: object
) -> SessionRecord:
    fields: dict[str, object] = {
        "routine_id": routine_id,
        "routine_name": routine_id.replace("-", " ").capitalize(),
        "started_at": started_at,
        "ended_at": started_at + timedelta(minutes=5, seconds=20.5),
        "planned_seconds": 300.0,
        "active_seconds": 290.25,
        "elapsed_seconds": 320.5,
        "completed": True,
        "holds_done": 8,
        "holds_skipped": 1,
    }
    fields.update(changes)
    return SessionRecord(**fields)  # type: ignore[arg-type]


@pytest.fixture
def db_path(data_dir: Path) -> Path:
    return data_dir / "history.sqlite3"


def user_version(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("PRAGMA user_version").fetchone()[0])
    finally:
        connection.close()


def write_v1_database(path: Path, rows: list[tuple[object, ...]]) -> None:
    """A history exactly as the guided-session version (schema v1) wrote it."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    for statement in V1_SCHEMA:
        connection.execute(statement)
    connection.executemany(
        "INSERT INTO sessions (routine_id, routine_name, started_at, ended_at, planned_seconds,"
        " active_seconds, elapsed_seconds, completed, holds_done, holds_skipped)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    connection.execute("PRAGMA user_version = 1")
    connection.close()


V1_ROWS: list[tuple[object, ...]] = [
    ("desk-break", "Desk break", "2026-11-20T08:00:00.000+00:00", "2026-11-20T08:04:00.000+00:00",
     240.0, 230.0, 250.0, 1, 6, 0),
    ("post-run-cool-down", "Post-run cool-down", "2026-11-21T18:30:00.500+00:00",
     "2026-11-21T18:33:00.000+00:00", 480.0, 170.0, 179.5, 0, 3, 2),
]  # fmt: skip


# What a v1 session (no check-ins then) has in the fields added since.
NOTHING_NOTED: dict[str, object] = {
    "pain_before": None,
    "pain_after": None,
    "symptoms": [],
    "note": None,
    "tags": [],
    "symptoms_after": [],
}


def test_a_record_comes_back_as_it_was_stored(db_path: Path) -> None:
    record = make_record(
        datetime(2026, 11, 25, 14, 3, 46, 120000, tzinfo=UTC),
        pain_before=6,
        pain_after=3,
        symptoms=("tingling",),
        note="Felt looser — ran 10 km",
        tags=("post-run", "upper-back"),
    )
    with HistoryStore(db_path) as store:
        record_id = store.append(record)
        assert store.records() == [replace(record, id=record_id)]
    with HistoryStore(db_path, read_only=True) as store:
        assert store.records() == [replace(record, id=record_id)]


def test_timestamps_are_stored_as_exact_iso_utc_text(db_path: Path) -> None:
    started = datetime(2026, 11, 25, 15, 3, 46, 120000, tzinfo=BERLIN_WINTER)
    with HistoryStore(db_path) as store:
        store.append(make_record(started))
    connection = sqlite3.connect(db_path)
    stored = connection.execute("SELECT started_at, ended_at FROM sessions").fetchone()
    connection.close()
    assert stored == ("2026-11-25T14:03:46.120+00:00", "2026-11-25T14:09:06.620+00:00")


def test_new_database_is_wal_at_the_current_schema(db_path: Path) -> None:
    with HistoryStore(db_path) as store:
        store.append(make_record(datetime(2026, 11, 25, tzinfo=UTC)))
    assert user_version(db_path) == SCHEMA_VERSION
    connection = sqlite3.connect(db_path)
    assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    connection.close()


def test_the_table_has_one_column_per_record_field_in_the_public_order(db_path: Path) -> None:
    with HistoryStore(db_path) as store:
        store.append(make_record(datetime(2026, 11, 25, tzinfo=UTC)))
    connection = sqlite3.connect(db_path)
    columns = [row[1] for row in connection.execute("PRAGMA table_info(sessions)")]
    connection.close()
    assert columns == list(RECORD_FIELDS)


def test_records_are_newest_first_and_ids_grow(db_path: Path) -> None:
    base = datetime(2026, 11, 20, 7, 0, tzinfo=UTC)
    with HistoryStore(db_path) as store:
        ids = [store.append(make_record(base + timedelta(days=offset))) for offset in (1, 3, 0, 2)]
        assert ids == sorted(ids)
        assert [record.started_at for record in store.records()] == [
            base + timedelta(days=offset) for offset in (3, 2, 1, 0)
        ]
        assert [record.started_at for record in store.records(limit=2, offset=1)] == [
            base + timedelta(days=offset) for offset in (2, 1)
        ]
        assert store.count() == 4


def test_filters_by_routine_tag_and_local_since_day(db_path: Path) -> None:
    with HistoryStore(db_path) as store:
        # 23:30 UTC on the 22nd is 00:30 on the 23rd in Berlin.
        late = store.append(make_record(datetime(2026, 11, 22, 23, 30, tzinfo=UTC), tags=("post-run",)))
        early = store.append(
            make_record(datetime(2026, 11, 22, 22, 30, tzinfo=UTC), tags=("post-run", "core"))
        )
        desk = store.append(make_record(datetime(2026, 11, 24, 9, 0, tzinfo=UTC), routine_id="desk-break"))

        def ids(**filters: object) -> list[int | None]:
            return [record.id for record in store.records(**filters)]  # type: ignore[arg-type]

        assert ids(routine_id="desk-break") == [desk]
        assert ids(routine_id="post-run-cool-down") == [late, early]
        assert ids(tag="post-run") == [late, early]
        assert ids(tag="core") == [early]
        assert ids(tag="post") == []  # whole tags only
        assert ids(since=date(2026, 11, 23), tz=BERLIN_WINTER) == [desk, late]
        assert ids(since=date(2026, 11, 23), tz=UTC) == [desk]
        assert ids(since=date(2026, 11, 23), tz=BERLIN_WINTER, tag="post-run") == [late]
        assert store.count(tag="post-run") == 2
        assert store.count(routine_id="desk-break", since=date(2026, 11, 25), tz=UTC) == 0


def test_since_defaults_to_the_system_time_zone(db_path: Path) -> None:
    started = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    with HistoryStore(db_path) as store:
        store.append(make_record(started))
        local_day = started.astimezone().date()
        assert len(store.records(since=local_day)) == 1
        assert store.records(since=local_day + timedelta(days=1)) == []


def test_update_checkin_sets_pain_after_note_and_symptoms_after(db_path: Path) -> None:
    with HistoryStore(db_path) as store:
        record = make_record(datetime(2026, 11, 25, tzinfo=UTC), pain_before=5, symptoms=("numbness",))
        record_id = store.append(record)
        store.update_checkin(record_id, pain_after=2, note="much better", symptoms_after=())
        (stored,) = store.records()
        assert (stored.pain_before, stored.pain_after, stored.note) == (5, 2, "much better")
        store.update_checkin(
            record_id, pain_after=8, note=None, symptoms_after=["weakness", "tingling", "weakness"]
        )
        (stored,) = store.records()
        assert (stored.pain_after, stored.note) == (8, None)
        assert (stored.symptoms, stored.symptoms_after) == (("numbness",), ("tingling", "weakness"))
        store.update_checkin(record_id, pain_after=8, note=None, symptoms_after=())  # all unticked
        assert store.records()[0].symptoms_after == ()
        with pytest.raises(HistoryError, match=f"no session with id {record_id + 1}"):
            store.update_checkin(record_id + 1, pain_after=1, note=None, symptoms_after=())
        with pytest.raises(ValueError, match="pain_after must be a whole number from 0 to 10"):
            store.update_checkin(record_id, pain_after=11, note=None, symptoms_after=())
        with pytest.raises(ValueError, match="unknown symptom 'itching' in symptoms_after"):
            store.update_checkin(record_id, pain_after=2, note="fine", symptoms_after=("itching",))
        # A refused update changes nothing.
        assert store.records() == [replace(record, id=record_id, pain_after=8)]


@pytest.mark.parametrize("read_only", [False, True])
def test_reading_a_missing_history_creates_nothing(db_path: Path, read_only: bool) -> None:
    with HistoryStore(db_path, read_only=read_only) as store:
        assert store.records() == []
        assert store.count() == 0
    assert not db_path.exists()


def test_appending_creates_the_data_folder(tmp_path: Path) -> None:
    path = tmp_path / "new" / "data" / "history.sqlite3"
    with HistoryStore(path) as store:
        store.append(make_record(datetime(2026, 11, 25, tzinfo=UTC)))
    assert HistoryStore(path, read_only=True).count() == 1


# -- migrations --------------------------------------------------------------------------------------


def test_a_v1_history_is_migrated_keeping_every_record(db_path: Path) -> None:
    write_v1_database(db_path, V1_ROWS)
    with HistoryStore(db_path) as store:
        records = store.records()
        assert [record.to_json() for record in records] == [
            {
                "id": 2,
                "routine_id": "post-run-cool-down",
                "routine_name": "Post-run cool-down",
                "started_at": "2026-11-21T18:30:00.500+00:00",
                "ended_at": "2026-11-21T18:33:00.000+00:00",
                "planned_seconds": 480.0,
                "active_seconds": 170.0,
                "elapsed_seconds": 179.5,
                "completed": False,
                "holds_done": 3,
                "holds_skipped": 2,
                **NOTHING_NOTED,
            },
            {
                "id": 1,
                "routine_id": "desk-break",
                "routine_name": "Desk break",
                "started_at": "2026-11-20T08:00:00.000+00:00",
                "ended_at": "2026-11-20T08:04:00.000+00:00",
                "planned_seconds": 240.0,
                "active_seconds": 230.0,
                "elapsed_seconds": 250.0,
                "completed": True,
                "holds_done": 6,
                "holds_skipped": 0,
                **NOTHING_NOTED,
            },
        ]
        new_id = store.append(make_record(datetime(2026, 11, 25, tzinfo=UTC), pain_before=4, tags=("desk",)))
        assert new_id == 3
        assert store.records(tag="desk")[0].pain_before == 4
    assert user_version(db_path) == SCHEMA_VERSION


def test_a_v1_history_opened_read_only_is_read_without_changing_it(db_path: Path) -> None:
    write_v1_database(db_path, V1_ROWS)
    with HistoryStore(db_path, read_only=True) as store:
        assert [record.id for record in store.records()] == [2, 1]
        assert all(record.pain_before is None and record.tags == () for record in store.records())
        assert store.records(tag="post-run") == []
        assert store.count(routine_id="desk-break") == 1
    assert user_version(db_path) == 1


def write_v4_database(path: Path, rows: list[tuple[object, ...]]) -> None:
    """A history as the version before symptoms after a session (schema v4) wrote it."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    for version in (1, 2, 3, 4):
        for statement in MIGRATIONS[version]:
            connection.execute(statement)
    connection.executemany(
        "INSERT INTO sessions (routine_id, routine_name, started_at, ended_at, planned_seconds,"
        " active_seconds, elapsed_seconds, completed, holds_done, holds_skipped, pain_before, pain_after,"
        " symptoms, note, tags) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    connection.execute("PRAGMA user_version = 4")
    connection.close()


V4_ROWS: list[tuple[object, ...]] = [
    (*V1_ROWS[0], 6, 8, '["numbness","night-pain"]', "stiff", '["desk"]'),
    (*V1_ROWS[1], None, None, "[]", None, "[]"),
]


def test_a_v4_history_is_migrated_keeping_every_record(db_path: Path) -> None:
    write_v4_database(db_path, V4_ROWS)
    with HistoryStore(db_path, read_only=True) as store:
        before = store.records()
    assert user_version(db_path) == 4  # reading read-only changed nothing
    assert [(record.id, record.symptoms, record.symptoms_after) for record in before] == [
        (2, (), ()),
        (1, ("numbness", "night-pain"), ()),
    ]
    with HistoryStore(db_path) as store:
        assert store.records() == before
        store.update_checkin(1, pain_after=8, note="stiff", symptoms_after=("weakness",))
        assert store.records()[1] == replace(before[1], symptoms_after=("weakness",))
        assert store.records()[0] == before[0]
    assert user_version(db_path) == SCHEMA_VERSION == 5
    connection = sqlite3.connect(db_path)
    columns = [row[1] for row in connection.execute("PRAGMA table_info(sessions)")]
    connection.close()
    assert columns == list(RECORD_FIELDS)  # the new column is the last, as in the exports


def test_a_failed_migration_changes_nothing(db_path: Path) -> None:
    write_v1_database(db_path, V1_ROWS)
    # Someone added one of the v2 columns by hand: the v2 step fails half way.
    connection = sqlite3.connect(db_path)
    connection.execute("ALTER TABLE sessions ADD COLUMN note TEXT")
    connection.commit()
    connection.close()
    with pytest.raises(HistoryError, match=r"cannot open .*history\.sqlite3: duplicate column name: note"):
        HistoryStore(db_path).records()
    assert user_version(db_path) == 1
    connection = sqlite3.connect(db_path)
    columns = [row[1] for row in connection.execute("PRAGMA table_info(sessions)")]
    assert connection.execute("SELECT count(*) FROM sessions").fetchone() == (2,)
    connection.close()
    assert "pain_before" not in columns


def test_a_history_from_a_newer_version_is_refused_untouched(db_path: Path) -> None:
    with HistoryStore(db_path) as store:
        store.append(make_record(datetime(2026, 11, 25, tzinfo=UTC)))
    connection = sqlite3.connect(db_path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    for read_only in (False, True):
        with pytest.raises(HistoryError, match="written by a newer version of Backpain Timer") as caught:
            HistoryStore(db_path, read_only=read_only).records()
        assert str(db_path) in str(caught.value)
    with pytest.raises(HistoryError, match="newer version"):
        HistoryStore(db_path).append(make_record(datetime(2026, 11, 26, tzinfo=UTC)))
    assert user_version(db_path) == SCHEMA_VERSION + 1


# -- files we cannot use -----------------------------------------------------------------------------


def test_a_file_that_is_not_a_database_gives_a_clear_error(db_path: Path) -> None:
    db_path.write_text("routine: not a database\n" * 100)
    for read_only in (False, True):
        with pytest.raises(HistoryError, match="damaged or is not a history database") as caught:
            HistoryStore(db_path, read_only=read_only).records()
        assert str(db_path) in str(caught.value)
        assert "move it elsewhere" in str(caught.value)


def test_another_programs_database_is_not_touched(db_path: Path) -> None:
    connection = sqlite3.connect(db_path)
    connection.execute("CREATE TABLE notes (text TEXT)")
    connection.close()
    with pytest.raises(HistoryError, match="is not a Backpain Timer history"):
        HistoryStore(db_path).append(make_record(datetime(2026, 11, 25, tzinfo=UTC)))


def test_a_damaged_row_names_the_session(db_path: Path) -> None:
    with HistoryStore(db_path) as store:
        record_id = store.append(make_record(datetime(2026, 11, 25, tzinfo=UTC)))
    connection = sqlite3.connect(db_path)
    connection.execute("UPDATE sessions SET symptoms = 'numb' WHERE id = ?", (record_id,))
    connection.commit()
    connection.close()
    with pytest.raises(HistoryError, match=f"session {record_id} is damaged"):
        HistoryStore(db_path).records()


def test_a_read_only_store_refuses_to_write(db_path: Path) -> None:
    with (
        HistoryStore(db_path, read_only=True) as store,
        pytest.raises(HistoryError, match="opened read-only"),
    ):
        store.append(make_record(datetime(2026, 11, 25, tzinfo=UTC)))
    assert not db_path.exists()


def test_a_data_folder_that_cannot_be_made_gives_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "data-is-a-file"
    blocker.write_text("")
    store = HistoryStore(blocker / "history.sqlite3")
    assert store.records() == []
    with pytest.raises(HistoryError, match=r"cannot create its folder.*choose another data directory"):
        store.append(make_record(datetime(2026, 11, 25, tzinfo=UTC)))


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can write read-only folders")
def test_a_read_only_data_folder_can_be_read_but_not_written(db_path: Path) -> None:
    record = make_record(datetime(2026, 11, 25, tzinfo=UTC))
    with HistoryStore(db_path) as store:
        record_id = store.append(record)
    folder = db_path.parent
    folder.chmod(0o555)
    try:
        with HistoryStore(db_path) as store:
            assert store.records() == [replace(record, id=record_id)]
            with pytest.raises(HistoryError, match="read-only") as caught:
                store.append(record)
            assert str(db_path) in str(caught.value)
    finally:
        folder.chmod(0o755)
    assert HistoryStore(db_path).count() == 1


def test_a_locked_database_gives_a_clear_error_and_loses_nothing(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(history_db, "BUSY_TIMEOUT_SECONDS", 0.0)  # don't wait for the other writer
    first = make_record(datetime(2026, 11, 24, tzinfo=UTC))
    with HistoryStore(db_path) as store:
        first_id = store.append(first)
    other_program = sqlite3.connect(db_path, isolation_level=None)
    other_program.execute("BEGIN IMMEDIATE")
    try:
        with HistoryStore(db_path) as store, pytest.raises(HistoryError, match="locked by another program"):
            store.append(make_record(datetime(2026, 11, 25, tzinfo=UTC)))
    finally:
        other_program.execute("ROLLBACK")
        other_program.close()
    with HistoryStore(db_path) as store:
        assert store.records() == [replace(first, id=first_id)]


def test_a_worker_thread_appends_with_its_own_store(db_path: Path) -> None:
    ui_store = HistoryStore(db_path)
    assert ui_store.records() == []  # the UI has nothing yet, and has created no file
    written: list[int] = []

    def worker() -> None:
        with HistoryStore(db_path) as store:
            written.append(store.append(make_record(datetime(2026, 11, 25, tzinfo=UTC))))

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert [record.id for record in ui_store.records()] == written
    ui_store.close()


def test_append_many_stores_all_or_nothing(db_path: Path) -> None:
    base = datetime(2026, 11, 20, tzinfo=UTC)
    with HistoryStore(db_path) as store:
        ids = store.append_many(make_record(base + timedelta(hours=hour)) for hour in range(3))
        assert [record.id for record in store.records()] == ids[::-1]
        other_program = sqlite3.connect(db_path)
        other_program.execute("CREATE TRIGGER refuse BEFORE INSERT ON sessions WHEN NEW.routine_id = 'bad'"
                              " BEGIN SELECT RAISE(ABORT, 'refused'); END")  # fmt: skip
        other_program.close()
        with pytest.raises(HistoryError, match="refused"):
            store.append_many([make_record(base), make_record(base, routine_id="bad")])
        assert store.count() == 3


# -- merge (history --import) and the checked_in filter ------------------------------------------

START = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


def test_merge_keeps_free_ids_skips_stored_sessions_and_renumbers_taken_ids(db_path: Path) -> None:
    with HistoryStore(db_path) as store:
        store.append(make_record(START))  # id 1
        incoming = [
            replace(make_record(START), id=7),  # same start and routine: already stored
            replace(make_record(START, "desk-break"), id=8),  # same start, other routine: new
            replace(make_record(START + timedelta(days=1)), id=1),  # id 1 is taken: a new one
        ]
        assert store.merge(incoming) == (2, 1)
        stored = [(record.routine_id, record.started_at.day, record.id) for record in store.records()]
    assert stored == [
        ("post-run-cool-down", 21, 9),  # id 1 was taken: the next free one
        ("desk-break", 20, 8),  # kept
        ("post-run-cool-down", 20, 1),
    ]


def test_merge_is_all_or_nothing(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with HistoryStore(db_path) as store:
        store.append(make_record(START))
        bad_statement = "INSERT INTO no_such_table VALUES (?)"
        monkeypatch.setattr(history_db, "INSERT", bad_statement)  # the second record fails
        incoming = [
            replace(make_record(START + timedelta(days=1)), id=5),
            make_record(START + timedelta(days=2)),
        ]
        with pytest.raises(HistoryError):
            store.merge(incoming)
        assert store.count() == 1


def test_checked_in_reads_only_sessions_with_both_pain_answers(db_path: Path) -> None:
    with HistoryStore(db_path) as store:
        store.append_many(
            [
                make_record(START, pain_before=3, pain_after=5),
                make_record(START + timedelta(hours=1), pain_before=3),
                make_record(START + timedelta(hours=2), pain_after=3),
                make_record(START + timedelta(hours=3), pain_before=0, pain_after=0),
            ]
        )
        answered = store.records(checked_in=True, limit=3)
    assert [(record.pain_before, record.pain_after) for record in answered] == [(0, 0), (3, 5)]


def test_a_v1_history_has_no_checked_in_sessions(db_path: Path) -> None:
    write_v1_database(db_path, V1_ROWS)
    with HistoryStore(db_path, read_only=True) as store:
        assert store.records(checked_in=True) == []
