"""A check box whose text wraps: a QCheckBox's own text never does, so one long label (in a long language)
would widen the whole window."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFocusRect,
    QStylePainter,
    QWidget,
)

_WRAP = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
_TALL = 10_000


class WrappingCheckBox(QCheckBox):
    """One line where there is room, more lines (the box beside the first) where there is not."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _text_left(self) -> int:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.rect = QRect(0, 0, _TALL, _TALL)
        return self.style().subElementRect(QStyle.SubElement.SE_CheckBoxContents, option, self).left()

    def _text_height(self, width: int) -> int:
        room = QRect(0, 0, max(1, width - self._text_left()), _TALL)
        return self.fontMetrics().boundingRect(room, _WRAP, self.text()).height()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(super().sizeHint().height(), self._text_height(width))

    def minimumSizeHint(self) -> QSize:
        """As narrow as the longest word."""
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(word) for word in self.text().split()), default=0)
        return QSize(self._text_left() + widest, super().minimumSizeHint().height())

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        style = self.style()
        indicator = QStyleOptionButton(option)
        indicator.rect = style.subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, self)
        line = self.fontMetrics().height()
        indicator.rect.moveTop(max(0, (line - indicator.rect.height()) // 2))  # beside the first line
        painter.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorCheckBox, indicator)
        text_rect = QRect(option.rect)
        text_rect.setLeft(self._text_left())
        painter.drawItemText(
            text_rect,
            int(_WRAP),
            option.palette,
            self.isEnabled(),
            self.text(),
            QPalette.ColorRole.WindowText,
        )
        if self.hasFocus():
            focus = QStyleOptionFocusRect()
            focus.initFrom(self)
            focus.rect = style.itemTextRect(self.fontMetrics(), text_rect, int(_WRAP), True, self.text())
            painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus)
