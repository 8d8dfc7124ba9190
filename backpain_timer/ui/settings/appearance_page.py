"""Settings page for appearance (light/dark/system) and the daily reminder; a SettingsDialog page."""

from __future__ import annotations

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QSystemTrayIcon, QTimeEdit, QWidget

from backpain_timer.storage.settings import THEMES, Settings

THEME_LABELS = {"system": "Follow the system", "light": "Light", "dark": "Dark"}
_TIME_FORMAT = "HH:mm"


class AppearancePage(QWidget):
    """``edited(dict)`` carries the changed Settings fields, as every settings page does."""

    title = "Appearance & reminder"
    edited = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = QComboBox()
        for choice in THEMES:
            self.theme.addItem(THEME_LABELS[choice], choice)
        self.theme.setAccessibleName("Colour scheme")
        self.theme.setToolTip("Light or dark; “Follow the system” changes with your desktop")
        self.theme.currentIndexChanged.connect(lambda: self.edited.emit({"theme": self.theme.currentData()}))

        self.reminder = QCheckBox("Remind me to stretch every day")
        self.reminder.setAccessibleName("Daily reminder")
        self.reminder.toggled.connect(lambda on: self.edited.emit({"reminder_enabled": on}))
        self.reminder_time = QTimeEdit()
        self.reminder_time.setDisplayFormat(_TIME_FORMAT)
        self.reminder_time.setAccessibleName("Reminder time")
        self.reminder_time.setToolTip("The reminder comes through the system tray at this time")
        self.reminder_time.timeChanged.connect(
            lambda time: self.edited.emit({"reminder_time": time.toString(_TIME_FORMAT)})
        )

        layout = QFormLayout(self)
        layout.addRow("Colours", self.theme)
        layout.addRow(self.reminder)
        layout.addRow("At", self.reminder_time)
        if not QSystemTrayIcon.isSystemTrayAvailable():
            note = QLabel("This desktop has no system tray, so reminders cannot be shown.")
            note.setProperty("muted", True)
            note.setWordWrap(True)
            layout.addRow(note)

    def load(self, settings: Settings) -> None:
        """Show ``settings`` without announcing them back as edits."""
        for widget in (self.theme, self.reminder, self.reminder_time):
            widget.blockSignals(True)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        self.reminder.setChecked(settings.reminder_enabled)
        self.reminder_time.setTime(QTime.fromString(settings.reminder_time, _TIME_FORMAT))
        self.reminder_time.setEnabled(settings.reminder_enabled)
        for widget in (self.theme, self.reminder, self.reminder_time):
            widget.blockSignals(False)
