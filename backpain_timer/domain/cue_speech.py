"""Speech that fits its slot: the announcement a segment gets is as long as its time allows.

The voice never talks over the 3-2-1 countdown: a long announcement is shortened ("Rest. Next: Child's
pose"), then cut to one word, then left out (the chime, the flash and the screen still say it).
"""

from __future__ import annotations

import math

from backpain_timer.domain.plan import Plan, Segment, SegmentKind
from backpain_timer.domain.segment_words import phase_text, segment_words, side_word
from backpain_timer.domain.texts import say

# Measured (speech-dispatcher + espeak-ng at rate 0): "Rest. Next: child's pose" sounds for 2.2 s: about
# 1.8 words a second with the pauses of the punctuation, plus the engine's start.
WORDS_PER_SECOND = 1.9
SPEECH_START_SECONDS = 0.15
QUIET_BEFORE_END_SECONDS = 3.0  # the countdown ticks at 3, 2 and 1 s before the end: never talk over them
_EPSILON = 1e-9


# The spoken words by message id (the English source; texts.say gives the language in use).
_SPOKEN = {
    "cue.seconds": "{n} seconds",
    "cue.one-second": "1 second",
    "cue.minutes": "{n} minutes",
    "cue.one-minute": "1 minute",
    "cue.hold": "{name}, {duration}",
    "cue.hold-side": "{name}, {duration}, {side} side",
    "cue.prepare": "Get ready: {name}",
    "cue.pause": "{phase}, {duration}. {next}",
    "cue.rest": "Rest, {duration}. Next: {name}",
    "cue.short-rest": "{phase}. Next: {name}",
    "cue.short-pause": "{phase}. {next}",
    "cue.word.ready": "Ready",
    "cue.word.switch": "Switch",
    "cue.word.rest": "Rest",
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
        if plan.switches_sides(segment):
            return phase_text(SegmentKind.SWITCH)
        words = segment_words(plan, segment)  # the screen's words: a rest between reps
        return _spoken("cue.pause").format(phase=words.phase, duration=duration, next=words.next)
    return _spoken("cue.rest").format(duration=duration, name=segment.name)


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
    """The announcement without durations: "Rest. Next: Child's pose", "Rest. Next: rep 2 of 3"."""
    if segment.kind is SegmentKind.HOLD:
        return segment.name
    if segment.kind is SegmentKind.PREPARE:
        return _spoken("cue.prepare").format(name=segment.name)
    words = segment_words(plan, segment)
    if segment.kind is SegmentKind.REST:  # the voice names the exercise; the screen shows its side
        return _spoken("cue.short-rest").format(phase=words.phase, name=segment.name)
    if plan.switches_sides(segment) or not words.next:
        return words.phase
    return _spoken("cue.short-pause").format(phase=words.phase, next=words.next)


def _one_word(segment: Segment, plan: Plan) -> str:
    if segment.kind is SegmentKind.HOLD:
        return phase_text(SegmentKind.HOLD)
    if segment.kind is SegmentKind.PREPARE:
        return _spoken("cue.word.ready")
    return _spoken("cue.word.switch") if plan.switches_sides(segment) else _spoken("cue.word.rest")


def announcement(segment: Segment, plan: Plan, *, rate: float = 0.0, countdown: bool = True) -> str | None:
    """The longest of the full, the short and the one-word announcement that ends before the countdown;
    None when not even one word fits."""
    room = speech_room(segment, countdown=countdown)
    for text in (spoken_text(segment, plan), short_text(segment, plan), _one_word(segment, plan)):
        if speech_seconds(text, rate) <= room:
            return text
    return None
