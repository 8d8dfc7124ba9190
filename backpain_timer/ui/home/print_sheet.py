"""A printable one-page sheet of a routine (A4 PDF): steps with their pictures, holds, sides and reps.

Drawn with QPainter on a QPdfWriter, so it works offscreen; ``print_command`` is `backpain-timer print`.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSaveFile, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QGuiApplication, QPageSize, QPainter, QPdfWriter, QPen

from backpain_timer.domain.back_guide import red_flags_paragraph
from backpain_timer.domain.durations import format_duration
from backpain_timer.domain.plan import plan
from backpain_timer.domain.routine import (
    DEFAULT_REST_SECONDS,
    DEFAULT_SWITCH_SECONDS,
    Exercise,
    Routine,
    Sides,
    Step,
    equipment_sentence,
    who_should_adapt,
)
from backpain_timer.domain.segment_words import sides_words
from backpain_timer.ui.colors import LIGHT
from backpain_timer.ui.tags import tags_text
from backpain_timer.ui.translations import QT_TRANSLATE_NOOP, Counts

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer


def safety_line() -> str:
    """The sheet's last words: not medical advice, and when to stop and get help (in the language in use)."""
    return (
        QCoreApplication.translate(
            "PrintSheet",
            "General information, not medical advice. "
            "Check with a healthcare professional before starting a new routine.",
        )
        + " "
        + red_flags_paragraph()
    )


_HEADINGS = (
    QT_TRANSLATE_NOOP("PrintSheet", "Exercise"),
    QT_TRANSLATE_NOOP("PrintSheet", "Hold"),
    QT_TRANSLATE_NOOP("PrintSheet", "Sides"),
    QT_TRANSLATE_NOOP("PrintSheet", "Reps"),
)
_DPI = 300
_MM = _DPI / 25.4  # device pixels per millimetre
_MARGIN = 16 * _MM
_ROW_MAX = 34 * _MM  # a comfortable row with a picture; long routines shrink to fit the one page
_ROW_MIN_WITH_PICTURE = 14 * _MM
_PICTURE_MAX_WIDTH = 48 * _MM


def render_routine_pdf(routine: Routine, exercises: Mapping[str, Exercise], out: Path) -> None:
    """Write the sheet to ``out`` (atomically). Raises OSError naming ``out`` when it cannot be written.

    ``exercises`` (the library) supplies a picture for a step whose exercise came without one.
    Needs a QGuiApplication.
    """
    save = QSaveFile(str(out))
    if not save.open(QSaveFile.OpenModeFlag.WriteOnly):
        raise OSError(f"cannot write {out}: {save.errorString()}")
    writer = QPdfWriter(save)
    writer.setTitle(routine.name)
    writer.setCreator("Backpain Timer")
    writer.setResolution(_DPI)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    painter = QPainter()
    if not painter.begin(writer):
        save.cancelWriting()
        raise OSError(f"cannot write {out}: the PDF could not be started")
    try:
        _Sheet(painter, QSizeF(210 * _MM, 297 * _MM)).draw(routine, exercises)
    finally:
        painter.end()
    if not save.commit():
        raise OSError(f"cannot write {out}: {save.errorString()}")


