"""Runs read from watch files: which activities are runs, when two files hold the same run, and which
cool-down session followed a run. Pure: the files are read in storage/run_files.py."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from backpain_timer.domain.history import SessionRecord, format_timestamp

COOL_DOWN_TAG = "cool-down"
COOL_DOWN_WINDOW = timedelta(hours=3)  # a cool-down started this long after a run ended belongs to it
SAME_START = timedelta(
    seconds=60
)  # two files whose runs start this close, with similar distance, are one run
SAME_DISTANCE_SHARE = 0.05
SAME_DISTANCE_FLOOR_M = 50.0  # very short runs: GPS noise alone can differ by more than 5 %
# An activity that does not say what it is counts as a run when its pace is in this range (s/km):
# faster than 2:30 min/km is a vehicle, slower than 12:00 min/km is a walk.
RUNNING_PACE_S_PER_KM = (150.0, 720.0)

# Words in a file's sport names, in the order they are tried: "Trail running" is a run, "Bike ride" is not.
_SPORT_WORDS: tuple[tuple[str, str], ...] = (
    ("run", "running"),
    ("jog", "running"),
    ("cycl", "cycling"),
    ("bik", "cycling"),
    ("ride", "cycling"),
    ("walk", "walking"),
    ("hik", "hiking"),
    ("swim", "swimming"),
    ("row", "rowing"),
    ("ski", "skiing"),
    ("skat", "skating"),
    ("paddl", "paddling"),
)


@dataclass(frozen=True)
class Activity:
    """What one file says about one activity. ``sport`` is a word of the file (``running``, ``Biking``,
    ``9``) or None when the file does not say; ``sub_sport`` refines it (``trail``, ``treadmill``)."""

    sport: str | None
    sub_sport: str | None
    started_at: datetime
    ended_at: datetime
    moving_seconds: float
    distance_m: float
    avg_heart_rate: float | None


@dataclass(frozen=True)
class Run:
    """A stored run. ``duration_seconds`` is the moving (timer) time, the time a watch shows for the run;
    ``source`` is the file it was first read from."""

    id: int | None
    sport: str
    started_at: datetime
    ended_at: datetime
    duration_seconds: float
    distance_m: float
    avg_heart_rate: float | None
    source: str

    @property
    def avg_pace_s_per_km(self) -> float | None:
        if self.distance_m <= 0 or self.duration_seconds <= 0:
            return None
        return self.duration_seconds / (self.distance_m / 1000.0)

    def to_json(self, cool_down: SessionRecord | None) -> dict[str, Any]:
        """The object `runs --json` prints, with the cool-down that followed (None: none did)."""
        pace = self.avg_pace_s_per_km
        return {
            "id": self.id,
            "sport": self.sport,
            "started_at": format_timestamp(self.started_at),
            "ended_at": format_timestamp(self.ended_at),
            "duration_seconds": round(self.duration_seconds, 3),
            "distance_m": round(self.distance_m, 1),
            "avg_pace_s_per_km": None if pace is None else round(pace, 1),
            "avg_heart_rate": None if self.avg_heart_rate is None else round(self.avg_heart_rate, 1),
            "source": self.source,
            "cooled_down": cool_down is not None,
            "cool_down_session_id": None if cool_down is None else cool_down.id,
        }


def sport_kind(word: str | None) -> str | None:
    """``running``, ``cycling``, ``walking``… for a file's sport word; None when the word says nothing."""
    if word is None:
        return None
    lowered = word.strip().lower()
    for fragment, kind in _SPORT_WORDS:
        if fragment in lowered:
            return kind
    return None


def run_sport(activity: Activity, *, trust_pace: bool) -> str | None:
    """The run's sport label (``running``, ``trail running``), or None when the activity is not a run.

    An activity marked with another sport is never a run. One that does not say is a run when
    ``trust_pace`` (GPX and TCX: many exports leave the sport out) and its pace is a running pace;
    FIT files always name the sport, so for them only ``running`` counts.
    """
    kind = sport_kind(activity.sport)
    if kind is None and trust_pace and _running_pace(activity):
        kind = "running"
    if kind != "running":
        return None
    sub = (activity.sub_sport or "").strip().lower().replace("_", " ")
    if not sub or sub in {"generic", "running", "all", "invalid"} or not sub.isprintable() or len(sub) > 30:
        return "running"
    return f"{sub} running"


def _running_pace(activity: Activity) -> bool:
    if activity.distance_m <= 0 or activity.moving_seconds <= 0:
        return False
    pace = activity.moving_seconds / (activity.distance_m / 1000.0)
    low, high = RUNNING_PACE_S_PER_KM
    return low <= pace <= high


def as_run(activity: Activity, source: str, *, trust_pace: bool) -> Run | None:
    sport = run_sport(activity, trust_pace=trust_pace)
    if sport is None:
        return None
    return Run(
        id=None,
        sport=sport,
        started_at=activity.started_at,
        ended_at=activity.ended_at,
        duration_seconds=activity.moving_seconds,
        distance_m=activity.distance_m,
        avg_heart_rate=activity.avg_heart_rate,
        source=source,
    )


def same_run(first: Run, second: Run) -> bool:
    """Two files hold the same run (a watch's FIT and its GPX export): the starts are within a minute
    and the distances within 5 % (or 50 m) of each other."""
    if abs(first.started_at - second.started_at) > SAME_START:
        return False
    tolerance = max(SAME_DISTANCE_FLOOR_M, SAME_DISTANCE_SHARE * max(first.distance_m, second.distance_m))
    return abs(first.distance_m - second.distance_m) <= tolerance


def cool_down_after(run: Run, sessions: Iterable[SessionRecord]) -> SessionRecord | None:
    """The first session of a routine tagged ``cool-down`` started within 3 hours after the run ended."""
    latest = run.ended_at + COOL_DOWN_WINDOW
    candidates = [
        session
        for session in sessions
        if COOL_DOWN_TAG in session.tags and run.ended_at <= session.started_at <= latest
    ]
    return min(candidates, key=lambda session: (session.started_at, session.id or 0), default=None)
