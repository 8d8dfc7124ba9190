"""Runs in the history database: one run however many files hold it, the cool-down that followed it,
the migration of today's databases, and picking up files from the watched folders."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from fit_tool.profile.profile_type import Sport

from backpain_timer.domain.history import SessionRecord
from backpain_timer.storage.history_schema import SCHEMA_VERSION, V1_SCHEMA, V2_CHECKINS
from backpain_timer.storage.run_scanner import RunScanner, import_run_file, pick_up
from backpain_timer.storage.runs_db import RunStore
from backpain_timer.storage.watch import ACTIVITY
from tests.helpers.records import finished_session
from tests.helpers.run_samples import START, write_fit, write_gpx


def session(started_at: datetime, tags: tuple[str, ...] = ("cool-down",)) -> SessionRecord:
    return finished_session(
        "post-run-cool-down", "Post-run cool-down", started_at, active_seconds=350.0, tags=tags
    )


def test_the_same_run_as_fit_and_gpx_is_one_run(tmp_path: Path, data_dir: Path) -> None:
    # The watch's FIT: 5.4 km; its GPX export starts 20 s later (GPS fix) and measures 5.41 km.
    fit = write_fit(tmp_path / "watch.fit", distance_m=5400.0, elapsed_s=1800.0, timer_s=1800.0)
    gpx = write_gpx(tmp_path / "export.gpx", start=START + timedelta(seconds=20))
    with RunStore(data_dir / "history.sqlite3") as store:
        first = import_run_file(store, fit).stored
        second = import_run_file(store, gpx).stored
        assert [stored.new for stored in first + second] == [True, False]
        assert second[0].run.id == first[0].run.id
        assert [run.source for run in store.runs()] == [str(fit)]


def test_runs_far_apart_or_of_different_length_stay_two(tmp_path: Path, data_dir: Path) -> None:
    with RunStore(data_dir / "history.sqlite3") as store:
        import_run_file(store, write_fit(tmp_path / "a.fit", distance_m=5400.0))
        import_run_file(store, write_gpx(tmp_path / "later.gpx", start=START + timedelta(seconds=90)))
        import_run_file(store, write_fit(tmp_path / "longer.fit", distance_m=6000.0))
        assert len(store.runs()) == 3


def test_a_ride_is_not_stored(tmp_path: Path, data_dir: Path) -> None:
    with RunStore(data_dir / "history.sqlite3") as store:
        found = import_run_file(store, write_fit(tmp_path / "ride.fit", sport=Sport.CYCLING))
        assert (found.stored, found.not_runs) == ([], ["cycling"])
        assert store.runs() == []


def test_a_cool_down_within_three_hours_after_the_run_is_linked(tmp_path: Path, data_dir: Path) -> None:
    ended = START + timedelta(seconds=1800)
    with RunStore(data_dir / "history.sqlite3") as store:
        *_not_linked, linked = store.append_many(
            [
                session(ended + timedelta(minutes=5), tags=("warm-up",)),  # not a cool-down
                session(ended + timedelta(hours=3, minutes=1)),
                session(START - timedelta(minutes=10)),
                session(ended + timedelta(minutes=12)),
            ]
        )
        import_run_file(store, write_fit(tmp_path / "run.fit"))
        next_day = START + timedelta(days=1)
        import_run_file(store, write_fit(tmp_path / "next.fit", start=next_day))
        (latest, latest_cool_down), (run, cool_down) = store.runs_with_cool_downs()
        assert latest.started_at == next_day and latest_cool_down is None
        assert run.started_at == START
        assert cool_down is not None and cool_down.id == linked


def v2_database(path: Path) -> sqlite3.Connection:
    """A history as the version before runs made it (schema v2); the caller adds rows and closes it."""
    connection = sqlite3.connect(path, isolation_level=None)
    for statement in (*V1_SCHEMA, *V2_CHECKINS):
        connection.execute(statement)
    connection.execute("PRAGMA user_version = 2")
    return connection


def test_todays_database_gains_the_runs_tables_and_keeps_every_record(tmp_path: Path, data_dir: Path) -> None:
    path = data_dir / "history.sqlite3"
    connection = v2_database(path)
    connection.execute(
        "INSERT INTO sessions (routine_id, routine_name, started_at, ended_at, planned_seconds, active_seconds,"
        " elapsed_seconds, completed, holds_done, holds_skipped, pain_before, pain_after, symptoms, note, tags)"
        " VALUES ('post-run-cool-down', 'Post-run cool-down', '2026-05-09T18:00:00.000+00:00',"
        " '2026-05-09T18:06:00.000+00:00', 360, 350, 360, 1, 8, 0, 4, 2, '[]', 'easy', '[\"cool-down\"]')"
    )
    connection.close()

    with RunStore(path) as store:
        import_run_file(store, write_fit(tmp_path / "run.fit"))
        (record,) = store.records()
        assert (record.routine_id, record.pain_before, record.pain_after, record.note, record.tags) == (
            "post-run-cool-down",
            4,
            2,
            "easy",
            ("cool-down",),
        )
        assert len(store.runs()) == 1
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,) == (5,)
    connection.close()


def test_runs_of_a_database_without_runs_tables_read_as_none(data_dir: Path) -> None:
    path = data_dir / "history.sqlite3"
    v2_database(path).close()
    with RunStore(path, read_only=True) as store:
        assert store.runs() == [] and store.seen_files() == set()


# -- the watched folders ----------------------------------------------------------------------------


def test_the_inbox_is_created_and_new_files_are_picked_up_once(tmp_path: Path, data_dir: Path) -> None:
    inbox = data_dir / "runs-inbox"
    with RunStore(data_dir / "history.sqlite3") as store:
        scanner = RunScanner(inbox, mount_roots=[])
        assert pick_up(scanner, store).new_runs == [] and inbox.is_dir()
        write_fit(inbox / "run.fit")
        write_gpx(inbox / "ride.gpx", sport="cycling")
        assert [stored.run.source for stored in pick_up(scanner, store).new_runs] == [str(inbox / "run.fit")]
        assert scanner.scan() == []
        # A new process remembers the files it has read through the database.
        assert RunScanner(inbox, mount_roots=[], seen=store.seen_files()).scan() == []


def test_a_scanner_without_the_files_seen_learns_them_once_a_run_file_is_there(data_dir: Path) -> None:
    inbox = data_dir / "runs-inbox"
    inbox.mkdir()
    write_fit(inbox / "old.fit")
    (inbox / "half.gpx").write_text("<gpx>")
    with RunStore(data_dir / "history.sqlite3") as store:
        first = pick_up(RunScanner(inbox, mount_roots=[]), store)
        assert len(first.new_runs) == 1 and len(first.problems) == 1
    # The next start: nothing is known until a scan finds files; those seen before stay ignored.
    scanner = RunScanner(inbox, mount_roots=[], seen=None)
    write_fit(inbox / "new.fit", start=START + timedelta(days=1))
    with RunStore(data_dir / "history.sqlite3") as store:
        picked = pick_up(scanner, store, scanner.run_files())
    assert [stored.run.source for stored in picked.new_runs] == [str(inbox / "new.fit")]
    assert picked.problems == []


def test_a_damaged_file_is_reported_once_and_read_again_when_it_changes(data_dir: Path) -> None:
    inbox = data_dir / "runs-inbox"
    inbox.mkdir()
    broken = inbox / "half.gpx"
    broken.write_text("<gpx>")
    with RunStore(data_dir / "history.sqlite3") as store:
        scanner = RunScanner(inbox, mount_roots=[])
        assert [error.path for error in pick_up(scanner, store).problems] == [broken.absolute()]
        assert pick_up(scanner, store).problems == []
        write_gpx(broken)
        assert len(pick_up(scanner, store).new_runs) == 1


def test_a_watch_mounted_later_is_found_on_the_next_scan(tmp_path: Path, data_dir: Path) -> None:
    mount_root = tmp_path / "media" / "runner"
    settings_folder = tmp_path / "synced"
    scanner = RunScanner(data_dir / "runs-inbox", [settings_folder], mount_roots=[mount_root])
    assert scanner.scan() == []
    activity = mount_root / "FORERUNNER" / ACTIVITY
    activity.mkdir(parents=True)
    write_fit(activity / "A5A10600.FIT")
    settings_folder.mkdir()
    write_gpx(settings_folder / "evening.gpx")
    assert {Path(stamp.path).name for stamp in scanner.scan()} == {"A5A10600.FIT", "evening.gpx"}
    assert mount_root in scanner.watch_paths() and activity in scanner.folders()


def test_picking_up_never_changes_the_files(data_dir: Path) -> None:
    inbox = data_dir / "runs-inbox"
    inbox.mkdir()
    path = write_fit(inbox / "run.fit")
    before = (path.read_bytes(), path.stat().st_mtime_ns, sorted(inbox.iterdir()))
    with RunStore(data_dir / "history.sqlite3") as store:
        pick_up(RunScanner(inbox, mount_roots=[]), store)
    assert (path.read_bytes(), path.stat().st_mtime_ns, sorted(inbox.iterdir())) == before
