"""Breath pacing: a circle that grows on the breath in and shrinks on the breath out, on the engine's clock.

Shown only during holds whose step has ``breathe``; with reduced motion the circle stays still and the words
count the seconds of each phase instead.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from backpain_timer.domain.cues import BreathPacer, BreathPhase, BreathState
from backpain_timer.domain.plan import SegmentKind
from backpain_timer.domain.routine import Breathe
from backpain_timer.domain.session import SessionState
from backpain_timer.ui.session_controller import SessionController

PHASE_TEXT = {BreathPhase.IN: "Breathe in…", BreathPhase.OUT: "Breathe out…"}
SMALLEST = 0.45  # of the full radius, at the end of a breath out
STILL_SCALE = 0.75  # reduced motion


class BreathWidget(QWidget):
    """Follows a controller (``attach``) or is set directly (``show_breath``) — tests use the latter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reduced_motion = False
        self._controller: SessionController | None = None
        self._pacer: BreathPacer | None = None
        self._elapsed = 0.0
        self._state: BreathState | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(140, 140)
        self.setAccessibleName("Breathing guide")
        self.hide()

    # --- what it shows ------------------------------------------------------------------------------

    @property
    def phase_text(self) -> str:
        """The words in the circle: "Breathe in…", with the seconds left in the phase under reduced motion."""
        if self._state is None or self._pacer is None:
            return ""
        text = PHASE_TEXT[self._state.phase]
        if self.reduced_motion:
            breathe = self._pacer.breathe
            length = breathe.inhale if self._state.phase is BreathPhase.IN else breathe.exhale
            text += f" {math.ceil(length * (1 - self._state.progress) - 1e-9)}"
        return text

    @property
    def scale(self) -> float:
        """Radius as a fraction of the largest circle."""
        if self._state is None or self.reduced_motion:
            return STILL_SCALE
        return SMALLEST + (1 - SMALLEST) * self._state.scale

    def set_reduced_motion(self, reduced: bool) -> None:
        self.reduced_motion = reduced
        self.update()

    def show_breath(self, breathe: Breathe | None, elapsed: float) -> None:
        """Pace ``breathe`` at ``elapsed`` seconds into the hold; None hides the guide."""
        if breathe is None:
            self._pacer, self._state = None, None
            self.hide()
            return
        if self._pacer is None or self._pacer.breathe != breathe:
            self._pacer = BreathPacer(breathe)
        self._elapsed = elapsed
        state = self._pacer.state(elapsed)
        text_before = self.phase_text
        scale_before = self.scale
        self._state = state
        self.show()
        if self.phase_text != text_before or abs(self.scale - scale_before) > 1e-4:
            self.update()  # repaint only when something moved
        self.setAccessibleDescription(PHASE_TEXT[state.phase])

    # --- following a session ------------------------------------------------------------------------

    def attach(self, controller: SessionController) -> None:
        if self._controller is not None:
            self._controller.tick.disconnect(self.refresh)
        self._controller = controller
        controller.tick.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Read the hold's elapsed time from the engine; ask for smooth ticks only while pacing a breath."""
        if self._controller is None:
            return
        engine = self._controller.engine
        segment = engine.current_segment
        paced = (
            segment is not None
            and segment.kind is SegmentKind.HOLD
            and segment.breathe is not None
            and engine.state in (SessionState.RUNNING, SessionState.PAUSED)
        )
        self.show_breath(segment.breathe if paced and segment else None, engine.segment_elapsed())
        smooth = paced and engine.state is SessionState.RUNNING
        if smooth != self._controller.smooth:
            self._controller.set_smooth(smooth)

    # --- painting -----------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(260, 260)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._state is None:
            return
        side = min(self.width(), self.height())
        radius = side / 2 * self.scale
        center = QRectF(self.rect()).center()
        accent = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        fill = QColor(accent)
        fill.setAlphaF(0.22)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(accent)
        painter.setBrush(fill)
        painter.drawEllipse(center, radius, radius)
        font = QFont(self.font())
        font.setPixelSize(max(12, round(side / 11)))
        painter.setFont(font)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.phase_text)
        painter.end()
