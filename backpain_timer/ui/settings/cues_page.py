"""Settings page for the cues: sound, voice, countdown, halfway, flash, breath tone and reduced motion;
a SettingsDialog page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QPushButton, QSlider, QWidget

from backpain_timer.domain.cues import CueKind
from backpain_timer.storage.settings import Settings
from backpain_timer.ui.cues.player import CuePlayer

SAMPLE_WORDS = "Child's pose, 45 seconds"


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
        self.big_target = self._check(
            "Tap anywhere to pause", "big_target", "A click or tap on the session view pauses and resumes"
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
        form.addRow(self.big_target)
        form.addRow(self.sample)

    def load(self, settings: Settings) -> None:
        for box in (self.sound, self.voice, self.countdown, self.halfway, self.breath_tone, self.flash):
            self._set_quietly(box, getattr(settings, box.objectName()))
        self._set_quietly(self.reduced_motion, settings.reduced_motion)
        self._set_quietly(self.big_target, settings.big_target)
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
