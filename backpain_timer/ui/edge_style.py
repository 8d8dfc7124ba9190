"""The outlining style: Fusion with the edges of check boxes, radio buttons, combo and spin boxes drawn in
the theme's ``control_edge``. Its own module: the home screen is drawn in plain Fusion, and PySide builds
the Python types of QStyle and its options only when this is imported (see ``theme``).

It has no ``polish``: a Python override that Qt hands a widget made in C++ (a scroll area's viewport)
makes PySide build the Python type of every widget class to find that one's (about 2 MiB), and Qt calls
``polish`` for every widget. ``drawPrimitive`` does the same; that is why home goes without it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QStyleOptionComplex, QWidget

from backpain_timer.ui.colors import ThemeColors


class EdgeStyle(QProxyStyle):
    """Fusion, with check boxes, radio buttons, combo boxes and spin boxes outlined in ``control_edge``:
    Fusion draws their edges from a darkened window colour, which is about 1.5:1 on our backgrounds."""

    def __init__(self, colors: ThemeColors) -> None:
        super().__init__("Fusion")
        self.colors = colors

    def _outline(self, option: QStyleOption, painter: QPainter, radius: float) -> None:
        if not option.state & QStyle.StateFlag.State_Enabled:
            return  # inactive controls need no contrast (WCAG 1.4.11)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(self.colors.control_edge), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(option.rect.toRectF().adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
        painter.restore()

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element is QStyle.PrimitiveElement.PE_IndicatorCheckBox:
            self._outline(option, painter, 2)
        elif element is QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            self._outline(option, painter, option.rect.width() / 2)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in (QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox):
            self._outline(option, painter, 2)
