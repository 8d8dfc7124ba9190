"""Speech that fits its slot: the announcement a segment gets is as long as its time allows.

The voice never talks over the 3-2-1 countdown: a long announcement is shortened ("Rest. Next: Child's
pose"), then cut to one word, then left out (the chime, the flash and the screen still say it).
"""

from __future__ import annotations

import math

from backpain_timer.domain.plan import Plan, Segment, SegmentKind
from backpain_timer.domain.segment_words import PHASE_WORDS, segment_words

# Measured (speech-dispatcher + espeak-ng at rate 0): "Rest. Next: child's pose" sounds for 2.2 s: about
# 1.8 words a second with the pauses of the punctuation, plus the engine's start.
WORDS_PER_SECOND = 1.9
SPEECH_START_SECONDS = 0.15
QUIET_BEFORE_END_SECONDS = 3.0  # the countdown ticks at 3, 2 and 1 s before the end: never talk over them
_EPSILON = 1e-9


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
        words = segment_words(plan, segment)  # the screen's words: "Switch sides", or a rest between reps
        if words.phase == PHASE_WORDS[SegmentKind.SWITCH]:
            return words.phase
        return f"{words.phase}, {spoken_seconds(segment.duration)}. {words.next}"
    return f"Rest, {spoken_seconds(segment.duration)}. Next: {segment.name}"


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
        return f"{PHASE_WORDS[SegmentKind.PREPARE]}: {segment.name}"
    words = segment_words(plan, segment)
    if segment.kind is SegmentKind.REST:  # the voice names the exercise; the screen shows its side
        return f"{words.phase}. Next: {segment.name}"
    if words.phase == PHASE_WORDS[SegmentKind.SWITCH] or not words.next:
        return words.phase
    return f"{words.phase}. {words.next}"


def _one_word(segment: Segment, plan: Plan) -> str:
    if segment.kind is SegmentKind.HOLD:
        return PHASE_WORDS[SegmentKind.HOLD]
    if segment.kind is SegmentKind.PREPARE:
        return "Ready"
    return "Switch" if segment_words(plan, segment).phase == PHASE_WORDS[SegmentKind.SWITCH] else "Rest"


def announcement(segment: Segment, plan: Plan, *, rate: float = 0.0, countdown: bool = True) -> str | None:
    """The longest of the full, the short and the one-word announcement that ends before the countdown;
    None when not even one word fits."""
    room = speech_room(segment, countdown=countdown)
    for text in (spoken_text(segment, plan), short_text(segment, plan), _one_word(segment, plan)):
        if speech_seconds(text, rate) <= room:
            return text
    return None
