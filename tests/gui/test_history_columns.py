"""The sessions table at 800×600: every column in sight without scrolling sideways, in English and German;
the routine's name gives way (cut with "…"), the dates, times and words in the other columns stay whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from backpain_timer.storage.library import Library
from backpain_timer.storage.paths import DataDir
from tests.gui.test_history_view import ROUTINES, TODAY, make_view, session, store_records
from tests.gui.test_session_layout import SMALL_SCREEN, settle
from tests.helpers.fake_clock import FakeClock
from tests.helpers.window_language import window_language
from tests.helpers.windows import open_main_window

LONG_NAME = ("long", "Gentle mobility for the upper and lower back after a long day at the desk")
ROUTINE_COLUMN = 1


def widest_cell(table: QTableView, column: int) -> int:
    model = table.model()
    metrics = table.fontMetrics()
    return max(
        metrics.horizontalAdvance(str(model.index(row, column).data())) for row in range(model.rowCount())
    )


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_sessions_column_is_in_sight_at_800_by_600(
    themed: QApplication,
    qtbot: QtBot,
    data_dir: Path,
    library: Library,
    clock: FakeClock,
    window_translations: Path,
    language: str,
) -> None:
    store_records(
        data_dir,
        [
            session(TODAY.replace(day=9), 8, routine=LONG_NAME, pain=(10, 10), completed=False),
            session(TODAY.replace(day=10), 23, routine=ROUTINES[1], minutes=59.99, pain=(6, 3)),
        ]
        + [session(TODAY.replace(day=day), 18) for day in range(1, 9)],  # enough rows for a scroll bar
    )
    with window_language(language, window_translations):
        window = open_main_window(qtbot, library, clock)
        window.resize(SMALL_SCREEN)
        window.show_history()
        settle(qtbot)
        assert window.size() == SMALL_SCREEN
        view = window.history_view
        assert view is not None
        table = view.table
        header = table.horizontalHeader()
        assert table.verticalScrollBar().isVisible()  # the narrowest case: the bar takes its room
        assert not table.horizontalScrollBar().isVisible()
        assert header.length() <= table.viewport().width()
        for column in range(header.count()):
            assert (
                header.sectionViewportPosition(column) + header.sectionSize(column)
                <= table.viewport().width()
            )
            if column != ROUTINE_COLUMN:  # whole words, numbers and headings
                assert header.sectionSize(column) >= widest_cell(table, column), column
                assert header.sectionSize(column) >= header.sectionSizeHint(column), column
        routine = header.sectionSize(ROUTINE_COLUMN)
        assert routine >= table.fontMetrics().horizontalAdvance(
            "Post-run cool"
        )  # enough to tell routines apart
        assert routine < table.fontMetrics().horizontalAdvance(LONG_NAME[1])  # the long name is cut...
        assert table.textElideMode() == Qt.TextElideMode.ElideRight  # ...at its end, with "…"
        window.resize(1280, 800)
        settle(qtbot)
        assert header.sectionSize(ROUTINE_COLUMN) > routine  # a wider window gives the room to the name


def test_short_headings_say_in_full_what_they_mean(qtbot: QtBot, data_dir: Path) -> None:
    model = make_view(qtbot, DataDir(data_dir).history_db).model

    def heading(column: int, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> object:
        return model.headerData(column, Qt.Orientation.Horizontal, role)

    assert heading(5) == "Pain"
    assert heading(5, Qt.ItemDataRole.ToolTipRole) == "Pain before → after"
    assert heading(2, Qt.ItemDataRole.ToolTipRole) == "Planned length"
    assert heading(3, Qt.ItemDataRole.ToolTipRole) == "Time actually exercised"
    assert heading(0, Qt.ItemDataRole.ToolTipRole) is None  # "Date" says it all
