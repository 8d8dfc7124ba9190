"""What the history says about runs: how many of the last runs had a cool-down, and how far one ran each
week. Pure: the runs and their cool-downs come from storage/runs_db.py."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from backpain_timer.domain.history import SessionRecord, week_start
from backpain_timer.domain.runs import COOL_DOWN_WINDOW, Run
from backpain_timer.domain.texts import say

LAST_RUNS = 10  # the summary counts cool-downs over this many runs
_WORDS = {
    "runs.cooled-last": "Cool-down after your last run",
    "runs.not-cooled-last": "No cool-down after your last run",
    "runs.cooled-share": "Cool-down after {cooled} of the last {runs} runs",
}


def message_texts() -> dict[str, str]:
    return dict(_WORDS)


@dataclass(frozen=True)
class CoolDownShare:
    """``cooled`` of the last ``runs`` runs were followed by a cool-down."""

    cooled: int
    runs: int

    @property
    def text(self) -> str:
        if self.runs == 0:
            return ""
        if self.runs == 1:
            msgid = "runs.cooled-last" if self.cooled else "runs.not-cooled-last"
            return say(msgid, _WORDS[msgid])
        return say("runs.cooled-share", _WORDS["runs.cooled-share"]).format(
            cooled=self.cooled, runs=self.runs
        )


def cool_down_share(
    runs_newest_first: Sequence[tuple[Run, SessionRecord | None]], now: datetime, last: int = LAST_RUNS
) -> CoolDownShare:
    """Count over the ``last`` runs whose outcome is known: a run that ended less than 3 hours before
    ``now`` without a cool-down yet may still get one, so it is left out rather than counted as missed."""
    settled = [
        cool_down
        for run, cool_down in runs_newest_first
        if cool_down is not None or now - run.ended_at >= COOL_DOWN_WINDOW
    ][:last]
    return CoolDownShare(cooled=sum(cool_down is not None for cool_down in settled), runs=len(settled))


def run_local_date(run: Run, tz: tzinfo) -> date:
    return run.started_at.astimezone(tz).date()


def distance_per_week(
    runs: Iterable[Run], first_day: date, last_day: date, tz: tzinfo
) -> list[tuple[date, float]]:
    """(Monday, km run) for every week from the one holding ``first_day`` to the one holding ``last_day``,
    oldest first; a run counts in the local week it started in, weeks without runs are 0.0."""
    first_monday, last_monday = week_start(first_day), week_start(last_day)
    metres: dict[date, float] = {}
    for run in runs:
        monday = week_start(run_local_date(run, tz))
        if first_monday <= monday <= last_monday:
            metres[monday] = metres.get(monday, 0.0) + run.distance_m
    weeks: list[tuple[date, float]] = []
    monday = first_monday
    while monday <= last_monday:
        weeks.append((monday, metres.get(monday, 0.0) / 1000.0))
        monday += timedelta(weeks=1)
    return weeks
