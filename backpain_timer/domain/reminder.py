"""When the daily reminder fires next: wall-clock time of day, so it stays at 18:00 across DST changes."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta


def parse_time_of_day(text: str) -> time:
    """ "18:00" → time(18, 0); raises ValueError with a readable message."""
    try:
        hours, minutes = (int(part) for part in text.split(":"))
        return time(hours, minutes)
    except ValueError:
        raise ValueError(f"reminder time must look like 18:00 (HH:MM), got {text!r}") from None


def next_reminder(now: datetime, at: time) -> datetime:
    """The first moment after ``now`` whose wall-clock time is ``at``: today if still ahead, else tomorrow.

    ``now`` is local time: naive (the system's zone) or aware with a zone that knows its DST rules
    (e.g. ZoneInfo). The result is in the same form; days are counted on the calendar, not in 24 h steps.
    """
    today = datetime.combine(now.date(), at, tzinfo=now.tzinfo)
    if today > now:
        return today
    return datetime.combine(now.date() + timedelta(days=1), at, tzinfo=now.tzinfo)


def seconds_between(start: datetime, end: datetime) -> float:
    """Real seconds from ``start`` to ``end``, both local as in ``next_reminder`` (a 23 h day is 23 h)."""
    # Subtracting datetimes of one zone ignores a DST change between them; going through UTC does not.
    return (end.astimezone(UTC) - start.astimezone(UTC)).total_seconds()
