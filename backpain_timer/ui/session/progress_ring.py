"""A circular progress ring with the countdown drawn inside it, sized to whatever room it gets."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from backpain_timer.ui.theme import current_colors

_FULL_CIRCLE = 360 * 16  # Qt angles are in 1/16 degree
_DIMMED_OPACITY = 0.35


class ProgressRing(QWidget):
    """Shows ``progress`` (0..1, the part done) as an arc and ``text`` in large digits in the middle.
    A screen reader reads ``label`` with the digits: "Time left in this part: 00:27"."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = label
        self.setAccessibleName(label)
        self._progress = 0.0
        self._text = ""
        self._caption = ""
        self._color: QColor | None = None  # None: the theme's accent, read when painting
        self._dimmed = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 120)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    # --- state --------------------------------------------------------------------------------------

    @property
    def text(self) -> str:
        return self._text

    @property
    def progress(self) -> float:
        return self._progress

    def set_values(self, progress: float, text: str, caption: str = "") -> None:
        """Repaint only when something visible changed (a 1/1000 step of the arc is below a pixel)."""
        progress = min(max(progress, 0.0), 1.0)
        words_changed = text != self._text or caption != self._caption
        if not words_changed and abs(progress - self._progress) < 0.001:
            return
        self._progress = progress
        if words_changed:  # once a second at most: each new name is an event to every screen reader
            self._text = text
            self._caption = caption
            self.setAccessibleName(", ".join(filter(None, (f"{self._label}: {text}", caption))))
        self.update()

    def set_color(self, color: QColor | None) -> None:
        """The arc's colour; None follows the theme's accent."""
        if color != self._color:
            self._color = None if color is None else QColor(color)
            self.update()

    def set_dimmed(self, dimmed: bool) -> None:
        """Paused: the arc and the digits fade, so a stopped countdown shows from across the room."""
        if dimmed != self._dimmed:
            self._dimmed = dimmed
            self.update()

    @property
    def dimmed(self) -> bool:
        return self._dimmed

    def sizeHint(self) -> QSize:
        return QSize(320, 320)

    # --- painting -----------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        side = min(self.width(), self.height())
        thickness = max(6.0, side * 0.055)
        inset = thickness / 2 + 2
        square = QRectF(
            (self.width() - side) / 2 + inset,
            (self.height() - side) / 2 + inset,
            side - 2 * inset,
            side - 2 * inset,
        )
        colors = current_colors()  # at paint time: the theme may have changed
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setOpacity(_DIMMED_OPACITY if self._dimmed else 1.0)
        pen = QPen(QColor(colors.track), thickness)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawEllipse(square)
        if self._progress > 0:
            pen.setColor(self._color if self._color is not None else QColor(colors.accent))
            painter.setPen(pen)
            # Starts at 12 o'clock and fills clockwise (negative span).
            painter.drawArc(square, 90 * 16, -round(self._progress * _FULL_CIRCLE))
        painter.setPen(self.palette().windowText().color())
        digits = QFont(self.font())
        digits.setPixelSize(max(12, round(side * (0.26 if len(self._text) <= 5 else 0.19))))
        digits.setWeight(QFont.Weight.DemiBold)
        digits.setFeature(QFont.Tag("tnum"), 1)  # tabular figures: the digits do not jiggle as they change
        painter.setFont(digits)
        text_box = QRectF(square)
        if self._caption:
            text_box.setHeight(square.height() * 0.92)
        painter.drawText(text_box, Qt.AlignmentFlag.AlignCenter, self._text)
        if self._caption:
            painter.setOpacity(1.0)  # the word that says why the digits stopped stays clear
            caption_font = QFont(self.font())
            caption_font.setPixelSize(max(12, round(side * 0.08)))
            caption_font.setWeight(QFont.Weight.DemiBold)
            painter.setFont(caption_font)
            caption_box = QRectF(square.left(), square.center().y() + side * 0.14, square.width(), side * 0.1)
            painter.drawText(caption_box, Qt.AlignmentFlag.AlignCenter, self._caption)
        painter.end()
