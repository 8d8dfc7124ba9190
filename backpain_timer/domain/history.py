"""Session records and what we learn from them: streaks and minutes per week.

Times are stored in UTC; every "which day" question is answered in the user's local time zone, which
callers pass in (a ``tzinfo``), so that a run at 23:30 counts for the day it happened on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

# The check-in asks about these, the common ones first; advice.py says what each one means.
SYMPTOMS: tuple[str, ...] = (
    "numbness",
    "tingling",
    "weakness",
    "chest-pain",
    "breathlessness",
    "both-sides",
    "bladder-bowel",
    "saddle-numbness",
    "fall-or-injury",
    "fever",
    "night-pain",
)
PAIN_MIN = 0
PAIN_MAX = 10
# The smallest change in pain people notice: 2 points, or 30 % of where it started.
NOTICEABLE_POINTS = 2
NOTICEABLE_SHARE = 0.3


def format_timestamp(moment: datetime) -> str:
    """ISO 8601 in UTC, millisecond precision, explicit offset: ``2026-11-25T14:03:46.120+00:00``."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"timestamp must carry a time zone, got {moment.isoformat()}")
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


def parse_timestamp(text: str) -> datetime:
    """Read a timestamp written by :func:`format_timestamp` (any ISO 8601 with an offset is accepted)."""
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError(f"timestamp {text!r} has no UTC offset")
    return moment.astimezone(UTC)


