"""The history in a few figures and the advice it calls for: ``history --summary`` and the history view."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, tzinfo
from typing import Any

from backpain_timer.domain.advice import Finding
from backpain_timer.domain.history import SessionRecord, local_dates, streak_days, week_minutes
from backpain_timer.domain.safety import mean, trend_findings, window_checkins


@dataclass(frozen=True)
class HistorySummary:
    sessions: int
    streak_days: int
    week_minutes: float
    checkins_14_days: int
    mean_pain_14_days: float | None  # pain_before; None without a check-in
    advice: tuple[Finding, ...]

    def to_json(self) -> dict[str, Any]:
        """The ``history --summary --json`` format (public: keep the field names)."""
        return {
            "sessions": self.sessions,
            "streak_days": self.streak_days,
            "week_minutes": round(self.week_minutes, 1),
            "checkins_14_days": self.checkins_14_days,
            "mean_pain_14_days": None if self.mean_pain_14_days is None else round(self.mean_pain_14_days, 1),
            "advice": [finding.to_json() for finding in self.advice],
        }


def summarize(records: Iterable[SessionRecord], today: date, tz: tzinfo) -> HistorySummary:
    """Figures over all ``records`` (the whole history), as of the local date ``today``."""
    records = list(records)
    pains = window_checkins(records, today, tz)
    return HistorySummary(
        sessions=len(records),
        streak_days=streak_days(local_dates(records, tz), today),
        week_minutes=week_minutes(records, today, tz),
        checkins_14_days=len(pains),
        mean_pain_14_days=mean(pains) if pains else None,
        advice=tuple(trend_findings(records, today, tz)),
    )
