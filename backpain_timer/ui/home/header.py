"""Home's header: the title and its buttons on one line while they fit, the buttons under the title when
they do not — so a window narrower than the line still shows every word whole."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLayout, QWidget

_SPACING = 12


class WrappingHeader(QWidget):
    def __init__(self, title: QWidget, buttons: Iterable[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.buttons_row = QHBoxLayout()
        self.buttons_row.setSpacing(_SPACING)
        for button in buttons:
            self.buttons_row.addWidget(button)
        self.buttons_row.addStretch(1)  # stacked: the buttons start under the title
        self.line = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.line.setContentsMargins(0, 0, 0, 0)
        self.line.setSpacing(_SPACING)
        self.line.addWidget(title, 1)
        self.line.addLayout(self.buttons_row)
        # The header's minimum is its stacked width (below), not the width of the one line.
        self.line.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)

    def is_stacked(self) -> bool:
        return self.line.direction() == QBoxLayout.Direction.TopToBottom

    def one_line_width(self) -> int:
        return self.title.sizeHint().width() + _SPACING + self.buttons_row.sizeHint().width()

    def minimumSizeHint(self) -> QSize:
        width = max(self.title.minimumSizeHint().width(), self.buttons_row.minimumSize().width())
        return QSize(width, self.line.minimumSize().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        direction = (
            QBoxLayout.Direction.LeftToRight
            if event.size().width() >= self.one_line_width()
            else QBoxLayout.Direction.TopToBottom
        )
        if direction != self.line.direction():
            self.line.setDirection(direction)
            self.updateGeometry()  # one line or two: the home layout gives the header its new height
        super().resizeEvent(event)
