"""The hands-free session view: what to do now, how long is left, readable from across the room."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QIcon,
    QKeySequence,
    QPainter,
    QPalette,
    QPixmap,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from backpain_timer.domain.advice import WHEN_TO_STOP
from backpain_timer.domain.durations import format_clock, format_duration
from backpain_timer.domain.plan import Segment, SegmentKind
from backpain_timer.domain.routine import Exercise, equipment_sentence
from backpain_timer.domain.segment_words import INTERRUPTED_WORDS, segment_words
from backpain_timer.domain.session import SessionState
from backpain_timer.ui.exercise_html import exercise_details_html
from backpain_timer.ui.session.controller import SessionController
from backpain_timer.ui.session.illustration import Illustration
from backpain_timer.ui.session.progress_ring import ProgressRing
from backpain_timer.ui.theme import current_colors, phase_color

_MIN_TEXT_PIXELS = 13
_THEME_EVENTS = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)


class SessionView(QWidget):
    """Shows the controller's engine; the controls and shortcuts drive the controller.

    ``mute_toggled`` fires on M or the Mute button (the cues listen, and answer through ``show_muted``);
    ``fullscreen_toggled`` on F11 or the button.
    """

    mute_toggled = Signal()
    fullscreen_toggled = Signal()

    def __init__(
        self, exercise_of: Callable[[Segment], Exercise | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._exercise_of = exercise_of
        self.controller: SessionController | None = None
        self._shown_segment: Segment | None = None
        self._stop_line_day: date | None = None  # the day the get-ready last said when to stop
        self._stop_line = False

        self.phase_label = self._label(bold=True)
        self.step_label = self._label(muted=True, align=Qt.AlignmentFlag.AlignRight)
        self.exercise_label = self._label(bold=True)
        self.side_label = self._label()
        self.ring = ProgressRing()
        self.ring.setAccessibleName("Time left in this part")
        self.illustration = Illustration()
        self.details_label = self._label(align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.details_label.setTextFormat(Qt.TextFormat.RichText)
        self.next_label = self._label(muted=True)
        self.total_bar = QProgressBar()
        self.total_bar.setRange(0, 1000)
        self.total_bar.setTextVisible(False)
        self.total_bar.setAccessibleName("Progress through the routine")
        self.total_label = self._label(muted=True, align=Qt.AlignmentFlag.AlignRight)

        top = QHBoxLayout()
        top.addWidget(self.phase_label, 1)
        top.addWidget(self.step_label)

        side_panel = QVBoxLayout()
        side_panel.addWidget(self.illustration, 2)
        # Long instructions scroll instead of being cut off in a small window.
        details_scroll = QScrollArea()
        details_scroll.setWidget(self.details_label)
        details_scroll.setWidgetResizable(True)
        details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        details_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        details_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        side_panel.addWidget(details_scroll, 3)
        middle = QHBoxLayout()
        self._middle = middle
        middle.setSpacing(32)
        middle.addWidget(self.ring, 3)
        middle.addLayout(side_panel, 2)

        overall = QHBoxLayout()
        overall.addWidget(self.total_bar, 1)
        overall.addWidget(self.total_label)

        self.previous_button = self._button("Previous", "Left", QStyle.StandardPixmap.SP_MediaSkipBackward)
        self.pause_button = self._button("Pause", "Space", QStyle.StandardPixmap.SP_MediaPause)
        self.skip_button = self._button("Skip", "Right", QStyle.StandardPixmap.SP_MediaSkipForward)
        self.stop_button = self._button("Stop", "Esc", QStyle.StandardPixmap.SP_MediaStop)
        self.fullscreen_button = self._button("Fullscreen", "F11", QStyle.StandardPixmap.SP_TitleBarMaxButton)
        self.mute_button = self._button("Mute", "M", QStyle.StandardPixmap.SP_MediaVolume)
        self.mute_button.setCheckable(True)
        controls = QHBoxLayout()
        controls.setSpacing(12)
        controls.addStretch(1)
        for button in (self.previous_button, self.pause_button, self.skip_button, self.stop_button):
            controls.addWidget(button)
        controls.addStretch(1)
        controls.addWidget(self.mute_button)
        controls.addWidget(self.fullscreen_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(10)
        layout.addLayout(top)
        # --- issue 14: why the session is paused, when the person did not pause it -----------------------
        self.paused_reason_label = self._label(bold=True)
        self.paused_reason_label.hide()
        layout.addWidget(self.paused_reason_label)
        # ---
        layout.addWidget(self.exercise_label)
        layout.addWidget(self.side_label)
        layout.addLayout(middle, 1)
        layout.addWidget(self.next_label)
        layout.addLayout(overall)
        layout.addLayout(controls)

        self.previous_button.clicked.connect(self._previous)
        self.pause_button.clicked.connect(self._toggle)
        self.skip_button.clicked.connect(self._skip)
        self.stop_button.clicked.connect(self._stop)
        self.fullscreen_button.clicked.connect(self.fullscreen_toggled)
        self.mute_button.clicked.connect(self.mute_toggled)
        # Window-wide shortcuts, live only while this view is shown (Qt ignores hidden parents' shortcuts).
        for key, slot in (
            (Qt.Key.Key_Space, self._toggle),
            (Qt.Key.Key_Right, self._skip),
            (Qt.Key.Key_Left, self._previous),
            (Qt.Key.Key_Escape, self._escape),
            (Qt.Key.Key_F11, self.fullscreen_toggled.emit),
            (Qt.Key.Key_M, self.mute_toggled.emit),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)

    # --- wiring -------------------------------------------------------------------------------------

    def attach(self, controller: SessionController) -> None:
        if self.controller is not None:
            self.controller.tick.disconnect(self.refresh)
            self.controller.state_changed.disconnect(self._show_state)
        self.controller = controller
        self._shown_segment = None
        self._stop_line = date.today() != self._stop_line_day  # the first get-ready of the day says it
        self._stop_line_day = date.today()
        controller.tick.connect(self.refresh)
        controller.state_changed.connect(self._show_state)
        self._show_state(controller.state)
        self.refresh()
        self.setFocus()  # no button looks pressed-in at the start; the shortcuts work either way

    def set_breath_widget(self, widget: QWidget) -> None:
        """Put the breathing guide between the countdown and the pose (it shows itself only while pacing;
        hidden, it gives its room back)."""
        self._middle.insertWidget(1, widget, 2)

    def show_muted(self, muted: bool) -> None:
        """Follow the cues' mute state (M, the button, or a new session)."""
        self.mute_button.setChecked(muted)
        self.mute_button.setText("Muted" if muted else "Mute")
        icon = QStyle.StandardPixmap.SP_MediaVolumeMuted if muted else QStyle.StandardPixmap.SP_MediaVolume
        self._set_icon(self.mute_button, icon)

    # --- display ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Update what changed since the last call; labels skip repaints when their text is unchanged."""
        if self.controller is None:
            return
        engine = self.controller.engine
        segment = engine.current_segment
        if segment is not None and segment != self._shown_segment:
            self._show_segment(segment)
        remaining = engine.segment_remaining()
        if segment is not None:
            done = 1.0 - remaining / segment.duration if segment.duration > 0 else 1.0
            caption = "paused" if engine.state is SessionState.PAUSED else ""
            self.ring.set_values(done, format_clock(remaining), caption)
        total = engine.plan.total_seconds
        if total > 0:
            self.total_bar.setValue(round(1000 * (1.0 - engine.total_remaining() / total)))
        self.total_label.setText(f"{format_clock(engine.total_remaining())} left")

    def _show_state(self, state: SessionState) -> None:
        """The pause button offers what Space would do: resume a paused session, else pause."""
        paused = state is SessionState.PAUSED
        name = "Resume" if paused else "Pause"
        self.pause_button.setText(name)
        self.pause_button.setAccessibleName(name)
        self.pause_button.setToolTip(f"{name} (Space)")
        icon = QStyle.StandardPixmap.SP_MediaPlay if paused else QStyle.StandardPixmap.SP_MediaPause
        self._set_icon(self.pause_button, icon)
        interrupted = self.controller is not None and self.controller.engine.paused_by_interruption
        self.show_paused_reason(INTERRUPTED_WORDS if interrupted else "")  # issue 14

    def show_paused_reason(self, text: str) -> None:
        """Say why the session is paused ("" hides the line). Issue 14; the layout's owner may move it."""
        self.paused_reason_label.setText(text)
        self.paused_reason_label.setVisible(bool(text))

    def _show_segment(self, segment: Segment) -> None:
        self._shown_segment = segment
        assert self.controller is not None
        plan = self.controller.engine.plan
        words = segment_words(plan, segment)
        self.phase_label.setText(words.phase)
        self._show_phase_color(segment.kind)
        self.step_label.setText(f"Step {segment.step} of {len(plan.routine.steps)}")
        self.exercise_label.setText(segment.name)
        where = segment.where_words()
        self.side_label.setText(" · ".join(where))
        self.side_label.setVisible(bool(where))
        exercise = self._exercise_of(segment)
        self.illustration.show_image(exercise.image if exercise else None)
        self.details_label.setText(self._details_of(segment))
        upcoming = plan.next_hold(segment)
        length = f" · {format_duration(upcoming.duration)}" if upcoming is not None else ""
        self.next_label.setText(f"{words.next}{length}" if words.next else "")

    def _show_phase_color(self, kind: SegmentKind) -> None:
        color = phase_color(current_colors(), kind)
        palette = self.phase_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, color)
        self.phase_label.setPalette(palette)
        self.ring.set_color(color)

    def changeEvent(self, event: QEvent) -> None:
        """A new theme: the button icons, the phase colour and the caution text follow it."""
        super().changeEvent(event)
        if event.type() not in _THEME_EVENTS:
            return
        for button in self.findChildren(QPushButton):
            icon = button.property("standard_icon")
            if isinstance(icon, QStyle.StandardPixmap):
                self._set_icon(button, icon)
        if self._shown_segment is not None:
            self._show_phase_color(self._shown_segment.kind)
            self.details_label.setText(self._details_of(self._shown_segment))

    def _details_of(self, segment: Segment) -> str:
        """The how-to of the segment's exercise; the session's first screen says what it needs first."""
        assert self.controller is not None
        needed = (
            equipment_sentence(self.controller.engine.plan.routine.equipment) if segment.index == 0 else ""
        )
        first_get_ready = self._stop_line and segment.index == 0 and segment.kind is SegmentKind.PREPARE
        stop_line = f"<p><b>{html.escape(WHEN_TO_STOP)}</b></p>" if first_get_ready else ""
        needed_line = f"<p><b>{html.escape(needed, quote=False)}</b></p>" if needed else ""
        return stop_line + needed_line + exercise_details_html(self._exercise_of(segment), segment.note)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Type grows with the window: huge in fullscreen, still legible in a small window."""
        super().resizeEvent(event)
        unit = min(self.width() / 1280, self.height() / 800) * 16
        for label, factor in (
            (self.phase_label, 3.0),
            (self.exercise_label, 2.2),
            (self.side_label, 1.7),
            (self.step_label, 1.0),
            (self.next_label, 1.3),
            (self.total_label, 1.0),
            (self.details_label, 1.0),
        ):
            font = QFont(label.font())
            font.setPixelSize(max(_MIN_TEXT_PIXELS, round(unit * factor)))
            label.setFont(font)

    # --- controls -----------------------------------------------------------------------------------

    def _toggle(self) -> None:
        if self.controller is not None:
            self.controller.toggle()

    def _skip(self) -> None:
        if self.controller is not None:
            self.controller.skip()

    def _previous(self) -> None:
        if self.controller is not None:
            self.controller.previous()

    def _stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()

    def _escape(self) -> None:
        """Esc leaves fullscreen first; only an Esc in a normal window stops the session."""
        if self.window().isFullScreen():
            self.fullscreen_toggled.emit()
        else:
            self._stop()

    def _label(
        self, *, bold: bool = False, muted: bool = False, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    ) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setAlignment(align)
        if bold:
            font = label.font()
            font.setWeight(QFont.Weight.DemiBold)
            label.setFont(font)
        if muted:
            label.setProperty("muted", True)
        return label

    def _set_icon(self, button: QPushButton, icon: QStyle.StandardPixmap) -> None:
        """The style's icon drawn in the button's text colour: the stock glyphs are black, unreadable in
        the dark theme. Remembered on the button, to be drawn again when the theme changes."""
        button.setProperty("standard_icon", icon)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_ButtonIconSize)
        glyph = self.style().standardIcon(icon).pixmap(QSize(size, size), self.devicePixelRatioF())
        tinted = QPixmap(glyph.size())
        tinted.setDevicePixelRatio(glyph.devicePixelRatio())
        tinted.fill(Qt.GlobalColor.transparent)
        painter = QPainter(tinted)
        painter.drawPixmap(0, 0, glyph)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(tinted.rect(), QColor(current_colors().text))
        painter.end()
        button.setIcon(QIcon(tinted))

    def _button(self, name: str, key: str, icon: QStyle.StandardPixmap) -> QPushButton:
        button = QPushButton(name)
        self._set_icon(button, icon)
        button.setAccessibleName(name)
        button.setToolTip(f"{name} ({key})")
        button.setMinimumSize(104, 52)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click must not steal Space from the shortcut
        return button
