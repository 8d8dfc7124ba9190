"""Settings page for the cues: sound, voice, countdown, halfway, flash, breath tone and reduced motion;
a SettingsDialog page. Under "Speak the cues" it says why there is no voice, once the player knows (no
voice for the window's language, no speech engine)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QPushButton, QSizePolicy, QSlider, QWidget

from backpain_timer.domain.cues import CueKind
from backpain_timer.storage.settings import Settings
from backpain_timer.ui.cues.player import CuePlayer
from backpain_timer.ui.form_label import add_field


class CuesPage(QWidget):
    """Sound, voice, countdown, halfway, flash, breath tone and reduced motion."""

    edited = Signal(dict)

    def __init__(self, player: CuePlayer | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("Cues")
        self._player = player
        self.sound = self._check(
            self.tr("Play sounds"), "sound", self.tr("Chimes at each change, ticks before it")
        )
        self.volume = self._slider(self.tr("Volume"), "volume", 0, 100)
        self.voice = self._check(
            self.tr("Speak the cues"), "voice", self.tr("Say what comes next (offline voice)")
        )
        self.voice_problem = QLabel()
        self.voice_problem.setProperty("notice", True)
        self.voice_problem.setWordWrap(True)
        self.voice_problem.hide()
        self.voice_rate = self._slider(self.tr("Voice speed"), "voice_rate", -10, 10)
        self.countdown = self._check(
            self.tr("3-2-1 countdown"), "countdown", self.tr("Ticks in the last three seconds")
        )
        self.halfway = self._check(
            self.tr("Halfway chime"), "halfway", self.tr("Halfway through holds of 20 s or more")
        )
        self.breath_tone = self._check(
            self.tr("Breathing tones"), "breath_tone", self.tr("A soft tone at each breath in and out")
        )
        self.flash = self._check(
            self.tr("Flash at each change"), "flash", self.tr("The session view lights up briefly")
        )
        self.reduced_motion = self._check(
            self.tr("Reduce motion"),
            "reduced_motion",
            self.tr("A still border instead of the fade; a still breathing circle"),
        )
        self.big_target = self._check(
            self.tr("Tap anywhere to pause"),
            "big_target",
            self.tr("A click or tap on the session view pauses and resumes"),
        )
        self.sample = QPushButton(self.tr("Play a sample"))
        self.sample.setToolTip(self.tr("Hear the chime (and the voice, when it is on) with these settings"))
        self.sample.setVisible(player is not None)
        # As wide as its words, at the left under the boxes, as a button in a page is; not the full row.
        self.sample.setSizePolicy(QSizePolicy.Policy.Fixed, self.sample.sizePolicy().verticalPolicy())
        self.sample.clicked.connect(self._play_sample)

        form = QFormLayout(self)
        form.addRow(self.sound)
        add_field(form, self.tr("Volume"), self.volume)
        form.addRow(self.countdown)
        form.addRow(self.halfway)
        form.addRow(self.breath_tone)
        form.addRow(self.voice)
        form.addRow(self.voice_problem)
        add_field(form, self.tr("Voice speed"), self.voice_rate)
        form.addRow(self.flash)
        form.addRow(self.reduced_motion)
        form.addRow(self.big_target)
        form.addRow(self.sample)
        # The Qt player tells its problems as they come (the voice starts in the background).
        player_notice = getattr(player, "notice", None)
        if isinstance(player_notice, SignalInstance):
            player_notice.connect(self._show_voice_problem)

    def load(self, settings: Settings) -> None:
        for box in (self.sound, self.voice, self.countdown, self.halfway, self.breath_tone, self.flash):
            self._set_quietly(box, getattr(settings, box.objectName()))
        self._set_quietly(self.reduced_motion, settings.reduced_motion)
        self._set_quietly(self.big_target, settings.big_target)
        self._set_quietly(self.volume, round(settings.volume * 100))
        self._set_quietly(self.voice_rate, round(settings.voice_rate * 10))
        self._enable(settings)
        self._show_voice_problem()

    def _enable(self, settings: Settings) -> None:
        """Controls that only matter with sound (or voice) on are greyed out without it."""
        for control in (self.volume, self.countdown, self.halfway, self.breath_tone):
            control.setEnabled(settings.sound)
        self.voice_rate.setEnabled(settings.voice)

    def _show_voice_problem(self, _notice: str = "") -> None:
        problem = self._player.voice_problem if self._player is not None else ""
        self.voice_problem.setText(problem)
        self.voice_problem.setVisible(bool(problem))

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
            self._player.say(self.tr("Child's pose, 45 seconds"))  # spoken in the window's language
