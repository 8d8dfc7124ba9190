"""The end screen: done (or stopped), planned against actual time, holds done and skipped, and room for
the after-session check-in, which never holds the way home."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QPainter, QPaintEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from backpain_timer.domain.durations import format_clock
from backpain_timer.domain.history import SessionRecord
from backpain_timer.ui.checkin.questions import AfterCheckinPanel

# Skip and previous keys still coming as the session ends: on "Back to home" (where the focus starts) they
# must not wander the focus into the question. A pause key pressed as the session ends must not leave the
# results at once: Space is dropped for a moment (and while it repeats), then presses the button as anywhere.
_SESSION_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)
SPACE_GRACE_SECONDS = 1.0


class EndView(QWidget):
    """``home_requested()`` on "Back to home" or Enter. Enter inside the check-in saves its answer instead;
    an answer picked but not saved is sent when the user leaves (``AfterCheckinPanel.commit``)."""

    home_requested = Signal()

    def __init__(
        self,
        checkin: AfterCheckinPanel,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.checkin = checkin
        self._clock = clock
        self._shown_at = clock()
        self.title_label = QLabel()
        self.title_label.setStyleSheet("font-size: 22pt; font-weight: 600;")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.routine_label = QLabel()
        self.routine_label.setStyleSheet("font-size: 14pt;")
        self.routine_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.planned_value = QLabel()
        self.actual_value = QLabel()
        self.holds_value = QLabel()
        self.save_label = QLabel()
        self.save_label.setProperty("muted", True)
        self.save_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.save_label.setWordWrap(True)

        figures = QFormLayout()
        figures.setHorizontalSpacing(24)
        figures.setVerticalSpacing(6)
        # The accessible name of each value is "Caption: value", set with the value.
        self._captions = {
            self.planned_value: ("Planned", self.tr("Planned")),
            self.actual_value: ("Actual", self.tr("Actual")),
            self.holds_value: ("Holds", self.tr("Holds")),
        }
        for value, (name, caption) in self._captions.items():
            value.setStyleSheet("font-size: 14pt; font-weight: 600;")
            value.setObjectName(name)
            figures.addRow(FigureCaption(caption), value)
        centred_figures = QHBoxLayout()
        centred_figures.addStretch(1)
        centred_figures.addLayout(figures)
        centred_figures.addStretch(1)

        self.home_button = QPushButton(self.tr("Back to home"))
        self.home_button.setProperty("primary", True)
        self.home_button.setMinimumSize(220, 44)
        self.home_button.setAccessibleName(self.tr("Back to home"))
        self.home_button.setToolTip(self.tr("Back to the routine list (Enter)"))
        self.home_button.clicked.connect(self.go_home)
        self.home_button.installEventFilter(self)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.home_button)
        button_row.addStretch(1)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self).activated.connect(self._enter)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 8, 24, 8)
        layout.setSpacing(8)
        layout.addStretch(1)
        layout.addWidget(self.title_label)
        layout.addWidget(self.routine_label)
        layout.addLayout(centred_figures)
        layout.addWidget(checkin)
        layout.addLayout(button_row)
        layout.addWidget(self.save_label)
        layout.addStretch(2)
        # It fits 800×600 as it is; in a smaller window it scrolls rather than make the window grow.
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def show_result(self, record: SessionRecord) -> None:
        self.title_label.setText(self.tr("Well done!") if record.completed else self.tr("Stopped early"))
        self.routine_label.setText(record.routine_name)
        self.planned_value.setText(format_clock(record.planned_seconds))
        actual = format_clock(record.active_seconds)
        if record.elapsed_seconds - record.active_seconds >= 1:
            actual += "  " + self.tr("(with pauses {time})").format(time=format_clock(record.elapsed_seconds))
        self.actual_value.setText(actual)
        if record.holds_skipped:
            holds = self.tr("{done} done, {skipped} skipped").format(
                done=record.holds_done, skipped=record.holds_skipped
            )
        else:
            holds = self.tr("{done} done, none skipped").format(done=record.holds_done)
        self.holds_value.setText(holds)
        self.save_label.setText("")
        for value in (self.planned_value, self.actual_value, self.holds_value):
            caption = self._captions[value][1]
            value.setAccessibleName(f"{caption}: {value.text()}")  # "Planned: 03:21"

    def set_save_status(self, text: str) -> None:
        self.save_label.setText(text)

    def go_home(self) -> None:
        self.checkin.commit()  # an answer the user picked is kept, never asked for twice
        self.home_requested.emit()

    def _enter(self) -> None:
        focus = QApplication.focusWidget()
        if focus is not None and self.checkin.isAncestorOf(focus):
            self.checkin.commit()
            self.home_button.setFocus()  # the next Enter goes home
        else:
            self.go_home()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.home_button
            and isinstance(event, QKeyEvent)
            and event.type() in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)
            and (
                event.key() in _SESSION_KEYS
                or (event.key() == Qt.Key.Key_Space and self._space_too_soon(event))
            )
        ):
            return True
        return super().eventFilter(watched, event)

    def _space_too_soon(self, event: QKeyEvent) -> bool:
        return event.isAutoRepeat() or self._clock() - self._shown_at < SPACE_GRACE_SECONDS

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._shown_at = self._clock()
        # Not the note field: digit keys must answer the question, and Enter must go home.
        self.home_button.setFocus(Qt.FocusReason.OtherFocusReason)


class FigureCaption(QWidget):
    """A figure's caption, painted rather than a label: a screen reader hears the figure once, by its
    name ("Planned: 03:21"), not a bare "Planned" before it."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text
        font = self.font()
        font.setPointSize(14)
        self.setFont(font)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance(self.text), metrics.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().placeholderText().color())  # the theme's muted text
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.text)
        painter.end()
