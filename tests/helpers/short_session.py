"""A short routine for window tests, and the steps that start it, move its time and read what was saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from backpain_timer.domain.history import SessionRecord
from backpain_timer.storage.history_db import HistoryStore
from backpain_timer.ui.main_window import MainWindow
from backpain_timer.ui.session.controller import SessionController
from tests.helpers.fake_clock import FakeClock

# prepare 3 | hold L 5 | switch 2 | hold R 5 | rest 2 | hold 4  → 21 s, three holds
SHORT_ROUTINE = """\
version: 1
name: Short test routine
description: Two quick stretches for the tests.
tags: [core, desk]
prepare: 3s
rest: 2s
switch: 2s
steps:
  - exercise: thread-the-needle
    hold: 5s
    sides: both
    note: Keep it easy.
  - exercise: childs-pose
    hold: 4s
"""
SHORT_ROUTINE_ID = "short-test"
SHORT_ROUTINE_SECONDS = 21.0


def start_short(window: MainWindow) -> None:
    """Start the short routine at once: no check-in."""
    window.start_routine(window.library.load(SHORT_ROUTINE_ID), quick_start=True)


def start_short_from_home(window: MainWindow) -> None:
    """Select the short routine on the home page and press Start, as a user does (check-in first)."""
    assert window.home.select(SHORT_ROUTINE_ID)
    QTest.mouseClick(window.home.start_button, Qt.MouseButton.LeftButton)


def advance(window: MainWindow, clock: FakeClock, seconds: float) -> None:
    """Let ``seconds`` pass and deliver the timer's wake-up (the timer only asks the engine)."""
    clock.advance(seconds)
    controller(window).poll()


def controller(window: MainWindow) -> SessionController:
    assert window.controller is not None, "no session was started"
    return window.controller


def saved_records(window: MainWindow) -> list[SessionRecord]:
    """The sessions the window's history writer has saved, newest first."""
    with HistoryStore(window.history_writer.database) as store:
        return store.records()
