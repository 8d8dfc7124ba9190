"""Settings page for the check-ins: whether to ask how the back feels before and after a session;
a SettingsDialog page."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QWidget

from backpain_timer.storage.settings import Settings


class CheckinsPage(QWidget):
    """Whether to ask how the back feels before and after a session."""

    edited = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("Check-ins")
        self.boxes = {
            "checkin_before": QCheckBox(self.tr("Ask how my back feels before a session")),
            "checkin_before_quick_start": QCheckBox(
                self.tr("Ask also when started with --start from the command line")
            ),
            "checkin_after": QCheckBox(self.tr("Ask how my back feels after a session")),
        }
        form = QFormLayout(self)
        for field, box in self.boxes.items():
            box.setAccessibleName(box.text())
            box.toggled.connect(lambda on, field=field: self.edited.emit({field: on}))
            form.addRow(box)
        note = QLabel(
            self.tr("Your answers go into your history, next to each session, so you can see the trend.")
        )
        note.setProperty("muted", True)
        note.setWordWrap(True)
        form.addRow(note)

    def load(self, settings: Settings) -> None:
        for field, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(getattr(settings, field))
            box.blockSignals(False)
        self.boxes["checkin_before_quick_start"].setEnabled(settings.checkin_before)
