"""`history --json` and `history --csv` output."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta

from backpain_timer.domain.history import RECORD_FIELDS, SessionRecord
from backpain_timer.storage.history_export import records_to_csv, records_to_json


def make_record(record_id: int, started_at: datetime, **changes: object) -> SessionRecord:
    fields: dict[str, object] = {
        "id": record_id,
        "routine_id": "post-run-cool-down",
        "routine_name": "Post-run cool-down",
        "started_at": started_at,
        "ended_at": started_at + timedelta(minutes=8),
        "planned_seconds": 480.0,
        "active_seconds": 470.5,
        "elapsed_seconds": 480.0,
        "completed": True,
        "holds_done": 12,
        "holds_skipped": 0,
    }
    fields.update(changes)
    return SessionRecord(**fields)  # type: ignore[arg-type]


OLDER = make_record(1, datetime(2026, 11, 24, 18, 0, tzinfo=UTC))
NEWER = make_record(
    2,
    datetime(2026, 11, 25, 14, 3, 46, 120000, tzinfo=UTC),
    pain_before=6,
    pain_after=4,
    symptoms=("numbness", "tingling"),
    note='Tight after 12 km, "better" now; café stop',
    tags=("post-run", "upper-back"),
    symptoms_after=("weakness", "fever"),
)


def test_json_is_an_indented_array_newest_first() -> None:
    text = records_to_json([OLDER, NEWER])
    assert text.startswith('[\n  {\n    "id": 2,')
    assert json.loads(text) == [NEWER.to_json(), OLDER.to_json()]
    assert '"started_at": "2026-11-25T14:03:46.120+00:00"' in text
    assert "café" in text  # readable, not \u-escaped


def test_json_of_no_records_is_an_empty_array() -> None:
    assert json.loads(records_to_json([])) == []


def test_csv_columns_are_the_json_field_names() -> None:
    assert list(RECORD_FIELDS) == list(OLDER.to_json())
    assert records_to_csv([]) == ",".join(RECORD_FIELDS) + "\r\n"


def test_csv_header_is_the_public_column_list() -> None:
    assert records_to_csv([]) == (
        "id,routine_id,routine_name,started_at,ended_at,planned_seconds,active_seconds,elapsed_seconds,"
        "completed,holds_done,holds_skipped,pain_before,pain_after,symptoms,note,tags,symptoms_after\r\n"
    )


def test_csv_reads_back_cleanly_one_row_per_record() -> None:
    rows = list(csv.DictReader(io.StringIO(records_to_csv([OLDER, NEWER]), newline="")))
    assert [row["id"] for row in rows] == ["2", "1"]
    newer, older = rows
    assert newer["started_at"] == "2026-11-25T14:03:46.120+00:00"
    assert newer["symptoms"] == "numbness;tingling"
    assert newer["tags"] == "post-run;upper-back"
    assert newer["symptoms_after"] == "weakness;fever"
    assert newer["note"] == 'Tight after 12 km, "better" now; café stop'
    assert (newer["pain_before"], newer["pain_after"], newer["completed"]) == ("6", "4", "true")
    assert [older[name] for name in ("pain_before", "note", "symptoms", "symptoms_after")] == [""] * 4
    assert older["active_seconds"] == "470.5"


def test_csv_text_that_a_spreadsheet_would_run_as_a_formula_is_defused() -> None:
    record = make_record(3, datetime(2026, 11, 25, tzinfo=UTC), routine_name="=HYPERLINK(1)", note="-2 today")
    (row,) = csv.DictReader(io.StringIO(records_to_csv([record]), newline=""))
    assert row["routine_name"] == "'=HYPERLINK(1)"
    assert row["note"] == "'-2 today"
