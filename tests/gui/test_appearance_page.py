"""The appearance/reminder page edits theme and reminder settings through the settings dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot

from backpain_timer.storage.settings import Settings, load_settings
from backpain_timer.ui.settings.appearance_page import AppearancePage
from backpain_timer.ui.settings.dialog import SettingsDialog
from backpain_timer.ui.settings.store import SettingsStore


def _dialog(qtbot: QtBot, data_dir: Path, settings: Settings) -> tuple[SettingsDialog, AppearancePage]:
    dialog = SettingsDialog(SettingsStore(data_dir / "settings.json", settings))
    qtbot.addWidget(dialog)
    page = AppearancePage()
    dialog.add_page(page)
    return dialog, page


def test_page_shows_the_current_settings(qtbot: QtBot, data_dir: Path) -> None:
    _, page = _dialog(qtbot, data_dir, Settings(theme="dark", reminder_enabled=False, reminder_time="07:45"))
    assert page.theme.currentData() == "dark"
    assert not page.reminder.isChecked()
    assert page.reminder_time.time() == QTime(7, 45)
    assert not page.reminder_time.isEnabled()


def test_choosing_dark_is_saved_and_announced(qtbot: QtBot, data_dir: Path) -> None:
    dialog, page = _dialog(qtbot, data_dir, Settings())
    with qtbot.waitSignal(dialog.store.changed) as changed:
        page.theme.setCurrentIndex(page.theme.findData("dark"))
    assert changed.args[1].theme == "dark"
    assert load_settings(data_dir / "settings.json")[0].theme == "dark"


def test_turning_the_reminder_on_and_moving_it(qtbot: QtBot, data_dir: Path) -> None:
    dialog, page = _dialog(qtbot, data_dir, Settings())
    with qtbot.waitSignal(dialog.store.changed):
        page.reminder.setChecked(True)
    assert page.reminder_time.isEnabled()
    with qtbot.waitSignal(dialog.store.changed) as changed:
        page.reminder_time.setTime(QTime(6, 30))
    assert changed.args[1].reminder_enabled
    assert changed.args[1].reminder_time == "06:30"
