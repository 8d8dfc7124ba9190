"""The list of steps with its buttons: add from the library or custom, duplicate, remove, move (Alt+Up/Down)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QListView, QVBoxLayout, QWidget

from backpain_timer.ui.editor.draft import StepDraft
from backpain_timer.ui.editor.fields import ProblemLabel
from backpain_timer.ui.editor.step_form import inline_copy
from backpain_timer.ui.editor.step_model import StepListModel
from backpain_timer.ui.editor.step_part import StepPart, action_button
from backpain_timer.ui.flow_layout import FlowLayout

CUSTOM_HOLD = "30s"


class StepsPanel(StepPart):
    current_row_changed = Signal()

    def _build(self) -> None:
        self.model = StepListModel(self.document, self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragDropOverwriteMode(False)
        self.view.setDropIndicatorShown(True)
        self.view.setAccessibleName(self.tr("Steps"))
        self.view.setStyleSheet("QListView::item { padding: 5px 4px; }")
        self.view.setToolTip(self.tr("Drag a step, or use Alt+Up and Alt+Down, to change the order"))
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.current_row_changed.emit())
        self.current_row_changed.connect(self._update_buttons)
        self.problem = ProblemLabel()

        self.add_button = action_button(
            self.tr("&Add exercise…"), self.tr("Pick an exercise from the library"), self.add_from_library
        )
        self.add_button.setProperty("primary", True)
        self.custom_button = action_button(
            self.tr("Add &custom"), self.tr("A step with your own exercise"), self.add_custom
        )
        self.duplicate_button = action_button(
            self.tr("D&uplicate"), self.tr("Copy the selected step"), self.duplicate
        )
        self.remove_button = action_button(
            self.tr("&Remove"), self.tr("Remove the selected step (Delete)"), self.remove
        )
        self.up_button = action_button(
            self.tr("Move up"), self.tr("Move the selected step up (Alt+Up)"), lambda: self.move_selected(-1)
        )
        self.down_button = action_button(
            self.tr("Move down"),
            self.tr("Move the selected step down (Alt+Down)"),
            lambda: self.move_selected(1),
        )
        self._shortcut("Alt+Up", lambda: self.move_selected(-1))
        self._shortcut("Alt+Down", lambda: self.move_selected(1))
        self._shortcut("Delete", self.remove, on=self.view)

        buttons = FlowLayout()  # they wrap in a narrow window
        for button in (
            self.add_button,
            self.custom_button,
            self.duplicate_button,
            self.up_button,
            self.down_button,
            self.remove_button,
        ):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.document.changed.connect(self._update_buttons)
        self._update_buttons()

    def _shortcut(self, keys: str, slot: Callable[[], None], on: QWidget | None = None) -> None:
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        # Only while the steps list or its buttons have focus: Alt+Down opens a combo box elsewhere.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        (on or self).addAction(action)

    # --- selection ----------------------------------------------------------------------------------

    def current_row(self) -> int | None:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else None

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
            self.view.selectionModel().setCurrentIndex(self.model.index(row), flags)
        else:
            self.view.selectionModel().setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)

    def _update_buttons(self) -> None:
        row = self.current_row()
        count = self.model.rowCount()
        for button in (self.duplicate_button, self.remove_button):
            button.setEnabled(row is not None)
        self.up_button.setEnabled(row is not None and row > 0)
        self.down_button.setEnabled(row is not None and row < count - 1)

    # --- actions --------------------------------------------------------------------------------------

    def _insertion_row(self) -> int:
        row = self.current_row()
        return self.model.rowCount() if row is None else row + 1

    def add_from_library(self) -> None:
        exercise_id = self.choose_exercise()
        if exercise_id is not None:
            self._insert(StepDraft(exercise=exercise_id))

    def add_custom(self) -> None:
        self._insert(StepDraft(exercise=inline_copy(None), hold=CUSTOM_HOLD), self.tr("Add custom step"))

    def _insert(self, step: StepDraft, text: str | None = None) -> None:
        row = self._insertion_row()
        self.document.insert_step(row, step, text)
        self.select_row(row)

    def duplicate(self) -> None:
        row = self.current_row()
        if row is not None:
            self.document.duplicate_step(row)
            self.select_row(row + 1)

    def remove(self) -> None:
        row = self.current_row()
        if row is not None:
            self.document.remove_step(row)
            self.select_row(min(row, self.model.rowCount() - 1))

    def move_selected(self, offset: int) -> None:
        row = self.current_row()
        if row is not None:
            self.document.move_step(row, row + offset)  # the selection follows the moved row
