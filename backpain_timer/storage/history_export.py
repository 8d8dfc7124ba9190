"""Session records as `history --json` and `history --csv` print them."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import Any

from backpain_timer.domain.history import SessionRecord

# Spreadsheets run a cell that starts with one of these as a formula; routine names come from files
# that may be shared, so such text cells get a leading apostrophe (OWASP's advice for CSV export).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# The keys of SessionRecord.to_json, in order (a test keeps the two the same).
CSV_COLUMNS: tuple[str, ...] = (
    "id",
    "routine_id",
    "routine_name",
    "started_at",
    "ended_at",
    "planned_seconds",
    "active_seconds",
    "elapsed_seconds",
    "completed",
    "holds_done",
    "holds_skipped",
    "pain_before",
    "pain_after",
    "symptoms",
    "note",
    "tags",
)


def _newest_first(records: Iterable[SessionRecord]) -> list[SessionRecord]:
    return sorted(records, key=lambda record: (record.started_at, record.id or 0), reverse=True)


def records_to_json(records: Iterable[SessionRecord]) -> str:
    """A JSON array of records, newest first, with the field names of SessionRecord.to_json."""
    return json.dumps([record.to_json() for record in _newest_first(records)], indent=2, ensure_ascii=False)


def records_to_csv(records: Iterable[SessionRecord]) -> str:
    """A header row, then one row per record (newest first); lists are joined with ';', None is empty."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for record in _newest_first(records):
        row = record.to_json()
        writer.writerow(_cell(row[name]) for name in CSV_COLUMNS)
    return buffer.getvalue()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        value = ";".join(value)
    if isinstance(value, str):
        return "'" + value if value.startswith(_FORMULA_STARTS) else value
    return str(value)
