"""Which language to speak: the setting, else the environment as POSIX and GNU gettext read it.

``choose_language(setting, environ)``: ``BACKPAIN_TIMER_LANG`` (ours: a per-run choice like ``--lang``,
handy for the pseudo-language) wins, then a setting other than ``system``. With ``system`` the
variables are read in gettext's order: ``LANGUAGE`` (a colon-separated list of preferences), ``LC_ALL``, ``LC_MESSAGES``, ``LANG``. As in
GNU gettext, ``LANGUAGE`` is ignored when the locale itself (the first of LC_ALL, LC_MESSAGES, LANG that is
set) is ``C`` or ``POSIX``: such a user asked for untranslated output. The first supported language
wins; English otherwise.
"""

from __future__ import annotations

from collections.abc import Mapping

ENGLISH = "en"
LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "es")  # English is the source
PSEUDO = "xx"  # developers: every text bracketed and 40 % longer, to spot untranslated text and cut-offs
CODES: tuple[str, ...] = (*LANGUAGES, PSEUDO)
SYSTEM = "system"
SETTING_VALUES: tuple[str, ...] = (SYSTEM, *LANGUAGES)
ENV_VARIABLE = "BACKPAIN_TIMER_LANG"
_LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")
_UNTRANSLATED_LOCALES = frozenset({"C", "POSIX"})
PSEUDO_GROWTH = 0.4


def code_of(locale_name: str) -> str | None:
    """The supported code of a locale name ("de_AT.UTF-8@euro" → "de"), or None."""
    code = locale_name.split(".")[0].split("@")[0].split("_")[0].split("-")[0].strip().lower()
    return code if code in CODES else None


def _locale(environ: Mapping[str, str]) -> str:
    return next((environ[name] for name in _LOCALE_VARIABLES if environ.get(name)), "")


def choose_language(setting: str, environ: Mapping[str, str]) -> str:
    """The language to use: ``BACKPAIN_TIMER_LANG``, then ``setting`` unless it is ``system``, then the
    locale environment; "en" otherwise."""
    chosen = code_of(environ.get(ENV_VARIABLE, ""))
    if chosen is not None:
        return chosen
    if setting != SYSTEM and setting in CODES:
        return setting
    candidates: list[str] = []
    locale_name = _locale(environ)
    if locale_name.split(".")[0] not in _UNTRANSLATED_LOCALES:
        candidates.extend(environ.get("LANGUAGE", "").split(":"))
    candidates.append(locale_name)
    for candidate in candidates:
        code = code_of(candidate) if candidate else None
        if code is not None:
            return code
    return ENGLISH


def pseudo(text: str) -> str:
    """The pseudo-language's form of ``text``: "[Hold ~~]", 40 % longer; placeholders stay intact."""
    if not text:
        return text
    length = max(1, round(len(text) * PSEUDO_GROWTH) - 3)
    # A space every 10 tildes: a long text's padding wraps like words do, as a translation's would.
    padding = "".join(" " if index % 11 == 10 and index < length - 1 else "~" for index in range(length))
    return f"[{text} {padding}]"
