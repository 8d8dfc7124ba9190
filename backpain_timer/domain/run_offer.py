"""After a run: whether to offer the cool-down, and the words that offer it (and that say how far and how
long ago a run was, wherever runs are shown). Pure: the app decides when."""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import datetime, timedelta

from backpain_timer.domain.history import SessionRecord
from backpain_timer.domain.runs import COOL_DOWN_WINDOW, Run
from backpain_timer.domain.texts import say

OFFER_WINDOW = COOL_DOWN_WINDOW  # a run that ended longer ago than this is imported quietly
# The words, by message id (the English source; texts.say gives the language in use).
_WORDS = {
    "run.decimal-point": ".",
    "run.km": "{km} km",
    "run.minutes": "{minutes} min",
    "run.hours": "{hours} h",
    "run.hours-minutes": "{hours} h {minutes} min",
    "run.just-now": "just now",
    "run.ago": "{time} ago",
    "run.finished": "{distance} run finished {ago}",
    "run.cool-down-now": "Cool down now? {time}",
    "run.after-your-run": "after your {distance} run, {ago}",
}


def _word(msgid: str) -> str:
    return say(msgid, _WORDS[msgid])


def message_texts() -> dict[str, str]:
    return dict(_WORDS)


def offer_due(run: Run, now: datetime, *, cooled_down: bool, offered: bool) -> bool:
    """Offer the cool-down for ``run``: it ended within the last 3 hours, has none yet, and was never
    offered before."""
    if cooled_down or offered or run.id is None:
        return False
    return timedelta(0) <= now - run.ended_at <= OFFER_WINDOW


def distance_words(distance_m: float) -> str:
    """6012 → "6.0 km" ("6,0 km" in German)."""
    km = f"{distance_m / 1000:.1f}".replace(".", _word("run.decimal-point"))
    return _word("run.km").format(km=km)


def elapsed_words(then: datetime, now: datetime) -> str:
    """The whole minutes from ``then`` to ``now`` as a person says them: "12 min", "2 h 5 min", "2 h";
    "" for less than a minute."""
    minutes = max(0, int((now - then).total_seconds() // 60))
    hours, rest = divmod(minutes, 60)
    if not hours:
        return _word("run.minutes").format(minutes=minutes) if minutes else ""
    if not rest:
        return _word("run.hours").format(hours=hours)
    return _word("run.hours-minutes").format(hours=hours, minutes=rest)


def ago_words(then: datetime, now: datetime) -> str:
    """How long ago, as a person says it: "just now", "12 min ago", "2 h 5 min ago"."""
    elapsed = elapsed_words(then, now)
    return _word("run.ago").format(time=elapsed) if elapsed else _word("run.just-now")


def short_clock(seconds: float) -> str:
    """A routine's length as a watch shows it: 390 → "6:30", 3725 → "1:02:05"."""
    whole = max(0, math.ceil(seconds - 1e-9))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def offer_words(run: Run, now: datetime, routine_seconds: float) -> tuple[str, str]:
    """The notification's title and body: "6.0 km run finished 12 min ago", "Cool down now? 6:30"."""
    return (
        _word("run.finished").format(
            distance=distance_words(run.distance_m), ago=ago_words(run.ended_at, now)
        ),
        _word("run.cool-down-now").format(time=short_clock(routine_seconds)),
    )


def offer_line(run: Run, now: datetime, routine_seconds: float) -> str:
    """The offer on one line (the tray's message, the window's status bar)."""
    title, body = offer_words(run, now, routine_seconds)
    return f"{title} — {body}"


def home_words(run: Run, now: datetime) -> str:
    """What "Cool down now" adds when a recent run has no cool-down: "after your 6.0 km run, 12 min ago"."""
    return _word("run.after-your-run").format(
        distance=distance_words(run.distance_m), ago=ago_words(run.ended_at, now)
    )


def waiting_run(runs: Iterable[tuple[Run, SessionRecord | None]], now: datetime) -> Run | None:
    """The newest run that ended within the last 3 hours and has no cool-down yet, if any."""
    waiting = [
        run
        for run, cool_down in runs
        if cool_down is None and timedelta(0) <= now - run.ended_at <= OFFER_WINDOW
    ]
    return max(waiting, key=lambda run: run.ended_at, default=None)
