"""`history --summary` and `history --import`: the summary's keys and advice, the CSV round trip,
duplicate and bad rows (exit codes: 0 ok, 1 bad input, 2 usage)."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from backpain_timer.cli import main
from backpain_timer.domain.history import RECORD_FIELDS, SessionRecord
from backpain_timer.storage.history_db import HistoryStore
from backpain_timer.storage.history_summary import local_timezone
from backpain_timer.storage.paths import DataDir
from tests.helpers.cli import run


def session(
    days_ago: int, pain: tuple[int | None, int | None] = (None, None), **changes: object
) -> SessionRecord:
    day = date.today() - timedelta(days=days_ago)
    start = datetime(day.year, day.month, day.day, 7, 30, tzinfo=local_timezone())
    values: dict[str, object] = {
        "routine_id": "desk-break",
        "routine_name": "Desk break",
        "started_at": start,
        "ended_at": start + timedelta(minutes=5),
        "planned_seconds": 300.0,
        "active_seconds": 240.0,
        "elapsed_seconds": 310.5,
        "completed": True,
        "holds_done": 6,
        "holds_skipped": 1,
        "pain_before": pain[0],
        "pain_after": pain[1],
        **changes,
    }
    return SessionRecord(**values)  # type: ignore[arg-type]


def store(data_dir: Path, records: list[SessionRecord]) -> None:
    with HistoryStore(DataDir(data_dir).history_db) as history:
        history.append_many(records)


# -- --summary -----------------------------------------------------------------------------------


def test_summary_json_has_the_documented_keys_and_the_trend_advice(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    store(data_dir, [session(days_ago, pain=(6, 8)) for days_ago in (8, 6, 4, 2, 0)] + [session(30)])
    code, out, err = run(capsys, "history", "--summary", "--json")
    assert code == 0, err
    summary = json.loads(out)
    assert list(summary) == [
        "sessions",
        "streak_days",
        "week_minutes",
        "checkins_14_days",
        "mean_pain_14_days",
        "advice",
    ]
    assert summary["sessions"] == 6
    assert summary["streak_days"] == 1
    assert summary["checkins_14_days"] == 5
    assert summary["mean_pain_14_days"] == 6.0
    assert [(item["id"], item["level"]) for item in summary["advice"]] == [
        ("no-improvement", "see-professional"),
        ("pain-rising-after-sessions", "ease-off"),
    ]
    assert all(set(item) == {"id", "level", "text"} and item["text"] for item in summary["advice"])


def test_summary_of_a_pain_free_history_has_no_advice(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    store(data_dir, [session(days_ago, pain=(0, 0)) for days_ago in (4, 3, 2, 1, 0)])
    summary = json.loads(run(capsys, "history", "--summary", "--json")[1])
    assert (summary["streak_days"], summary["week_minutes"] > 0, summary["advice"]) == (5, True, [])


def test_summary_of_no_history(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    summary = json.loads(run(capsys, "history", "--summary", "--json")[1])
    assert summary == {
        "sessions": 0,
        "streak_days": 0,
        "week_minutes": 0.0,
        "checkins_14_days": 0,
        "mean_pain_14_days": None,
        "advice": [],
    }
    assert not DataDir(data_dir).history_db.exists()


def test_summary_as_text_says_what_to_do(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    store(data_dir, [session(days_ago, pain=(7, 7)) for days_ago in (4, 3, 2, 1, 0)])
    code, out, _ = run(capsys, "history", "--summary")
    assert code == 0
    assert "Sessions: 5" in out
    assert "Check-ins in the last 14 days: 5, mean pain before 7.0/10" in out
    assert "Book a doctor or physiotherapist (no-improvement):" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--summary", "--csv"], "--summary (of the whole history) cannot be combined with --csv"),
        (["--summary", "--since", "2026-01-01"], "cannot be combined with --since"),
        (["--import", "x.csv", "--json"], "--import cannot be combined with --json"),
        (["--import", "x.csv", "--routine", "desk-break"], "--import cannot be combined with --routine"),
    ],
)
def test_options_that_do_not_go_together_are_a_usage_error(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["history", *argv])
    assert exit_info.value.code == 2
    assert message in capsys.readouterr().err


# -- --import ------------------------------------------------------------------------------------


def export(capsys: pytest.CaptureFixture[str], data: Path, to: Path) -> str:
    code, out, err = run(capsys, "--data-dir", str(data), "history", "--csv")
    assert code == 0, err
    to.write_text(out, encoding="utf-8", newline="")  # as `history --csv > FILE` writes it
    return out


def test_export_import_export_is_byte_identical(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    store(
        data_dir,
        [
            session(
                3,
                pain=(6, 9),
                symptoms=("numbness", "night-pain"),
                tags=("desk", "cool-down"),
                symptoms_after=("tingling", "weakness"),
            ),
            session(2, note='Line one,\n"quoted" line two — ünïcode', completed=False),
            session(1, routine_id="mine", routine_name="=SUM(A1) my routine", note="-less stiff"),
            session(0, pain=(4, None), planned_seconds=612.25, active_seconds=0.0),
        ],
    )
    first = tmp_path / "history.csv"
    exported = export(capsys, data_dir, first)
    new_machine = tmp_path / "new-data"
    code, out, err = run(capsys, "--data-dir", str(new_machine), "history", "--import", str(first))
    assert (code, err) == (0, "")
    assert "imported 4 sessions" in out and "0 already there" in out
    second = tmp_path / "again.csv"
    export(capsys, new_machine, second)
    assert second.read_bytes() == first.read_bytes()
    assert exported.count("\n") > 4  # the multi-line note really is in there
    with HistoryStore(DataDir(new_machine).history_db) as history:
        names = {record.routine_name for record in history.records()}
    assert "=SUM(A1) my routine" in names  # the export's formula guard is taken off again
    assert ",desk;cool-down,tingling;weakness\r\n" in exported  # the symptoms after, last


def test_a_file_from_before_symptoms_after_imports_and_exports_as_todays(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    source = tmp_path / "source"
    store(source, [session(2, pain=(3, 6), symptoms=("numbness",), note="tight"), session(1), session(0)])
    today = export(capsys, source, tmp_path / "today.csv")
    header, *rows = today.split("\r\n")
    # As the version before wrote it: no symptoms_after column (for these sessions its cells are empty).
    assert header.endswith(",tags,symptoms_after") and all(row.endswith(",") for row in rows if row)
    older = "\r\n".join([header.removesuffix(",symptoms_after"), *(row.removesuffix(",") for row in rows)])
    path = tmp_path / "older.csv"
    path.write_text(older, encoding="utf-8", newline="")
    code, out, err = run(capsys, "history", "--import", str(path))
    assert (code, err) == (0, "")
    assert "imported 3 sessions" in out
    assert export(capsys, data_dir, tmp_path / "again.csv") == today


def test_sessions_already_there_are_skipped_and_counted(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    store(data_dir, [session(2), session(1), session(0)])
    path = tmp_path / "history.csv"
    export(capsys, data_dir, path)
    code, out, _ = run(capsys, "history", "--import", str(path))
    assert code == 0
    assert "imported 0 sessions" in out and "3 already there, skipped" in out
    with HistoryStore(DataDir(data_dir).history_db) as history:
        assert history.count() == 3


def test_a_session_with_a_new_time_or_routine_is_added_with_a_new_id(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other-machine"
    store(other, [session(5, routine_id="breathing-reset"), session(2)])
    path = tmp_path / "history.csv"
    export(capsys, other, path)
    store(data_dir, [session(2), session(1)])  # ids 1 and 2 are taken here
    code, out, _ = run(capsys, "history", "--import", str(path))
    assert code == 0 and "imported 1 session " in out and "1 already there" in out
    with HistoryStore(DataDir(data_dir).history_db) as history:
        records = history.records()
    assert len(records) == 3
    assert len({record.id for record in records}) == 3


def test_bad_rows_are_all_reported_with_their_line_and_nothing_is_imported(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    source = tmp_path / "source"
    store(source, [session(3), session(2, note="two\nlines"), session(1), session(0)])
    path = tmp_path / "history.csv"
    lines = export(capsys, source, path).split("\r\n")
    # Line 1 is the header, then the newest session first; the two-line note spans lines 4–5.
    lines[1] = lines[1].replace(",true,", ",maybe,")
    lines[3] = lines[3].replace(",true,6,1,", ",true,6,-1,")
    lines[4] = lines[4].split(",", 3)[0] + ",x"
    path.write_text("\r\n".join(lines), encoding="utf-8", newline="")
    code, _, err = run(capsys, "history", "--import", str(path))
    assert code == 1
    problems = err.splitlines()
    assert problems[0] == f"{path}:2: error: completed must be true or false, got 'maybe'"
    assert problems[1] == f"{path}:4: error: holds_done and holds_skipped must not be negative"
    assert problems[2] == f"{path}:6: error: expected {len(RECORD_FIELDS)} columns, got 2"
    assert problems[-1] == "backpain-timer: nothing was imported"
    assert not DataDir(data_dir).history_db.exists()


@pytest.mark.parametrize(
    ("cell", "value", "message"),
    [
        ("pain_before", "11", "pain_before must be a whole number from 0 to 10, got 11"),
        ("pain_after", "two", "pain_after must be a whole number from 0 to 10, got 'two'"),
        ("started_at", "yesterday", "started_at must be a time with its UTC offset"),
        ("started_at", "2026-11-25T14:03:46", "started_at must be a time with its UTC offset"),
        ("symptoms", "numbness;itching", "unknown symptom 'itching'"),
        ("symptoms_after", "weakness;itching", "unknown symptom 'itching' in symptoms_after"),
        ("routine_id", "", "routine_id must not be empty"),
        ("active_seconds", "-1.0", "active_seconds must not be negative"),
    ],
)
def test_each_bad_cell_says_which_column_and_why(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, cell: str, value: str, message: str
) -> None:
    source = tmp_path / "source"
    store(source, [session(0)])
    path = tmp_path / "history.csv"
    header, row, _ = export(capsys, source, path).split("\r\n")
    cells = row.split(",")
    cells[RECORD_FIELDS.index(cell)] = value
    path.write_text("\r\n".join([header, ",".join(cells), ""]), encoding="utf-8", newline="")
    code, _, err = run(capsys, "history", "--import", str(path))
    assert code == 1
    assert err.startswith(f"{path}:2: error: ")
    assert message in err.splitlines()[0]


def test_a_file_that_is_not_a_history_csv(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_text("date,pain\n2026-01-01,4\n", encoding="utf-8")
    code, _, err = run(capsys, "history", "--import", str(path))
    assert code == 1
    assert err.startswith(f"{path}:1: error: not a history CSV: the first line must be id,routine_id,")
    missing = tmp_path / "missing.csv"
    code, _, err = run(capsys, "history", "--import", str(missing))
    assert code == 1
    assert err.startswith(f"backpain-timer: error: cannot import {missing}: No such file")
