"""Small field widgets of the editor: text that reports user edits only, and a problem line under a field.

Undo and redo belong to the document, not to each text box: the keys are passed on to the window's
actions (``route_undo_keys``), so Ctrl+Z undoes the last change wherever the focus is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget

UNDO_KEYS = (QKeySequence("Ctrl+Z"),)
REDO_KEYS = (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"))


class _UndoKeysToWindow(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            if any(
                pressed.matches(keys) == QKeySequence.SequenceMatch.ExactMatch
                for keys in UNDO_KEYS + REDO_KEYS
            ):
                event.ignore()  # not overridden: the window's undo/redo shortcut fires instead
                return True
        return False


def route_undo_keys(owner: QWidget, *widgets: QWidget) -> None:
    """Let Ctrl+Z / Ctrl+Shift+Z in these text widgets reach the editor's undo stack."""
    keys_filter = owner.findChild(_UndoKeysToWindow) or _UndoKeysToWindow(owner)
    for widget in widgets:
        widget.installEventFilter(keys_filter)
        if isinstance(widget, QPlainTextEdit):
            widget.setUndoRedoEnabled(False)


def show_text(field: QLineEdit, text: str) -> None:
    """Show the document's value; left alone when equal so the cursor stays where the user types."""
    if field.text() != text:
        field.setText(text)


class LinesField(QPlainTextEdit):
    """Multi-line text; ``edited`` only for the user's own changes."""

    edited = Signal(str)

    def __init__(self, placeholder: str = "", lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self._showing = False
        height = self.fontMetrics().lineSpacing() * lines + 16
        self.setFixedHeight(height)
        self.textChanged.connect(self._changed)

    def _changed(self) -> None:
        if not self._showing:
            self.edited.emit(self.toPlainText())

    def show_text(self, text: str) -> None:
        if self.toPlainText() == text:
            return
        self._showing = True
        try:
            self.setPlainText(text)
            self.moveCursor(self.textCursor().MoveOperation.End)
        finally:
            self._showing = False


class ProblemLabel(QLabel):
    """The validator's words for one field, in the warning colour; hidden when there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("problem", True)
        self.setWordWrap(True)
        self.setMinimumWidth(240)  # a message under a short duration field still reads as a sentence
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.hide()

    def show_problems(self, messages: list[str]) -> None:
        self.setText("\n".join(messages))
        self.setVisible(bool(messages))


class FieldBox(QWidget):
    """A field with its problem line right under it."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.problem = ProblemLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(self.problem)


def duration_field(placeholder: str) -> QLineEdit:
    field = QLineEdit()
    field.setPlaceholderText(placeholder)
    field.setToolTip(
        QCoreApplication.translate(
            "EditorFields", "Seconds (45), minutes and seconds (1:30) or units (1m30s)"
        )
    )
    field.setMaximumWidth(170)
    return field
