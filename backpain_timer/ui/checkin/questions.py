"""Pain check-ins: the question before a session (a page) and after it (a panel on the end screen).

Both are quick on purpose: a digit key answers (``1`` then ``0`` is 10), one key skips. Nothing here
decides anything; :mod:`backpain_timer.ui.checkin.flow` does.
"""

from __future__ import annotations

import html
import time
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from backpain_timer.domain.advice import advise, pain_rose, pain_rose_note
from backpain_timer.domain.history import PAIN_MAX, PAIN_MIN
from backpain_timer.ui.checkin.flow import AfterAnswer, PainKeys
from backpain_timer.ui.checkin.page_layout import centre_column, centred_row
from backpain_timer.ui.checkin.scroll_column import ScrollColumn
from backpain_timer.ui.checkin.symptoms import SymptomChecklist
from backpain_timer.ui.theme import current_colors

NOTE_MAX_LENGTH = 200
_QUESTIONS_MIN_HEIGHT = 220  # the question and the scale: the rest may scroll
_DIGIT_KEYS = {getattr(Qt.Key, f"Key_{digit}"): digit for digit in range(10)}


class PainScale(QWidget):
    """0–10 on a slider with the chosen number shown large; no answer ("–") until the user picks one.

    ``press_digit`` is how digit keys answer, so that "1" then "0" gives 10.
    """

    changed = Signal(int)

    def __init__(self, clock: Callable[[], float] = time.monotonic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._keys = PainKeys()
        self._value: int | None = None
        self.value_label = QLabel("–")
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.value_label.setStyleSheet("font-size: 40pt; font-weight: 600;")
        self.value_label.setAccessibleName(self.tr("Pain"))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(PAIN_MIN, PAIN_MAX)
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(1)
        self.slider.setMinimumWidth(360)
        self.slider.setAccessibleName(self.tr("Pain from 0 (none) to 10 (worst)"))
        self.slider.setToolTip(self.tr("Drag, use the arrow keys, or type 0–9 (1 then 0 for 10)"))
        self.slider.valueChanged.connect(self._slider_moved)
        self.slider.sliderReleased.connect(lambda: self._slider_moved(self.slider.value()))
        ends = QHBoxLayout()
        for text, alignment in (
            (self.tr("0  no pain"), Qt.AlignmentFlag.AlignLeft),
            (self.tr("10  worst pain"), Qt.AlignmentFlag.AlignRight),
        ):
            end = QLabel(text)
            end.setProperty("muted", True)
            ends.addWidget(end, 1, alignment)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.value_label)
        layout.addWidget(self.slider)
        layout.addLayout(ends)

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int) -> None:
        self._value = value
        self.value_label.setText(str(value))
        self.slider.blockSignals(True)  # our own move is not a second answer
        self.slider.setValue(value)
        self.slider.blockSignals(False)
        self.changed.emit(value)

    def press_digit(self, digit: int) -> None:
        self.set_value(self._keys.press(digit, self._clock()))

    def clear(self) -> None:
        self._value = None
        self._keys = PainKeys()
        self.value_label.setText("–")
        self.slider.blockSignals(True)
        self.slider.setValue(PAIN_MIN)
        self.slider.blockSignals(False)

    def _slider_moved(self, value: int) -> None:
        self.set_value(value)


