"""The routine tags people pick and filter by, with their labels: home's chips and the history's tag filter
(``FILTER_TAGS``), the editor's tag toggles (``EDITOR_TAGS``).

The tags are the ids written in routine files and never change; the labels are shown in the window's
language ("Tags" context).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from backpain_timer.ui.translations import QT_TRANSLATE_NOOP

_LABELS = {
    "warm-up": QT_TRANSLATE_NOOP("Tags", "Warm-up"),
    "cool-down": QT_TRANSLATE_NOOP("Tags", "Cool-down"),
    "pre-run": QT_TRANSLATE_NOOP("Tags", "Pre-run"),
    "post-run": QT_TRANSLATE_NOOP("Tags", "Post-run"),
    "upper-back": QT_TRANSLATE_NOOP("Tags", "Upper back"),
    "core": QT_TRANSLATE_NOOP("Tags", "Core"),
    "desk": QT_TRANSLATE_NOOP("Tags", "Desk"),
    "breathing": QT_TRANSLATE_NOOP("Tags", "Breathing"),
}
# Tags the built-in routines carry that are no chip or toggle: shown in the language too.
_OTHER_LABELS = {
    "calm": QT_TRANSLATE_NOOP("Tags", "Calm"),
    "posture": QT_TRANSLATE_NOOP("Tags", "Posture"),
}
EDITOR_TAGS = tuple(_LABELS)
FILTER_TAGS = tuple(tag for tag in _LABELS if tag != "pre-run")


def tag_chips(tags: Iterable[str] = FILTER_TAGS) -> list[tuple[str, str]]:
    """(label in the window's language, tag) for each of ``tags``, in order."""
    return [(QCoreApplication.translate("Tags", _LABELS[tag]), tag) for tag in tags]


def tag_label(tag: str) -> str:
    """How a tag reads in the window: its label for the built-in tags, a user's own tag as written."""
    label = _LABELS.get(tag) or _OTHER_LABELS.get(tag)
    return QCoreApplication.translate("Tags", label) if label else tag


def tags_text(tags: Iterable[str]) -> str:
    """ "Cool-down, Post-run": a routine's tags as a list shows them."""
    return ", ".join(map(tag_label, tags))
