"""The hands-free session view, made to be read from the mat, 3 m away: the phase, the exercise, the side,
the countdown, a few large form cues with the caution, what comes next and the time left. Nothing scrolls
while the timer runs; the full how-to shows while paused (and lives on home and in the print sheet)."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QPalette, QResizeEvent, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from backpain_timer.domain.advice import when_to_stop
from backpain_timer.domain.durations import format_clock, format_duration
from backpain_timer.domain.plan import Segment, SegmentKind
from backpain_timer.domain.routine import Exercise, equipment_sentence
from backpain_timer.domain.segment_words import interrupted_reason, paused_word, segment_words, where_words
from backpain_timer.domain.session import SessionState
from backpain_timer.ui.exercise_html import exercise_details_html, session_cue_lines
from backpain_timer.ui.session.controller import SessionController
from backpain_timer.ui.session.controls import ControlRow
from backpain_timer.ui.session.fit_text import MIN_TEXT_PIXELS, CueText, FitLabel
from backpain_timer.ui.session.illustration import Illustration
from backpain_timer.ui.session.progress_ring import ProgressRing
from backpain_timer.ui.theme import current_colors, phase_color

_THEME_EVENTS = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
_SP = QStyle.StandardPixmap


class SessionView(QWidget):
    """Shows the controller's engine; the controls and shortcuts drive the controller.

    ``mute_toggled`` fires on M or the Mute button (the cues listen, and answer through ``show_muted``);
    ``fullscreen_toggled`` on F11 or the button. ``show_paused(reason)`` says why the session is paused.
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
        self._paused = False
        self._paused_reason: str | None = None

        self.phase_label = FitLabel(bold=True)
        self.step_label = FitLabel(muted=True, align=Qt.AlignmentFlag.AlignRight)
        self.exercise_label = FitLabel(bold=True)
        self.side_label = FitLabel()
        keep_room = self.side_label.sizePolicy()
        keep_room.setRetainSizeWhenHidden(True)  # the ring keeps its size when the side line comes and goes
        self.side_label.setSizePolicy(keep_room)
        self.ring = ProgressRing(self.tr("Time left in this part"))
        self.paused_label = FitLabel(bold=True)
        self.paused_label.hide()
        self.cue_label = CueText()
        self.cue_label.setAccessibleName(self.tr("Form cues"))
        self.illustration = Illustration()
        self.details_label = QLabel()
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.TextFormat.RichText)
        self.details_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.details_label.setContentsMargins(16, 0, 8, 0)  # room for the list numbers
        self.next_label = FitLabel()
        self.total_label = FitLabel(align=Qt.AlignmentFlag.AlignRight, steady=True)
        self.total_bar = QProgressBar()
        self.total_bar.setRange(0, 1000)
        self.total_bar.setTextVisible(False)
        self.total_bar.setMaximumHeight(10)
        self.total_bar.setAccessibleName(self.tr("Progress through the routine"))

        top = QHBoxLayout()
        top.addWidget(self.phase_label, 1)
        top.addWidget(self.step_label)

        cue_page = QWidget()
        cue_column = QVBoxLayout(cue_page)
        cue_column.setContentsMargins(0, 0, 0, 0)
        cue_column.addWidget(self.cue_label, 2)
        cue_column.addWidget(self.illustration, 1)
        # The full how-to, to read up close while paused; it may scroll then, never while the timer runs.
        self._how_to = QScrollArea()
        self._how_to.setWidget(self.details_label)
        self._how_to.setWidgetResizable(True)
        self._how_to.setFrameShape(QFrame.Shape.NoFrame)
        self._how_to.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._how_to.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._cue_page = cue_page
        self._pages = QStackedWidget()
        self._pages.addWidget(cue_page)
        self._pages.addWidget(self._how_to)
        side_panel = QVBoxLayout()
        side_panel.addWidget(self.paused_label)
        side_panel.addWidget(self._pages, 1)
        middle = QHBoxLayout()
        self._middle = middle
        middle.setSpacing(24)
        middle.addWidget(self.ring, 2)
        middle.addLayout(side_panel, 3)

        coming = QHBoxLayout()
        coming.addWidget(self.next_label, 1)
        coming.addWidget(self.total_label)

        self.controls = ControlRow()
        self.previous_button = self.controls.add_button(self.tr("Previous"), "Left", _SP.SP_MediaSkipBackward)
        self.pause_button = self.controls.add_button(self.tr("Pause"), "Space", _SP.SP_MediaPause)
        self.skip_button = self.controls.add_button(self.tr("Skip"), "Right", _SP.SP_MediaSkipForward)
        self.stop_button = self.controls.add_button(self.tr("Stop"), "Esc", _SP.SP_MediaStop)
        self.mute_button = self.controls.add_button(self.tr("Mute"), "M", _SP.SP_MediaVolume, right=True)
        self.mute_button.setCheckable(True)
        self.fullscreen_button = self.controls.add_button(
            self.tr("Fullscreen"), "F11", _SP.SP_TitleBarMaxButton, right=True
        )

        self._layout = QVBoxLayout(self)
        self._layout.setSpacing(6)
        self._layout.addLayout(top)
        self._layout.addWidget(self.exercise_label)
        self._layout.addWidget(self.side_label)
        self._layout.addLayout(middle, 1)
        self._layout.addLayout(coming)
        self._layout.addWidget(self.total_bar)
        self._layout.addWidget(self.controls)

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
        self._scale_type()

    # --- wiring -------------------------------------------------------------------------------------

    def attach(self, controller: SessionController) -> None:
        if self.controller is not None:
            self.controller.tick.disconnect(self.refresh)
            self.controller.state_changed.disconnect(self._show_state)
        self.controller = controller
        self._shown_segment = None
        self._paused_reason = None
        self._stop_line = date.today() != self._stop_line_day  # the first get-ready of the day says it
        self._stop_line_day = date.today()
        controller.tick.connect(self.refresh)
        controller.state_changed.connect(self._show_state)
        self._show_state(controller.state)
        self.refresh()
        self.setFocus()  # no button looks pressed-in at the start; the shortcuts work either way

    def set_breath_widget(self, widget: QWidget) -> None:
        """Put the breathing guide between the countdown and the cues (it shows itself only while pacing;
        hidden, it gives its room back)."""
        self._middle.insertWidget(1, widget, 2)

    def show_muted(self, muted: bool) -> None:
        """Follow the cues' mute state (M, the button, or a new session)."""
        self.mute_button.setChecked(muted)
        icon = _SP.SP_MediaVolumeMuted if muted else _SP.SP_MediaVolume
        self.controls.set_button(self.mute_button, self.tr("Muted") if muted else self.tr("Mute"), "M", icon)

    def show_paused(self, reason: str | None = None) -> None:
        """Say why the session is paused ("the timer was interrupted"); None: just how to go on. The line
        shows while the session is paused and goes with the next resume."""
        self._paused_reason = reason
        self._show_paused_line()

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
            caption = paused_word().lower() if self._paused else ""
            self.ring.set_values(done, format_clock(remaining), caption)
        total = engine.plan.total_seconds
        if total > 0:
            self.total_bar.setValue(round(1000 * (1.0 - engine.total_remaining() / total)))
        self.total_label.setText(self.tr("{time} left").format(time=format_clock(engine.total_remaining())))

    def _show_state(self, state: SessionState) -> None:
        """Paused shows from across the room: the phase word says so, the ring dims, the digits stop, and
        the full how-to can be read up close. The pause button offers what Space would do."""
        self._paused = state is SessionState.PAUSED
        if not self._paused:
            self._paused_reason = None
        elif self.controller is not None and self.controller.engine.paused_by_interruption:
            self._paused_reason = interrupted_reason()
        name = self.tr("Resume") if self._paused else self.tr("Pause")
        icon = _SP.SP_MediaPlay if self._paused else _SP.SP_MediaPause
        self.controls.set_button(self.pause_button, name, "Space", icon)
        self.ring.set_dimmed(self._paused)
        self._pages.setCurrentWidget(self._how_to if self._paused else self._cue_page)
        self._show_paused_line()
        self._show_phase()
        self.refresh()

    def _show_paused_line(self) -> None:
        reason = f"{paused_word()} — {self._paused_reason} · " if self._paused_reason else ""
        self.paused_label.setText(reason + self.tr("Space resumes"))
        self.paused_label.setVisible(self._paused)

    def _show_segment(self, segment: Segment) -> None:
        self._shown_segment = segment
        assert self.controller is not None
        plan = self.controller.engine.plan
        words = segment_words(plan, segment)
        self._show_phase()
        self.step_label.setText(
            self.tr("Step {step} of {steps}").format(step=segment.step, steps=len(plan.routine.steps))
        )
        self.exercise_label.setText(words.name)
        where = where_words(segment)
        self.side_label.setText(" · ".join(where))
        self.side_label.setVisible(bool(where))
        exercise = self._exercise_of(segment)
        self.illustration.show_exercise(exercise)
        self._show_words(segment)
        upcoming = plan.next_hold(segment)
        length = f" · {format_duration(upcoming.duration)}" if upcoming is not None else ""
        self.next_label.setText(f"{words.next}{length}" if words.next else "")

    def _show_phase(self) -> None:
        """The phase word in its colour, or "Paused" in the muted colour."""
        segment = self._shown_segment
        if segment is None or self.controller is None:
            return
        colors = current_colors()
        if self._paused:
            self.phase_label.setText(paused_word())
            color = QColor(colors.muted)
        else:
            self.phase_label.setText(segment_words(self.controller.engine.plan, segment).phase)
            color = phase_color(colors, segment.kind)
        palette = self.phase_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, color)
        self.phase_label.setPalette(palette)
        self.ring.set_color(phase_color(colors, segment.kind))

    def _show_words(self, segment: Segment) -> None:
        """The large cue lines and the full how-to of the segment's exercise; the session's first screen
        says when to stop and what it needs first."""
        assert self.controller is not None
        first: list[str] = []
        if self._stop_line and segment.index == 0 and segment.kind is SegmentKind.PREPARE:
            first.append(when_to_stop())
        if segment.index == 0:
            needed = equipment_sentence(self.controller.engine.plan.routine.equipment)
            if needed:
                first.append(needed)
        exercise = self._exercise_of(segment)
        must, optional = session_cue_lines(exercise, segment.note, tuple(first))
        self.cue_label.set_lines(must, optional)
        # Read with its words: a label's own text would run its lines together ("squareBreathe out").
        self.cue_label.setAccessibleName(
            self.tr("Form cues: {cues}").format(cues=plain_lines(must + optional))
        )
        full = "".join(f"<p><b>{html.escape(line, quote=False)}</b></p>" for line in first)
        self.details_label.setText(full + exercise_details_html(exercise, segment.note))

    def changeEvent(self, event: QEvent) -> None:
        """A new theme: the button icons, the phase colour and the caution text follow it."""
        super().changeEvent(event)
        if event.type() not in _THEME_EVENTS:
            return
        self.controls.retint()
        if self._shown_segment is not None:
            self._show_phase()
            self._show_words(self._shown_segment)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale_type()

    def _scale_type(self) -> None:
        """Type grows with the window: huge in fullscreen, still legible from the mat at 800×600."""
        unit = min(self.width() / 1280, self.height() / 760) * 16
        margin = 32 if self.width() >= 1000 else 12
        self._layout.setContentsMargins(margin, margin * 3 // 4, margin, margin * 3 // 4)
        for label, factor in (
            (self.phase_label, 3.0),
            (self.exercise_label, 2.2),
            (self.side_label, 1.8),
            (self.step_label, 1.4),
            (self.next_label, 2.0),
            (self.total_label, 2.0),
            (self.paused_label, 1.8),
        ):
            label.set_target_size(round(unit * factor))
        self.cue_label.set_size_range(round(unit * 1.8), round(unit * 2.4))
        font = QFont(self.details_label.font())
        font.setPixelSize(max(MIN_TEXT_PIXELS + 3, round(unit * 1.2)))
        self.details_label.setFont(font)

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


def plain_lines(html_lines: list[str]) -> str:
    """Rich-text lines as words a screen reader reads, one sentence after another."""
    document = QTextDocument()
    document.setHtml("".join(html_lines))
    return " ".join(line for line in document.toPlainText().splitlines() if line.strip())
