"""What the history's figures and advice need from the database, read in a few small queries."""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo

from backpain_timer.domain.history import SessionRecord
from backpain_timer.domain.safety import RISING_LOOKBACK, TREND_WINDOW_DAYS
from backpain_timer.storage.history_db import HistoryStore


def local_timezone() -> tzinfo:
    """The system's time zone now: the one days are counted in."""
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None  # astimezone() always sets one
    return zone


def read_trend_records(store: HistoryStore, today: date, tz: tzinfo) -> list[SessionRecord]:
    """The records the trend rules judge (domain/safety.py), newest first: the last 14 days and the
    last 3 sessions with both pain answers, however old. HistoryError when the store cannot be read."""
    window = store.records(since=today - timedelta(days=TREND_WINDOW_DAYS - 1), tz=tz)
    answered = store.records(checked_in=True, limit=RISING_LOOKBACK)
    unique = {record.id: record for record in [*window, *answered]}
    return sorted(unique.values(), key=lambda record: record.started_at, reverse=True)
