"""Which cue fires when: engine events → cue requests (sound, words, flash), and breath pacing.

Pure data in, pure data out; the UI's cue player turns requests into sound, speech and a flash.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from backpain_timer.domain.events import Countdown, Event, Halfway, SegmentStarted, SessionFinished
from backpain_timer.domain.plan import Plan, Segment, SegmentKind
from backpain_timer.domain.routine import Breathe

FINISH_TEXT = "Well done. Routine complete."
# Same tolerance as the engine: a phase change reached exactly is not missed by float rounding.
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
    """The cues one engine event asks for; pause, resume, skip and stop ask for none."""
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
        case SessionFinished(at=at):
            speech = FINISH_TEXT if settings.voice else None
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


def spoken_seconds(seconds: float) -> str:
    """Words for a duration: "45 seconds", "1 minute", "1 minute 30 seconds"."""
    whole = round(seconds)
    if abs(seconds - whole) > _EPSILON:
        return f"{seconds:g} seconds"
    minutes, secs = divmod(whole, 60)
    parts = []
    if minutes:
        parts.append(f"{minutes} minute{'s' if minutes != 1 else ''}")
    if secs or not minutes:
        parts.append(f"{secs} second{'s' if secs != 1 else ''}")
    return " ".join(parts)


def spoken_text(segment: Segment, plan: Plan) -> str:
    """What the voice says as ``segment`` starts."""
    if segment.kind is SegmentKind.HOLD:
        side = f", {segment.side} side" if segment.side else ""
        return f"{segment.name}, {spoken_seconds(segment.duration)}{side}"
    if segment.kind is SegmentKind.PREPARE:
        return f"Get ready: {segment.name}"
    if segment.kind is SegmentKind.SWITCH:
        # The plan also puts a switch between reps on the same side (or with no side): no side to switch.
        hold_before = plan.segments[segment.index - 1] if segment.index > 0 else None
        if segment.side is not None and hold_before is not None and hold_before.side != segment.side:
            return "Switch sides"
        return f"Rest, {spoken_seconds(segment.duration)}. Next: rep {segment.rep} of {segment.reps}"
    return f"Rest, {spoken_seconds(segment.duration)}. Next: {segment.name}"


class BreathPhase(StrEnum):
    IN = "in"
    OUT = "out"


@dataclass(frozen=True)
class BreathState:
    phase: BreathPhase
    progress: float  # 0..1 through the current phase
    scale: float  # 0..1 circle size: grows while breathing in, shrinks while breathing out


def _ease(progress: float) -> float:
    """Slow at both ends, like a breath."""
    return (1 - math.cos(math.pi * progress)) / 2


class BreathPacer:
    """Breathing in and out on the hold's own clock: each hold starts with a breath in."""

    def __init__(self, breathe: Breathe) -> None:
        if breathe.inhale <= 0 or breathe.exhale <= 0:
            raise ValueError(
                f"breathe needs inhale and exhale above 0 s, got {breathe.inhale}/{breathe.exhale}"
            )
        self.breathe = breathe

    def state(self, elapsed: float) -> BreathState:
        into_cycle = max(elapsed, 0.0) % self.breathe.cycle
        if into_cycle < self.breathe.inhale:
            progress = into_cycle / self.breathe.inhale
            return BreathState(BreathPhase.IN, progress, _ease(progress))
        progress = (into_cycle - self.breathe.inhale) / self.breathe.exhale
        return BreathState(BreathPhase.OUT, progress, 1 - _ease(progress))

    def seconds_to_next_change(self, elapsed: float) -> float:
        """How long from ``elapsed`` until the next breath in or out begins."""
        into_cycle = max(elapsed, 0.0) % self.breathe.cycle
        if into_cycle < self.breathe.inhale:
            return self.breathe.inhale - into_cycle
        return self.breathe.cycle - into_cycle

    def phase_changes_between(self, since: float, until: float) -> list[tuple[float, BreathPhase]]:
        """Phase changes in (since, until], as (hold elapsed seconds, new phase), in order.

        The breath in at 0 is left out: the hold's own start cue marks it.
        """
        cycle, inhale = self.breathe.cycle, self.breathe.inhale
        changes: list[tuple[float, BreathPhase]] = []
        cycle_no = max(math.floor((since - inhale) / cycle), 0)
        while cycle_no * cycle <= until + _EPSILON:
            breath_in = cycle_no * cycle
            for moment, phase in ((breath_in, BreathPhase.IN), (breath_in + inhale, BreathPhase.OUT)):
                if since + _EPSILON < moment <= until + _EPSILON and moment > 0:
                    changes.append((moment, phase))
            cycle_no += 1
        return changes


