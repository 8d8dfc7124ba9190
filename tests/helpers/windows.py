"""Windows shown as a user has them: on screen and active, so keys go where the user's would."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from backpain_timer.storage.library import Library
from backpain_timer.storage.settings import Settings
from backpain_timer.ui.cues.player import CuePlayer
from backpain_timer.ui.main_window import MainWindow
from tests.helpers.fake_clock import FakeClock

AnyWidget = TypeVar("AnyWidget", bound=QWidget)


def show_and_activate(qtbot: QtBot, widget: AnyWidget) -> AnyWidget:
    """Show a top-level widget, wait until it is on screen and active, and return it (closed by qtbot)."""
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def open_main_window(
    qtbot: QtBot,
    library: Library,
    clock: FakeClock,
    *,
    settings: Settings | None = None,
    cue_player: CuePlayer | None = None,
    today: Callable[[], date] | None = None,
) -> MainWindow:
    """The real main window over ``library``, timed by ``clock``, shown and active."""
    window = MainWindow(library, clock=clock, settings=settings, cue_player=cue_player, today=today)
    return show_and_activate(qtbot, window)
