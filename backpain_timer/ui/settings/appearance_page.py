"""Settings page for the language, appearance (light/dark/system) and the daily reminder; a SettingsDialog
page."""

from __future__ import annotations

import os

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QSystemTrayIcon, QTimeEdit, QWidget

from backpain_timer.domain.language import SYSTEM, choose_language
from backpain_timer.storage.settings import THEMES, Settings
from backpain_timer.ui.form_label import add_field
from backpain_timer.ui.translations import window_language

# Each language in its own words, so that someone lost in a foreign window finds their own.
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español"}
_TIME_FORMAT = "HH:mm"


class AppearancePage(QWidget):
    """``edited(dict)`` carries the changed Settings fields, as every settings page does."""

    edited = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("Appearance & reminder")  # the language is chosen here too
        self.language = QComboBox()
        self.language.addItem(self.tr("System"), SYSTEM)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setToolTip(self.tr("“System” follows your desktop's language"))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.restart_note = QLabel(self.tr("Restart Backpain Timer to see it in the new language."))
        self.restart_note.setProperty("muted", True)
        self.restart_note.setWordWrap(True)
        self.restart_note.hide()

        self.theme = QComboBox()
        theme_labels = {
            "system": self.tr("Follow the system"),
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
        }
        for choice in THEMES:
            self.theme.addItem(theme_labels[choice], choice)
        self.theme.setAccessibleName(self.tr("Colour scheme"))
        self.theme.setToolTip(self.tr("Light or dark; “Follow the system” changes with your desktop"))
        self.theme.currentIndexChanged.connect(lambda: self.edited.emit({"theme": self.theme.currentData()}))

        self.reminder = QCheckBox(self.tr("Remind me to stretch every day"))
        self.reminder.setAccessibleName(self.tr("Daily reminder"))
        self.reminder.toggled.connect(lambda on: self.edited.emit({"reminder_enabled": on}))
        self.reminder_time = QTimeEdit()
        self.reminder_time.setDisplayFormat(_TIME_FORMAT)
        self.reminder_time.setAccessibleName(self.tr("Reminder time"))
        self.reminder_time.setToolTip(self.tr("The reminder comes through the system tray at this time"))
        self.reminder_time.timeChanged.connect(
            lambda time: self.edited.emit({"reminder_time": time.toString(_TIME_FORMAT)})
        )

        layout = QFormLayout(self)
        add_field(layout, self.tr("Language"), self.language)
        layout.addRow(self.restart_note)
        add_field(layout, self.tr("Colours"), self.theme)
        layout.addRow(self.reminder)
        add_field(layout, self.tr("At"), self.reminder_time)
        if not QSystemTrayIcon.isSystemTrayAvailable():
            note = QLabel(self.tr("This desktop has no system tray, so reminders cannot be shown."))
            note.setProperty("muted", True)
            note.setWordWrap(True)
            layout.addRow(note)

    def _language_chosen(self) -> None:
        setting = self.language.currentData()
        self._show_restart_note(setting)
        self.edited.emit({"language": setting})

    def _show_restart_note(self, setting: str) -> None:
        """The window keeps the language it started in; say so when the setting now asks for another."""
        self.restart_note.setVisible(choose_language(setting, os.environ) != window_language())

    def load(self, settings: Settings) -> None:
        """Show ``settings`` without announcing them back as edits."""
        widgets = (self.language, self.theme, self.reminder, self.reminder_time)
        for widget in widgets:
            widget.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self._show_restart_note(settings.language)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        self.reminder.setChecked(settings.reminder_enabled)
        self.reminder_time.setTime(QTime.fromString(settings.reminder_time, _TIME_FORMAT))
        self.reminder_time.setEnabled(settings.reminder_enabled)
        for widget in widgets:
            widget.blockSignals(False)
