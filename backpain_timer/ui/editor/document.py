"""One routine being edited, and the QUndoCommands that change it.

Views never change the draft themselves: they call the intent methods here, which push a command on
the document's undo stack; commands apply the change and the document announces it. So every change,
including reorder, can be undone, and undo/redo update every view the same way.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from backpain_timer.domain.routine import Exercise
from backpain_timer.domain.slug import slugify
from backpain_timer.ui.editor.draft import RoutineDraft, StepDraft, Validation, validate
from backpain_timer.ui.translations import QT_TRANSLATE_NOOP

_MERGE_ROUTINE_FIELD = 1
_MERGE_STEP_FIELD = 2


class RoutineDocument(QObject):
    """The draft, its validation (fresh after every change) and the undo stack that edits it.

    Row signals come in pairs around a change ("about to" before, the plain one after) so a Qt model
    can call its begin/end methods; ``changed`` follows every change, when ``validation`` is fresh.
    """

    changed = Signal()
    step_about_to_insert = Signal(int)
    step_inserted = Signal()
    step_about_to_remove = Signal(int)
    step_removed = Signal()
    step_about_to_move = Signal(int, int)  # from row, to row (its index after the move)
    step_moved = Signal()
    about_to_reset = Signal()
    reset_done = Signal()

    def __init__(
        self,
        draft: RoutineDraft,
        exercises: Mapping[str, Exercise],
        *,
        routine_id: str | None = None,
        base_dir: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.exercises = exercises
        self.routine_id = routine_id  # None until a new routine is first saved
        self.base_dir = base_dir
        self.undo_stack = QUndoStack(self)
        self._draft = draft
        self.validation = self._validate()

    @property
    def draft(self) -> RoutineDraft:
        return self._draft

    @property
    def steps(self) -> tuple[StepDraft, ...]:
        return self._draft.steps

    def row_of(self, uid: int) -> int:
        return next(row for row, step in enumerate(self._draft.steps) if step.uid == uid)

    def is_clean(self) -> bool:
        return self.undo_stack.isClean()

    def mark_saved(self) -> None:
        self.undo_stack.setClean()

    def _validate(self) -> Validation:
        routine_id = self.routine_id or slugify(self._draft.name)
        return validate(self._draft, routine_id=routine_id, exercises=self.exercises, base_dir=self.base_dir)

    def _set_draft(self, draft: RoutineDraft) -> None:
        self._draft = draft
        self.validation = self._validate()

    # --- intents (each pushes one undoable command) ---------------------------------------------------

    def set_routine_field(self, name: str, value: Any, *, typing: bool = False) -> None:
        """``typing``: merge with the previous edit of this field, so undo takes back a word, not a key."""
        if getattr(self._draft, name) != value:
            self.undo_stack.push(SetRoutineField(self, name, value, typing))

    def set_step_field(self, row: int, name: str, value: Any, *, typing: bool = False) -> None:
        step = self._draft.steps[row]
        if getattr(step, name) != value:
            self.undo_stack.push(SetStepField(self, step.uid, name, value, typing))

    def insert_step(self, row: int, step: StepDraft, text: str | None = None) -> None:
        """``text`` names the change in the Edit menu ("Add step" unless said)."""
        text = text or QCoreApplication.translate("EditorUndo", "Add step")
        self.undo_stack.push(InsertStep(self, row, step, text))

    def duplicate_step(self, row: int) -> None:
        self.insert_step(
            row + 1,
            replace(self._draft.steps[row], uid=StepDraft("").uid),
            QCoreApplication.translate("EditorUndo", "Duplicate step"),
        )

    def remove_step(self, row: int) -> None:
        self.undo_stack.push(RemoveStep(self, row))

    def move_step(self, from_row: int, to_row: int) -> None:
        if from_row != to_row and 0 <= to_row < len(self._draft.steps):
            self.undo_stack.push(MoveStep(self, from_row, to_row))

    def replace_all(self, draft: RoutineDraft, base_dir: Path | None) -> None:
        """Take a new draft (the file was reloaded): not undoable, so the history starts again."""
        self.about_to_reset.emit()
        self.base_dir = base_dir
        self._set_draft(draft)
        self.undo_stack.clear()
        self.reset_done.emit()
        self.changed.emit()

    # --- used by the commands -------------------------------------------------------------------------

    def _apply_routine_field(self, name: str, value: Any) -> None:
        self._set_draft(replace(self._draft, **{name: value}))
        self.changed.emit()

    def _apply_step_field(self, uid: int, name: str, value: Any) -> int:
        row = self.row_of(uid)
        steps = list(self._draft.steps)
        steps[row] = replace(steps[row], **{name: value})
        self._set_draft(replace(self._draft, steps=tuple(steps)))
        self.changed.emit()
        return row

    def _apply_insert(self, row: int, step: StepDraft) -> None:
        self.step_about_to_insert.emit(row)
        steps = list(self._draft.steps)
        steps.insert(row, step)
        self._set_draft(replace(self._draft, steps=tuple(steps)))
        self.step_inserted.emit()
        self.changed.emit()

    def _apply_remove(self, row: int) -> StepDraft:
        self.step_about_to_remove.emit(row)
        steps = list(self._draft.steps)
        removed = steps.pop(row)
        self._set_draft(replace(self._draft, steps=tuple(steps)))
        self.step_removed.emit()
        self.changed.emit()
        return removed

    def _apply_move(self, from_row: int, to_row: int) -> None:
        self.step_about_to_move.emit(from_row, to_row)
        steps = list(self._draft.steps)
        steps.insert(to_row, steps.pop(from_row))
        self._set_draft(replace(self._draft, steps=tuple(steps)))
        self.step_moved.emit()
        self.changed.emit()


_LABELS = {
    "name": QT_TRANSLATE_NOOP("EditorUndo", "name"),
    "description": QT_TRANSLATE_NOOP("EditorUndo", "description"),
    "tags": QT_TRANSLATE_NOOP("EditorUndo", "tags"),
    "prepare": QT_TRANSLATE_NOOP("EditorUndo", "prepare time"),
    "rest": QT_TRANSLATE_NOOP("EditorUndo", "rest time"),
    "switch": QT_TRANSLATE_NOOP("EditorUndo", "switch time"),
    "exercise": QT_TRANSLATE_NOOP("EditorUndo", "exercise"),
    "hold": QT_TRANSLATE_NOOP("EditorUndo", "hold"),
    "reps": QT_TRANSLATE_NOOP("EditorUndo", "reps"),
    "sides": QT_TRANSLATE_NOOP("EditorUndo", "sides"),
    "note": QT_TRANSLATE_NOOP("EditorUndo", "note"),
    "inhale": QT_TRANSLATE_NOOP("EditorUndo", "breathe in"),
    "exhale": QT_TRANSLATE_NOOP("EditorUndo", "breathe out"),
}


def _label(name: str) -> str:
    """A field's name as the Edit menu says it ("Change rest time")."""
    return QCoreApplication.translate("EditorUndo", _LABELS[name]) if name in _LABELS else name