def breath_cues(plan: Plan, since: float, until: float, settings: CueSettings) -> list[CueRequest]:
    """Soft tones at the breath phase changes between two plan positions, ``since`` excluded.

    Call after each ``tick()`` with the engine's ``position()`` before and after it; after a skip or
    previous, start again from the new position (the timeline jumped). A change at a hold's very start or
    end is left out: the segment's own chime marks it.
    """
    if not (settings.sound and settings.breath_tone):
        return []
    requests: list[CueRequest] = []
    for segment in plan.segments:
        if segment.breathe is None or segment.kind is not SegmentKind.HOLD:
            continue
        if segment.end <= since or segment.start > until:
            continue
        pacer = BreathPacer(segment.breathe)
        for moment, phase in pacer.phase_changes_between(since - segment.start, until - segment.start):
            if moment < segment.duration - _EPSILON:
                tone = CueKind.BREATH_IN if phase is BreathPhase.IN else CueKind.BREATH_OUT
                requests.append(CueRequest(segment.start + moment, tone, None, False))
    return requests


# --- speech that fits its slot ---------------------------------------------------------------------------
# Measured (speech-dispatcher + espeak-ng at rate 0): "Rest. Next: child's pose" sounds for 2.2 s: about
# 1.8 words a second with the pauses of the punctuation, plus the engine's start.
WORDS_PER_SECOND = 1.9
SPEECH_START_SECONDS = 0.15
QUIET_BEFORE_END_SECONDS = 3.0  # the countdown ticks at 3, 2 and 1 s before the end: never talk over them


def speech_seconds(text: str, rate: float = 0.0) -> float:
    """About how long the voice takes to say ``text`` at ``rate`` (-1 slow .. 1 fast; each step of 1
    halves or doubles the pace)."""
    return SPEECH_START_SECONDS + len(text.split()) / (WORDS_PER_SECOND * 2**rate)


def speech_room(segment: Segment, *, countdown: bool) -> float:
    """Seconds the voice may talk from the segment's start: all of it, or up to the first countdown tick
    (the engine ticks n seconds before the end for n = 3, 2, 1 when the segment is longer than n)."""
    if not countdown:
        return segment.duration
    first_tick = min(QUIET_BEFORE_END_SECONDS, math.ceil(segment.duration - _EPSILON) - 1)
    return segment.duration - max(first_tick, 0.0)


def short_text(segment: Segment, plan: Plan) -> str:
    """The announcement without durations and sides: "Rest. Next: Child's pose"."""
    if segment.kind is SegmentKind.HOLD:
        return segment.name
    if segment.kind is SegmentKind.PREPARE:
        return f"Get ready: {segment.name}"
    full = spoken_text(segment, plan)
    if segment.kind is SegmentKind.SWITCH and full == "Switch sides":
        return full
    return f"Rest. Next: {segment.name}" if segment.kind is SegmentKind.REST else "Rest"


def announcement(segment: Segment, plan: Plan, *, rate: float = 0.0, countdown: bool = True) -> str | None:
    """The longest of the full, the short and the one-word announcement that ends before the countdown;
    None when not even one word fits (the chime, the flash and the screen still say it)."""
    one_word = {
        SegmentKind.HOLD: "Hold",
        SegmentKind.PREPARE: "Ready",
        SegmentKind.SWITCH: "Switch",
        SegmentKind.REST: "Rest",
    }[segment.kind]
    room = speech_room(segment, countdown=countdown)
    for text in (spoken_text(segment, plan), short_text(segment, plan), one_word):
        if speech_seconds(text, rate) <= room:
            return text
    return None
