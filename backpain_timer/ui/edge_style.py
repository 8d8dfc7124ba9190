"""The outlining style: Fusion with the edges of check boxes, radio buttons, combo and spin boxes drawn in
the theme's ``control_edge``. Its own module: the home screen is first drawn in plain Fusion, and PySide
builds the Python types of QStyle and its options only when this is imported (see ``theme``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QProxyStyle, QPushButton, QStyle, QStyleOption, QStyleOptionComplex, QWidget

from backpain_timer.ui.colors import ThemeColors


class EdgeStyle(QProxyStyle):
    """Fusion, with check boxes, radio buttons, combo boxes and spin boxes outlined in ``control_edge``:
    Fusion draws their edges from a darkened window colour, which is about 1.5:1 on our backgrounds.

    Every push button takes Enter as well as Space when it has the focus (Qt does so only in dialogs)."""

    def __init__(self, colors: ThemeColors) -> None:
        super().__init__("Fusion")
        self.colors = colors

    def polish(self, target: object) -> object:  # type: ignore[override]  # Qt overloads: widget, palette, app
        if isinstance(target, QPushButton) and not target.isCheckable():
            target.setAutoDefault(True)
        return super().polish(target)  # type: ignore[call-overload]

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
