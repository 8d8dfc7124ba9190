"""When to tell a user that stretching is not the answer: red-flag rules and the texts we show.

General information, not medical advice. The rules are deliberately simple and each has a unit test
at its threshold, so a change to one is a visible, reviewed decision.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta, tzinfo

from backpain_timer.domain.history import SYMPTOMS, SessionRecord, check_pain, check_symptoms, local_date

RED_FLAG_SYMPTOMS: tuple[str, ...] = SYMPTOMS
PAIN_CAUTION_THRESHOLD = 7  # pain_before at or above this: rest and a gentler routine
GENTLE_ROUTINES: tuple[str, ...] = ("breathing-reset", "upper-back-relief")
TREND_WINDOW_DAYS = 14  # today and the 13 days before it, local time
TREND_MIN_CHECKINS = 5


@dataclass(frozen=True)
class Advice:
    level: str  # "urgent" | "caution" | "info"
    title: str
    text: str
    suggested_routines: tuple[str, ...] = ()


def advice_before_session(pain_before: int | None, symptoms: Iterable[str]) -> Advice | None:
    """What to say before a session starts; None when nothing needs saying.

    Symptoms win over pain: with numbness, tingling or weakness no routine is suggested at all.
    """
    check_pain(pain_before, "pain_before")
    ticked = check_symptoms(symptoms)
    if ticked:
        return Advice(
            level="urgent",
            title="Please get this checked first",
            # The panel's headline already says these need prompt attention and that stretching is not
            # the answer today: the text goes on from there.
            text=(
                f"You noted {_join(ticked)}. With back pain, this can mean a nerve is involved. Please "
                "contact a doctor soon; if it came on suddenly or is getting worse, seek care now. You "
                "can still choose to go on, but we suggest you don't."
            ),
        )
    if pain_before is not None and pain_before >= PAIN_CAUTION_THRESHOLD:
        return Advice(
            level="caution",
            title="Go easy today",
            text=(
                f"A pain of {pain_before} out of 10 is a lot. Rest is a good choice today; if you want to "
                "move, pick a gentle routine and stop if anything hurts more. If the pain is severe or "
                "doesn't go away, see a doctor or a physical therapist."
            ),
            suggested_routines=GENTLE_ROUTINES,
        )
    return None


def _join(words: tuple[str, ...]) -> str:
    if len(words) == 1:
        return words[0]
    return f"{', '.join(words[:-1])} and {words[-1]}"


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
        level="info",
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