class CheckinPanel(QWidget):
    """The question before a session, as a page: ``answered(pain_or_None, symptoms)`` or ``skipped()``.

    Keys: 0–9 (1 then 0 for 10), Enter continues, Esc or S skips, Alt+N/T/W tick a symptom, Alt+E
    ("Something else?") opens the rarer symptoms.
    """

    answered = Signal(object, tuple)
    skipped = Signal()

    def __init__(self, clock: Callable[[], float] = time.monotonic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        title = QLabel(self.tr("How does your upper back feel right now?"))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setWordWrap(True)
        title.setStyleSheet("font-size: 20pt; font-weight: 600;")
        self.routine_label = QLabel()
        self.routine_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.routine_label.setProperty("muted", True)
        self.scale = PainScale(clock)
        symptoms_caption = QLabel(self.tr("Do you have any of these?"))
        self.checklist = SymptomChecklist()
        self.symptom_boxes = self.checklist.boxes
        self.more_button = self.checklist.more_button
        self.more_symptoms = self.checklist.more_symptoms

        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.setToolTip(self.tr("Start without answering (Esc or S)"))
        self.skip_button.setAccessibleName(self.tr("Skip the check-in"))
        self.skip_button.clicked.connect(self.skip)
        self.continue_button = QPushButton(self.tr("Continue"))
        self.continue_button.setProperty("primary", True)
        self.continue_button.setToolTip(self.tr("Save the answer and go on (Enter)"))
        self.continue_button.setAccessibleName(self.tr("Continue"))
        self.continue_button.clicked.connect(self.submit)
        hint = QLabel(self.tr("Type 0–9 (1 then 0 for 10) · Enter to continue · Esc or S to skip"))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setProperty("muted", True)
        hint.setWordWrap(True)  # a long language would widen the window

        questions = QWidget()
        questions_layout = QVBoxLayout(questions)
        questions_layout.setContentsMargins(0, 0, 0, 0)
        questions_layout.setSpacing(16)
        questions_layout.addWidget(title)
        questions_layout.addWidget(self.routine_label)
        questions_layout.addSpacing(8)
        questions_layout.addWidget(self.scale)
        questions_layout.addSpacing(8)
        questions_layout.addWidget(symptoms_caption, 0, Qt.AlignmentFlag.AlignHCenter)
        questions_layout.addWidget(self.checklist)
        # On a small screen the questions scroll (to the focused box); Skip and Continue stay in sight.
        self.questions = ScrollColumn(questions, min_height=_QUESTIONS_MIN_HEIGHT)
        column = QVBoxLayout()
        column.setSpacing(16)
        column.addWidget(self.questions)
        column.addLayout(centred_row(self.skip_button, self.continue_button))
        column.addWidget(hint)
        centre_column(self, column, margin=24)

    def reset(self, routine_name: str = "") -> None:
        """A fresh question (before each session)."""
        self.scale.clear()
        self.checklist.clear()
        self.routine_label.setText(
            self.tr("Before “{name}”").format(name=routine_name) if routine_name else ""
        )

    def symptoms(self) -> tuple[str, ...]:
        return self.checklist.ticked()

    def submit(self) -> None:
        self.answered.emit(self.scale.value(), self.symptoms())

    def skip(self) -> None:
        self.skipped.emit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.setFocus(Qt.FocusReason.OtherFocusReason)  # so that digit keys answer at once

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Children (slider, boxes, buttons) pass on the keys they don't use, so these work anywhere here.
        key = Qt.Key(event.key())
        if key in _DIGIT_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.scale.press_digit(_DIGIT_KEYS[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        elif key in (Qt.Key.Key_Escape, Qt.Key.Key_S) and not event.modifiers():
            self.skip()
        else:
            super().keyPressEvent(event)


class AfterCheckinPanel(QWidget):
    """The question after a session, for the end screen to host; it never holds the screen up.

    Digit keys answer wherever the focus is in the window (except in the note field, which takes
    them as text). ``answered(AfterAnswer)`` comes on Save, or from ``commit()`` when the user leaves
    with an unsaved answer (a symptom ticked or unticked after Save is one). Skip hides the question
    and records nothing.
    """

    answered = Signal(object)
    skipped = Signal()

    def __init__(self, clock: Callable[[], float] = time.monotonic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pending = False
        self._saved: AfterAnswer | None = None  # the answer last sent, while the user may still change it
        self.pain_before: int | None = None
        title = QLabel(self.tr("And now, after the session?"))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.scale = PainScale(clock)
        self.scale.value_label.setStyleSheet("font-size: 24pt; font-weight: 600;")
        self.scale.changed.connect(self._changed)
        self.scale.changed.connect(self._update_rose_note)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("A short note (optional), e.g. “tight after the hills”"))
        self.note_edit.setMaxLength(NOTE_MAX_LENGTH)
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.textEdited.connect(self._changed)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Add the answer to this session in your history"))
        self.save_button.clicked.connect(self.commit)
        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.setToolTip(self.tr("Don't answer this time"))
        self.skip_button.clicked.connect(self._skip)
        row = QHBoxLayout()
        row.addWidget(self.note_edit, 1)
        row.addWidget(self.save_button)
        row.addWidget(self.skip_button)
        self.status_label = QLabel()
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status_label.setProperty("muted", True)
        column = QWidget()
        column.setMaximumWidth(640)  # a slider as wide as a big window is hard to read
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.addWidget(title)
        column_layout.addWidget(self.scale)
        column_layout.addLayout(row)
        column_layout.addWidget(self.status_label)
        column_layout.addWidget(self._build_rose_note())
        # The column takes its full width before the sides get any, so the note's example is read whole.
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(0)
        layout.addWidget(column, 1)
        layout.addStretch(0)
        self._digit_shortcuts: list[QShortcut] = []
        for key, digit in _DIGIT_KEYS.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(lambda digit=digit: self.scale.press_digit(digit))
            self._digit_shortcuts.append(shortcut)

    def _build_rose_note(self) -> QFrame:
        """Shown at once when the pain rose by 2 or more: what to do, and the symptom question again."""
        self.rose_card = QFrame()
        self.rose_card.setObjectName("pain-rose-card")
        self.rose_note = QLabel()
        self.rose_note.setWordWrap(True)
        self.rose_note.setTextFormat(Qt.TextFormat.RichText)
        self.rose_note.setAccessibleName(self.tr("Your pain rose"))
        self.after_symptoms = SymptomChecklist()
        self.after_symptoms.changed.connect(self._update_rose_note)
        self.after_symptoms.changed.connect(self._changed)
        card_layout = QVBoxLayout(self.rose_card)
        card_layout.setContentsMargins(16, 12, 16, 12)
        card_layout.addWidget(self.rose_note)
        card_layout.addWidget(
            QLabel(self.tr("Do you have any of these now?")), 0, Qt.AlignmentFlag.AlignHCenter
        )
        card_layout.addWidget(self.after_symptoms)
        self.rose_card.setVisible(False)
        # Never squeezed below its text: this note must be read in full.
        self.rose_card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        return self.rose_card

    def _update_rose_note(self) -> None:
        after = self.scale.value()
        rose = pain_rose(self.pain_before, after)
        self.rose_card.setVisible(rose)
        if not rose or after is None or self.pain_before is None:
            return
        note = pain_rose_note(after - self.pain_before)
        ticked = self.after_symptoms.ticked()
        if ticked:  # the symptoms' advice comes first: it may be more serious than easing off
            advice = advise(None, ticked)
            note = f"<b>{html.escape(advice.title)}.</b> {html.escape(advice.text)}<br>{html.escape(note)}"
        self.rose_note.setText(note)
        colors = current_colors()
        self.rose_card.setStyleSheet(
            f"QFrame#pain-rose-card {{ background: {colors.warning_background};"
            f" border: 2px solid {colors.warning}; border-radius: 10px; }}"
            f" QFrame#pain-rose-card QLabel {{ color: {colors.text}; background: transparent; }}"
        )

    def reset(self, pain_before: int | None = None) -> None:
        """A fresh question (after each session); ``pain_before`` is the answer before it, if any."""
        self.pain_before = pain_before
        self._saved = None
        self.after_symptoms.clear()
        self.rose_card.setVisible(False)
        self._pending = False
        self.scale.clear()
        self.note_edit.clear()
        self.status_label.clear()
        self._set_open(True)

    def commit(self) -> None:
        """Emit the answer if there is one not yet sent (Save, or the user leaving the end screen)."""
        if not self._pending:
            return
        self._pending = False
        self._saved = self._answer()
        self.answered.emit(self._saved)
        self._show_noted(True)

    def _answer(self) -> AfterAnswer:
        return AfterAnswer(self.scale.value(), self.note_edit.text(), self._symptoms_after())

    def _show_noted(self, noted: bool) -> None:
        self.status_label.setText(self.tr("Thanks, noted.") if noted else "")

    def _symptoms_after(self) -> tuple[str, ...]:
        """The symptoms ticked, while their card is shown: what the user sees is what is kept."""
        return self.after_symptoms.ticked() if pain_rose(self.pain_before, self.scale.value()) else ()

    def _changed(self) -> None:
        answer = self._answer()
        self._pending = (answer.pain_after is not None or answer.note is not None) and answer != self._saved
        if self._saved is not None:  # "Thanks, noted." only while the answer shown is the one saved
            self._show_noted(answer == self._saved)

    def _skip(self) -> None:
        self._pending = False
        self._saved = None
        self._set_open(False)
        self.status_label.setText(self.tr("Skipped."))
        self.skipped.emit()

    def _set_open(self, open_: bool) -> None:
        for widget in (self.scale, self.note_edit, self.after_symptoms, self.save_button, self.skip_button):
            widget.setEnabled(open_)
        for shortcut in self._digit_shortcuts:
            shortcut.setEnabled(open_)
