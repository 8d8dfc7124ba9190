"""The settings dialog's look with the app's theme: labels level with their fields, the sample button as
wide as its words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from backpain_timer.ui.cues.player import RecordingCuePlayer
from backpain_timer.ui.settings.appearance_page import AppearancePage
from backpain_timer.ui.settings.dialog import SettingsDialog
from backpain_timer.ui.settings.store import SettingsStore


def _dialog(qtbot: QtBot, data_dir: Path) -> tuple[SettingsDialog, AppearancePage]:
    dialog = SettingsDialog(
        SettingsStore(data_dir / "settings.json"), player=RecordingCuePlayer(), data_dir=data_dir
    )
    qtbot.addWidget(dialog)
    page = AppearancePage()
    dialog.add_page(page)
    dialog.resize(800, 600)
    dialog.show()
    return dialog, page


def _middle(widget: QWidget, window: QWidget) -> int:
    return widget.mapTo(window, widget.rect().center()).y()


def test_each_label_sits_level_with_its_field(themed: QApplication, qtbot: QtBot, data_dir: Path) -> None:
    """The theme pads fields taller than a line of text; the label's words stay on the line of the field's
    (both are centred in their boxes), not a few pixels above it."""
    dialog, page = _dialog(qtbot, data_dir)
    for tab, fields in (
        (dialog.cues_page, (dialog.cues_page.volume, dialog.cues_page.voice_rate, dialog.data_dir_field)),
        (page, (page.language, page.theme, page.reminder_time, dialog.data_dir_field)),
    ):
        dialog.tabs.setCurrentWidget(tab)
        QApplication.processEvents()  # the shown page's layout
        for field in fields:
            label = next(label for label in dialog.findChildren(QLabel) if label.buddy() is field)
            assert abs(_middle(label, dialog) - _middle(field, dialog)) <= 1, label.text()
            assert field.height() > label.fontMetrics().height() + 8  # the case that needs the care


def test_the_sample_button_is_as_wide_as_its_words(
    themed: QApplication, qtbot: QtBot, data_dir: Path
) -> None:
    dialog, _page = _dialog(qtbot, data_dir)
    QApplication.processEvents()
    sample = dialog.cues_page.sample
    assert sample.isVisible()
    assert abs(sample.width() - sample.sizeHint().width()) <= 2
    assert sample.width() < dialog.cues_page.width() // 2
    assert sample.x() == dialog.cues_page.sound.x()  # at the left, under the boxes
