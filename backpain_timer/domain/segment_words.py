"""What a person is told about a segment: the one place that decides the words.

The session screen, the voice, the editor's plan preview and the media-player and notification texts all
take their words from here, so they always agree. A ``switch`` segment between two reps on the same side
(or of an exercise without sides) is a rest: it says "Rest" and "Next: rep 2 of 3", never "Switch sides".
"""

from __future__ import annotations

from dataclasses import dataclass

from backpain_timer.domain.plan import Plan, Segment, SegmentKind

PHASE_WORDS = {
    SegmentKind.PREPARE: "Get ready",
    SegmentKind.HOLD: "Hold",
    SegmentKind.SWITCH: "Switch sides",
    SegmentKind.REST: "Rest",
}
PAUSED_WORD = "Paused"
INTERRUPTED_REASON = "the timer was interrupted"  # the machine slept or the app was stopped


@dataclass(frozen=True)
class SegmentWords:
    """``phase`` ("Hold", "Switch sides", "Rest", "Get ready"), the exercise ``name``, ``next`` (what comes
    after this segment: "Next: rep 2 of 3", "Next: Cat–cow (left)", or "" in a hold) and ``title``, the
    one-line form for media players and notifications ("Hold · Child's pose", "Rest · next: Cat–cow")."""

    phase: str
    name: str
    next: str
    title: str


def phase_word(plan: Plan, segment: Segment) -> str:
    """The phase as the screen's big word says it."""
    if segment.kind is SegmentKind.SWITCH and not plan.switches_sides(segment):
        return PHASE_WORDS[SegmentKind.REST]
    return PHASE_WORDS[segment.kind]


def _coming_up(plan: Plan, segment: Segment) -> str:
    """What the next hold is, as the words after "Next:" ("" in a hold or after the last hold)."""
    upcoming = plan.next_hold(segment)
    if segment.kind is SegmentKind.HOLD or upcoming is None:
        return ""
    if segment.kind is SegmentKind.SWITCH and not plan.switches_sides(segment):
        return f"rep {upcoming.rep} of {upcoming.reps}"
    side = f" ({upcoming.side})" if upcoming.side else ""
    return f"{upcoming.name}{side}"


def segment_words(plan: Plan, segment: Segment) -> SegmentWords:
    phase = phase_word(plan, segment)
    coming_up = _coming_up(plan, segment)
    if phase == PHASE_WORDS[SegmentKind.REST] and coming_up:
        title = f"{phase} · next: {coming_up}"
    else:
        title = f"{phase} · {segment.name}"
    return SegmentWords(
        phase=phase,
        name=segment.name,
        next=f"Next: {coming_up}" if coming_up else "",
        title=title,
    )
