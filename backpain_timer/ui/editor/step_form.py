"""The fields of the selected step, including a custom (inline) exercise written into the routine."""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from backpain_timer.domain.durations import format_duration
from backpain_timer.domain.routine import (
    DEFAULT_REST_SECONDS,
    DEFAULT_SWITCH_SECONDS,
    MAX_REPS,
    Exercise,
    Sides,
)
from backpain_timer.domain.segment_words import sides_words
from backpain_timer.ui.editor.draft import FieldPath, InlineExerciseDraft, StepDraft, duration_text
from backpain_timer.ui.editor.fields import (
    FieldBox,
    LinesField,
    ProblemLabel,
    duration_field,
    route_undo_keys,
    show_text,
)
from backpain_timer.ui.editor.step_model import step_title
from backpain_timer.ui.editor.step_part import StepPart, action_button
from backpain_timer.ui.form_label import FieldLabel, add_field
from backpain_timer.ui.translations import QT_TRANSLATE_NOOP

SIDES_CHOICES: tuple[tuple[str, str], ...] = (
    ("", QT_TRANSLATE_NOOP("StepForm", "Exercise's default")),
    ("none", QT_TRANSLATE_NOOP("StepForm", "One hold, no sides")),
    ("both", QT_TRANSLATE_NOOP("StepForm", "Both: left, then right")),
    ("left", QT_TRANSLATE_NOOP("StepForm", "Left only")),
    ("right", QT_TRANSLATE_NOOP("StepForm", "Right only")),
)
# Field key in a StepDraft → its path under ("steps", row) in validation problems.
STEP_FIELDS: dict[str, tuple[str, ...]] = {
    "exercise": ("exercise",),
    "hold": ("hold",),
    "reps": ("reps",),
    "sides": ("sides",),
    "rest": ("rest",),
    "switch": ("switch",),
    "note": ("note",),
    "breathe": ("breathe",),
}
INLINE_FIELDS = ("name", "instructions", "cues", "caution")


def inline_copy(exercise: Exercise | None) -> InlineExerciseDraft:
    """A custom exercise to start from: a copy of the library one's texts, or blank."""
    if exercise is None:
        return InlineExerciseDraft(name="Custom exercise")
    return InlineExerciseDraft(
        name=exercise.name,
        instructions="\n".join(exercise.instructions),
        cues="\n".join(exercise.cues),
        caution=exercise.caution,
    )


