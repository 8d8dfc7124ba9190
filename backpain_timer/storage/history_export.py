"""Session records as `history --json` and `history --csv` print them."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import Any

from backpain_timer.domain.history import RECORD_FIELDS, SessionRecord

# Spreadsheets run a cell that starts with one of these as a formula; routine names come from files
# that may be shared, so such text cells get a leading apostrophe (OWASP's advice for CSV export).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _newest_first(records: Iterable[SessionRecord]) -> list[SessionRecord]:
    return sorted(records, key=lambda record: (record.started_at, record.id or 0), reverse=True)


def records_to_json(records: Iterable[SessionRecord]) -> str:
    """A JSON array of records, newest first, with the field names of SessionRecord.to_json."""
    return json.dumps([record.to_json() for record in _newest_first(records)], indent=2, ensure_ascii=False)


def records_to_csv(records: Iterable[SessionRecord]) -> str:
    """A header row (the JSON's field names), then one row per record (newest first); lists are joined
    with ';', None is empty."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(RECORD_FIELDS)
    for record in _newest_first(records):
        row = record.to_json()
        writer.writerow(_cell(row[name]) for name in RECORD_FIELDS)
    return buffer.getvalue()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        value = ";".join(value)
    if isinstance(value, str):
        return "'" + value if value.startswith(FORMULA_STARTS) else value
    return str(value)