class SetRoutineField(QUndoCommand):
    def __init__(self, document: RoutineDocument, name: str, value: Any, typing: bool) -> None:
        super().__init__(
            QCoreApplication.translate("EditorUndo", "Change {field}").format(field=_label(name))
        )
        self.document = document
        self.name = name
        self.old = getattr(document.draft, name)
        self.new = value
        self.typing = typing

    def id(self) -> int:
        return _MERGE_ROUTINE_FIELD

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, SetRoutineField) and self.typing and other.typing and other.name == self.name
        ):
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True

    def redo(self) -> None:
        self.document._apply_routine_field(self.name, self.new)

    def undo(self) -> None:
        self.document._apply_routine_field(self.name, self.old)


class SetStepField(QUndoCommand):
    def __init__(self, document: RoutineDocument, uid: int, name: str, value: Any, typing: bool) -> None:
        super().__init__(
            QCoreApplication.translate("EditorUndo", "Change step {field}").format(field=_label(name))
        )
        self.document = document
        self.uid = uid
        self.name = name
        self.old = getattr(document.steps[document.row_of(uid)], name)
        self.new = value
        self.typing = typing

    def id(self) -> int:
        return _MERGE_STEP_FIELD

    def mergeWith(self, other: QUndoCommand) -> bool:
        same_field = isinstance(other, SetStepField) and (other.uid, other.name) == (self.uid, self.name)
        if not (same_field and self.typing and isinstance(other, SetStepField) and other.typing):
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True

    def redo(self) -> None:
        self.document._apply_step_field(self.uid, self.name, self.new)

    def undo(self) -> None:
        self.document._apply_step_field(self.uid, self.name, self.old)


class InsertStep(QUndoCommand):
    def __init__(self, document: RoutineDocument, row: int, step: StepDraft, text: str) -> None:
        super().__init__(text)
        self.document = document
        self.row = row
        self.step = step

    def redo(self) -> None:
        self.document._apply_insert(self.row, self.step)

    def undo(self) -> None:
        self.document._apply_remove(self.row)


class RemoveStep(QUndoCommand):
    def __init__(self, document: RoutineDocument, row: int) -> None:
        super().__init__(QCoreApplication.translate("EditorUndo", "Remove step"))
        self.document = document
        self.row = row
        self.step = document.steps[row]

    def redo(self) -> None:
        self.document._apply_remove(self.row)

    def undo(self) -> None:
        self.document._apply_insert(self.row, self.step)


class MoveStep(QUndoCommand):
    def __init__(self, document: RoutineDocument, from_row: int, to_row: int) -> None:
        super().__init__(QCoreApplication.translate("EditorUndo", "Move step"))
        self.document = document
        self.from_row = from_row
        self.to_row = to_row

    def redo(self) -> None:
        self.document._apply_move(self.from_row, self.to_row)

    def undo(self) -> None:
        self.document._apply_move(self.to_row, self.from_row)