class StepForm(StepPart):
    """Edits the step at ``row``; ``choose_exercise`` asks the user for a library id."""

    def _build(self) -> None:
        self.row: int | None = None

        self.exercise_name = QLabel()
        self.exercise_name.setWordWrap(True)
        self.change_exercise = action_button(
            self.tr("Change…"), self.tr("Pick another exercise from the library"), self._pick
        )
        self.make_custom = action_button(
            self.tr("Make custom"),
            self.tr("Write your own name, instructions, cues and caution for this step"),
            self._to_custom,
        )
        exercise_row = QHBoxLayout()
        exercise_row.setContentsMargins(0, 0, 0, 0)
        exercise_row.addWidget(self.exercise_name, 1)
        exercise_row.addWidget(self.change_exercise)
        exercise_row.addWidget(self.make_custom)
        exercise_widget = QWidget()
        exercise_widget.setLayout(exercise_row)

        self.inline_name = QLineEdit()
        self.inline_instructions = LinesField(self.tr("One instruction per line"), lines=3)
        self.inline_cues = LinesField(self.tr("One cue per line"), lines=2)
        self.inline_caution = QLineEdit()
        self.inline_caution.setPlaceholderText(self.tr("When to stop or take care"))
        self.inline_name.textEdited.connect(lambda text: self._set_inline("name", text))
        self.inline_instructions.edited.connect(lambda text: self._set_inline("instructions", text))
        self.inline_cues.edited.connect(lambda text: self._set_inline("cues", text))
        self.inline_caution.textEdited.connect(lambda text: self._set_inline("caution", text))
        self.inline_boxes = {
            "name": FieldBox(self.inline_name),
            "instructions": FieldBox(self.inline_instructions),
            "cues": FieldBox(self.inline_cues),
            "caution": FieldBox(self.inline_caution),
        }
        self.inline_group = QGroupBox(self.tr("Custom exercise"))
        inline_form = QFormLayout(self.inline_group)
        add_field(inline_form, self.tr("Name"), self.inline_name, self.inline_boxes["name"])
        inline_form.addRow(self.tr("Instructions"), self.inline_boxes["instructions"])
        inline_form.addRow(self.tr("Cues"), self.inline_boxes["cues"])
        add_field(inline_form, self.tr("Caution"), self.inline_caution, self.inline_boxes["caution"])

        self.hold = duration_field(self.tr("e.g. 45s or 1:30"))
        self.hold.textEdited.connect(lambda text: self._set("hold", text, typing=True))
        self.reps = QSpinBox()
        self.reps.setRange(1, MAX_REPS)
        self.reps.setMinimumWidth(80)
        self.reps.valueChanged.connect(lambda value: self._set("reps", value, typing=True))
        self.sides = QComboBox()
        self.sides.setMaximumWidth(320)
        for value, label in SIDES_CHOICES:
            self.sides.addItem(self.tr(label), value)
        self.sides.activated.connect(lambda index: self._set("sides", self.sides.itemData(index)))
        self.rest = duration_field("")
        self.rest.textEdited.connect(lambda text: self._set("rest", text, typing=True))
        self.switch = duration_field("")
        self.switch.textEdited.connect(lambda text: self._set("switch", text, typing=True))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Shown during the step, e.g. Breathe into your back"))
        self.note.textEdited.connect(lambda text: self._set("note", text, typing=True))
        self.inhale = duration_field(self.tr("in, e.g. 4s"))
        self.inhale.textEdited.connect(lambda text: self._set("inhale", text, typing=True))
        self.exhale = duration_field(self.tr("out, e.g. 6s"))
        self.exhale.textEdited.connect(lambda text: self._set("exhale", text, typing=True))
        breathe_row = QHBoxLayout()
        breathe_row.setContentsMargins(0, 0, 0, 0)
        breathe_row.addWidget(self.inhale)
        breathe_row.addWidget(self.exhale)
        breathe_row.addStretch()
        breathe_widget = QWidget()
        breathe_widget.setLayout(breathe_row)

        # A label names one field of a pair, or none (a box of lines): name each field for screen readers.
        for field, name in (
            (self.inline_name, self.tr("Custom exercise name")),
            (self.inline_caution, self.tr("Custom exercise caution")),
            (self.hold, self.tr("Hold")),
            (self.reps, self.tr("Reps")),
            (self.sides, self.tr("Sides")),
            (self.rest, self.tr("Rest after this step")),
            (self.switch, self.tr("Switch time")),
            (self.note, self.tr("Note")),
            (self.inhale, self.tr("Breathe in")),
            (self.exhale, self.tr("Breathe out")),
        ):
            field.setAccessibleName(name)

        widgets: dict[str, QWidget] = {
            "exercise": exercise_widget,
            "hold": self.hold,
            "reps": self.reps,
            "sides": self.sides,
            "rest": self.rest,
            "switch": self.switch,
            "note": self.note,
            "breathe": breathe_widget,
        }
        self.boxes = {key: FieldBox(widget) for key, widget in widgets.items()}
        self.step_problem = ProblemLabel()
        self.empty = QLabel(self.tr("Select a step, or add one from the library."))
        self.empty.setProperty("muted", True)

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        add_field(form, self.tr("Exercise"), self.change_exercise, self.boxes["exercise"])
        form.addRow(self.inline_group)
        # Two fields share a row where they belong together, so the plan below keeps room.
        hold_pair = self._pair(self.boxes["hold"], self.tr("Re&ps"), self.boxes["reps"])
        add_field(form, self.tr("&Hold"), self.hold, hold_pair)
        add_field(form, self.tr("Si&des"), self.sides, self.boxes["sides"])
        rest_pair = self._pair(self.boxes["rest"], self.tr("Switch time"), self.boxes["switch"])
        add_field(form, self.tr("Rest after"), self.rest, rest_pair)
        add_field(form, self.tr("N&ote"), self.note, self.boxes["note"])
        add_field(form, self.tr("Breathe"), self.inhale, self.boxes["breathe"])
        self.fields_widget = QWidget()
        self.fields_widget.setLayout(form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.step_problem)
        layout.addWidget(self.fields_widget)
        layout.addStretch()
        route_undo_keys(
            self,
            self.inline_name,
            self.inline_instructions,
            self.inline_cues,
            self.inline_caution,
            self.hold,
            self.reps,
            self.reps.lineEdit(),
            self.rest,
            self.switch,
            self.note,
            self.inhale,
            self.exhale,
        )

    @staticmethod
    def _pair(first: FieldBox, caption: str, second: FieldBox) -> QWidget:
        label = FieldLabel(caption, second.field)  # level with the field, as the form's labels
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(first, 0, Qt.AlignmentFlag.AlignTop)
        row.addSpacing(12)
        row.addWidget(label, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(second, 0, Qt.AlignmentFlag.AlignTop)
        row.addStretch()
        widget = QWidget()
        widget.setLayout(row)
        return widget

    # --- edits --------------------------------------------------------------------------------------

    def _set(self, name: str, value: object, *, typing: bool = False) -> None:
        if self.row is not None:
            self.document.set_step_field(self.row, name, value, typing=typing)

    def _step(self) -> StepDraft | None:
        return None if self.row is None else self.document.steps[self.row]

    def _set_inline(self, key: str, text: str) -> None:
        step = self._step()
        if step is not None and isinstance(step.exercise, InlineExerciseDraft):
            change: dict[str, Any] = {key: text}
            self._set("exercise", replace(step.exercise, **change), typing=True)

    def _pick(self) -> None:
        exercise_id = self.choose_exercise()
        if exercise_id is not None:
            self._set("exercise", exercise_id)

    def _to_custom(self) -> None:
        step = self._step()
        if step is not None and isinstance(step.exercise, str):
            self._set("exercise", inline_copy(self.document.exercises.get(step.exercise)))
            self.inline_name.setFocus()

    # --- showing the document -------------------------------------------------------------------------

    def field_paths(self) -> list[FieldPath]:
        if self.row is None:
            return []
        base: FieldPath = ("steps", self.row)
        paths = [(*base, *suffix) for suffix in STEP_FIELDS.values()]
        paths += [(*base, "exercise", key) for key in INLINE_FIELDS]
        return paths

    def show_step(self, row: int | None) -> None:
        self.row = row if row is not None and 0 <= row < len(self.document.steps) else None
        step = self._step()
        self.empty.setVisible(step is None)
        self.fields_widget.setVisible(step is not None)
        if step is None:
            self.step_problem.show_problems([])
            return
        exercises = self.document.exercises
        inline = step.exercise if isinstance(step.exercise, InlineExerciseDraft) else None
        library_exercise = exercises.get(step.exercise) if isinstance(step.exercise, str) else None
        title = f"<b>{html.escape(step_title(step, exercises))}</b>"
        self.exercise_name.setText(self.tr("{exercise} (custom)").format(exercise=title) if inline else title)
        self.make_custom.setVisible(inline is None)
        self.change_exercise.setText(self.tr("Use a library exercise…") if inline else self.tr("Change…"))
        self.inline_group.setVisible(inline is not None)
        if inline is not None:
            show_text(self.inline_name, inline.name)
            self.inline_instructions.show_text(inline.instructions)
            self.inline_cues.show_text(inline.cues)
            show_text(self.inline_caution, inline.caution)

        default_hold = library_exercise.hold if library_exercise is not None else None
        self.hold.setPlaceholderText(
            self.tr("default {hold}").format(hold=format_duration(default_hold))
            if default_hold is not None
            else self.tr("e.g. 45s or 1:30")
        )
        show_text(self.hold, step.hold)
        if self.reps.value() != step.reps:
            self.reps.blockSignals(True)
            self.reps.setValue(step.reps)
            self.reps.blockSignals(False)
        default_sides = library_exercise.sides if library_exercise and library_exercise.sides else Sides.NONE
        sides_label = sides_words(default_sides) or self.tr("no sides")  # "left and right", "left side"
        self.sides.setItemText(0, self.tr("Exercise's default ({sides})").format(sides=sides_label))
        self.sides.setCurrentIndex(max(0, self.sides.findData(step.sides)))
        draft = self.document.draft
        routine_rest = duration_text(draft.rest) or format_duration(DEFAULT_REST_SECONDS)
        routine_switch = duration_text(draft.switch) or format_duration(DEFAULT_SWITCH_SECONDS)
        self.rest.setPlaceholderText(self.tr("routine's ({time})").format(time=routine_rest))
        self.switch.setPlaceholderText(self.tr("routine's ({time})").format(time=routine_switch))
        show_text(self.rest, step.rest)
        show_text(self.switch, step.switch)
        show_text(self.note, step.note)
        show_text(self.inhale, step.inhale)
        show_text(self.exhale, step.exhale)

    def show_problems(self, routed: Mapping[FieldPath, list[str]]) -> None:
        if self.row is None:
            return
        base: FieldPath = ("steps", self.row)
        self.step_problem.show_problems(routed.get(base, []))
        for key, suffix in STEP_FIELDS.items():
            self.boxes[key].problem.show_problems(routed.get((*base, *suffix), []))
        for key, box in self.inline_boxes.items():
            box.problem.show_problems(routed.get((*base, "exercise", key), []))
