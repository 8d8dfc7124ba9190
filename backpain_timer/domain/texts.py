"""The words the app says outside Qt's windows (advice, safety notes, the guide, spoken cues, segment
words), translatable without Qt: the terminal prints them too.

The English source stays in the code where it is used; each text has a message id. ``say(msgid,
english)`` gives the text in the language in use: its translation when the catalogue has one, else the
English. ``use(language, catalogue)`` switches the language (storage/texts_files.py reads the
catalogues); the pseudo-language wraps every text. No I/O here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from backpain_timer.domain.language import ENGLISH, PSEUDO, pseudo

Catalogue = Mapping[str, str]
_language = ENGLISH
_catalogue: Catalogue | Callable[[], Catalogue] = {}


def use(language: str, catalogue: Catalogue | Callable[[], Catalogue] | None = None) -> None:
    """Speak ``language`` from now on, with ``catalogue`` (message id → text; empty for English), or a
    function that reads it when the first text is asked for (a command that says nothing reads nothing)."""
    global _language, _catalogue
    _language = language
    _catalogue = catalogue or {}


def _texts() -> Catalogue:
    global _catalogue
    if callable(_catalogue):
        _catalogue = _catalogue()
    return _catalogue


def language() -> str:
    return _language


def say(msgid: str, english: str) -> str:
    """The text of ``msgid`` in the language in use; ``english`` when it has no translation."""
    if _language == PSEUDO:
        return pseudo(english)
    return _texts().get(msgid, english)


def translate(text: str) -> str:
    """Content without a message id (a library text already translated): only the pseudo-language
    changes it."""
    return pseudo(text) if _language == PSEUDO else text


def source_texts() -> dict[str, str]:
    """Every message id with its English source: what each language's catalogue translates."""
    from backpain_timer.domain import (
        advice,
        back_guide,
        cue_speech,
        cues,
        disclaimer,
        routine,
        run_offer,
        run_summary,
        safety,
        segment_words,
        terminal_words,
    )

    modules = (
        advice,
        safety,
        disclaimer,
        back_guide,
        segment_words,
        cues,
        cue_speech,
        terminal_words,
        routine,
        run_offer,
        run_summary,
    )
    return {msgid: text for module in modules for msgid, text in module.message_texts().items()}
