"""A brief visual cue over the session view at each transition: for muted use and for the hard of hearing."""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QEvent, QObject, Qt, QTimer, QVariantAnimation
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QWidget

FADE_MS = 700
FADE_START_OPACITY = 0.35
STATIC_HIGHLIGHT_MS = 900  # reduced motion: a border that appears and goes, no animation
BORDER_WIDTH = 14
# Every frame of the fade repaints the whole session view under the tint; steps of this size (about seven
# frames in all) look the same from the mat and cost a sixth of a frame-per-vsync fade.
OPACITY_STEP = 0.05


class FlashOverlay(QWidget):
    """Covers its parent without taking clicks; ``flash()`` fades a tint out, or shows a still border.

    The colour is the palette's highlight, so it follows the light/dark theme.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.reduced_motion = False
        self.flash_count = 0  # how many flashes were shown (the status line and tests read it)
        self._opacity = 0.0
        self._fade = QVariantAnimation(self)
        self._fade.setDuration(FADE_MS)
        self._fade.setStartValue(FADE_START_OPACITY)
        self._fade.setEndValue(0.0)
        self._fade.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._fade.valueChanged.connect(self._set_opacity)
        self._fade.finished.connect(self.hide)
        self._static_timer = QTimer(self)
        self._static_timer.setSingleShot(True)
        self._static_timer.setInterval(STATIC_HIGHLIGHT_MS)
        self._static_timer.timeout.connect(self.hide)
        parent.installEventFilter(self)
        self.hide()

    def set_reduced_motion(self, reduced: bool) -> None:
        self.reduced_motion = reduced

    def flash(self) -> None:
        self.flash_count += 1
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.raise_()
        self._fade.stop()
        self._static_timer.stop()
        self.show()
        if self.reduced_motion:
            self._opacity = 1.0
            self.update()
            self._static_timer.start()
        else:
            self._opacity = FADE_START_OPACITY  # the first frame, before the animation's first step
            self._fade.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        parent = self.parentWidget()
        if parent is not None and watched is parent and event.type() is QEvent.Type.Resize:
            self.setGeometry(parent.rect())
        return False

    def _set_opacity(self, value: object) -> None:
        opacity = float(value)  # type: ignore[arg-type]  # the animation's values are floats
        if abs(self._opacity - opacity) < OPACITY_STEP:
            return
        self._opacity = opacity
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        color = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        painter = QPainter(self)
        if self.reduced_motion:
            pen = QPen(color, BORDER_WIDTH)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            inset = BORDER_WIDTH // 2
            painter.drawRect(self.rect().adjusted(inset, inset, -inset, -inset))
        else:
            color.setAlphaF(self._opacity)
            painter.fillRect(self.rect(), color)
        painter.end()
