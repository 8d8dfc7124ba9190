"""The routine's own fields: name, description, tags (common ones as toggles, others free), timings."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backpain_timer.domain.durations import format_duration
from backpain_timer.domain.routine import (
    DEFAULT_PREPARE_SECONDS,
    DEFAULT_REST_SECONDS,
    DEFAULT_SWITCH_SECONDS,
)
from backpain_timer.ui.editor.document import RoutineDocument
from backpain_timer.ui.editor.draft import FieldPath
from backpain_timer.ui.editor.fields import FieldBox, LinesField, duration_field, route_undo_keys, show_text
from backpain_timer.ui.flow_layout import FlowLayout
from backpain_timer.ui.form_label import add_field
from backpain_timer.ui.tags import EDITOR_TAGS, tag_chips
from backpain_timer.ui.translations import QT_TRANSLATE_NOOP

_COMMON = frozenset(EDITOR_TAGS)
# (field, caption, accessible name, tooltip with the default, default seconds); texts in "RoutineForm".
TIMINGS: tuple[tuple[str, str, str, str, float], ...] = (
    (
        "prepare",
        QT_TRANSLATE_NOOP("RoutineForm", "Get ready"),
        QT_TRANSLATE_NOOP("RoutineForm", "Get ready time"),
        QT_TRANSLATE_NOOP("RoutineForm", "Get ready time before the first hold. Empty: {default}."),
        DEFAULT_PREPARE_SECONDS,
    ),
    (
        "rest",
        QT_TRANSLATE_NOOP("RoutineForm", "Rest"),
        QT_TRANSLATE_NOOP("RoutineForm", "Rest time"),
        QT_TRANSLATE_NOOP("RoutineForm", "Rest time after each step. Empty: {default}."),
        DEFAULT_REST_SECONDS,
    ),
    (
        "switch",
        QT_TRANSLATE_NOOP("RoutineForm", "Switch"),
        QT_TRANSLATE_NOOP("RoutineForm", "Switch time"),
        QT_TRANSLATE_NOOP("RoutineForm", "Switch time between two holds of a step. Empty: {default}."),
        DEFAULT_SWITCH_SECONDS,
    ),
)


def free_tags(text: str) -> tuple[str, ...]:
    return tuple(tag.strip() for tag in text.split(",") if tag.strip())


class RoutineForm(QWidget):
    FIELDS: tuple[FieldPath, ...] = (
        ("name",),
        ("description",),
        ("tags",),
        ("prepare",),
        ("rest",),
        ("switch",),
    )

    def __init__(self, document: RoutineDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Evening unwind"))
        self.name.textEdited.connect(lambda text: document.set_routine_field("name", text, typing=True))
        self.description = LinesField(self.tr("What it is for, when to do it"), lines=3)
        self.description.edited.connect(
            lambda text: document.set_routine_field("description", text, typing=True)
        )

        self.chips: dict[str, QPushButton] = {}
        chip_flow = FlowLayout(spacing=6)  # chips wrap: the editor fits a narrow window
        for label, tag in tag_chips(EDITOR_TAGS):
            chip = QPushButton(label)
            chip.setCheckable(True)
            chip.setProperty("chip", True)
            chip.clicked.connect(lambda checked, tag=tag: self._toggle(tag, checked))
            chip_flow.addWidget(chip)
            self.chips[tag] = chip
        self.other_tags = QLineEdit()
        self.other_tags.setPlaceholderText(self.tr("Other tags, separated by commas"))
        self.other_tags.textEdited.connect(self._other_tags_edited)
        tags_column = QVBoxLayout()
        tags_column.setContentsMargins(0, 0, 0, 0)
        tags_column.addLayout(chip_flow)
        tags_column.addWidget(self.other_tags)
        tags_widget = QWidget()
        tags_widget.setLayout(tags_column)

        self.timings: dict[str, QLineEdit] = {}
        self.boxes: dict[FieldPath, FieldBox] = {
            ("name",): FieldBox(self.name),
            ("description",): FieldBox(self.description),
            ("tags",): FieldBox(tags_widget),
        }
        # Captions above their fields; a caption that wraps ("Bereit machen") keeps the fields in line.
        timing_row = QGridLayout()
        timing_row.setContentsMargins(0, 0, 0, 0)
        for column, (key, label, name, tip, default) in enumerate(TIMINGS):
            shown_default = format_duration(default)
            field = duration_field(self.tr("default {time}").format(time=shown_default))
            field.setToolTip(self.tr(tip).format(default=shown_default))
            field.setAccessibleName(self.tr(name))
            field.textEdited.connect(lambda text, key=key: document.set_routine_field(key, text, typing=True))
            self.timings[key] = field
            caption = QLabel(self.tr(label))
            caption.setProperty("muted", True)
            caption.setWordWrap(True)  # two lines rather than a wider editor
            caption.setBuddy(field)
            timing_row.addWidget(caption, 0, column, Qt.AlignmentFlag.AlignBottom)
            box = FieldBox(field)
            timing_row.addWidget(box, 1, column, Qt.AlignmentFlag.AlignTop)
            self.boxes[(key,)] = box
        timing_row.setColumnStretch(len(TIMINGS), 1)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        add_field(form, self.tr("&Name"), self.name, self.boxes[("name",)])
        form.addRow(self.tr("&Description"), self.boxes[("description",)])
        form.addRow(self.tr("Tags"), self.boxes[("tags",)])
        form.addRow(self.tr("Pauses"), timing_row)
        self.name.setAccessibleName(self.tr("Routine name"))
        self.description.setAccessibleName(self.tr("Description"))
        self.other_tags.setAccessibleName(self.tr("Other tags"))
        route_undo_keys(self, self.name, self.description, self.other_tags, *self.timings.values())

    def _toggle(self, tag: str, checked: bool) -> None:
        tags = [existing for existing in self.document.draft.tags if existing != tag]
        if checked:
            tags.append(tag)
        self.document.set_routine_field("tags", tuple(tags))

    def _other_tags_edited(self, text: str) -> None:
        common = tuple(tag for tag in self.document.draft.tags if tag in _COMMON)
        self.document.set_routine_field("tags", common + free_tags(text), typing=True)

    def refresh(self) -> None:
        draft = self.document.draft
        show_text(self.name, draft.name)
        self.description.show_text(draft.description)
        for tag, chip in self.chips.items():
            chip.setChecked(tag in draft.tags)
        others = tuple(tag for tag in draft.tags if tag not in _COMMON)
        if free_tags(self.other_tags.text()) != others:  # leave a half-typed ", " alone
            self.other_tags.setText(", ".join(others))
        for key, field in self.timings.items():
            show_text(field, getattr(draft, key))

    def show_problems(self, routed: Mapping[FieldPath, list[str]]) -> None:
        for path, box in self.boxes.items():
            box.problem.show_problems(routed.get(path, []))
