"""Forms with the app's theme: the labels of the settings dialog and the routine editor level with their
fields; the settings' sample button as wide as its words."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from backpain_timer.storage.library import Library
from backpain_timer.ui.cues.player import RecordingCuePlayer
from backpain_timer.ui.editor import dialogs
from backpain_timer.ui.editor.window import EditorWindow
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
        dialog.tabs.setCurrentIndex(dialog.pages.index(tab))
        _assert_level(dialog, fields)


def test_the_dialog_fits_a_640_by_480_screen(themed: QApplication, qtbot: QtBot, data_dir: Path) -> None:
    """The tallest page (Cues) scrolls on a small screen; at 800×600 every page shows whole."""
    dialog, _page = _dialog(qtbot, data_dir)
    minimum = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
    assert minimum.width() <= 640 and minimum.height() <= 480
    QApplication.processEvents()
    cues = dialog.cues_page
    assert cues.height() >= cues.sizeHint().height()  # no scroll bar at 800×600


def _assert_level(window: QWidget, fields: tuple[QWidget, ...]) -> None:
    QApplication.processEvents()  # the shown page's layout
    for field in fields:
        label = next(label for label in window.findChildren(QLabel) if label.buddy() is field)
        assert abs(_middle(label, window) - _middle(field, window)) <= 1, label.text()
        assert field.height() > label.fontMetrics().height() + 8  # the case that needs the care


def test_the_editors_labels_sit_level_with_their_fields(
    themed: QApplication, qtbot: QtBot, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Single-line fields, the "Change…" button beside the exercise's name, and the fields of a custom
    exercise; each label names its field (Alt+letter goes to the field, not to the box around it)."""
    editor = EditorWindow(library, library.load("upper-back-relief"))
    qtbot.addWidget(editor)
    editor.resize(1000, 700)
    editor.show()
    form, step = editor.routine_form, editor.step_form
    fields = (
        *(form.name, step.change_exercise, step.hold, step.reps, step.sides, step.rest, step.switch),
        *(step.note, step.inhale),
    )
    _assert_level(editor, fields)
    qtbot.mouseClick(step.make_custom, Qt.MouseButton.LeftButton)
    _assert_level(editor, (step.inline_name, step.inline_caution, *fields[2:]))
    monkeypatch.setattr(dialogs, "ask_save_discard_cancel", lambda parent, name: "discard")  # on close


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
