"""The advice table: what each answer means and what to do about it, from "call for help now" to nothing.

General information, not medical advice. One table, plain functions: every rule has an id, a level and
a sentence saying what to do, and each threshold has a unit test, so changing one is a visible decision.
The highest level that applies wins.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from backpain_timer.domain.history import check_pain, check_symptoms
from backpain_timer.domain.texts import say

# Lowest first, so that a level's index says how serious it is.
LEVELS: tuple[str, ...] = ("none", "ease-off", "see-professional", "urgent", "emergency")
GENTLE_ROUTINES: tuple[str, ...] = ("breathing-reset", "upper-back-relief")
HIGH_PAIN_FROM = 7  # pain_before 7–8: rest or a gentler routine today
SEVERE_PAIN_FROM = 9  # pain_before 9–10: get checked by a doctor today
PAIN_ROSE_BY = 2  # pain_after this much above pain_before: ease off, gentler next time
NERVE_WARNING = "Numbness, tingling or weakness: stop and get checked by a doctor today."
_EMERGENCY = "call your local emergency number now."
_URGENT = "get checked by a doctor today."
WHEN_TO_STOP = "A gentle stretch is fine. Sharp, shooting or burning pain, or pins and needles: stop (Esc)."
PAIN_ROSE_NOTE = (
    "Your pain went up by {rise} points in this session. Ease off for today, and pick a gentler routine "
    "next time. If this keeps happening, see a doctor or physiotherapist."
)


@dataclass(frozen=True)
class Rule:
    """One line of the table. ``label`` is how the check-in asks about it; ``text`` says what to do."""

    id: str
    level: str
    label: str
    text: str

    @property
    def said_label(self) -> str:
        """The label in the language in use."""
        return say(f"rule.{self.id}.label", self.label)

    @property
    def said_text(self) -> str:
        """The text in the language in use (the nerve warning is one text, whichever symptom says it)."""
        if self.text == NERVE_WARNING:
            return nerve_warning()
        return say(f"rule.{self.id}.text", self.text)


SYMPTOM_RULES: dict[str, Rule] = {
    rule.id: rule
    for rule in (
        Rule("numbness", "urgent", "Numbness", NERVE_WARNING),
        Rule("tingling", "urgent", "Tingling", NERVE_WARNING),
        Rule("weakness", "urgent", "Weakness", NERVE_WARNING),
        Rule(
            "chest-pain",
            "emergency",
            "Chest pain or pressure, or pain spreading to the jaw or arm",
            f"Chest pain or pressure, or pain spreading to the jaw or arm: {_EMERGENCY}",
        ),
        Rule(
            "breathlessness",
            "emergency",
            "Breathlessness that doesn't settle with rest",
            f"Breathlessness that doesn't settle with rest: {_EMERGENCY}",
        ),
        Rule(
            "both-sides",
            "emergency",
            "Numbness or weakness in both arms or both legs, or unsteady walking",
            f"Numbness or weakness in both arms or both legs, or unsteady walking: {_EMERGENCY}",
        ),
        Rule(
            "bladder-bowel",
            "emergency",
            "New trouble controlling or passing urine or stools",
            f"New trouble controlling or passing urine or stools: {_EMERGENCY}",
        ),
        Rule(
            "saddle-numbness",
            "emergency",
            "Numbness around the groin or buttocks",
            f"Numbness around the groin or buttocks: {_EMERGENCY}",
        ),
        Rule(
            "fall-or-injury",
            "urgent",
            "The pain started with a fall, accident or blow",
            f"Pain that started with a fall, accident or blow: {_URGENT}",
        ),
        Rule(
            "fever",
            "urgent",
            "Fever or feeling unwell",
            f"Back pain with a fever or feeling unwell: {_URGENT}",
        ),
        Rule(
            "night-pain",
            "see-professional",
            "Pain at night or at rest that doesn't ease",
            "Pain at night or at rest that doesn't ease: book a doctor or physiotherapist.",
        ),
    )
}
# The check-in shows these at once; "Something else?" opens the rest.
COMMON_SYMPTOMS: tuple[str, ...] = ("numbness", "tingling", "weakness")

SEVERE_PAIN = Rule("severe-pain", "urgent", "Pain 9–10", "Pain of {pain} out of 10 is severe: " + _URGENT)
HIGH_PAIN = Rule(
    "high-pain",
    "ease-off",
    "Pain 7–8",
    "Pain of {pain} out of 10 is a lot: rest, or do a gentler routine today, and stop if anything hurts "
    "more. If the pain is severe or doesn't go away, see a doctor or physiotherapist.",
)

# Trend rules: what the history says (thresholds and tests in domain/safety.py).
NO_IMPROVEMENT = Rule(
    "no-improvement",
    "see-professional",
    "Your back isn't easing yet",
    "Over the last {days} days ({checkins} check-ins) the pain you noted before your sessions has not "
    "gone down. Stretching helps many people, but not every kind of back pain. A physical therapist "
    "can find out what is behind it and give you exercises that fit.",
)
PAIN_RISING_AFTER_SESSIONS = Rule(
    "pain-rising-after-sessions",
    "ease-off",
    "Pain rising after sessions",
    "In {rises} of your last {sessions} sessions with a check-in before and after, your pain went up by "
    f"{PAIN_ROSE_BY} points or more. Ease off: pick a gentler routine, move less far, and stop if "
    "anything hurts more. If it keeps happening, see a doctor or physiotherapist.",
)
TREND_RULES: dict[str, Rule] = {rule.id: rule for rule in (NO_IMPROVEMENT, PAIN_RISING_AFTER_SESSIONS)}

# The heading of each level, then a closing sentence that applies to every rule at that level.
TITLES: dict[str, str] = {
    "emergency": "Call your local emergency number now",
    "urgent": "Get checked by a doctor today",
    "see-professional": "Book a doctor or physiotherapist",
    "ease-off": "Go easy today",
    "none": "Nothing to watch for",
}
_CLOSING: dict[str, str] = {
    "emergency": "Don't stretch, and don't drive yourself.",
    "urgent": "Don't stretch through it. If it gets worse quickly, call your local emergency number.",
    "see-professional": "Gentle movement is fine meanwhile; stop if anything hurts more.",
    "ease-off": "",
    "none": "Nothing you noted needs special care. A gentle stretch is fine; stop if anything hurts more.",
}


ALL_RULES: tuple[Rule, ...] = (*SYMPTOM_RULES.values(), SEVERE_PAIN, HIGH_PAIN, *TREND_RULES.values())


def title(level: str) -> str:
    """The heading of ``level`` in the language in use."""
    return say(f"title.{level}", TITLES[level])


def closing(level: str) -> str:
    """The closing sentence of ``level`` in the language in use ("" for ease-off)."""
    return say(f"closing.{level}", _CLOSING[level]) if _CLOSING[level] else ""


def nerve_warning() -> str:
    return say("nerve-warning", NERVE_WARNING)


def when_to_stop() -> str:
    return say("when-to-stop", WHEN_TO_STOP)


def pain_rose_note(rise: int) -> str:
    return say("pain-rose-note", PAIN_ROSE_NOTE).format(rise=rise)


def message_texts() -> dict[str, str]:
    """Every message id of the advice table with its English text (what translators translate)."""
    texts = {"nerve-warning": NERVE_WARNING, "when-to-stop": WHEN_TO_STOP, "pain-rose-note": PAIN_ROSE_NOTE}
    for rule in ALL_RULES:
        texts[f"rule.{rule.id}.label"] = rule.label
        if rule.text != NERVE_WARNING:
            texts[f"rule.{rule.id}.text"] = rule.text
    texts.update({f"title.{level}": text for level, text in TITLES.items()})
    texts.update({f"closing.{level}": text for level, text in _CLOSING.items() if text})
    return texts


@dataclass(frozen=True)
class Finding:
    """A rule that applies, with its text filled in."""

    id: str
    level: str
    text: str

    @classmethod
    def of(cls, rule: Rule, **values: object) -> Finding:
        """The rule's finding, its text filled in with ``values``."""
        return cls(rule.id, rule.level, rule.said_text.format(**values))

    def to_json(self) -> dict[str, Any]:
        """An entry of ``history --summary --json``'s ``advice`` (public: keep the field names)."""
        return {"id": self.id, "level": self.level, "text": self.text}


