"""An exercise as rich text: the one renderer of its words, for the picker's preview and the session."""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from backpain_timer.domain.durations import format_duration
from backpain_timer.domain.routine import Exercise
from backpain_timer.domain.segment_words import sides_words
from backpain_timer.ui.theme import current_colors
from backpain_timer.ui.translations import QT_TRANSLATE_NOOP

_EASIER = QT_TRANSLATE_NOOP("ExerciseHtml", "Easier:")
_HARDER = QT_TRANSLATE_NOOP("ExerciseHtml", "Harder:")


def _tr(text: str) -> str:
    """``text`` (marked with QT_TRANSLATE_NOOP or translate where written) in the window's language."""
    return QCoreApplication.translate("ExerciseHtml", text)


def _label(text: str) -> str:
    return f"<p><b>{html.escape(_tr(text))}</b></p>"


def _labelled(label: str, text: str) -> str:
    return f"<p><b>{html.escape(label)}</b> {html.escape(text)}</p>"


def _items(tag: str, lines: Iterable[str], style: str = "") -> str:
    items = "".join(f"<li>{html.escape(line)}</li>" for line in lines)
    return f"<{tag}{style}>{items}</{tag}>"


def exercise_preview_html(exercise: Exercise) -> str:
    """The exercise as the picker previews it: summary, defaults, steps, cues, caution."""
    parts = [f"<h3>{html.escape(exercise.name)}</h3>"]
    if exercise.summary:
        parts.append(f"<p>{html.escape(exercise.summary)}</p>")
    defaults = []
    if exercise.hold is not None:
        defaults.append(
            QCoreApplication.translate("ExerciseHtml", "hold {time}").format(
                time=format_duration(exercise.hold)
            )
        )
    if exercise.sides is not None and sides_words(exercise.sides):
        defaults.append(sides_words(exercise.sides))
    if exercise.targets:
        defaults.append(
            QCoreApplication.translate("ExerciseHtml", "works {targets}").format(
                targets=", ".join(exercise.targets)
            )
        )
    if defaults:
        parts.append(f"<p><i>{html.escape(' · '.join(defaults))}</i></p>")
    if exercise.instructions:
        parts.append(_label(QT_TRANSLATE_NOOP("ExerciseHtml", "How")) + _items("ol", exercise.instructions))
    if exercise.cues:
        parts.append(_label(QT_TRANSLATE_NOOP("ExerciseHtml", "Cues")) + _items("ul", exercise.cues))
    if exercise.caution:
        parts.append(_labelled(QCoreApplication.translate("ExerciseHtml", "Caution:"), exercise.caution))
    return "".join(parts)


def exercise_details_html(exercise: Exercise | None, note: str) -> str:
    """What the session shows beside the timer: the step's note, then the caution (safety stays above the
    fold, in the theme's warning colour), then how-to, form cues and the easier and harder ways."""
    parts: list[str] = []
    if note:
        parts.append(f"<p><b>{html.escape(note)}</b></p>")
    if exercise is not None:
        if exercise.caution:
            warning = current_colors().warning
            parts.append(f"<p style='color:{warning}'>⚠ {html.escape(exercise.caution)}</p>")
        if exercise.instructions:
            parts.append(_items("ol", exercise.instructions, " style='margin-left:-20px'"))
        if exercise.cues:
            parts.append(_items("ul", exercise.cues, " style='margin-left:-20px'"))
        for label, variant in ((_EASIER, exercise.easier), (_HARDER, exercise.harder)):
            if variant:
                parts.append(_labelled(_tr(label), variant))
    return "".join(parts)


def _line(text: str, style: str = "", bold: bool = False) -> str:
    body = f"<b>{html.escape(text)}</b>" if bold else html.escape(text)
    return f"<p style='margin:0 0 0.35em 0;{style}'>{body}</p>"


def session_cue_lines(
    exercise: Exercise | None, note: str, first: tuple[str, ...] = ()
) -> tuple[list[str], list[str]]:
    """What the session shows in large type, to be read from the mat: ``first`` (what to know before it
    starts), the step's note and the caution, which are always shown, then the short form cues, which may
    be dropped when the box is small. The full how-to lives on home, in the print sheet and in the pause."""
    must = [_line(text, bold=True) for text in first]
    if note:
        must.append(_line(note, bold=True))
    if exercise is not None and exercise.caution:
        must.append(_line(f"⚠ {exercise.caution}", f"color:{current_colors().warning};"))
    optional = [_line(f"• {cue}") for cue in exercise.cues] if exercise is not None else []
    return must, optional
