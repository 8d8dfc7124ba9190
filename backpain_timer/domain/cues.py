"""Which cue fires when: engine events → cue requests (sound, words, flash).

Pure data in, pure data out; the UI's cue player turns requests into sound, speech and a flash.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from backpain_timer.domain.breath import BreathPhase
from backpain_timer.domain.cue_speech import announcement
from backpain_timer.domain.events import (
    BreathTurned,
    Countdown,
    Event,
    Halfway,
    Resumed,
    SegmentStarted,
    SessionFinished,
)
from backpain_timer.domain.plan import Plan, SegmentKind
from backpain_timer.domain.texts import say

FINISH_TEXT = "Well done. Routine complete."
# A duration a float rounding away from whole seconds is said in whole seconds.


class CueKind(StrEnum):
    CHIME = "chime"
    TICK = "tick"  # 3-2-1 before a hold ends
    TICK_SOFT = "tick_soft"  # 3-2-1 before a hold begins (end of prepare, switch, rest)
    HALFWAY = "halfway"
    FINISH = "finish"
    BREATH_IN = "breath_in"
    BREATH_OUT = "breath_out"


@dataclass(frozen=True)
class CueRequest:
    at: float  # plan time of the event that asked for it
    sound: CueKind | None
    speech: str | None
    flash: bool


@dataclass(frozen=True)
class CueSettings:
    sound: bool = True
    voice: bool = True
    countdown: bool = True
    halfway: bool = True
    flash: bool = True
    breath_tone: bool = False
    voice_rate: float = 0.0  # -1 slow .. 1 fast: how long the voice takes to say an announcement


def _request(at: float, sound: CueKind | None, speech: str | None, flash: bool) -> list[CueRequest]:
    if sound is None and speech is None and not flash:
        return []
    return [CueRequest(at, sound, speech, flash)]


def cues_for(event: Event, settings: CueSettings, plan: Plan) -> list[CueRequest]:
    """The cues one engine event asks for; pause, resume, skip and stop ask for none, except a resume
    after an interruption: one chime says the timer runs again."""
    sound_on = settings.sound
    match event:
        case SegmentStarted(at=at, segment=segment):
            speech = announcement(
                segment, plan, rate=settings.voice_rate, countdown=sound_on and settings.countdown
            )
            speech = speech if settings.voice else None
            return _request(at, CueKind.CHIME if sound_on else None, speech, settings.flash)
        case Countdown(at=at, segment=segment):
            if not (sound_on and settings.countdown):
                return []
            tick = CueKind.TICK if segment.kind is SegmentKind.HOLD else CueKind.TICK_SOFT
            return _request(at, tick, None, False)
        case Halfway(at=at):
            return _request(at, CueKind.HALFWAY if sound_on and settings.halfway else None, None, False)
        case BreathTurned(at=at, phase=phase):
            if not (sound_on and settings.breath_tone):
                return []
            return _request(
                at, CueKind.BREATH_IN if phase is BreathPhase.IN else CueKind.BREATH_OUT, None, False
            )
        case Resumed(at=at, after_interruption=True):
            return _request(at, CueKind.CHIME if sound_on else None, None, False)
        case SessionFinished(at=at):
            speech = say("cue.finish", FINISH_TEXT) if settings.voice else None
            return _request(at, CueKind.FINISH if sound_on else None, speech, settings.flash)
    return []


def fresh_cues(requests: list[CueRequest], now: float, max_late: float = 1.0) -> list[CueRequest]:
    """The requests still worth playing at plan position ``now``.

    After a long freeze (a suspended laptop, a stalled GUI thread) the caught-up cues would play as a burst
    of ticks and words for moments long gone; keep those at most ``max_late`` seconds old, plus the latest
    transition (words or flash) so the person still learns where the session is now — unless a fresh
    transition already says so (two chimes in a row would only confuse).
    """
    fresh = [request for request in requests if request.at >= now - max_late]
    if any(_is_transition(request) for request in fresh):
        return fresh
    stale_transitions = [r for r in requests if r.at < now - max_late and (r.speech is not None or r.flash)]
    return stale_transitions[-1:] + fresh


def _is_transition(request: CueRequest) -> bool:
    """A segment start or the finish (what a frozen session's catch-up must announce)."""
    return request.speech is not None or request.flash or request.sound in (CueKind.CHIME, CueKind.FINISH)


def message_texts() -> dict[str, str]:
    """The message ids of the cues' own words (the announcements' are in domain/cue_speech.py)."""
    return {"cue.finish": FINISH_TEXT}
