"""What the step list and the step form share: the document they edit, the way to ask for an exercise,
and their buttons (a word, a tooltip, an action)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QPushButton, QWidget

from backpain_timer.ui.editor.document import RoutineDocument


def action_button(text: str, tip: str, slot: Callable[[], None]) -> QPushButton:
    button = QPushButton(text)
    button.setToolTip(tip)
    button.clicked.connect(slot)
    return button


class StepPart(QWidget):
    """A part of the steps' editor: edits ``document``; ``choose_exercise`` asks the user for a library id."""

    def __init__(
        self,
        document: RoutineDocument,
        choose_exercise: Callable[[], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.choose_exercise = choose_exercise
        self._build()

    def _build(self) -> None:
        """The part's own widgets, built once the document and the chooser are in place."""
        raise NotImplementedError
