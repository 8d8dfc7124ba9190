"""The Charts tab at 800×600 with the first-run notice up, in English and German: the pain chart's plot keeps
a readable height and every axis label shows whole (QtCharts writes "…" for a label it has no room for)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import cast

import pytest
import shiboken6
from PySide6.QtCharts import QChartView
from PySide6.QtWidgets import QGraphicsTextItem
from pytestqt.qtbot import QtBot

from backpain_timer.storage.history_db import HistoryStore
from backpain_timer.storage.library import Library
from backpain_timer.storage.texts_files import use_language
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
    use_language(language)
    try:
        with window_language(language, window_translations):
            window = open_main_window(qtbot, library, clock)
            assert window.banner is not None  # the first run: the notice is up too
            window.resize(SMALL_SCREEN)
            window.show_history()
            history = window.history_view
            assert history is not None
            history.tabs.setCurrentWidget(history.chart_page)
            settle(qtbot)
            charts = history.charts
            assert charts is not None
            assert window.size() == SMALL_SCREEN

            def readable() -> None:
                assert charts.pain_chart.plotArea().height() >= 120
                texts = shown_texts(charts.chart_views[0])
                assert not [text for text in texts if "..." in text or "…" in text]
                assert {"0", "10"} <= set(texts)  # the pain scale's ends
                assert sum(text[:1].isdigit() and not text.isdigit() for text in texts) >= 3  # dates

            qtbot.waitUntil(readable)  # the ticks are fitted once the charts' layout has settled
            window.close()
    finally:
        use_language("en")
