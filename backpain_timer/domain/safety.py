"""When to tell a user that stretching is not the answer: the trend rules over the history.

General information, not medical advice. The rules are deliberately simple and each has a unit test
at its threshold, so a change to one is a visible, reviewed decision. Their ids, levels and texts are
lines of the advice table (domain/advice.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta, tzinfo

from backpain_timer.domain.advice import (
    NO_IMPROVEMENT,
    PAIN_RISING_AFTER_SESSIONS,
    Finding,
    level_rank,
    pain_rose,
)
from backpain_timer.domain.history import SessionRecord, local_date
from backpain_timer.domain.texts import say

ALL_WORD = "all"  # "In all of your last 3 sessions…" (a translation may say "each": "In jeder Ihrer…")
TREND_WINDOW_DAYS = 14  # today and the 13 days before it, local time
TREND_MIN_CHECKINS = 5
ALWAYS_HIGH_FROM = 5  # every check-in at least this: no improvement, whatever the trend
MEAN_PAIN_FROM = 3  # below this mean the user is (near) pain-free: no note
IMPROVED_BY = 1.0  # the later half's mean must be this much below the earlier half's
RISING_LOOKBACK = 3  # the last sessions with both answers that are judged
RISING_SESSIONS = 2  # of them, how many must have risen by PAIN_ROSE_BY


def window_checkins(records: Iterable[SessionRecord], today: date, tz: tzinfo) -> list[int]:
    """pain_before of the sessions started (local date) from ``today - 13 days`` to ``today``, oldest
    first; sessions without that answer don't count."""
    first_day = today - timedelta(days=TREND_WINDOW_DAYS - 1)
    in_window = [
        record
        for record in records
        if record.pain_before is not None and first_day <= local_date(record, tz) <= today
    ]
    in_window.sort(key=lambda record: record.started_at)
    return [record.pain_before for record in in_window if record.pain_before is not None]


def mean(values: Sequence[int]) -> float:
    return sum(values) / len(values)


def not_improving(pains: Sequence[int]) -> bool:
    """True for at least 5 check-ins (oldest first) that are all 5 or more, or whose mean is 3 or more
    and whose later half's mean is not at least 1 point below the earlier half's.

    With an odd count the middle check-in belongs to neither half. A mean below 3 never counts: a
    pain-free or near pain-free user has nothing to improve.
    """
    if len(pains) < TREND_MIN_CHECKINS:
        return False
    if min(pains) >= ALWAYS_HIGH_FROM:
        return True
    half = len(pains) // 2
    fell_by = mean(pains[:half]) - mean(pains[-half:])
    return mean(pains) >= MEAN_PAIN_FROM and fell_by < IMPROVED_BY


def no_improvement(records: Iterable[SessionRecord], today: date, tz: tzinfo) -> Finding | None:
    """The ``no-improvement`` finding when the last 14 days' check-ins show no improvement."""
    pains = window_checkins(records, today, tz)
    if not not_improving(pains):
        return None
    return Finding.of(NO_IMPROVEMENT, days=TREND_WINDOW_DAYS, checkins=len(pains))


def pain_rising_after_sessions(records: Iterable[SessionRecord]) -> Finding | None:
    """The ``pain-rising-after-sessions`` finding when, in 2 of the last 3 sessions with both answers,
    pain_after was at least pain_before + 2."""
    answered = sorted(
        (record for record in records if record.pain_before is not None and record.pain_after is not None),
        key=lambda record: record.started_at,
    )[-RISING_LOOKBACK:]
    rises = sum(pain_rose(record.pain_before, record.pain_after) for record in answered)
    if rises < RISING_SESSIONS:
        return None
    how_many = say("word.all", ALL_WORD) if rises == len(answered) else str(rises)
    return Finding.of(PAIN_RISING_AFTER_SESSIONS, rises=how_many, sessions=len(answered))


def trend_findings(records: Iterable[SessionRecord], today: date, tz: tzinfo) -> list[Finding]:
    """Every trend rule that applies, most serious first.

    ``records`` must hold at least the last 14 days and the last 3 sessions with both answers.
    """
    records = list(records)
    found = [no_improvement(records, today, tz), pain_rising_after_sessions(records)]
    return sorted((finding for finding in found if finding), key=lambda finding: -level_rank(finding.level))


def message_texts() -> dict[str, str]:
    return {"word.all": ALL_WORD}
