"""The settings dialog: one tab per area; every change applies at once and is saved atomically.

A page is a QWidget with a ``title``, a ``load(settings)`` method and an ``edited(dict)`` signal carrying
the changed ``Settings`` fields; later areas (Appearance, Check-ins, Reminders) are pages added with
``add_page``.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from backpain_timer.domain.cues import CueKind
from backpain_timer.storage.settings import Settings, save_settings
from backpain_timer.ui.cues.player import CuePlayer

SAMPLE_WORDS = "Child's pose, 45 seconds"


class SettingsPage(Protocol):
    title: str
    edited: SignalInstance

    def load(self, settings: Settings) -> None: ...


class CuesPage(QWidget):
    """Sound, voice, countdown, halfway, flash, breath tone and reduced motion."""

    title = "Cues"
    edited = Signal(dict)

    def __init__(self, player: CuePlayer | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._player = player
        self.sound = self._check("Play sounds", "sound", "Chimes at each change, ticks before it")
        self.volume = self._slider("Volume", "volume", 0, 100)
        self.voice = self._check("Speak the cues", "voice", "Say what comes next (offline voice)")
        self.voice_rate = self._slider("Voice speed", "voice_rate", -10, 10)
        self.countdown = self._check("3-2-1 countdown", "countdown", "Ticks in the last three seconds")
        self.halfway = self._check("Halfway chime", "halfway", "Halfway through holds of 20 s or more")
        self.breath_tone = self._check(
            "Breathing tones", "breath_tone", "A soft tone at each breath in and out"
        )
        self.flash = self._check("Flash at each change", "flash", "The session view lights up briefly")
        self.reduced_motion = self._check(
            "Reduce motion", "reduced_motion", "A still border instead of the fade; a still breathing circle"
        )
        self.sample = QPushButton("Play a sample")
        self.sample.setToolTip("Hear the chime (and the voice, when it is on) with these settings")
        self.sample.setVisible(player is not None)
        self.sample.clicked.connect(self._play_sample)

        form = QFormLayout(self)
        form.addRow(self.sound)
        form.addRow("Volume", self.volume)
        form.addRow(self.countdown)
        form.addRow(self.halfway)
        form.addRow(self.breath_tone)
        form.addRow(self.voice)
        form.addRow("Voice speed", self.voice_rate)
        form.addRow(self.flash)
        form.addRow(self.reduced_motion)
        form.addRow(self.sample)

    def load(self, settings: Settings) -> None:
        for box in (self.sound, self.voice, self.countdown, self.halfway, self.breath_tone, self.flash):
            self._set_quietly(box, getattr(settings, box.objectName()))
        self._set_quietly(self.reduced_motion, settings.reduced_motion)
        self._set_quietly(self.volume, round(settings.volume * 100))
        self._set_quietly(self.voice_rate, round(settings.voice_rate * 10))
        self._enable(settings)

    def _enable(self, settings: Settings) -> None:
        """Controls that only matter with sound (or voice) on are greyed out without it."""
        for control in (self.volume, self.countdown, self.halfway, self.breath_tone):
            control.setEnabled(settings.sound)
        self.voice_rate.setEnabled(settings.voice)

    def _check(self, text: str, field: str, tip: str) -> QCheckBox:
        box = QCheckBox(text)
        box.setObjectName(field)
        box.setToolTip(tip)
        box.setAccessibleName(text)
        box.toggled.connect(lambda on: self.edited.emit({field: on}))
        return box

    def _slider(self, name: str, field: str, low: int, high: int) -> QSlider:
        slider = QSlider(Qt.Orientation.Horizontal)
        slider.setObjectName(field)
        slider.setRange(low, high)
        slider.setPageStep(max(1, (high - low) // 10))
        slider.setAccessibleName(name)
        scale = 100 if field == "volume" else 10

        def changed() -> None:
            if not slider.isSliderDown():  # while dragging, one save when the mouse lets go
                self.edited.emit({field: slider.value() / scale})

        slider.valueChanged.connect(changed)
        slider.sliderReleased.connect(changed)
        return slider

    @staticmethod
    def _set_quietly(widget: QCheckBox | QSlider, value: Any) -> None:
        widget.blockSignals(True)
        if isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        else:
            widget.setValue(int(value))
        widget.blockSignals(False)

    def _play_sample(self) -> None:
        if self._player is None:
            return
        if self.sound.isChecked():
            self._player.play(CueKind.CHIME)
        if self.voice.isChecked():
            self._player.say(SAMPLE_WORDS)


class CheckinsPage(QWidget):
    """Whether to ask how the back feels before and after a session."""

    title = "Check-ins"
    edited = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes = {
            "checkin_before": QCheckBox("Ask how my back feels before a session"),
            "checkin_before_quick_start": QCheckBox(
                "Ask also when started with --start from the command line"
            ),
            "checkin_after": QCheckBox("Ask how my back feels after a session"),
        }
        form = QFormLayout(self)
        for field, box in self.boxes.items():
            box.setAccessibleName(box.text())
            box.toggled.connect(lambda on, field=field: self.edited.emit({field: on}))
            form.addRow(box)
        note = QLabel("Your answers go into your history, next to each session, so you can see the trend.")
        note.setProperty("muted", True)
        note.setWordWrap(True)
        form.addRow(note)

    def load(self, settings: Settings) -> None:
        for field, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(getattr(settings, field))
            box.blockSignals(False)
        self.boxes["checkin_before_quick_start"].setEnabled(settings.checkin_before)


class SettingsDialog(QDialog):
    """Edits a copy of the settings; each change is saved and announced through ``settings_changed``."""

    settings_changed = Signal(object)  # the new Settings

    def __init__(
        self,
        settings: Settings,
        path: Path,
        *,
        player: CuePlayer | None = None,
        data_dir: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.setMinimumWidth(560)
        self.path = path
        self._settings = settings
        self.tabs = QTabWidget()
        self.save_error = QLabel()
        self.save_error.setProperty("notice", True)
        self.save_error.setWordWrap(True)
        self.save_error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.save_error)
        if data_dir is not None:
            # Shown, not edited: the folder is chosen with --data-dir or BACKPAIN_TIMER_DATA_DIR.
            self.data_dir_field = QLineEdit(str(data_dir))
            self.data_dir_field.setReadOnly(True)
            self.data_dir_field.setAccessibleName("Data folder")
            self.data_dir_field.setToolTip(
                "Your routines, history and settings live here. "
                "Start with --data-dir or set BACKPAIN_TIMER_DATA_DIR to use another folder."
            )
            folder = QFormLayout()
            folder.addRow("Data folder", self.data_dir_field)
            layout.addLayout(folder)
        layout.addWidget(buttons)
        self.cues_page = CuesPage(player)
        self.add_page(self.cues_page)

    @property
    def settings(self) -> Settings:
        return self._settings

    def reload(self, settings: Settings) -> None:
        """Show ``settings`` (changed elsewhere since the dialog was made) without saving them again."""
        self._settings = settings
        for index in range(self.tabs.count()):
            page: SettingsPage = self.tabs.widget(index)  # type: ignore[assignment]
            page.load(settings)

    def add_page(self, page: QWidget) -> None:
        """Add a tab; ``page`` follows the ``SettingsPage`` protocol."""
        settings_page: SettingsPage = page  # type: ignore[assignment]  # QWidget + the page protocol
        settings_page.load(self._settings)
        settings_page.edited.connect(self._apply)
        self.tabs.addTab(page, settings_page.title.replace("&", "&&"))  # a lone & would underline a letter

    def _apply(self, changes: dict[str, Any]) -> None:
        updated = replace(self._settings, **changes).validated()
        if updated == self._settings:
            return
        self._settings = updated
        for index in range(self.tabs.count()):
            page: SettingsPage = self.tabs.widget(index)  # type: ignore[assignment]
            page.load(updated)  # keeps dependent controls (greyed out or not) in step
        try:
            save_settings(updated, self.path)
        except OSError as error:
            self.save_error.setText(
                f"Could not save settings to {self.path}: {error.strerror or error}. "
                "They apply until Backpain Timer closes."
            )
            self.save_error.show()
        else:
            self.save_error.hide()
        self.settings_changed.emit(updated)
