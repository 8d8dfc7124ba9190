"""After a run: whether to offer the cool-down, and the words that offer it. Pure: the app decides when."""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import datetime, timedelta

from backpain_timer.domain.history import SessionRecord
from backpain_timer.domain.runs import COOL_DOWN_WINDOW, Run

OFFER_WINDOW = COOL_DOWN_WINDOW  # a run that ended longer ago than this is imported quietly


def offer_due(run: Run, now: datetime, *, cooled_down: bool, offered: bool) -> bool:
    """Offer the cool-down for ``run``: it ended within the last 3 hours, has none yet, and was never
    offered before."""
    if cooled_down or offered or run.id is None:
        return False
    return timedelta(0) <= now - run.ended_at <= OFFER_WINDOW


def distance_words(distance_m: float) -> str:
    """6012 → "6.0 km"."""
    return f"{distance_m / 1000:.1f} km"


def ago_words(then: datetime, now: datetime) -> str:
    """How long ago, as a person says it: "just now", "12 min ago", "2 h 5 min ago"."""
    minutes = max(0, int((now - then).total_seconds() // 60))
    if minutes == 0:
        return "just now"
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{minutes} min ago"
    return f"{hours} h {rest} min ago" if rest else f"{hours} h ago"


def short_clock(seconds: float) -> str:
    """A routine's length as a watch shows it: 390 → "6:30", 3725 → "1:02:05"."""
    whole = max(0, math.ceil(seconds - 1e-9))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def offer_words(run: Run, now: datetime, routine_seconds: float) -> tuple[str, str]:
    """The notification's title and body: "6.0 km run finished 12 min ago", "Cool down now? 6:30"."""
    return (
        f"{distance_words(run.distance_m)} run finished {ago_words(run.ended_at, now)}",
        f"Cool down now? {short_clock(routine_seconds)}",
    )


def offer_line(run: Run, now: datetime, routine_seconds: float) -> str:
    """The offer on one line (the tray's message, the window's status bar)."""
    title, body = offer_words(run, now, routine_seconds)
    return f"{title} — {body}"


def home_words(run: Run, now: datetime) -> str:
    """What "Cool down now" adds when a recent run has no cool-down: "after your 6.0 km run, 12 min ago"."""
    return f"after your {distance_words(run.distance_m)} run, {ago_words(run.ended_at, now)}"


def waiting_run(runs: Iterable[tuple[Run, SessionRecord | None]], now: datetime) -> Run | None:
    """The newest run that ended within the last 3 hours and has no cool-down yet, if any."""
    waiting = [
        run
        for run, cool_down in runs
        if cool_down is None and timedelta(0) <= now - run.ended_at <= OFFER_WINDOW
    ]
    return max(waiting, key=lambda run: run.ended_at, default=None)