def _font(points: float, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


class _Sheet:
    def __init__(self, painter: QPainter, page: QSizeF) -> None:
        self.painter = painter
        self.page = page
        self.left = _MARGIN
        self.width = page.width() - 2 * _MARGIN
        self._renderers: dict[str, QSvgRenderer | None] = {}

    def draw(self, routine: Routine, exercises: Mapping[str, Exercise]) -> None:
        painter = self.painter
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(QRectF(0, 0, self.page.width(), 5 * _MM), QColor(LIGHT.accent))
        y = self._header(routine, _MARGIN)
        footer_top = self._footer(routine)
        self._table(routine.steps, exercises, y + 4 * _MM, footer_top - 5 * _MM)

    # --- header and footer --------------------------------------------------------------------------

    def _text(self, rect: QRectF, text: str, font: QFont, color: str, flags: int) -> float:
        """Draw wrapped text; return the height it took."""
        self.painter.setFont(font)
        self.painter.setPen(QColor(color))
        used = self.painter.boundingRect(rect, flags | Qt.TextFlag.TextWordWrap, text)
        self.painter.drawText(rect, flags | Qt.TextFlag.TextWordWrap, text)
        return min(used.height(), rect.height())

    def _paragraph(self, text: str, font: QFont, color: str, top: float, max_lines: int) -> float:
        """Draw ``text`` wrapped to the page width in at most ``max_lines`` lines; return the height used."""
        metrics = QFontMetricsF(font, self.painter.device())
        lines = _wrap(text, metrics, self.width, max_lines)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for number, line in enumerate(lines):
            rect = QRectF(self.left, top + number * metrics.lineSpacing(), self.width, metrics.height())
            self._text(rect, line, font, color, flags)
        return len(lines) * metrics.lineSpacing()

    def _header(self, routine: Routine, top: float) -> float:
        y = top + self._paragraph(routine.name, _font(22, bold=True), LIGHT.text, top, 3)
        total = plan(routine).total_seconds
        facts = [
            QCoreApplication.translate("PrintSheet", "Total time {time}").format(time=format_duration(total)),
            Counts().steps(len(routine.steps)),
        ]
        if routine.tags:
            facts.append(tags_text(routine.tags))
        y += 1.5 * _MM
        y += self._paragraph("  ·  ".join(facts), _font(11), LIGHT.accent, y, 1)
        if routine.description:
            y += 2.5 * _MM
            y += self._paragraph(routine.description, _font(10.5), LIGHT.text, y, 5)
        switch = DEFAULT_SWITCH_SECONDS if routine.switch is None else routine.switch
        # Steps may set their own rest (presets rest only where the position changes): give the range.
        rests = sorted({routine.rest_after(step) for step in routine.steps[:-1]}) or [
            DEFAULT_REST_SECONDS if routine.rest is None else routine.rest
        ]
        rest = format_duration(rests[0]) + (f"–{format_duration(rests[-1])}" if len(rests) > 1 else "")
        pauses = "  ·  ".join(
            (
                QCoreApplication.translate("PrintSheet", "Get ready {time}").format(
                    time=format_duration(routine.prepare_seconds)
                ),
                QCoreApplication.translate("PrintSheet", "rest {time} between steps").format(time=rest),
                QCoreApplication.translate("PrintSheet", "{time} to switch sides").format(
                    time=format_duration(switch)
                ),
            )
        )
        y += 2.5 * _MM
        y += self._paragraph(pauses, _font(9), LIGHT.muted, y, 1)
        needed = equipment_sentence(routine.equipment)
        if needed:
            y += 1.5 * _MM
            y += self._paragraph(needed, _font(10, bold=True), LIGHT.text, y, 1)
        return y

    def _footer(self, routine: Routine) -> float:
        """Draw who should adapt which step and the safety line at the bottom; return where it starts."""
        bottom = self.page.height() - _MARGIN
        font = _font(8)
        metrics = QFontMetricsF(font, self.painter.device())
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        adapt = " · ".join(
            f"{sentence} ({', '.join(names)})"
            for sentence, names in who_should_adapt(
                (step.exercise.name, step.exercise.avoid_if) for step in routine.steps
            )
        )
        blocks = (
            [
                (
                    QCoreApplication.translate("PrintSheet", "Skip or adapt a step if: {steps}").format(
                        steps=adapt
                    ),
                    LIGHT.text,
                )
            ]
            if adapt
            else []
        )
        blocks.append((safety_line(), LIGHT.warning))
        page = QRectF(0, 0, self.width, self.page.height())
        heights = [metrics.boundingRect(page, int(flags), text).height() + 1.5 * _MM for text, _ in blocks]
        top = bottom - sum(heights) - metrics.height() - 2 * _MM
        self.painter.setPen(QPen(QColor(LIGHT.border), 0.3 * _MM))
        self.painter.drawLine(int(self.left), int(top), int(self.left + self.width), int(top))
        y = top + 2 * _MM
        for (text, color), height in zip(blocks, heights, strict=True):
            self._text(QRectF(self.left, y, self.width, height), text, font, color, int(flags))
            y += height
        credit = f"Backpain Timer · {routine.id}" if routine.id else "Backpain Timer"
        self._text(
            QRectF(self.left, y, self.width, metrics.height()),
            credit,
            _font(8),
            LIGHT.muted,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
        )
        return top

    # --- the table of steps -------------------------------------------------------------------------

    def _table(
        self, steps: tuple[Step, ...], exercises: Mapping[str, Exercise], top: float, bottom: float
    ) -> None:
        painter = self.painter
        heading_height = 7 * _MM
        row = min(_ROW_MAX, (bottom - top - heading_height) / max(1, len(steps)))
        # Pictures are mostly landscape (a figure on a mat): give them a wide box.
        picture = min(row * 1.5, _PICTURE_MAX_WIDTH) if row >= _ROW_MIN_WITH_PICTURE else 0.0
        number = 9 * _MM
        hold, sides, reps = 20 * _MM, 26 * _MM, 14 * _MM
        widths = (number + picture, self.width - number - picture - hold - sides - reps, hold, sides, reps)
        x = [self.left + sum(widths[:column]) for column in range(len(widths))]
        middle_left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for left, width, title in zip(
            x,
            widths,
            ("", *(QCoreApplication.translate("PrintSheet", heading) for heading in _HEADINGS)),
            strict=True,
        ):
            self._text(
                QRectF(left, top, width, heading_height), title, _font(9, bold=True), LIGHT.muted, middle_left
            )
        y = top + heading_height
        painter.setPen(QPen(QColor(LIGHT.text), 0.35 * _MM))
        painter.drawLine(int(self.left), int(y), int(self.left + self.width), int(y))

        # Text shrinks with the row so that even a 100-step routine stays on its one page.
        scale = min(1.0, row / (16 * _MM))
        value_font = _font(max(4.5, 11 * scale))
        for index, step in enumerate(steps, start=1):
            if index % 2 == 0:
                painter.fillRect(QRectF(self.left, y, self.width, row), QColor(LIGHT.alternate_base))
            self._text(
                QRectF(x[0], y, number - 2 * _MM, row),
                str(index),
                _font(max(4.5, 12 * scale), bold=True),
                LIGHT.muted,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            )
            if picture:
                pad = 2 * _MM
                self._picture(
                    QRectF(x[0] + number + pad, y + pad, picture - 2 * pad, row - 2 * pad), step, exercises
                )
            self._step_name(QRectF(x[1] + 3 * _MM, y, widths[1] - 6 * _MM, row), step, scale)
            values = (format_duration(step.hold_seconds), _sides_cell(step.effective_sides), f"× {step.reps}")
            for column, text in enumerate(values, start=2):
                self._text(
                    QRectF(x[column], y, widths[column], row), text, value_font, LIGHT.text, middle_left
                )
            y += row
        painter.setPen(QPen(QColor(LIGHT.border), 0.3 * _MM))
        painter.drawLine(int(self.left), int(y), int(self.left + self.width), int(y))

    def _step_name(self, rect: QRectF, step: Step, scale: float) -> None:
        """The exercise name and, when the row has room, up to three lines of detail (note, else summary)."""
        name_font = _font(max(4.5, 12 * scale), bold=True)
        detail_font = _font(max(4.5, 9 * scale))
        name_metrics = QFontMetricsF(name_font, self.painter.device())
        detail_metrics = QFontMetricsF(detail_font, self.painter.device())
        room = int((rect.height() - name_metrics.height()) / detail_metrics.lineSpacing())
        lines = _wrap(_detail(step), detail_metrics, rect.width(), min(3, room))
        top = (
            rect.top()
            + (rect.height() - name_metrics.height() - len(lines) * detail_metrics.lineSpacing()) / 2
        )
        left_top = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        name = name_metrics.elidedText(step.exercise.name, Qt.TextElideMode.ElideRight, rect.width())
        self._text(
            QRectF(rect.left(), top, rect.width(), name_metrics.height()),
            name,
            name_font,
            LIGHT.text,
            left_top,
        )
        y = top + name_metrics.height()
        for line in lines:
            self._text(
                QRectF(rect.left(), y, rect.width(), detail_metrics.height()),
                line,
                detail_font,
                LIGHT.muted,
                left_top,
            )
            y += detail_metrics.lineSpacing()

    def _picture(self, rect: QRectF, step: Step, exercises: Mapping[str, Exercise]) -> None:
        library_entry = exercises.get(step.exercise.id) if step.exercise.id else None
        path = step.exercise.image or (library_entry.image if library_entry else None)
        renderer = self._renderer(path) if path else None
        painter = self.painter
        if renderer is None:
            painter.setPen(QPen(QColor(LIGHT.border), 0.3 * _MM))
            painter.setBrush(QColor(LIGHT.base))
            painter.drawRoundedRect(rect, 2 * _MM, 2 * _MM)
            return
        size = renderer.defaultSize()
        aspect = size.width() / size.height() if size.height() > 0 else 1.0
        width = min(rect.width(), rect.height() * aspect)
        height = width / aspect
        target = QRectF(
            rect.left() + (rect.width() - width) / 2, rect.top() + (rect.height() - height) / 2, width, height
        )
        renderer.render(painter, target)

    def _renderer(self, path: str) -> QSvgRenderer | None:
        if path not in self._renderers:
            # QtSvg is loaded only when a picture is drawn.
            from PySide6.QtSvg import QSvgRenderer

            renderer = QSvgRenderer(path) if Path(path).is_file() else None
            self._renderers[path] = renderer if renderer is not None and renderer.isValid() else None
        return self._renderers[path]


def _detail(step: Step) -> str:
    """What to keep in mind for a step: its note, else the exercise summary, then the breath pacing."""
    text = (step.note or step.exercise.summary).strip()
    if step.breathe is not None:
        if text and text[-1] not in ".!?":
            text += "."
        pacing = QCoreApplication.translate("PrintSheet", "Breathe in {inhale}, out {exhale}.").format(
            inhale=format_duration(step.breathe.inhale), exhale=format_duration(step.breathe.exhale)
        )
        text = f"{text} {pacing}".strip()
    return text


def _wrap(text: str, metrics: QFontMetricsF, width: float, max_lines: int) -> list[str]:
    """Word-wrap into at most ``max_lines`` lines; a cut is shown by an ellipsis, never mid-line silence."""
    lines: list[str] = []
    words = text.split()
    while words and len(lines) < max_lines:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        lines.append(line)
    if words and lines:
        lines[-1] = metrics.elidedText(f"{lines[-1]} {' '.join(words)}", Qt.TextElideMode.ElideRight, width)
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]


def print_command(routine_arg: str, out: Path, data_dir: Path) -> int:
    """`backpain-timer print ROUTINE OUT.pdf`: 0 when written, 1 (with a message on stderr) otherwise."""
    from backpain_timer.storage.library import Library
    from backpain_timer.storage.paths import DataDir
    from backpain_timer.terminal import print_error

    library = Library(DataDir(data_dir))
    routine = library.load_or_report(routine_arg, print_error)
    if routine is None:
        return 1
    if out.is_dir():
        print(f"backpain-timer: error: cannot write {out}: it is a directory", file=sys.stderr)
        return 1
    # Printing needs fonts, not a screen: the offscreen platform works with or without a display.
    if QGuiApplication.instance() is None:
        _app = QGuiApplication(["backpain-timer", "-platform", "offscreen"])  # lives until we return
    try:
        render_routine_pdf(routine, library.exercises, out)
    except OSError as error:
        print(f"backpain-timer: error: {error}", file=sys.stderr)
        return 1
    print(f"wrote {out}")
    return 0


def _sides_cell(sides: Sides) -> str:
    """The sides column: "Left and right", "Left side", …; a dash for an exercise without sides."""
    words = sides_words(sides)
    return words[:1].upper() + words[1:] if words else "–"
