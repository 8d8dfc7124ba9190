"""Breath pacing: a circle that grows on the breath in and shrinks on the breath out, on the engine's clock.

Shown only during holds whose step has ``breathe``. The session's events say when it shows, hides and the
breath turns (``BreathTurned``, the same events the tones follow); between them the circle moves with the
engine's position. With reduced motion the circle stays still and the words count the seconds of each
phase instead.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QElapsedTimer, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QRegion, QStaticText
from PySide6.QtWidgets import QSizePolicy, QWidget

from backpain_timer.domain.breath import BreathPacer, BreathPhase, BreathState
from backpain_timer.domain.events import (
    BreathTurned,
    Event,
    Paused,
    Resumed,
    SegmentStarted,
    SessionFinished,
    SessionStopped,
)
from backpain_timer.domain.plan import SegmentKind
from backpain_timer.domain.session import SessionState
from backpain_timer.ui.session.controller import SessionController

PHASE_TEXT = {BreathPhase.IN: "Breathe in…", BreathPhase.OUT: "Breathe out…"}
SMALLEST = 0.45  # of the full radius, at the end of a breath out
STILL_SCALE = 0.75  # reduced motion
FILL_OPACITY = 0.22  # of the accent over the background
MIN_FRAME_MS = 50  # at most ~20 frames a second: a breath is slow, and each frame costs CPU
MIN_STEP_PIXELS = 2.0  # smaller moves (near the turn of a breath) wait for the next frame
_PEN_MARGIN = 2  # pixels around the circle's box that its antialiased outline touches


class BreathWidget(QWidget):
    """Follows the session of a controller (``attach``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reduced_motion = False
        self._controller: SessionController | None = None
        self._pacer: BreathPacer | None = None  # while a paced hold runs or is paused
        self._phase_began = 0.0  # plan position of the latest turn (or of the hold's start)
        self._state: BreathState | None = None
        self._painted_radius = 0.0  # the circle on screen now, in pixels
        self._text_key: tuple[str, int] | None = None
        self._text_font = QFont()
        self._text = QStaticText()
        self._last_frame = QElapsedTimer()
        # Each frame paints only the circle's box, over its own background: nothing under it is painted.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(140, 140)
        self.setAccessibleName(self.tr("Breathing guide"))
        self.hide()

    # --- what it shows ------------------------------------------------------------------------------

    @property
    def phase_text(self) -> str:
        """The words in the circle: "Breathe in…", with the seconds left in the phase under reduced motion."""
        if self._state is None or self._pacer is None:
            return ""
        text = PHASE_TEXT[self._state.phase]
        if self.reduced_motion:
            length = self._pacer.seconds_of(self._state.phase)
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

    def _show(self, state: BreathState) -> None:
        """Show ``state`` of the paced breath, repainting only what changed."""
        text_before = self.phase_text
        self._state = state
        if self.isHidden():
            self.show()  # paints everything
        elif self.phase_text != text_before:
            self.update()  # the words span more than the circle
        else:
            self._update_circle()

    def _radius(self) -> float:
        return min(self.width(), self.height()) / 2 * self.scale

    def _circle_box(self, radius: float) -> QRect:
        center = QRectF(self.rect()).center()
        box = QRectF(center.x() - radius, center.y() - radius, 2 * radius, 2 * radius)
        margin = _PEN_MARGIN
        return box.toAlignedRect().adjusted(-margin, -margin, margin, margin)

    def _update_circle(self) -> None:
        """Repaint around the edge of the circle when it moved ``MIN_STEP_PIXELS`` or more and the last
        frame is at least ``MIN_FRAME_MS`` old."""
        radius = self._radius()
        if abs(radius - self._painted_radius) < MIN_STEP_PIXELS:
            return
        if self._last_frame.isValid() and self._last_frame.elapsed() < MIN_FRAME_MS:
            return
        # Inside the smaller circle nothing changes (same fill, same words): leave out the square in it.
        changed = QRegion(self._circle_box(max(radius, self._painted_radius)))
        unchanged_half = (min(radius, self._painted_radius) - _PEN_MARGIN - 1) / math.sqrt(2)
        if unchanged_half > 0:
            center = QRectF(self.rect()).center()
            inside = QRectF(
                center.x() - unchanged_half,
                center.y() - unchanged_half,
                2 * unchanged_half,
                2 * unchanged_half,
            )
            changed = changed.subtracted(QRegion(inside.toAlignedRect().adjusted(1, 1, -1, -1)))
        self.update(changed)

    # --- following a session ------------------------------------------------------------------------

    def attach(self, controller: SessionController) -> None:
        """Follow ``controller``'s session (call before it starts)."""
        if self._controller is not None:
            self._controller.events_emitted.disconnect(self._on_event)
            self._controller.tick.disconnect(self.refresh)
            self._controller.frame.disconnect(self.refresh)
        self._controller = controller
        self._stop_pacing()
        controller.events_emitted.connect(self._on_event)
        controller.tick.connect(self.refresh)
        controller.frame.connect(self.refresh)

    def _on_event(self, event: Event) -> None:
        """Pacing begins with a paced hold and ends with it; the words change when the breath turns."""
        match event:
            case SegmentStarted(at=at, segment=segment):
                if segment.kind is SegmentKind.HOLD and segment.breathe is not None:
                    self._pacer = BreathPacer(segment.breathe)
                    self._turn(BreathPhase.IN, at)
                else:
                    self._stop_pacing()
            case BreathTurned(at=at, phase=phase):
                self._turn(phase, at)
            case Paused() | Resumed():
                self._set_smooth()
            case SessionFinished() | SessionStopped():
                self._stop_pacing()

    def _turn(self, phase: BreathPhase, at: float) -> None:
        self._phase_began = at
        self._show(BreathState.of(phase, 0.0))
        self.setAccessibleDescription(PHASE_TEXT[phase])
        self._set_smooth()

    def _stop_pacing(self) -> None:
        self._pacer, self._state = None, None
        self.hide()
        self._set_smooth()

    def _set_smooth(self) -> None:
        """Ask for frames between ticks only while a breath is paced and the session runs."""
        if self._controller is None:
            return
        smooth = self._pacer is not None and self._controller.state is SessionState.RUNNING
        if smooth != self._controller.smooth:
            self._controller.set_smooth(smooth)

    def refresh(self) -> None:
        """Move the circle to the engine's position in the current phase of the breath."""
        if self._controller is None or self._pacer is None or self._state is None:
            return
        phase = self._state.phase
        into_phase = self._controller.engine.position() - self._phase_began
        self._show(BreathState.of(phase, into_phase / self._pacer.seconds_of(phase)))

    # --- painting -----------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(260, 260)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().color(QPalette.ColorRole.Window))
        if self._state is None:
            painter.end()
            return
        self._last_frame.start()
        side = min(self.width(), self.height())
        radius = side / 2 * self.scale
        self._painted_radius = radius
        center = QRectF(self.rect()).center()
        palette = self.palette()
        accent = palette.color(QPalette.ColorRole.Highlight)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(accent)
        painter.setBrush(_mix(accent, palette.color(QPalette.ColorRole.Window), FILL_OPACITY))
        painter.drawEllipse(center, radius, radius)
        text = self._static_text(side)
        if event.region().intersects(self._text_box(text)):
            painter.setFont(self._text_font)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawStaticText(self._text_box(text).topLeft(), text)
        painter.end()

    def _static_text(self, side: int) -> QStaticText:
        """The words, laid out once per phase and size (laying out text every frame is most of its cost)."""
        pixels = max(12, round(side / 11))
        key = (self.phase_text, pixels)
        if key != self._text_key:
            self._text_key = key
            self._text_font = QFont(self.font())
            self._text_font.setPixelSize(pixels)
            self._text = QStaticText(self.phase_text)
            self._text.prepare(font=self._text_font)
        return self._text

    def _text_box(self, text: QStaticText) -> QRect:
        size = text.size()
        center = QRectF(self.rect()).center()
        box = QRectF(
            center.x() - size.width() / 2, center.y() - size.height() / 2, size.width(), size.height()
        )
        return box.toAlignedRect()


def _mix(color: QColor, background: QColor, opacity: float) -> QColor:
    """``color`` at ``opacity`` over ``background``, as one opaque colour: cheaper to fill than a blend."""
    return QColor.fromRgbF(
        color.redF() * opacity + background.redF() * (1 - opacity),
        color.greenF() * opacity + background.greenF() * (1 - opacity),
        color.blueF() * opacity + background.blueF() * (1 - opacity),
    )
