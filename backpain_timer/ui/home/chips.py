"""Home's tag chips: "All" and one per tag, one chosen at a time, in a row that scrolls sideways."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from backpain_timer.ui.tags import tag_chips


class TagChips(QButtonGroup):
    """The chips as an exclusive button group; ``area`` is the row to put in a layout, ``tag()`` the chosen
    tag (None for "All")."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setExclusive(True)
        row = QHBoxLayout()
        row.setSpacing(8)
        for label, tag in ((self.tr("All"), None), *tag_chips()):
            chip = QPushButton(label)
            chip.setCheckable(True)
            chip.setProperty("chip", True)
            chip.setProperty("tag", tag)
            name = self.tr("Show {tag} routines").format(tag=label.lower()) if tag else None
            chip.setAccessibleName(name or self.tr("Show all routines"))
            chip.setChecked(tag is None)
            self.addButton(chip)
            row.addWidget(chip)
        row.addStretch(1)
        self.area = _scrolling_row(row, parent)

    def tag(self) -> str | None:
        button = self.checkedButton()
        tag = button.property("tag") if button is not None else None
        return tag if isinstance(tag, str) else None


def _scrolling_row(row: QHBoxLayout, parent: QWidget) -> QScrollArea:
    """A row of chips that scrolls sideways in a narrow window instead of making the window wider."""
    area = QScrollArea(parent)
    holder = QWidget(area)
    holder.setLayout(row)
    row.setContentsMargins(0, 0, 0, 0)
    area.setWidget(holder)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    area.setFixedHeight(holder.sizeHint().height() + area.horizontalScrollBar().sizeHint().height())
    return area
