"""The words the app says outside Qt's windows (advice, safety notes, the guide, spoken cues, segment
words), translatable without Qt: the terminal prints them too.

The English source stays in the code where it is used; each text has a message id. ``say(msgid,
english)`` gives the text in the language in use: its translation when the catalogue has one, else the
English. ``use(language, catalogue)`` switches the language (storage/texts_files.py reads the
catalogues); the pseudo-language wraps every text. No I/O here.
"""

from __future__ import annotations

from collections.abc import Mapping

from backpain_timer.domain.language import ENGLISH, PSEUDO, pseudo

_language = ENGLISH
_catalogue: dict[str, str] = {}


def use(language: str, catalogue: Mapping[str, str] | None = None) -> None:
    """Speak ``language`` from now on, with ``catalogue`` (message id → text; empty for English)."""
    global _language, _catalogue
    _language = language
    _catalogue = dict(catalogue or {})


def language() -> str:
    return _language


def say(msgid: str, english: str) -> str:
    """The text of ``msgid`` in the language in use; ``english`` when it has no translation."""
    if _language == PSEUDO:
        return pseudo(english)
    return _catalogue.get(msgid, english)


def translate(text: str) -> str:
    """Content without a message id (a library text already translated): only the pseudo-language
    changes it."""
    return pseudo(text) if _language == PSEUDO else text


def source_texts() -> dict[str, str]:
    """Every message id with its English source: what each language's catalogue translates."""
    from backpain_timer.domain import advice, back_guide, cues, safety, segment_words, terminal_words

    modules = (advice, safety, back_guide, segment_words, cues, terminal_words)
    return {msgid: text for module in modules for msgid, text in module.message_texts().items()}