@dataclass(frozen=True)
class Advice:
    """What to say: the winning ``level``, every rule ``ids`` that applied (most serious first), a
    ``title`` and a ``text`` in plain words, and gentler routines to offer (ease-off only)."""

    level: str
    ids: tuple[str, ...]
    title: str
    text: str
    suggested_routines: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The ``check-in --json`` format (public: keep the field names)."""
        return {"level": self.level, "ids": list(self.ids), "text": self.text}


def level_rank(level: str) -> int:
    """0 for ``none`` up to 4 for ``emergency``; ValueError for anything else."""
    try:
        return LEVELS.index(level)
    except ValueError:
        raise ValueError(f"unknown advice level {level!r} (known: {', '.join(LEVELS)})") from None


def pain_finding(pain: int | None) -> Finding | None:
    """The rule a pain score triggers on its own: 9–10 urgent, 7–8 ease off, below that nothing."""
    check_pain(pain, "pain")
    if pain is None or pain < HIGH_PAIN_FROM:
        return None
    return Finding.of(SEVERE_PAIN if pain >= SEVERE_PAIN_FROM else HIGH_PAIN, pain=pain)


def symptom_findings(symptoms: Iterable[str]) -> list[Finding]:
    """One finding per symptom, in the check-in's order; ValueError for an unknown id."""
    return [
        Finding(rule.id, rule.level, rule.said_text)
        for rule in map(SYMPTOM_RULES.__getitem__, check_symptoms(symptoms))
    ]


def combine(findings: Iterable[Finding]) -> Advice:
    """The highest level wins; its rules' texts (each once) and the level's closing sentence say what to do."""
    ordered = sorted(findings, key=lambda finding: -level_rank(finding.level))  # stable: table order kept
    if not ordered:
        return Advice("none", (), title("none"), closing("none"))
    level = ordered[0].level
    texts = list(dict.fromkeys(finding.text for finding in ordered if finding.level == level))
    text = " ".join([*texts, closing(level)]).strip()
    suggested = GENTLE_ROUTINES if level == "ease-off" else ()
    return Advice(level, tuple(finding.id for finding in ordered), title(level), text, suggested)


def advise(pain: int | None, symptoms: Iterable[str] = ()) -> Advice:
    """Advice for a check-in's answers; level ``none`` when nothing applies."""
    pain_rule = pain_finding(pain)
    return combine([*symptom_findings(symptoms), *([pain_rule] if pain_rule else [])])


def advice_before_session(pain_before: int | None, symptoms: Iterable[str]) -> Advice | None:
    """What to say before a session starts; None when nothing needs saying."""
    check_pain(pain_before, "pain_before")
    advice = advise(pain_before, symptoms)
    return None if advice.level == "none" else advice


def pain_rose(pain_before: int | None, pain_after: int | None) -> bool:
    """True when the pain after a session is at least 2 points above the pain before it."""
    check_pain(pain_before, "pain_before")
    check_pain(pain_after, "pain_after")
    return pain_before is not None and pain_after is not None and pain_after >= pain_before + PAIN_ROSE_BY
