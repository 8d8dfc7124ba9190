"""Runs in the history view: a row per run with its cool-down, the "cool-down after N of the last M runs"
line, the weekly running distance beside the other charts, what the tab says without runs, the count
beside the tabs, and the session filters out of the way."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCharts import QBarSeries
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from backpain_timer.domain.runs import Run
from backpain_timer.storage.history_db import HistoryStore
from backpain_timer.storage.paths import DataDir
from backpain_timer.storage.runs_db import RunStore
from backpain_timer.ui.history.view import HistoryView
from tests.gui.test_history_view import ROUTINES, TODAY, session

NOW = datetime(2026, 3, 12, 19, 0, tzinfo=UTC)  # TODAY, a Thursday, 19:00


def run(started_at: datetime, km: float, minutes: float) -> Run:
    return Run(
        id=None,
        sport="running",
        started_at=started_at,
        ended_at=started_at + timedelta(minutes=minutes),
        duration_seconds=minutes * 60,
        distance_m=km * 1000,
        avg_heart_rate=150.0,
        source="watch.fit",
    )


def history_with_runs(data_dir: Path) -> Path:
    """Three runs: today's, ended 30 min ago (no cool-down yet); Tuesday's, cooled down 5 min after;
    last Thursday's, never cooled down. Sessions: Tuesday's cool-down and a desk break."""
    path = DataDir(data_dir).history_db
    tuesday = datetime(2026, 3, 10, 7, 0, tzinfo=UTC)
    with RunStore(path) as store:
        store.add_runs([run(NOW - timedelta(minutes=60), 6.0, 30)])
        store.add_runs([run(tuesday, 10.0, 55)])
        store.add_runs([run(datetime(2026, 3, 5, 18, 0, tzinfo=UTC), 5.0, 32.5)])
    with HistoryStore(path) as store:
        # Tuesday's run ended at 07:55; its cool-down started at 08:00.
        store.append_many(
            [session(tuesday.date(), 8), session(TODAY, 9, routine=ROUTINES[1], tags=("desk",))]
        )
    return path


def history_without_runs(data_dir: Path) -> Path:
    """One session today and no runs."""
    path = DataDir(data_dir).history_db
    with HistoryStore(path) as store:
        store.append_many([session(TODAY)])
    return path


def make_view(qtbot: QtBot, database: Path) -> HistoryView:
    view = HistoryView(database, ROUTINES, tz=UTC, today=lambda: TODAY, now=lambda: NOW)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def rows(view: HistoryView) -> list[list[str]]:
    model = view.runs_model
    assert model is not None
    return [
        [str(model.data(model.index(row, column))) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_runs_are_listed_with_distance_time_pace_and_cool_down(qtbot: QtBot, data_dir: Path) -> None:
    view = make_view(qtbot, history_with_runs(data_dir))
    assert view.runs_model is None  # not read until asked for
    view.tabs.setCurrentWidget(view.runs_page)
    assert rows(view) == [
        ["Thu 12 Mar 2026  18:00", "6.0 km", "30:00", "5:00 /km", "Not yet"],
        ["Tue 10 Mar 2026  07:00", "10.0 km", "55:00", "5:30 /km", "Yes, 5 min after"],
        ["Thu 05 Mar 2026  18:00", "5.0 km", "32:30", "6:30 /km", "No"],
    ]
    assert view.model.rowCount() == 2  # the sessions table keeps its sessions


def test_the_summary_counts_the_runs_whose_cool_down_is_settled(qtbot: QtBot, data_dir: Path) -> None:
    view = make_view(qtbot, history_with_runs(data_dir))
    # Today's run may still get its cool-down: it is not counted as missed.
    assert view.runs_label.text() == "Cool-down after 1 of the last 2 runs"
    assert view.runs_label.accessibleName() == view.runs_label.text()
    assert view.runs_label.isVisible()


def test_without_runs_there_is_no_run_line(qtbot: QtBot, data_dir: Path) -> None:
    view = make_view(qtbot, history_without_runs(data_dir))
    assert not view.runs_label.isVisible()


def test_tab_leaves_the_runs_table(qtbot: QtBot, data_dir: Path) -> None:
    view = make_view(qtbot, history_with_runs(data_dir))
    view.tabs.setCurrentWidget(view.runs_page)
    assert view.runs_table is not None
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.runs_table.setFocus()
    QTest.keyClick(view.runs_table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() not in (None, view.runs_table)


def test_the_charts_show_running_km_per_week(qtbot: QtBot, data_dir: Path) -> None:
    view = make_view(qtbot, history_with_runs(data_dir))
    view.tabs.setCurrentWidget(view.chart_page)
    assert view.charts is not None
    series = view.charts.distance_chart.series()
    assert len(series) == 1 and isinstance(series[0], QBarSeries)
    bars = series[0].barSets()[0]
    # From the week of the oldest run (Mon 2 Mar) to this week (Mon 9 Mar).
    assert [bars.at(week) for week in range(bars.count())] == [5.0, 16.0]
    assert view.charts.chart_views[2].isVisibleTo(view.charts)


def test_without_runs_the_running_chart_stays_hidden(qtbot: QtBot, data_dir: Path) -> None:
    view = make_view(qtbot, history_without_runs(data_dir))
    view.tabs.setCurrentWidget(view.chart_page)
    assert view.charts is not None
    assert not view.charts.chart_views[2].isVisibleTo(view.charts)
    assert view.charts.chart_views[0].isVisibleTo(view.charts)


def test_without_runs_the_runs_tab_says_how_runs_get_there(qtbot: QtBot, data_dir: Path) -> None:
    path = history_without_runs(data_dir)
    view = make_view(qtbot, path)
    view.tabs.setCurrentWidget(view.runs_page)
    assert view.runs_table is not None
    assert not view.runs_table.isVisible()  # no empty table
    assert view.no_runs_label.isVisible()
    message = view.no_runs_label.text()
    assert message.startswith("No runs yet.")
    assert "watched folders" in message and "backpain-timer runs import FILE" in message
    assert view.count_label.text() == "0 runs"
    with RunStore(path) as store:
        store.add_runs([run(NOW - timedelta(days=1), 5.0, 30)])
    view.refresh()  # as after a run was picked up
    assert view.runs_table.isVisible()
    assert not view.no_runs_label.isVisible()
    assert view.count_label.text() == "1 run"


def test_the_count_beside_the_tabs_counts_what_the_tab_lists(qtbot: QtBot, data_dir: Path) -> None:
    view = make_view(qtbot, history_with_runs(data_dir))
    assert view.count_label.text() == "2 sessions"
    view.tabs.setCurrentWidget(view.runs_page)
    assert view.count_label.isVisible()
    assert view.count_label.text() == "3 runs"
    view.tabs.setCurrentWidget(view.chart_page)
    assert not view.count_label.isVisible()  # the charts show weeks, not a list to count
    view.tabs.setCurrentWidget(view.table)
    assert view.count_label.isVisible()
    assert view.count_label.text() == "2 sessions"
    view.routine_filter.setCurrentIndex(view.routine_filter.findData(ROUTINES[1][0]))
    assert view.count_label.text() == "1 session"  # the sessions the filter lets through


def test_the_session_filters_hide_on_the_runs_tab(qtbot: QtBot, data_dir: Path) -> None:
    """Routine and tag choose sessions, in the table and the charts; runs have neither."""
    view = make_view(qtbot, history_with_runs(data_dir))
    filters = (view.routine_filter, view.tag_filter)
    tabs_top = view.tabs.y()
    view.tabs.setCurrentWidget(view.runs_page)
    assert not any(combo.isVisible() for combo in filters)
    QApplication.processEvents()  # the layout's new geometry
    assert view.tabs.y() == tabs_top  # the tab just clicked stays under the pointer
    view.tabs.setCurrentWidget(view.chart_page)
    assert all(combo.isVisible() for combo in filters)
    view.tabs.setCurrentWidget(view.runs_page)
    view.tabs.setCurrentWidget(view.table)
    assert all(combo.isVisible() for combo in filters)


def test_with_runs_the_three_figures_wrap_and_the_view_fits_800_wide(qtbot: QtBot, data_dir: Path) -> None:
    view = make_view(qtbot, history_with_runs(data_dir))
    figures = (view.streak_label, view.week_label, view.runs_label)
    assert all(label.isVisible() and label.text() for label in figures)
    assert view.minimumSizeHint().width() <= 800  # in one row they needed about 870 px
    view.resize(800, 600)
    qtbot.waitUntil(lambda: view.runs_label.y() > view.streak_label.y())  # the runs figure on a new line
    for label in figures:
        assert label.geometry().right() < view.width() - 20, label.text()  # whole, inside the margin
