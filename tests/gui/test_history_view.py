"""The history view over a real database: rows, filters, streak, week minutes, trend note, lazy loading."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from backpain_timer.domain.history import SessionRecord
from backpain_timer.storage.history_db import HistoryStore
from backpain_timer.storage.paths import DataDir
from backpain_timer.ui.history import view as history_view
from backpain_timer.ui.history.model import HistoryModel
from backpain_timer.ui.history.view import HistoryView
from backpain_timer.ui.theme import current_colors

TODAY = date(2026, 3, 12)  # a Thursday
ROUTINES = [("post-run-cool-down", "Post-run cool-down"), ("desk-break", "Desk break")]


def session(
    day: date,
    hour: int = 18,
    *,
    routine: tuple[str, str] = ROUTINES[0],
    minutes: float = 10,
    pain: tuple[int | None, int | None] = (None, None),
    tags: tuple[str, ...] = ("post-run", "cool-down"),
    completed: bool = True,
) -> SessionRecord:
    start = datetime(day.year, day.month, day.day, hour, 0, tzinfo=UTC)
    return SessionRecord(
        routine_id=routine[0],
        routine_name=routine[1],
        started_at=start,
        ended_at=start + timedelta(minutes=minutes),
        planned_seconds=600,
        active_seconds=minutes * 60,
        elapsed_seconds=minutes * 60,
        completed=completed,
        holds_done=6,
        holds_skipped=0,
        pain_before=pain[0],
        pain_after=pain[1],
        tags=tags,
    )


def store_records(data_dir: Path, records: list[SessionRecord]) -> Path:
    path = DataDir(data_dir).history_db
    with HistoryStore(path) as store:
        store.append_many(records)
    return path


def make_view(qtbot: QtBot, database: Path) -> HistoryView:
    view = HistoryView(database, ROUTINES, tz=UTC, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def cell(view: HistoryView, row: int, column: int) -> str:
    return str(view.model.data(view.model.index(row, column)))


def test_rows_show_date_routine_times_completion_and_pain(qtbot: QtBot, data_dir: Path) -> None:
    database = store_records(
        data_dir,
        [
            session(TODAY - timedelta(days=1), pain=(6, 3)),
            session(
                TODAY, 7, routine=ROUTINES[1], minutes=4.5, pain=(5, None), tags=("desk",), completed=False
            ),
        ],
    )
    view = make_view(qtbot, database)
    assert view.model.rowCount() == 2
    assert [cell(view, 0, column) for column in range(6)] == [
        "Thu 12 Mar 2026  07:00",
        "Desk break",
        "10:00",
        "04:30",
        "Stopped early",
        "5 → –",
    ]
    assert cell(view, 1, 1) == "Post-run cool-down"
    assert cell(view, 1, 5) == "6 → 3"
    assert view.count_label.text() == "2 sessions"


def test_filter_by_routine_and_by_tag(qtbot: QtBot, data_dir: Path) -> None:
    database = store_records(
        data_dir,
        [
            session(TODAY - timedelta(days=2)),
            session(TODAY - timedelta(days=1), routine=ROUTINES[1], tags=("desk",)),
            session(TODAY),
        ],
    )
    view = make_view(qtbot, database)
    view.routine_filter.setCurrentIndex(view.routine_filter.findData("desk-break"))
    assert view.model.rowCount() == 1
    assert cell(view, 0, 1) == "Desk break"
    view.routine_filter.setCurrentIndex(0)
    view.tag_filter.setCurrentIndex(view.tag_filter.findData("post-run"))
    assert view.model.rowCount() == 2
    assert {cell(view, row, 1) for row in range(2)} == {"Post-run cool-down"}
    assert view.count_label.text() == "2 sessions"


def test_streak_and_this_weeks_minutes(qtbot: QtBot, data_dir: Path) -> None:
    # Mon 9 to Thu 12 March in a row (4 days), Mon's twice; a gap on Sun 8; Fri 6 before it.
    days = [TODAY - timedelta(days=offset) for offset in (0, 1, 2, 3, 3, 6)]
    database = store_records(data_dir, [session(day, minutes=12) for day in days])
    view = make_view(qtbot, database)
    assert view.streak_label.text() == "Streak: 4 days"
    assert view.week_label.text() == "This week: 60 min"  # five sessions since Monday, 12 min each


def test_a_long_streak_is_counted_page_by_page(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(history_view, "STREAK_PAGE", 30)
    days = [TODAY - timedelta(days=offset) for offset in range(100)]
    database = store_records(
        data_dir, [session(day) for day in days] + [session(TODAY - timedelta(days=150))]
    )
    view = make_view(qtbot, database)
    assert view.streak_label.text() == "Streak: 30+ days"  # the first page, at once
    qtbot.waitUntil(lambda: view.streak_label.text() == "Streak: 100 days")


def test_a_streak_ending_yesterday_still_counts(qtbot: QtBot, data_dir: Path) -> None:
    database = store_records(
        data_dir, [session(TODAY - timedelta(days=1)), session(TODAY - timedelta(days=2))]
    )
    view = make_view(qtbot, database)
    assert view.streak_label.text() == "Streak: 2 days"


def test_no_history_yet(qtbot: QtBot, data_dir: Path) -> None:
    view = make_view(qtbot, DataDir(data_dir).history_db)
    assert view.model.rowCount() == 0
    assert view.streak_label.text() == "Streak: 0 days"
    assert view.week_label.text() == "This week: 0 min"
    assert not view.trend_label.isVisible()
    assert not DataDir(data_dir).history_db.exists()  # looking creates nothing


def test_trend_note_when_pain_is_not_easing(qtbot: QtBot, data_dir: Path) -> None:
    pains = [4, 5, 4, 5, 5]
    records = [session(TODAY - timedelta(days=2 * (4 - i)), pain=(p, p)) for i, p in enumerate(pains)]
    view = make_view(qtbot, store_records(data_dir, records))
    assert view.trend_label.isVisible()
    assert "physical therapist" in view.trend_label.text()


def test_no_trend_note_when_pain_is_easing(qtbot: QtBot, data_dir: Path) -> None:
    pains = [6, 5, 5, 4, 3]
    records = [session(TODAY - timedelta(days=2 * (4 - i)), pain=(p, p)) for i, p in enumerate(pains)]
    view = make_view(qtbot, store_records(data_dir, records))
    assert not view.trend_label.isVisible()


def test_rows_are_read_a_page_at_a_time(qtbot: QtBot, data_dir: Path) -> None:
    start = datetime(2025, 1, 1, tzinfo=UTC)
    one = session(TODAY)
    records = [replace(one, started_at=start + timedelta(hours=i)) for i in range(1000)]
    view = make_view(qtbot, store_records(data_dir, records))
    model = view.model
    assert model.total == 1000
    assert model.rowCount() == 200  # the first page only
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 400
    view.table.scrollToBottom()  # the view asks for the next page when scrolled to the end
    qtbot.waitUntil(lambda: model.rowCount() == 600)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 1000
    newest, oldest = (
        model.data(model.index(0, 0), HistoryModel.RecordRole),
        model.data(model.index(999, 0), HistoryModel.RecordRole),
    )
    assert isinstance(newest, SessionRecord) and isinstance(oldest, SessionRecord)
    assert newest.started_at == start + timedelta(hours=999)
    assert oldest.started_at == start


def test_history_model_passes_the_model_tester(qtmodeltester: object, data_dir: Path) -> None:
    records = [session(TODAY - timedelta(days=i), pain=(i % 11, None)) for i in range(450)]
    with HistoryStore(store_records(data_dir, records), read_only=True) as store:
        model = HistoryModel(store, UTC)
        qtmodeltester.check(model, force_py=True)  # type: ignore[attr-defined]
        model.fetchMore(QModelIndex())
        model.set_filter("desk-break", None)
        qtmodeltester.check(model, force_py=True)  # type: ignore[attr-defined]


def test_a_damaged_database_is_reported_in_the_view(qtbot: QtBot, data_dir: Path) -> None:
    database = DataDir(data_dir).history_db
    database.write_bytes(b"this is not a database" * 100)
    view = make_view(qtbot, database)
    assert view.error_label.isVisible()
    assert str(database) in view.error_label.text()
    assert view.model.rowCount() == 0


def test_the_chart_tab_draws_pain_and_minutes(qtbot: QtBot, data_dir: Path) -> None:
    records = [session(TODAY - timedelta(days=3 * i), pain=(5, 3)) for i in range(10)]
    view = make_view(qtbot, store_records(data_dir, records))
    assert view.charts is None
    view.tabs.setCurrentWidget(view.chart_page)
    charts = view.charts
    assert charts is not None
    before, _before_dots, after, _after_dots = charts.pain_chart.series()
    assert before.name() == "Before" and before.count() == 10
    assert after.name() == "After" and after.count() == 10
    (bars,) = charts.minutes_chart.series()
    minutes = bars.barSets()[0]
    # From the week of the oldest session (Mon 9 Feb, 27 days back) to this week, empty weeks included.
    assert minutes.count() == 5
    assert sum(minutes.at(week) for week in range(5)) == pytest.approx(10 * 10)


QT_CHARTS_LAZY = textwrap.dedent(
    """
    import sys
    from datetime import UTC, date
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from backpain_timer.ui.history.view import HistoryView

    app = QApplication([])
    view = HistoryView(Path(sys.argv[1]), tz=UTC, today=lambda: date(2026, 3, 12))
    view.show()
    app.processEvents()
    print("before", "PySide6.QtCharts" in sys.modules)
    view.tabs.setCurrentWidget(view.chart_page)
    app.processEvents()
    print("after", "PySide6.QtCharts" in sys.modules)
    """
)


def test_qtcharts_is_imported_only_when_the_chart_tab_is_shown(data_dir: Path) -> None:
    # A fresh interpreter: in this one another test may have imported QtCharts already.
    database = store_records(data_dir, [session(TODAY, pain=(4, 2))])
    result = subprocess.run(
        [sys.executable, "-c", QT_CHARTS_LAZY, str(database)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["before", "False", "after", "True"]


def test_a_rows_tooltip_shows_its_note_and_tags(qtbot: QtBot, data_dir: Path) -> None:
    record = session(TODAY, pain=(4, 2))
    database = store_records(data_dir, [replace(record, note="tight calves")])
    view = make_view(qtbot, database)
    assert view.model.data(view.model.index(0, 1), Qt.ItemDataRole.ToolTipRole) == (
        "Note: tight calves\nTags: Post-run, Cool-down"
    )


def test_a_rows_tooltip_tells_symptoms_before_from_symptoms_after_by_their_labels(
    qtbot: QtBot, data_dir: Path
) -> None:
    record = replace(
        session(TODAY, pain=(3, 7), tags=()), symptoms=("numbness",), symptoms_after=("fever", "weakness")
    )
    view = make_view(qtbot, store_records(data_dir, [record]))
    symptoms = "Noted: Numbness\nAfter the session: Weakness, Fever or feeling unwell"
    assert view.model.data(view.model.index(0, 1), Qt.ItemDataRole.ToolTipRole) == symptoms
    pain_tip = view.model.data(view.model.index(0, 5), Qt.ItemDataRole.ToolTipRole)
    assert pain_tip == f"Pain 3 → 7: noticeably worse\n{symptoms}"


def test_the_view_shows_the_same_advice_as_the_summary_most_serious_first(
    qtbot: QtBot, data_dir: Path
) -> None:
    # High pain that barely falls, and pain rising by 2 after the last sessions.
    pains = [(8, 10), (8, 8), (8, 10), (8, 10), (7, 7)]
    records = [session(TODAY - timedelta(days=2 * (4 - i)), pain=p) for i, p in enumerate(pains)]
    view = make_view(qtbot, store_records(data_dir, records))
    assert view.trend_label.isVisible()
    text = view.trend_label.text()
    assert text.index("Book a doctor or physiotherapist") < text.index("Go easy today")
    assert "5 check-ins" in text and "2 of your last 3 sessions" in text


def test_no_advice_for_a_pain_free_history(qtbot: QtBot, data_dir: Path) -> None:
    records = [session(TODAY - timedelta(days=i), pain=(0, 0)) for i in range(6)]
    view = make_view(qtbot, store_records(data_dir, records))
    assert not view.trend_label.isVisible()


def test_the_advice_follows_the_injected_today(qtbot: QtBot, data_dir: Path) -> None:
    records = [session(TODAY - timedelta(days=2 * i), pain=(6, 6)) for i in range(5)]
    database = store_records(data_dir, records)
    later = HistoryView(database, ROUTINES, tz=UTC, today=lambda: TODAY + timedelta(days=10))
    qtbot.addWidget(later)
    later.show()
    assert later.trend_label.isHidden()  # only 2 of the check-ins are within 14 days of that day
    assert make_view(qtbot, database).trend_label.isVisible()


def test_a_pain_change_people_notice_stands_out(qtbot: QtBot, data_dir: Path) -> None:
    database = store_records(
        data_dir,
        [
            session(TODAY, 9, pain=(6, 3)),  # newest: row 0, better
            session(TODAY, 8, pain=(3, 5)),  # worse
            session(TODAY, 7, pain=(5, 4)),  # 1 point, 20 %: not highlighted
        ],
    )
    view = make_view(qtbot, database)
    colors = current_colors()

    def role(row: int, which: Qt.ItemDataRole) -> object:
        return view.model.data(view.model.index(row, 5), which)

    assert cell(view, 0, 5) == "6 → 3"  # the text itself is unchanged
    assert role(0, Qt.ItemDataRole.ForegroundRole).name() == colors.accent  # type: ignore[attr-defined]
    assert role(1, Qt.ItemDataRole.ForegroundRole).name() == colors.error  # type: ignore[attr-defined]
    assert role(2, Qt.ItemDataRole.ForegroundRole) is None
    assert role(0, Qt.ItemDataRole.FontRole).bold()  # type: ignore[attr-defined]
    assert role(1, Qt.ItemDataRole.AccessibleTextRole) == "3 → 5, noticeably worse"
    assert role(0, Qt.ItemDataRole.ToolTipRole) == "Pain 6 → 3: noticeably better\nTags: Post-run, Cool-down"
    assert role(2, Qt.ItemDataRole.AccessibleTextRole) is None
