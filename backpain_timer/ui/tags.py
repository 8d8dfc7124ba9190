"""The routine tags people filter by (home's chips, the history's tag filter): (label, tag), in order.

The tags are the ids written in routine files and never change; the labels are shown in the window's
language ("Tags" context).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_TAG_CHIPS: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("Tags", "Warm-up"), "warm-up"),
    (QT_TRANSLATE_NOOP("Tags", "Cool-down"), "cool-down"),
    (QT_TRANSLATE_NOOP("Tags", "Post-run"), "post-run"),
    (QT_TRANSLATE_NOOP("Tags", "Upper back"), "upper-back"),
    (QT_TRANSLATE_NOOP("Tags", "Core"), "core"),
    (QT_TRANSLATE_NOOP("Tags", "Desk"), "desk"),
    (QT_TRANSLATE_NOOP("Tags", "Breathing"), "breathing"),
)


def tag_chips() -> list[tuple[str, str]]:
    """(label in the window's language, tag) for each tag, in order."""
    return [(QCoreApplication.translate("Tags", label), tag) for label, tag in _TAG_CHIPS]
