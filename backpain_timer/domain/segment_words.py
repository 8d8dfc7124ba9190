"""What a person is told about a segment: the one place that decides the words.

The session screen, the voice, the editor's plan preview and the media-player and notification texts all
take their words from here, so they always agree. A ``switch`` segment between two reps on the same side
(or of an exercise without sides) is a rest: it says "Rest" and "Next: rep 2 of 3", never "Switch sides".
"""

from __future__ import annotations

from dataclasses import dataclass

from backpain_timer.domain.plan import Plan, Segment, SegmentKind
from backpain_timer.domain.routine import Sides
from backpain_timer.domain.texts import say

PHASE_WORDS = {
    SegmentKind.PREPARE: "Get ready",
    SegmentKind.HOLD: "Hold",
    SegmentKind.SWITCH: "Switch sides",
    SegmentKind.REST: "Rest",
}
PAUSED_WORD = "Paused"
INTERRUPTED_REASON = "the timer was interrupted"  # the machine slept or the app was stopped
# The rest of the words, by message id (the English source; texts.say gives the language in use).
_WORDS = {
    "next": "Next: {what}",
    "next.rep": "rep {rep} of {reps}",
    "title.next": "{phase} · next: {what}",
    "side.left": "left",
    "side.right": "right",
    # How a step's sides read, wherever a step is shown or printed (an exercise without sides says nothing).
    "sides.both": "left and right",
    "sides.left": "left side",
    "sides.right": "right side",
    # Which side a segment is on: in a hold; coming up in a switch; coming up otherwise.
    "where.hold": "{side} side",
    "where.switch": "to the {side} side",
    "where.before": "starting on the {side} side",
}
_WHERE = {SegmentKind.HOLD: "where.hold", SegmentKind.SWITCH: "where.switch"}


def _word(msgid: str) -> str:
    return say(msgid, _WORDS[msgid])


def phase_text(kind: SegmentKind) -> str:
    """The word of a segment kind in the language in use."""
    return say(f"phase.{kind.value}", PHASE_WORDS[kind])


def paused_word() -> str:
    return say("paused", PAUSED_WORD)


def interrupted_reason() -> str:
    return say("interrupted", INTERRUPTED_REASON)


def side_word(side: str) -> str:
    """ "left"/"right" in the language in use."""
    return _word(f"side.{side}") if f"side.{side}" in _WORDS else side


def sides_words(sides: Sides) -> str:
    """ "left and right", "left side", "right side", or "" for an exercise without sides."""
    return "" if sides is Sides.NONE else _word(f"sides.{sides.value}")


def where_words(segment: Segment) -> tuple[str, ...]:
    """Which side and rep: ("LEFT side", "rep 1 of 2") in a hold; before it, "to the LEFT side" in a
    switch, "starting on the LEFT side" otherwise."""
    words = []
    if segment.side:
        wording = _word(_WHERE.get(segment.kind, "where.before"))
        words.append(wording.format(side=side_word(segment.side).upper()))
    if segment.reps > 1:
        words.append(_word("next.rep").format(rep=segment.rep, reps=segment.reps))
    return tuple(words)


def message_texts() -> dict[str, str]:
    return {
        **{f"phase.{kind.value}": word for kind, word in PHASE_WORDS.items()},
        "paused": PAUSED_WORD,
        "interrupted": INTERRUPTED_REASON,
        **_WORDS,
    }


@dataclass(frozen=True)
class SegmentWords:
    """``phase`` ("Hold", "Switch sides", "Rest", "Get ready"), the exercise ``name``, ``next`` (what comes
    after this segment: "Next: rep 2 of 3", "Next: Cat–cow (left)", or "" in a hold) and ``title``, the
    one-line form for media players and notifications ("Hold · Child's pose", "Rest · next: Cat–cow")."""

    phase: str
    name: str
    next: str
    title: str


def _phase_kind(plan: Plan, segment: Segment) -> SegmentKind:
    if segment.kind is SegmentKind.SWITCH and not plan.switches_sides(segment):
        return SegmentKind.REST
    return segment.kind


def phase_word(plan: Plan, segment: Segment) -> str:
    """The phase as the screen's big word says it."""
    return phase_text(_phase_kind(plan, segment))


def _coming_up(plan: Plan, segment: Segment) -> str:
    """What the next hold is, as the words after "Next:" ("" in a hold or after the last hold)."""
    upcoming = plan.next_hold(segment)
    if segment.kind is SegmentKind.HOLD or upcoming is None:
        return ""
    if segment.kind is SegmentKind.SWITCH and not plan.switches_sides(segment):
        return _word("next.rep").format(rep=upcoming.rep, reps=upcoming.reps)
    side = f" ({side_word(upcoming.side)})" if upcoming.side else ""
    return f"{upcoming.name}{side}"


def segment_words(plan: Plan, segment: Segment) -> SegmentWords:
    phase = phase_word(plan, segment)
    coming_up = _coming_up(plan, segment)
    if _phase_kind(plan, segment) is SegmentKind.REST and coming_up:
        title = _word("title.next").format(phase=phase, what=coming_up)
    else:
        title = f"{phase} · {segment.name}"
    return SegmentWords(
        phase=phase,
        name=segment.name,
        next=_word("next").format(what=coming_up) if coming_up else "",
        title=title,
    )
