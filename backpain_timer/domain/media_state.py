"""What a desktop media player widget is told about the session (MPRIS), as plain data.

The D-Bus adaptor in ``ui/mpris`` only sends this; the words come from :mod:`segment_words`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from backpain_timer.domain.events import Event, SegmentStarted, Skipped
from backpain_timer.domain.plan import Plan, Segment
from backpain_timer.domain.segment_words import segment_words
from backpain_timer.domain.session import SessionEngine, SessionState

ALBUM = "Backpain Timer"
NO_TRACK = "/org/mpris/MediaPlayer2/TrackList/NoTrack"
TRACK_PATH = "/org/backpain_timer/segment/{index}"
# Metadata keys whose value is a D-Bus object path, not a string; and those an int64, not an int32.
OBJECT_PATH_KEYS = frozenset({"mpris:trackid"})
INT64_KEYS = frozenset({"mpris:length"})

PLAYING = "Playing"
PAUSED = "Paused"
STOPPED = "Stopped"
_STATUS = {SessionState.RUNNING: PLAYING, SessionState.PAUSED: PAUSED}


def microseconds(seconds: float) -> int:
    return round(seconds * 1_000_000)


@dataclass(frozen=True)
class MediaState:
    """The Player interface's properties that change (``Position`` aside, which is asked for, never sent)."""

    status: str = STOPPED
    metadata: dict[str, object] = field(default_factory=lambda: {"mpris:trackid": NO_TRACK})
    position_us: int = 0
    can_play: bool = False
    can_pause: bool = False
    can_go_next: bool = False
    can_go_previous: bool = False

    def properties(self) -> dict[str, object]:
        """By their D-Bus names, as PropertiesChanged carries them."""
        return {
            "PlaybackStatus": self.status,
            "Metadata": self.metadata,
            "CanPlay": self.can_play,
            "CanPause": self.can_pause,
            "CanGoNext": self.can_go_next,
            "CanGoPrevious": self.can_go_previous,
        }

    def changed_since(self, before: MediaState) -> dict[str, object]:
        """The properties that differ from ``before`` (empty while only the position moves)."""
        old = before.properties()
        return {name: value for name, value in self.properties().items() if old[name] != value}


def exercise_image(plan: Plan, segment: Segment) -> str | None:
    """The illustration of the exercise a segment is about (its path), if it has one."""
    steps = plan.routine.steps
    return steps[segment.step - 1].exercise.image if 0 < segment.step <= len(steps) else None


def media_state(engine: SessionEngine | None, *, can_start: bool, art_url: str = "") -> MediaState:
    """The player as a session in ``engine`` shows it (None: no session); ``can_start``: Play would start
    the selected routine; ``art_url``: the file URL of the segment's picture, "" for none."""
    segment = engine.current_segment if engine is not None else None
    if engine is None or segment is None or engine.state not in _STATUS:
        return MediaState(can_play=can_start)
    metadata: dict[str, object] = {
        "mpris:trackid": TRACK_PATH.format(index=segment.index),
        "mpris:length": microseconds(segment.duration),
        "xesam:title": segment_words(engine.plan, segment).title,
        "xesam:artist": [engine.plan.routine.name],
        "xesam:album": ALBUM,
    }
    if art_url:
        metadata["mpris:artUrl"] = art_url
    return MediaState(
        status=_STATUS[engine.state],
        metadata=metadata,
        position_us=microseconds(engine.segment_elapsed()),
        can_play=True,
        can_pause=True,
        can_go_next=True,
        can_go_previous=True,
    )


def jumped(events: Iterable[Event], index_before: int | None) -> bool:
    """Whether ``events`` moved the position by hand: a skip, or a segment begun again or gone back to."""
    for event in events:
        if isinstance(event, Skipped):
            return True
        if (
            isinstance(event, SegmentStarted)
            and index_before is not None
            and event.segment.index <= index_before
        ):
            return True
    return False
