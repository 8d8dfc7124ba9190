"""The check-in's pages share one shape: a column in the middle, a little above the centre, buttons centred."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLayout, QVBoxLayout, QWidget


def centred_row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


def centre_column(page: QWidget, column: QLayout, margin: int) -> None:
    """Lays ``page`` out as ``column`` in the middle two thirds of its width, a little above the centre."""
    centred = QHBoxLayout()
    centred.addStretch(1)
    centred.addLayout(column, 4)  # wide enough for the question on one line
    centred.addStretch(1)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(margin, margin, margin, margin)
    layout.addStretch(1)
    layout.addLayout(centred)
    layout.addStretch(2)
