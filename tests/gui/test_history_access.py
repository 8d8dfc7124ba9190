"""History from the keyboard and a screen reader: Tab leaves the table, Ctrl+Tab reaches the charts, the
figures carry their values, and what counts for the streak counts for the week."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from backpain_timer.ui.history.view import HistoryView
from tests.gui.test_history_view import TODAY, make_view, session, store_records


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def focus_table(qtbot: QtBot, view: HistoryView) -> None:
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.table.setFocus()
    assert QApplication.focusWidget() is view.table


def test_tab_leaves_the_sessions_table(qtbot: QtBot, data_dir: Path) -> None:
    view = make_view(qtbot, store_records(data_dir, [session(TODAY), session(TODAY - timedelta(days=1))]))
    focus_table(qtbot, view)
    QTest.keyClick(view.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() not in (None, view.table)
    QTest.keyClick(focused(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is view.table  # and Shift+Tab comes back


@pytest.mark.parametrize(
    ("forward", "back"),
    [
        (
            (Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier),
            (Qt.Key.Key_Backtab, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
        ),
        (
            (Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier),
            (Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier),
        ),
    ],
    ids=["ctrl-tab", "ctrl-pgdn"],
)
def test_ctrl_tab_switches_to_the_charts_and_back(
    qtbot: QtBot,
    data_dir: Path,
    forward: tuple[Qt.Key, Qt.KeyboardModifier],
    back: tuple[Qt.Key, Qt.KeyboardModifier],
) -> None:
    view = make_view(qtbot, store_records(data_dir, [session(TODAY)]))
    focus_table(qtbot, view)
    QTest.keyClick(view.table, *forward)
    assert view.tabs.currentWidget() is view.chart_page
    assert view.charts is not None  # the charts were built on the way
    QTest.keyClick(focused(), *back)
    assert view.tabs.currentWidget() is view.table


def test_a_short_session_counts_for_the_week_as_for_the_streak(qtbot: QtBot, data_dir: Path) -> None:
    view = make_view(qtbot, store_records(data_dir, [session(TODAY, minutes=0.4)]))  # 24 seconds
    assert view.streak_label.text() == "Streak: 1 day"
    assert view.week_label.text() == "This week: 1 min"


def test_the_figures_carry_their_values_for_screen_readers(qtbot: QtBot, data_dir: Path) -> None:
    view = make_view(qtbot, store_records(data_dir, [session(TODAY, minutes=12)]))
    assert view.streak_label.accessibleName() == "Streak: 1 day"
    assert view.week_label.accessibleName() == "This week: 12 min"


def test_the_pain_charts_dates_are_whole_days_apart(qtbot: QtBot, data_dir: Path) -> None:
    view = make_view(qtbot, store_records(data_dir, [session(TODAY, pain=(4, 3))]))
    view.tabs.setCurrentWidget(view.chart_page)
    assert view.charts is not None
    x_axis = view.charts.pain_chart.axes(Qt.Orientation.Horizontal)[0]
    span_ms = x_axis.max().toMSecsSinceEpoch() - x_axis.min().toMSecsSinceEpoch()  # type: ignore[attr-defined]
    step_ms = span_ms / (x_axis.tickCount() - 1)  # type: ignore[attr-defined]
    day_ms = 24 * 3600 * 1000
    assert step_ms % day_ms == 0  # each tick a new date: no "30 Nov, 30 Nov, 1 Dec"
