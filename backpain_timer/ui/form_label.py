"""A form row whose label sits level with its field's text.

QFormLayout gives a label at most 7/4 of its own height, from the top of the row, and centres the words in
that: beside a field taller than that (the theme pads line edits, combo boxes and time edits) the label
rides a few pixels high. A label as tall as its field is centred on the field's middle, where the field's
own text is.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget


class FieldLabel(QLabel):
    """A label with its field as buddy (Alt+letter and screen readers), at least as tall as the field."""

    def __init__(self, text: str, field: QWidget) -> None:
        super().__init__(text)
        self.setBuddy(field)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        field = self.buddy()
        if field is not None:
            hint.setHeight(max(hint.height(), field.sizeHint().height()))
        return hint


def add_field(form: QFormLayout, text: str, field: QWidget, row: QWidget | None = None) -> FieldLabel:
    """Add the row ``text: field`` to ``form``; return the label. ``row``, when given, stands in the field's
    column instead: the field with more under or beside it, the field at its top left."""
    label = FieldLabel(text, field)
    form.addRow(label, field if row is None else row)
    return label
