"""When to tell a user that stretching is not the answer: red-flag rules and the texts we show.

General information, not medical advice. The rules are deliberately simple and each has a unit test
at its threshold, so a change to one is a visible, reviewed decision.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta, tzinfo

from backpain_timer.domain.advice import Advice
from backpain_timer.domain.history import SessionRecord, local_date

TREND_WINDOW_DAYS = 14  # today and the 13 days before it, local time
TREND_MIN_CHECKINS = 5


def pain_trend_slope(records: Iterable[SessionRecord], today: date, tz: tzinfo) -> tuple[int, float] | None:
    """(check-ins, least-squares slope of pain_before in points per day) over the trend window.

    Only sessions with a pain_before check-in started (local date) from ``today - 13 days`` to
    ``today`` count. None when there are no check-ins. With all check-ins at the same moment the
    slope is 0.0 (no change can be seen).
    """
    first_day = today - timedelta(days=TREND_WINDOW_DAYS - 1)
    points = [
        (record.started_at.timestamp() / 86400.0, float(record.pain_before))
        for record in records
        if record.pain_before is not None and first_day <= local_date(record, tz) <= today
    ]
    if not points:
        return None
    mean_x = sum(x for x, _ in points) / len(points)
    mean_y = sum(y for _, y in points) / len(points)
    spread_x = sum((x - mean_x) ** 2 for x, _ in points)
    covariance = sum((x - mean_x) * (y - mean_y) for x, y in points)
    return len(points), (covariance / spread_x if spread_x > 0 else 0.0)


def trend_advice(records: Iterable[SessionRecord], today: date, tz: tzinfo) -> Advice | None:
    """A calm note when the pain before sessions has not fallen over the last 14 days.

    Needs at least 5 check-ins in the window; "not falling" means the least-squares slope of
    pain_before over time is >= 0 (flat or rising). Any downward fit counts as improving.
    """
    trend = pain_trend_slope(records, today, tz)
    if trend is None:
        return None
    checkins, slope = trend
    if checkins < TREND_MIN_CHECKINS or slope < 0:
        return None
    return Advice(
        level="see-professional",
        ids=("no-improvement",),
        title="Your back isn't easing yet",
        text=(
            f"Over the last {TREND_WINDOW_DAYS} days ({checkins} check-ins) the pain you noted before "
            "your sessions has not gone down. Stretching helps many people, but not every kind of back "
            "pain. A physical therapist can find out what is behind it and give you exercises that fit."
        ),
    )


DISCLAIMER = (
    "Backpain Timer gives general information, not medical advice. Consult a healthcare professional "
    "before starting a new exercise routine, and stop any exercise that makes your pain worse."
)
