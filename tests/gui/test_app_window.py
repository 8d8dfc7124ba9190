"""The app as `backpain-timer` builds it: theme from the settings, icon, tray quick starts, settings that
reach the theme and the tray, and one window per data folder."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from backpain_timer.handover import ask_running_app_to_show, socket_path
from backpain_timer.storage.library import Library
from backpain_timer.ui.app import after_first_paint, build_window
from backpain_timer.ui.colors import DARK, LIGHT
from backpain_timer.ui.main_window import MainWindow
from backpain_timer.ui.resident import Resident
from backpain_timer.ui.single_instance import InstanceServer
from backpain_timer.ui.theme import current_colors, theme_controller
from backpain_timer.ui.tray import TrayController
from tests.helpers.fake_notifier import FakeNotifier


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The shared QApplication, returned to its plain look and icon after each test."""
    palette, sheet, font, icon = qapp.palette(), qapp.styleSheet(), qapp.font(), qapp.windowIcon()
    yield qapp
    theme_controller(qapp).setParent(None)
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)
    qapp.setWindowIcon(icon)


@pytest.fixture
def built(app: QApplication, qtbot: QtBot, library: Library) -> tuple[MainWindow, TrayController]:
    library.data.settings_file.write_text(json.dumps({"theme": "dark", "volume": "loud"}), encoding="utf-8")
    window = build_window(app, library)
    qtbot.addWidget(window)
    # The tray as the app makes it: the resident takes over the window already shown.
    resident = Resident(library, window.settings_store, lambda: window, notifier=FakeNotifier())
    resident.window()
    return window, resident.tray


def test_the_theme_comes_from_the_settings_and_follows_changes(
    built: tuple[MainWindow, TrayController], app: QApplication
) -> None:
    window, _tray = built
    assert current_colors() == DARK
    window.settings_store.update(theme="light")
    assert current_colors() == LIGHT


def test_a_bad_setting_is_reported_in_the_status_bar(built: tuple[MainWindow, TrayController]) -> None:
    window, _tray = built
    assert "'volume' has a bad value 'loud'" in window.statusBar().currentMessage()


def test_the_window_icon_has_every_png_size(
    built: tuple[MainWindow, TrayController], app: QApplication
) -> None:
    sizes = app.windowIcon().availableSizes()
    assert {QSize(16, 16), QSize(48, 48), QSize(256, 256)} <= set(sizes)


def test_a_tray_preset_asks_first_and_one_key_skips(built: tuple[MainWindow, TrayController]) -> None:
    window, tray = built
    assert window.settings.checkin_before
    tray.preset_actions["desk-break"].trigger()
    assert window.stack.currentWidget() is window.before_view  # issue 15: it used to start at once
    window.before_view.checkin.skip()
    assert window.stack.currentWidget() is window.session_view
    assert window.controller is not None and window.controller.engine.plan.routine.id == "desk-break"


def test_settings_reach_the_tray_reminder(built: tuple[MainWindow, TrayController]) -> None:
    window, tray = built
    assert not tray.reminder_timer.isActive()
    window.settings_store.update(reminder_enabled=True, reminder_time="07:30")
    assert tray.reminder_timer.isActive()


@pytest.fixture
def runtime_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Sockets in a folder of the test's own, not the user's runtime folder."""
    folder = tmp_path / "run"
    folder.mkdir()
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    return folder


def test_a_second_start_on_the_same_data_folder_asks_the_first_to_show(
    qtbot: QtBot, tmp_path: Path, runtime_dir: Path
) -> None:
    first = InstanceServer(tmp_path / "data")
    assert first.listen()
    assert not ask_running_app_to_show(tmp_path / "other-data")
    with qtbot.waitSignal(first.show_requested):
        assert ask_running_app_to_show(tmp_path / "data")
    first.close()
    assert not ask_running_app_to_show(tmp_path / "data")
    assert list(runtime_dir.iterdir()) == [], "closing removes the socket"


def test_a_socket_left_by_a_crashed_app_is_taken_over(
    qtbot: QtBot, tmp_path: Path, runtime_dir: Path
) -> None:
    path = socket_path(tmp_path)
    assert path is not None
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as crashed:
        crashed.bind(str(path))  # a killed app leaves its socket file behind, nobody listening on it
    assert not ask_running_app_to_show(tmp_path)
    second = InstanceServer(tmp_path)
    assert second.listen()
    with qtbot.waitSignal(second.show_requested):
        assert ask_running_app_to_show(tmp_path)
    second.close()


def test_the_socket_depends_on_the_data_folder(tmp_path: Path, runtime_dir: Path) -> None:
    assert socket_path(tmp_path / "a") == socket_path(tmp_path / "a" / ".." / "a")
    assert socket_path(tmp_path / "a") != socket_path(tmp_path / "b")


def icon_lightness(window: MainWindow) -> float:
    image = window.session_view.skip_button.icon().pixmap(16, 16).toImage()
    pixels = [image.pixelColor(x, y) for x in range(16) for y in range(16)]
    return max(color.lightnessF() for color in pixels if color.alpha() > 200)


def test_session_button_icons_are_drawn_in_the_themes_text_colour(
    built: tuple[MainWindow, TrayController],
) -> None:
    window, _tray = built
    assert icon_lightness(window) > 0.8, "light glyphs on the dark theme"
    window.settings_store.update(theme="light")
    assert icon_lightness(window) < 0.3


def test_work_after_start_up_waits_until_the_window_is_on_screen(qtbot: QtBot) -> None:
    """The tray, the instance server and the watchers start once the home window is up, not before."""
    window = QWidget()
    window.setWindowTitle("first paint")
    qtbot.addWidget(window)
    seen: list[bool] = []
    window.show()
    after_first_paint(window, lambda: seen.append(window.windowHandle().isExposed()))
    assert seen == []  # not while showing
    qtbot.waitUntil(lambda: seen == [True])
    window.hide()
    window.show()
    qtbot.wait(50)
    assert seen == [True]  # once


def test_work_after_start_up_still_runs_when_the_window_never_appears(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    window.hide()  # shown, then hidden before it could be painted
    ran: list[str] = []
    after_first_paint(window, lambda: ran.append("started"), latest_ms=50)
    qtbot.waitUntil(lambda: ran == ["started"])
