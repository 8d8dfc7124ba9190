"""Text that fits its place: a line that shrinks rather than wrap or be cut, and a block of cue lines that
takes the largest type its box can hold. Neither asks for room by its text, so no text can grow the window
or move the countdown ring."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent, QTextDocument
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

MIN_TEXT_PIXELS = 13  # below this nobody reads it, even up close
_DIGITS_AS_ZERO = str.maketrans("123456789", "000000000")


class FitLabel(QLabel):
    """One line at ``set_target_size`` pixels, made smaller when the text is wider than the label. Its
    height is the target size's line whatever the text (also when empty), so the rows below never move.

    A ``steady`` label (a figure that changes every second) is pinned to its size: a new text of the same
    width then repaints the label alone, where Qt would otherwise lay out the whole window again."""

    def __init__(
        self,
        *,
        bold: bool = False,
        muted: bool = False,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        steady: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._target = MIN_TEXT_PIXELS
        self._bold = bold
        self._steady = steady
        self.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        if muted:
            self.setProperty("muted", True)
        self._fit()

    def set_target_size(self, pixels: int) -> None:
        if pixels != self._target:
            self._target = max(MIN_TEXT_PIXELS, pixels)
            self._fit()
            self._pin()
            self.updateGeometry()

    def setText(self, text: str) -> None:
        if text != self.text():
            super().setText(text)
            self._fit()
            self._pin()

    def _pin(self) -> None:
        if self._steady and (hint := self.sizeHint()) != self.maximumSize():
            self.setFixedSize(hint)

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self._font_at(self._target))
        # A steady figure asks for the room of its widest digits: "11:11" and "10:00" take the same.
        text = self.text().translate(_DIGITS_AS_ZERO) if self._steady else self.text()
        return QSize(metrics.horizontalAdvance(text) + 2, metrics.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _font_at(self, pixels: int) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(pixels)
        if self._bold:
            font.setWeight(QFont.Weight.DemiBold)
        return font

    def _fit(self) -> None:
        pixels = self._target
        room = self.contentsRect().width()
        wide = QFontMetrics(self._font_at(pixels)).horizontalAdvance(self.text())
        if room > 0 and wide > room:
            pixels = max(MIN_TEXT_PIXELS, int(pixels * room / wide))
            while (
                pixels > MIN_TEXT_PIXELS
                and QFontMetrics(self._font_at(pixels)).horizontalAdvance(self.text()) > room
            ):
                pixels -= 1
        font = self._font_at(pixels)
        if font != self.font():
            self.setFont(font)


class CueText(QLabel):
    """A few short lines (rich text paragraphs) in the largest type, up to ``set_size_range``'s largest,
    that fits the box without scrolling. ``must`` lines are always shown; ``optional`` lines (the form cues)
    are dropped from the end, down to ``keep``, before the type gets smaller than ``readable`` pixels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self._must: list[str] = []
        self._optional: list[str] = []
        self._keep = 2
        self._readable = MIN_TEXT_PIXELS
        self._largest = MIN_TEXT_PIXELS
        self.shown_lines = 0  # how many lines are on screen now (tests and the accessible text read it)

    def set_lines(self, must: list[str], optional: list[str], keep: int = 2) -> None:
        self._must, self._optional, self._keep = must, optional, keep
        self._fit()

    def set_size_range(self, readable: int, largest: int) -> None:
        self._readable = max(MIN_TEXT_PIXELS, readable)
        self._largest = max(self._readable, largest)
        self._fit()

    def minimumSizeHint(self) -> QSize:
        return QSize(0, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        box = self.contentsRect().size()
        if box.width() <= 0 or box.height() <= 0:
            self._show(self._must + self._optional, self._largest)
            return
        optional = list(self._optional)
        while True:
            lines = self._must + optional
            pixels = self._largest_fitting(lines, box, self._readable)
            if pixels is not None or len(optional) <= self._keep:
                break
            optional.pop()
        if pixels is None:
            pixels = self._largest_fitting(lines, box, MIN_TEXT_PIXELS) or MIN_TEXT_PIXELS
        self._show(lines, pixels)

    def _largest_fitting(self, lines: list[str], box: QSize, smallest: int) -> int | None:
        """The largest pixel size from ``smallest`` up that fits ``lines`` in ``box``, or None."""
        html = "".join(lines)
        low, high, best = smallest, self._largest, None
        while low <= high:
            middle = (low + high) // 2
            if self._height_of(html, box.width(), middle) <= box.height() * 0.96:
                best, low = middle, middle + 1
            else:
                high = middle - 1
        return best

    def _height_of(self, html: str, width: int, pixels: int) -> float:
        document = QTextDocument()
        document.setDocumentMargin(0)
        font = QFont(self.font())
        font.setPixelSize(pixels)
        document.setDefaultFont(font)
        document.setHtml(html)
        document.setTextWidth(width)
        return document.size().height()

    def _show(self, lines: list[str], pixels: int) -> None:
        font = QFont(self.font())
        font.setPixelSize(pixels)
        if font != self.font():
            self.setFont(font)
        self.shown_lines = len(lines)
        html = "".join(lines)
        if html != self.text():
            self.setText(html)
