"""A column that asks for all the room its content wants, and scrolls instead of growing the window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QSizePolicy, QStyle, QWidget


class ScrollColumn(QScrollArea):
    """Shows ``content`` whole when there is room; below that it scrolls vertically, down to ``min_height``.

    Never narrower than the content (no sideways scrolling), frameless, and not a tab stop of its own:
    the keyboard moves through the content, and the column scrolls to the focused control.
    """

    def __init__(self, content: QWidget, min_height: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._content = content
        self._min_height = min_height
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.viewport().setAutoFillBackground(False)
        content.setAutoFillBackground(False)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_moved)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self._content.isAncestorOf(new):
            # Once the layouts have placed it: a box just opened has no place yet.
            QTimer.singleShot(0, self, lambda: self.ensureWidgetVisible(new))

    def _scrollbar_width(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)

    def sizeHint(self) -> QSize:
        content = self._content.sizeHint()
        return QSize(content.width() + self._scrollbar_width(), content.height())

    def minimumSizeHint(self) -> QSize:
        content = self._content.minimumSizeHint()
        return QSize(content.width() + self._scrollbar_width(), min(content.height(), self._min_height))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the content asks for another size: so does the column
        return super().event(event)