def _to_utc_milliseconds(moment: datetime, field_name: str) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{field_name} must carry a time zone, got {moment.isoformat()}")
    if moment.tzinfo is UTC and moment.microsecond % 1000 == 0:
        return moment  # already normal: the common case when reading the database
    # The record's precision is what the database and JSON keep, so a record equals itself read back.
    return moment.astimezone(UTC).replace(microsecond=moment.microsecond // 1000 * 1000)


def check_pain(value: int | None, field_name: str) -> None:
    """Raise ValueError unless ``value`` is None (question skipped) or a whole number 0–10."""
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not PAIN_MIN <= value <= PAIN_MAX:
        raise ValueError(f"{field_name} must be a whole number from {PAIN_MIN} to {PAIN_MAX}, got {value!r}")


def check_symptoms(symptoms: Iterable[str], field_name: str | None = None) -> tuple[str, ...]:
    """The symptoms in the check-in's order, without repeats; ValueError for an unknown one (naming
    ``field_name`` when given: a record has two lists of symptoms)."""
    given = set(symptoms)
    if not given:
        return ()
    unknown = sorted(given.difference(SYMPTOMS))
    if unknown:
        where = f" in {field_name}" if field_name else ""
        raise ValueError(f"unknown symptom {unknown[0]!r}{where} (known: {', '.join(SYMPTOMS)})")
    return tuple(name for name in SYMPTOMS if name in given)


def noticeable_change(pain_before: int | None, pain_after: int | None) -> str | None:
    """ "better" or "worse" when the pain changed by 2 points or 30 % of pain_before; else None."""
    if pain_before is None or pain_after is None or pain_after == pain_before:
        return None
    change = abs(pain_after - pain_before)
    # From no pain at all, a share says nothing: only the points count.
    if change < NOTICEABLE_POINTS and not (pain_before > 0 and change >= NOTICEABLE_SHARE * pain_before):
        return None
    return "better" if pain_after < pain_before else "worse"


@dataclass(frozen=True)
class SessionRecord:
    """One guided session as it happened, plus the optional pain check-ins around it.

    ``symptoms`` were ticked before the session, ``symptoms_after`` after it (asked when the pain rose).
    """

    routine_id: str
    routine_name: str
    started_at: datetime
    ended_at: datetime
    planned_seconds: float
    active_seconds: float
    elapsed_seconds: float
    completed: bool
    holds_done: int
    holds_skipped: int
    pain_before: int | None = None
    pain_after: int | None = None
    symptoms: tuple[str, ...] = ()
    note: str | None = None
    tags: tuple[str, ...] = ()
    symptoms_after: tuple[str, ...] = ()
    id: int | None = None

    def __post_init__(self) -> None:
        # Frozen: normalising a field goes through object.__setattr__.
        object.__setattr__(self, "started_at", _to_utc_milliseconds(self.started_at, "started_at"))
        object.__setattr__(self, "ended_at", _to_utc_milliseconds(self.ended_at, "ended_at"))
        check_pain(self.pain_before, "pain_before")
        check_pain(self.pain_after, "pain_after")
        object.__setattr__(self, "symptoms", check_symptoms(self.symptoms))
        object.__setattr__(self, "tags", tuple(self.tags))
        object.__setattr__(self, "symptoms_after", check_symptoms(self.symptoms_after, "symptoms_after"))
        for name in ("planned_seconds", "active_seconds", "elapsed_seconds"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must not be negative, got {getattr(self, name)!r}")
        if self.holds_done < 0 or self.holds_skipped < 0:
            raise ValueError("holds_done and holds_skipped must not be negative")

    def to_json(self) -> dict[str, Any]:
        """The record as ``history --json`` prints it (field names are a public format: keep them)."""
        data = {name: getattr(self, name) for name in RECORD_FIELDS}
        for name, value in data.items():
            convert = _TO_JSON.get(type(value))
            if convert is not None:  # most fields are JSON already: no call for them
                data[name] = convert(value)
        return data


# The record's fields in their public order: the keys of ``history --json``, the CSV header and the
# history database's columns all follow this one list (a test checks it names every field once). New
# fields go at the end, so that a file written before them is this list's beginning.
RECORD_FIELDS: tuple[str, ...] = (
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
    "symptoms_after",
)


# JSON has no datetimes or tuples: how those fields are written (timestamps are always UTC datetimes).
_TO_JSON: dict[type, Callable[[Any], Any]] = {datetime: format_timestamp, tuple: list}


def local_date(record: SessionRecord, tz: tzinfo) -> date:
    """The day a session belongs to: the local date of its start."""
    return record.started_at.astimezone(tz).date()


def local_dates(records: Iterable[SessionRecord], tz: tzinfo) -> list[date]:
    return [local_date(record, tz) for record in records]


def streak_days(session_dates_local: Iterable[date], today: date) -> int:
    """Days in a row with at least one session, ending today or yesterday.

    A streak is not broken until a whole day has passed without a session, so in the morning
    yesterday's streak still shows. Dates after ``today`` (a clock that was wrong) are ignored.
    """
    days = set(session_dates_local)
    one_day = timedelta(days=1)
    day = today if today in days else today - one_day
    streak = 0
    while day in days:
        streak += 1
        day -= one_day
    return streak


def week_start(day: date) -> date:
    """The Monday of the ISO week that holds ``day``."""
    return day - timedelta(days=day.weekday())


def week_minutes(records: Iterable[SessionRecord], today: date, tz: tzinfo) -> float:
    """Active minutes (pauses excluded) of the sessions started this ISO week (Mon–Sun), local time."""
    monday = week_start(today)
    return (
        sum(record.active_seconds for record in records if week_start(local_date(record, tz)) == monday)
        / 60.0
    )


def minutes_per_week(records: Iterable[SessionRecord], tz: tzinfo) -> list[tuple[date, float]]:
    """(Monday, active minutes) from the first to the last week with a session, oldest first.

    Weeks without a session between them are listed with 0.0 so that a chart shows the gap.
    """
    seconds_by_week: dict[date, float] = {}
    for record in records:
        monday = week_start(local_date(record, tz))
        seconds_by_week[monday] = seconds_by_week.get(monday, 0.0) + record.active_seconds
    if not seconds_by_week:
        return []
    weeks: list[tuple[date, float]] = []
    monday = min(seconds_by_week)
    last = max(seconds_by_week)
    while monday <= last:
        weeks.append((monday, seconds_by_week.get(monday, 0.0) / 60.0))
        monday += timedelta(days=7)
    return weeks
