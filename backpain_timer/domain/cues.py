"""Which cue fires when: engine events → cue requests (sound, words, flash).

Pure data in, pure data out; the UI's cue player turns requests into sound, speech and a flash.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from backpain_timer.domain.breath import BreathPhase
from backpain_timer.domain.events import (
    BreathTurned,
    Countdown,
    Event,
    Halfway,
    Resumed,
    SegmentStarted,
    SessionFinished,
)
from backpain_timer.domain.plan import Plan, Segment, SegmentKind
from backpain_timer.domain.segment_words import phase_text, segment_words, side_word
from backpain_timer.domain.texts import say

FINISH_TEXT = "Well done. Routine complete."
# A duration a float rounding away from whole seconds is said in whole seconds.
_EPSILON = 1e-9


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
            speech = spoken_text(segment, plan) if settings.voice else None
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


# The spoken words by message id (the English source; texts.say gives the language in use).
_SPOKEN = {
    "cue.finish": FINISH_TEXT,
    "cue.seconds": "{n} seconds",
    "cue.one-second": "1 second",
    "cue.minutes": "{n} minutes",
    "cue.one-minute": "1 minute",
    "cue.hold": "{name}, {duration}",
    "cue.hold-side": "{name}, {duration}, {side} side",
    "cue.prepare": "Get ready: {name}",
    "cue.pause": "{phase}, {duration}. {next}",
    "cue.rest": "Rest, {duration}. Next: {name}",
}


def _spoken(msgid: str) -> str:
    return say(msgid, _SPOKEN[msgid])


def message_texts() -> dict[str, str]:
    return dict(_SPOKEN)


def _count(n: int, unit: str) -> str:
    return _spoken(f"cue.one-{unit}") if n == 1 else _spoken(f"cue.{unit}s").format(n=n)


def spoken_seconds(seconds: float) -> str:
    """Words for a duration: "45 seconds", "1 minute", "1 minute 30 seconds"."""
    whole = round(seconds)
    if abs(seconds - whole) > _EPSILON:
        return _spoken("cue.seconds").format(n=f"{seconds:g}")
    minutes, secs = divmod(whole, 60)
    parts = []
    if minutes:
        parts.append(_count(minutes, "minute"))
    if secs or not minutes:
        parts.append(_count(secs, "second"))
    return " ".join(parts)


def spoken_text(segment: Segment, plan: Plan) -> str:
    """What the voice says as ``segment`` starts."""
    duration = spoken_seconds(segment.duration)
    if segment.kind is SegmentKind.HOLD:
        if segment.side:
            return _spoken("cue.hold-side").format(
                name=segment.name, duration=duration, side=side_word(segment.side)
            )
        return _spoken("cue.hold").format(name=segment.name, duration=duration)
    if segment.kind is SegmentKind.PREPARE:
        return _spoken("cue.prepare").format(name=segment.name)
    if segment.kind is SegmentKind.SWITCH:
        words = segment_words(plan, segment)  # the screen's words: "Switch sides", or a rest between reps
        if plan.switches_sides(segment):
            return phase_text(SegmentKind.SWITCH)
        return _spoken("cue.pause").format(phase=words.phase, duration=duration, next=words.next)
    return _spoken("cue.rest").format(duration=duration, name=segment.name)
