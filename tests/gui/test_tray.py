"""The tray menu starts presets and the cool-down; the daily reminder is one timer aimed at the next time."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from backpain_timer.storage.library import Library
from backpain_timer.storage.paths import DataDir
from backpain_timer.storage.settings import Settings
from backpain_timer.ui.settings.store import SettingsStore
from backpain_timer.ui.tray import REMINDER_TEXT, TrayController
from tests.helpers.presets import PRESET_IDS


class WallClock:
    """Local wall time that moves only when the test says so."""

    def __init__(self, start: datetime) -> None:
        self.current = start

    def __call__(self) -> datetime:
        return self.current


def _make(
    qtbot: QtBot,
    data_dir: Path,
    settings: Settings | SettingsStore | None = None,
    clock: WallClock | None = None,
) -> tuple[QMainWindow, TrayController]:
    window = QMainWindow()
    qtbot.addWidget(window)
    store = (
        settings
        if isinstance(settings, SettingsStore)
        else SettingsStore(DataDir(data_dir).settings_file, settings)
    )
    controller = TrayController(
        window,
        Library(DataDir(data_dir)),
        store,
        now=clock or WallClock(datetime(2026, 6, 10, 9, 0)),
    )
    return window, controller


def _texts(controller: TrayController) -> list[str]:
    return [action.text() for action in controller.menu.actions()]


def test_menu_has_cool_down_each_preset_show_and_quit(qtbot: QtBot, data_dir: Path) -> None:
    _, controller = _make(qtbot, data_dir)
    assert set(controller.preset_actions) == set(PRESET_IDS)
    texts = _texts(controller)
    assert texts[0] == "Cool down now"
    names = {info.id: info.name for info in Library(DataDir(data_dir)).list_routines()}
    for routine_id in PRESET_IDS:
        assert names[routine_id] in texts
    assert "Show window" in texts
    assert texts[-1] == "Quit"


def test_user_routines_are_not_presets(qtbot: QtBot, data_dir: Path) -> None:
    routines = data_dir / "routines"
    routines.mkdir()
    (routines / "my-own.yaml").write_text("name: My own\nsteps:\n  - exercise: plank\n    hold: 20s\n")
    _, controller = _make(qtbot, data_dir)
    assert "my-own" not in controller.preset_actions
    assert "My own" not in _texts(controller)


@pytest.mark.parametrize("routine_id", sorted(PRESET_IDS))
def test_choosing_a_preset_asks_to_start_it(qtbot: QtBot, data_dir: Path, routine_id: str) -> None:
    _, controller = _make(qtbot, data_dir)
    with qtbot.waitSignal(controller.start_requested) as started:
        controller.preset_actions[routine_id].trigger()
    assert started.args == [routine_id]


def test_cool_down_now_starts_the_post_run_cool_down(qtbot: QtBot, data_dir: Path) -> None:
    _, controller = _make(qtbot, data_dir)
    with qtbot.waitSignal(controller.start_requested) as started:
        controller.menu.actions()[0].trigger()
    assert started.args == ["post-run-cool-down"]


def test_show_hide_toggles_the_window(qtbot: QtBot, data_dir: Path) -> None:
    window, controller = _make(qtbot, data_dir)
    with qtbot.waitSignal(controller.show_requested):
        controller.show_hide_action.trigger()
    assert window.isVisible()
    controller.menu.aboutToShow.emit()
    assert controller.show_hide_action.text() == "Hide window"
    controller.show_hide_action.trigger()
    assert not window.isVisible()
    controller.menu.aboutToShow.emit()
    assert controller.show_hide_action.text() == "Show window"


def test_quit_closes_the_window_then_leaves(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    quits: list[bool] = []
    monkeypatch.setattr(QCoreApplication, "quit", lambda: quits.append(True))
    window, controller = _make(qtbot, data_dir)
    window.show()
    controller.quit_action.trigger()
    assert not window.isVisible()
    assert quits == [True]


def test_reminder_is_off_by_default(qtbot: QtBot, data_dir: Path) -> None:
    _, controller = _make(qtbot, data_dir)
    assert not controller.reminder_timer.isActive()
    assert controller.next_reminder_at is None


def test_reminder_is_one_single_shot_timer_aimed_at_the_time(qtbot: QtBot, data_dir: Path) -> None:
    settings = Settings(reminder_enabled=True, reminder_time="18:00")
    _, controller = _make(qtbot, data_dir, settings, WallClock(datetime(2026, 6, 10, 17, 30)))
    assert controller.next_reminder_at == datetime(2026, 6, 10, 18, 0)
    assert controller.reminder_timer.isSingleShot()
    assert controller.reminder_timer.isActive()
    assert controller.reminder_timer.interval() == 30 * 60 * 1000


def test_passed_time_aims_at_tomorrow(qtbot: QtBot, data_dir: Path) -> None:
    settings = Settings(reminder_enabled=True, reminder_time="07:00")
    _, controller = _make(qtbot, data_dir, settings, WallClock(datetime(2026, 6, 10, 9, 0)))
    assert controller.next_reminder_at == datetime(2026, 6, 11, 7, 0)
    assert controller.reminder_timer.interval() == 22 * 3600 * 1000


def test_due_reminder_notifies_once_and_aims_at_the_next_day(qtbot: QtBot, data_dir: Path) -> None:
    clock = WallClock(datetime(2026, 6, 10, 17, 30))
    settings = Settings(reminder_enabled=True, reminder_time="18:00")
    _, controller = _make(qtbot, data_dir, settings, clock)
    clock.current = datetime(2026, 6, 10, 17, 59, 59, 500_000)  # a coarse timer may wake a little early
    with qtbot.waitSignal(controller.reminded) as reminded:
        controller.reminder_timer.timeout.emit()
    assert reminded.args == [REMINDER_TEXT]
    assert controller.next_reminder_at == datetime(2026, 6, 11, 18, 0)
    assert controller.reminder_timer.isActive()


def test_a_timer_that_wakes_far_too_early_aims_again_without_a_message(qtbot: QtBot, data_dir: Path) -> None:
    clock = WallClock(datetime(2026, 6, 10, 17, 0))
    _, controller = _make(qtbot, data_dir, Settings(reminder_enabled=True, reminder_time="18:00"), clock)
    clock.current += timedelta(minutes=20)
    with qtbot.assertNotEmitted(controller.reminded):
        controller.reminder_timer.timeout.emit()
    assert controller.next_reminder_at == datetime(2026, 6, 10, 18, 0)
    assert controller.reminder_timer.interval() == 40 * 60 * 1000


def test_changing_settings_moves_or_stops_the_reminder(qtbot: QtBot, data_dir: Path) -> None:
    store = SettingsStore(
        DataDir(data_dir).settings_file, Settings(reminder_enabled=True, reminder_time="18:00")
    )
    _, controller = _make(qtbot, data_dir, store, WallClock(datetime(2026, 6, 10, 12, 0)))
    store.update(reminder_time="12:30")
    assert controller.next_reminder_at == datetime(2026, 6, 10, 12, 30)
    assert controller.reminder_timer.interval() == 30 * 60 * 1000
    store.update(reminder_enabled=False)
    assert not controller.reminder_timer.isActive()
    assert controller.next_reminder_at is None
