"""The symptom question: the common ones in a row, "Something else?" opening the rest of the table."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from backpain_timer.domain.advice import COMMON_SYMPTOMS, SYMPTOM_RULES
from backpain_timer.domain.history import SYMPTOMS
from backpain_timer.ui.theme import outline_controls
from backpain_timer.ui.translations import QT_TRANSLATE_NOOP
from backpain_timer.ui.wrapping_check_box import WrappingCheckBox

# The common symptoms' labels with their Alt keys (the translator picks the letter in each language).
_MNEMONICS = {
    "numbness": QT_TRANSLATE_NOOP("SymptomChecklist", "&Numbness"),
    "tingling": QT_TRANSLATE_NOOP("SymptomChecklist", "&Tingling"),
    "weakness": QT_TRANSLATE_NOOP("SymptomChecklist", "&Weakness"),
}


class SymptomChecklist(QWidget):
    """One box per symptom id; Alt+N/T/W tick the common ones, Alt+E opens the rest. ``changed()``."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        outline_controls()
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        common_row = QHBoxLayout()
        common_row.addStretch(1)
        for name in COMMON_SYMPTOMS:
            common_row.addWidget(self._box(name, self.tr(_MNEMONICS[name])))
            common_row.addSpacing(8)  # with the row's own spacing: French still fits a 640-wide window
        self.more_button = QPushButton(self.tr("Something &else?"))
        self.more_button.setCheckable(True)
        self.more_button.setAccessibleName(self.tr("Something else? Show more symptoms"))
        self.more_button.setToolTip(self.tr("Chest pain, breathlessness, a fall, fever… (Alt+E)"))
        self.more_button.toggled.connect(self._show_more)
        common_row.addWidget(self.more_button)
        common_row.addStretch(1)
        # The rarer ones, in the table's order: each can mean "get help now", so each is spelled out.
        self.more_symptoms = QWidget()
        more_layout = QVBoxLayout(self.more_symptoms)
        more_layout.setContentsMargins(0, 0, 0, 0)
        self.rare = tuple(name for name in SYMPTOMS if name not in COMMON_SYMPTOMS)
        for name in self.rare:
            # Spelled out at length: in a long language these labels wrap rather than widen the window.
            more_layout.addWidget(self._box(name, SYMPTOM_RULES[name].said_label, WrappingCheckBox))
        self.more_symptoms.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(common_row)
        layout.addWidget(self.more_symptoms, 0, Qt.AlignmentFlag.AlignHCenter)

    def _box(self, name: str, text: str, kind: type[QCheckBox] = QCheckBox) -> QCheckBox:
        box = kind(text)
        box.setAccessibleName(SYMPTOM_RULES[name].said_label)
        box.toggled.connect(self.changed)
        self.boxes[name] = box
        return box

    def ticked(self) -> tuple[str, ...]:
        return tuple(name for name in SYMPTOMS if self.boxes[name].isChecked())

    def clear(self) -> None:
        for box in self.boxes.values():
            box.setChecked(False)
        self.more_button.setChecked(False)

    def _show_more(self, shown: bool) -> None:
        self.more_symptoms.setVisible(shown)
        if shown:  # the keyboard goes on into the list it opened
            self.boxes[self.rare[0]].setFocus()
