"""The Charts tab at 800×600 with the first-run notice up, in English and German: the pain chart's plot keeps
a readable height and every axis label shows whole (QtCharts writes "…" for a label it has no room for).
The weekly bars too, at 800×600 and 640×480, and with the running chart making three charts in a row."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import cast

import pytest
import shiboken6
from PySide6.QtCharts import QChartView
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QGraphicsTextItem
from pytestqt.qtbot import QtBot

from backpain_timer.domain.history import SessionRecord
from backpain_timer.storage.history_db import HistoryStore
from backpain_timer.storage.library import Library
from backpain_timer.storage.texts_files import use_language
from backpain_timer.ui.history.chart import CHART_MIN_HEIGHT, HistoryCharts
from backpain_timer.ui.main_window import MainWindow
from tests.gui.test_history_runs import run
from tests.gui.test_session_layout import SMALL_SCREEN, settle
from tests.helpers.fake_clock import FakeClock
from tests.helpers.records import finished_session
from tests.helpers.window_language import window_language
from tests.helpers.windows import open_main_window

TEXT_ITEM = 8  # QGraphicsTextItem's type(): QtCharts draws axis labels, titles and legends with it


def shown_texts(view: QChartView) -> list[str]:
    texts = []
    for item in view.scene().items():
        if item.type() == TEXT_ITEM and item.isVisible():
            as_object = item.toGraphicsObject()
            assert as_object is not None
            pointer = shiboken6.getCppPointer(as_object)[0]
            text_item = cast(QGraphicsTextItem, shiboken6.wrapInstance(pointer, QGraphicsTextItem))
            texts.append(text_item.toPlainText())
    return texts


@contextmanager
def speaking(language: str, window_translations: Path) -> Iterator[None]:
    """The domain's texts and the window in ``language`` inside the block, English after."""
    use_language(language)
    try:
        with window_language(language, window_translations):
            yield
    finally:
        use_language("en")


@contextmanager
def charts_in_window(
    qtbot: QtBot, library: Library, clock: FakeClock, window_translations: Path, language: str, size: QSize
) -> Iterator[tuple[MainWindow, HistoryCharts]]:
    """The main window at ``size`` in ``language``, on the history's Charts tab."""
    with speaking(language, window_translations):
        window = open_main_window(qtbot, library, clock)
        window.resize(size)
        window.show_history()
        history = window.history_view
        assert history is not None
        history.tabs.setCurrentWidget(history.chart_page)
        settle(qtbot)
        charts = history.charts
        assert charts is not None
        assert window.size() == size
        yield window, charts
        window.close()


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_pain_chart_reads_whole_at_800_by_600_under_the_notice(
    qtbot: QtBot, library: Library, clock: FakeClock, window_translations: Path, language: str
) -> None:
    today = datetime.now(UTC).replace(hour=8)
    records = [
        finished_session("desk-break", "Desk break", today - timedelta(days=day), pain_before=6, pain_after=4)
        for day in range(18)
    ]
    with HistoryStore(library.data.history_db) as store:
        store.append_many(records)
    with charts_in_window(qtbot, library, clock, window_translations, language, SMALL_SCREEN) as (
        window,
        charts,
    ):
        assert window.banner is not None  # the first run: the notice is up too

        def readable() -> None:
            assert charts.pain_chart.plotArea().height() >= 120
            texts = shown_texts(charts.chart_views[0])
            assert {"0", "10"} <= set(texts)  # the pain scale's ends
            no_cut_labels(charts.chart_views[0], 3)  # at least three dates

        qtbot.waitUntil(readable)  # the ticks are fitted once the charts' layout has settled


def no_cut_labels(view: QChartView, least_dates: int) -> None:
    texts = shown_texts(view)
    assert not [text for text in texts if "..." in text or "…" in text]
    assert sum(text[:1].isdigit() and not text.isdigit() for text in texts) >= least_dates, texts


def sessions_over(weeks: int) -> list[SessionRecord]:
    today = datetime.now(UTC).replace(hour=8)
    return [
        finished_session("desk-break", "Desk break", today - timedelta(days=day), pain_before=6, pain_after=4)
        for day in range(0, 7 * weeks - 3, 3)
    ]


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("size", [SMALL_SCREEN, QSize(640, 480)])
def test_twelve_weeks_of_bars_label_their_weeks_whole(
    qtbot: QtBot, library: Library, clock: FakeClock, window_translations: Path, language: str, size: QSize
) -> None:
    with HistoryStore(library.data.history_db) as store:
        store.append_many(sessions_over(12))
    with charts_in_window(qtbot, library, clock, window_translations, language, size) as (_window, charts):
        qtbot.waitUntil(lambda: no_cut_labels(charts.chart_views[1], 3))  # once the layout has settled


@pytest.mark.parametrize("language", ["en", "de"])
def test_three_weeks_of_bars_in_three_charts_label_their_weeks_whole(
    qtbot: QtBot, window_translations: Path, language: str
) -> None:
    """Runs add a third chart to the row: at 640×480 the row is 580 px wide."""
    now = datetime.now(UTC).replace(hour=8)
    runs = [run(now - timedelta(days=day), 5.0, 30) for day in range(2, 18, 4)]
    with speaking(language, window_translations):
        charts = HistoryCharts()
        qtbot.addWidget(charts)
        charts.resize(580, CHART_MIN_HEIGHT)
        today = now.date()
        charts.show_records(sessions_over(3), today - timedelta(weeks=4), today, UTC, runs)
        charts.show()

        def readable() -> None:
            for view in charts.chart_views[1:]:  # minutes and km
                no_cut_labels(view, 2)

        qtbot.waitUntil(readable)
