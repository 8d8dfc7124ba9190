"""One settings store: every part reads it and listens to it, and only it writes the settings file."""

from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from backpain_timer.storage.library import Library
from backpain_timer.storage.settings import Settings, load_settings
from backpain_timer.ui.cues.player import RecordingCuePlayer
from backpain_timer.ui.cues.wiring import CUE_SETTINGS
from backpain_timer.ui.main_window import MainWindow
from backpain_timer.ui.settings.dialog import SettingsDialog
from backpain_timer.ui.settings.store import SettingsStore
from tests.helpers.fake_clock import FakeClock


def test_a_change_in_the_open_settings_dialog_keeps_the_dismissed_notice_away(
    qtbot: QtBot, window: MainWindow, library: Library, clock: FakeClock
) -> None:
    """The bug: the dialog kept its own copy of the settings and wrote ``disclaimer_dismissed=false`` back."""
    QTest.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.settings_dialog
    assert dialog is not None and dialog.isVisible()
    banner = window.banner
    assert banner is not None
    qtbot.mouseClick(banner.dismiss_button, Qt.MouseButton.LeftButton)
    box = dialog.cues_page.halfway
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))

    saved, problems = load_settings(library.data.settings_file)
    assert problems == []
    assert not saved.halfway
    assert saved.disclaimer_dismissed, "the dialog wrote the notice back"
    next_start = MainWindow(library, clock=clock)
    qtbot.addWidget(next_start)
    assert next_start.banner is None, "the notice came back on the next start"


def test_a_change_is_saved_and_announced_with_the_fields_that_changed(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    store = SettingsStore(path)
    with qtbot.waitSignal(store.changed) as changed:
        assert store.update(volume=3.0, theme="dark", sound=True) is None  # sound was on already
    assert changed.args == [frozenset({"volume", "theme"}), Settings(volume=1.0, theme="dark")]
    assert store.settings == Settings(volume=1.0, theme="dark")
    assert load_settings(path) == (store.settings, [])


def test_the_file_keeps_its_keys(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    SettingsStore(path).update(halfway=False)
    assert list(json.loads(path.read_text(encoding="utf-8"))) == [
        "sound",
        "volume",
        "voice",
        "voice_rate",
        "countdown",
        "halfway",
        "flash",
        "breath_tone",
        "reduced_motion",
        "checkin_before",
        "checkin_before_quick_start",
        "checkin_after",
        "disclaimer_dismissed",
        "theme",
        "reminder_enabled",
        "reminder_time",
        "run_folders",  # added by the runs feature; the keys before it are unchanged
        "big_target",  # added by hands-free control (issue 17)
        "language",  # added by the languages feature
    ]


def test_a_change_to_the_same_values_is_neither_saved_nor_announced(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    store = SettingsStore(path, Settings(theme="dark"))
    with qtbot.assertNotEmitted(store.changed):
        assert store.update(theme="dark") is None
    assert not path.exists()


def test_loading_reports_bad_fields_and_keeps_the_good_ones(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"theme": "dark", "volume": "loud"}), encoding="utf-8")
    store = SettingsStore.load(path)
    assert store.settings == Settings(theme="dark")
    assert len(store.problems) == 1 and "'volume' has a bad value 'loud'" in store.problems[0]


def test_a_change_that_cannot_be_saved_still_applies_and_says_why(qtbot: QtBot, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be", encoding="utf-8")
    store = SettingsStore(blocker / "settings.json")
    with qtbot.waitSignal(store.changed):
        error = store.update(flash=False)
    assert isinstance(error, OSError)
    assert not store.settings.flash


def test_the_open_dialog_shows_a_change_made_elsewhere(qtbot: QtBot, tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    store.update(halfway=False, sound=False)
    assert not dialog.cues_page.halfway.isChecked()
    assert not dialog.cues_page.volume.isEnabled()


def test_cues_follow_the_store_and_a_theme_change_leaves_the_player_alone(
    window: MainWindow, cue_player: RecordingCuePlayer
) -> None:
    assert CUE_SETTINGS.issubset(field.name for field in fields(Settings))  # each names a setting
    cues = window.cues
    window.settings_store.update(reduced_motion=True, volume=0.4)
    assert cues.flash_overlay.reduced_motion and cues.breath_widget.reduced_motion
    assert cue_player.settings == window.settings
    configured = cue_player.settings
    window.settings_store.update(theme="dark")
    assert cue_player.settings is configured
