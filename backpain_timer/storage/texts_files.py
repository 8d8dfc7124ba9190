"""The catalogues of ``domain.texts``: one YAML file per language (``backpain_timer/i18n/texts.<code>.yaml``,
a mapping ``texts: {message id: text}``), checked like every file we read (PATH:LINE:COL: an unknown
message id or a text whose placeholders differ from the English is an error); and ``use_language``, the
one switch that makes the domain speak a language.

YAML rather than gettext .po/.mo: the rest of the content is YAML, it needs no build step, and the same
line:col checks serve translators; plain message ids keep the long texts (the guide) out of the keys.
"""

from __future__ import annotations

import string
from collections.abc import Callable
from pathlib import Path

from backpain_timer.domain import texts
from backpain_timer.domain.language import LANGUAGES
from backpain_timer.storage.problems import RoutineFileError

TEXTS_DIR = Path(__file__).resolve().parent.parent / "i18n"


def texts_path(language: str) -> Path:
    return TEXTS_DIR / f"texts.{language}.yaml"


def placeholders(text: str) -> set[str]:
    """The ``{name}`` fields of a text."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def load_texts(path: Path) -> dict[str, str]:
    """A catalogue: message id → text. Raises RoutineFileError with every problem of the file."""
    from backpain_timer.storage.yaml_document import quote, read_document, read_file_bytes
    from backpain_timer.storage.yaml_nodes import NodeReader, did_you_mean

    source = texts.source_texts()
    document = read_document(read_file_bytes(path), str(path))
    reader = NodeReader(str(path), document)
    catalogue: dict[str, str] = {}
    if document.root is not None:
        fields = reader.fields(document.root, "a texts file", ("version", "texts"), required=("texts",))
        for key_node, msgid, value in (
            reader.items(fields["texts"], "'texts'") if fields and "texts" in fields else ()
        ):
            text = reader.text(value, msgid)
            if msgid not in source:
                reader.report(key_node, f"unknown message id {quote(msgid)}{did_you_mean(msgid, source)}")
            elif text is not None:
                try:
                    found = placeholders(text)
                except ValueError as error:
                    reader.report(value, f"{quote(msgid)}: {error}")
                    continue
                expected = placeholders(source[msgid])
                if found != expected:
                    names = ", ".join(f"{{{name}}}" for name in sorted(expected)) or "none"
                    reader.report(
                        value, f"{quote(msgid)} must have the placeholders of the English ({names})"
                    )
                else:
                    catalogue[msgid] = text
    if reader.problems:
        raise RoutineFileError(reader.problems)
    return catalogue


def use_language(language: str, report: Callable[[RoutineFileError], object] = lambda error: None) -> None:
    """Make the domain's texts (and libraries made from now on) speak ``language``, a code from
    domain.language.CODES. Its catalogue is read when the first text is said; a catalogue with problems
    is handed to ``report`` and its texts stay English."""
    if language not in LANGUAGES or not texts_path(language).is_file():
        texts.use(language)  # English, the pseudo-language, or a language with content only
        return

    def read() -> dict[str, str]:
        try:
            return load_texts(texts_path(language))
        except RoutineFileError as error:
            report(error)
            return {}

    texts.use(language, read)
