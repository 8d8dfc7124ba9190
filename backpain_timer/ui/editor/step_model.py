"""The steps of the routine being edited, as a list model; drag-and-drop reorders through the document."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtWidgets import QApplication, QStyle

from backpain_timer.domain.durations import format_duration
from backpain_timer.domain.routine import Exercise, Sides
from backpain_timer.domain.segment_words import sides_words
from backpain_timer.ui.editor.document import RoutineDocument
from backpain_timer.ui.editor.draft import InlineExerciseDraft, StepDraft, route_problems
from backpain_timer.ui.table_model import AnyIndex

STEP_ROW_MIME = "application/x-backpain-timer-step-row"


def step_title(step: StepDraft, exercises: Mapping[str, Exercise]) -> str:
    if isinstance(step.exercise, InlineExerciseDraft):
        return step.exercise.name.strip() or QCoreApplication.translate("StepList", "Custom exercise")
    known = exercises.get(step.exercise)
    if known is not None:
        return known.name
    return step.exercise or QCoreApplication.translate("StepList", "No exercise")


def step_summary(step: StepDraft, exercises: Mapping[str, Exercise]) -> str:
    """ "45s × 2 · both sides": what the step does, with the exercise's defaults where the step has none."""
    exercise = exercises.get(step.exercise) if isinstance(step.exercise, str) else None
    hold = step.hold.strip()
    if not hold and exercise is not None and exercise.hold is not None:
        hold = format_duration(exercise.hold)
    parts = [hold or QCoreApplication.translate("StepList", "no hold time")]
    if step.reps != 1:
        parts[0] += f" × {step.reps}"
    sides = step.sides or (exercise.sides.value if exercise is not None and exercise.sides else "")
    if sides in ("both", "left", "right"):
        parts.append(sides_words(Sides(sides)))
    return " · ".join(parts)


class StepListModel(QAbstractListModel):
    """One row per step: "2. Child's pose — 45s × 2 · both sides", a warning icon and tooltip on problems."""

    def __init__(self, document: RoutineDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._problems: dict[int, list[str]] = {}
        document.step_about_to_insert.connect(lambda row: self.beginInsertRows(QModelIndex(), row, row))
        document.step_inserted.connect(self.endInsertRows)
        document.step_about_to_remove.connect(lambda row: self.beginRemoveRows(QModelIndex(), row, row))
        document.step_removed.connect(self.endRemoveRows)
        document.step_about_to_move.connect(self._begin_move)
        document.step_moved.connect(self.endMoveRows)
        document.about_to_reset.connect(self.beginResetModel)
        document.reset_done.connect(self.endResetModel)
        document.changed.connect(self._refresh)
        self._route()

    def _begin_move(self, from_row: int, to_row: int) -> None:
        # Qt counts the destination before the move: moving down lands before the row after to_row.
        destination = to_row + 1 if to_row > from_row else to_row
        self.beginMoveRows(QModelIndex(), from_row, from_row, QModelIndex(), destination)

    def _route(self) -> None:
        rows = range(len(self.document.steps))
        routed = route_problems(self.document.validation.problems, [("steps", row) for row in rows])
        self._problems = {int(path[1]): messages for path, messages in routed.items() if path}

    def _refresh(self) -> None:
        self._route()
        if self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))

    def problems_of(self, row: int) -> list[str]:
        return self._problems.get(row, [])

    # --- QAbstractListModel -------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.document.steps)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.document.steps):
            return None
        row = index.row()
        step = self.document.steps[row]
        exercises = self.document.exercises
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row + 1}. {step_title(step, exercises)}  —  {step_summary(step, exercises)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(self.problems_of(row)) or None
        if role == Qt.ItemDataRole.DecorationRole and self.problems_of(row):
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return "; ".join(self.problems_of(row)) or None
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drop between rows, never onto one
        return super().flags(index) | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [STEP_ROW_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({index.row() for index in indexes if index.isValid()})
        if rows:
            data.setData(STEP_ROW_MIME, QByteArray(str(rows[0]).encode("ascii")))
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(STEP_ROW_MIME):
            return False
        try:
            from_row = int(bytes(data.data(STEP_ROW_MIME).data()).decode("ascii"))
        except ValueError:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else self.rowCount()
        to_row = row - 1 if row > from_row else row
        self.document.move_step(from_row, to_row)
        # False: the move is done (as one undoable command); the view must not remove the source row.
        return False
