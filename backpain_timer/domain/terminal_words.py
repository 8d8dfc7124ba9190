"""The sentences the terminal commands say to people (not their JSON, ids or PATH:LINE:COL prefixes),
by message id: the English source of their translations (see domain/texts.py)."""

from __future__ import annotations

from backpain_timer.domain.texts import say

WORDS: dict[str, str] = {
    "cli.no-routines": "No routines found.",
    "cli.none-tagged": "(none tagged '{tag}')",
    "cli.yours": "(yours)",
    "cli.unknown-symptom": "unknown symptom '{name}' (known: {known})",
    "cli.pain-range": "'{text}' is not a whole number from {low} to {high}",
    "cli.ask-pain": "How does your upper back feel right now ({low}–{high}, Enter to skip)? ",
    "cli.ask-more": "Something else (chest pain, breathlessness, a fall, fever…)? [y/N] ",
    "cli.yes-no": "[y/N]",
    "cli.yes-words": "y yes",
    "cli.gentler": "Gentler routines:",
    "cli.sessions": "Sessions: {n}",
    "cli.streak": "Streak: {n} days",
    "cli.streak-one": "Streak: 1 day",
    "cli.week": "This week: {minutes} min",
    "cli.checkins": "Check-ins in the last 14 days: {n}",
    "cli.mean-pain": ", mean pain before {mean}/10",
}


def word(msgid: str) -> str:
    """A terminal sentence in the language in use."""
    return say(msgid, WORDS[msgid])


def message_texts() -> dict[str, str]:
    return dict(WORDS)
