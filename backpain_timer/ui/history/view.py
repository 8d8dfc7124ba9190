"""The history: sessions (a paged table), runs, streak and this week's minutes, how often runs got their
cool-down, a trend note, and charts.

Opening it reads one page of sessions, the last runs and a few weeks for the figures, whatever the
history's size. The runs table is read when its tab is first shown, and QtCharts is imported only when the
Charts tab is: it is large and most visits don't need it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from backpain_timer.domain.advice import title
from backpain_timer.domain.history import local_date, local_dates, streak_days, week_minutes, week_start
from backpain_timer.domain.run_summary import LAST_RUNS, cool_down_share
from backpain_timer.domain.safety import trend_findings
from backpain_timer.storage.history_summary import local_timezone, read_trend_records
from backpain_timer.storage.problems import HistoryError
from backpain_timer.storage.runs_db import RunStore
from backpain_timer.ui.flow_layout import FlowLayout
from backpain_timer.ui.history.model import HistoryModel, completed_text
from backpain_timer.ui.history.runs_model import RunsModel, pace_words
from backpain_timer.ui.keys import switch_tabs_by_keys
from backpain_timer.ui.tags import tag_chips
from backpain_timer.ui.theme import outline_controls
from backpain_timer.ui.translations import date_time_text

if TYPE_CHECKING:
    from backpain_timer.ui.history.chart import HistoryCharts

CHART_WEEKS = 12
STREAK_PAGE = 1000  # sessions read at a time for the streak: one page covers a normal history
FILTER_LETTERS = 16  # the routine filter's width, in letters
CELL_PADDING = 20  # the theme's 6 px either side of a cell's text, its grid line and a little air


class HistoryView(QWidget):
    """``routines`` are (id, name) pairs for the routine filter (the library's routines).

    ``today`` gives the local date the streak, the week and the charts end on, ``now`` the moment that
    decides whether a recent run may still get its cool-down, ``tz`` the zone days are counted in (tests
    pass them; by default the wall clock in the system's zone).
    ``back_requested()`` comes from the Back button or Esc.
    """

    back_requested = Signal()

    def __init__(
        self,
        history_db: Path,
        routines: Sequence[tuple[str, str]] = (),
        *,
        tz: tzinfo | None = None,
        today: Callable[[], date] | None = None,
        now: Callable[[], datetime] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        outline_controls()
        super().__init__(parent)
        self.tz = tz or local_timezone()
        self._today = today or (lambda: datetime.now(self.tz).date())
        self._now = now or (lambda: datetime.now(self.tz))
        # Read-only: the view never writes, and a history in a read-only folder still shows.
        self.store = RunStore(history_db, read_only=True)
        self.model = HistoryModel(self.store, self.tz, parent=self)
        self.runs_model: RunsModel | None = None  # read when the Runs tab is first shown
        self.charts: HistoryCharts | None = None
        self._streak_generation = 0
        self._streak_read = 0
        self._streak_dates: set[date] = set()

        title = QLabel(self.tr("History"))
        title.setStyleSheet("font-size: 20pt; font-weight: 600;")
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Back to the routines"))
        self.back_button.setToolTip(self.tr("Back to the routines (Esc)"))
        self.back_button.clicked.connect(self.back_requested)
        back_key = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        back_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back_key.activated.connect(self.back_requested)
        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(self.back_button)

        self.streak_label = QLabel()
        self.streak_label.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.week_label = QLabel()
        self.week_label.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.runs_label = QLabel()
        self.runs_label.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.trend_label = QLabel()
        self.trend_label.setWordWrap(True)
        self.trend_label.setProperty("notice", True)
        self.trend_label.setAccessibleName(self.tr("Pain trend"))
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setProperty("notice", True)
        self.model.failed.connect(self._show_error)

        self.routine_filter = QComboBox()
        self.routine_filter.setAccessibleName(self.tr("Show sessions of routine"))
        self.routine_filter.addItem(self.tr("All routines"), None)
        for routine_id, name in routines:
            self.routine_filter.addItem(name, routine_id)
        self.tag_filter = QComboBox()
        self.tag_filter.setAccessibleName(self.tr("Show sessions with tag"))
        self.tag_filter.addItem(self.tr("All tags"), None)
        for label, tag in tag_chips():
            self.tag_filter.addItem(label, tag)
        # As wide as a short name, not the longest one: a long routine name (or a long language) would
        # widen the window past a small screen. The open list still shows the names whole.
        self.routine_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.routine_filter.setMinimumContentsLength(FILTER_LETTERS)
        self.routine_filter.view().setMinimumWidth(self.routine_filter.view().sizeHintForColumn(0))
        for combo in (self.routine_filter, self.tag_filter):
            combo.currentIndexChanged.connect(self._filter_changed)
        self.count_label = QLabel()
        self.count_label.setProperty("muted", True)

        self.table = make_table(self.model, self.tr("Sessions"), stretch=1)
        widest = {0: widest_date(), 2: "1:00:00", 3: "1:00:00", 4: completed_text(False), 5: "10 → 10"}
        size_columns(self.table, widest)

        self.chart_page = QWidget()
        QVBoxLayout(self.chart_page).setContentsMargins(0, 0, 0, 0)  # the charts' height goes to the plots
        self.runs_page = QWidget()
        QVBoxLayout(self.runs_page).setContentsMargins(0, 0, 0, 0)
        self.runs_table: QTableView | None = None
        self.no_runs_label = QLabel(
            self.tr(
                "No runs yet. Backpain Timer picks up run files (FIT, GPX, TCX) from the watched folders: "
                "runs-inbox in your data folder, a plugged-in watch, and the folders in the run_folders "
                "setting. To add files from anywhere else, use the command backpain-timer runs import FILE."
            )
        )
        self.no_runs_label.setWordWrap(True)
        self.no_runs_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.no_runs_label.setContentsMargins(12, 12, 12, 12)
        self.no_runs_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.table, self.tr("Sessions"))
        self.tabs.addTab(self.chart_page, self.tr("Charts"))
        self.tabs.addTab(self.runs_page, self.tr("Runs"))
        # The count beside the tabs, not after the filters: that row stays narrow enough for a small screen.
        self.count_label.setContentsMargins(0, 0, 4, 0)
        self.tabs.setCornerWidget(self.count_label, Qt.Corner.TopRightCorner)
        self.tabs.currentChanged.connect(self._tab_changed)
        switch_tabs_by_keys(self.tabs, self)

        figures = FlowLayout(spacing=32, line_spacing=4)  # they wrap: with runs, one row is 870 px wide
        for figure in (self.streak_label, self.week_label, self.runs_label):
            figures.addWidget(figure)
        # Hidden on the Runs tab, where they do not apply; their room is kept, so the tabs stay put.
        self.filter_row = QWidget()
        retained = self.filter_row.sizePolicy()
        retained.setRetainSizeWhenHidden(True)
        self.filter_row.setSizePolicy(retained)
        filters = QHBoxLayout(self.filter_row)
        filters.setContentsMargins(0, 0, 0, 0)
        # On Linux a combo box's accessible name is its value: a screen reader says what it is for from
        # the label it is labelled by (the buddy).
        for caption, combo in ((self.tr("Routine"), self.routine_filter), (self.tr("Tag"), self.tag_filter)):
            buddy = QLabel(caption)
            buddy.setBuddy(combo)
            filters.addWidget(buddy)
            filters.addWidget(combo)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)  # as home
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addLayout(figures)
        layout.addWidget(self.trend_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.filter_row)
        layout.addWidget(self.tabs, 1)
        self.refresh()

    def refresh(self) -> None:
        """Read the history again (call after a session was saved)."""
        self.error_label.hide()
        self.model.refresh()
        if self.model.error:
            self._show_error(self.model.error)
        self._update_count()
        self._update_figures()
        if self.runs_model is not None:
            self.runs_model.refresh()
        if self.charts is not None:
            self._update_charts()

    def close_store(self) -> None:
        self.store.close()

    # --- figures --------------------------------------------------------------------------------

    def _update_figures(self) -> None:
        self._streak_generation += 1
        self._streak_read = 0
        self._streak_dates = set()
        self._count_streak(self._streak_generation)
        today = self._today()
        try:
            this_week = week_minutes(self.store.records(since=week_start(today), tz=self.tz), today, self.tz)
            findings = trend_findings(read_trend_records(self.store, today, self.tz), today, self.tz)
            # More than the last runs: a run still inside its cool-down window is not counted yet.
            last_runs = self.store.runs_with_cool_downs(limit=2 * LAST_RUNS)
        except HistoryError as error:
            self._show_error(str(error))
            return
        # Rounded up, as the streak counts: a 24-second session is "1 min", never "0 min".
        self.week_label.setText(
            self.tr("This week: {minutes} min").format(minutes=math.ceil(this_week - 1e-9))
        )
        self.week_label.setAccessibleName(self.week_label.text())
        self.runs_label.setText(cool_down_share(last_runs, self._now()).text)
        self.runs_label.setAccessibleName(self.runs_label.text())
        self.runs_label.setVisible(bool(self.runs_label.text()))
        # The same advice as `history --summary`, most serious first.
        self.trend_label.setVisible(bool(findings))
        self.trend_label.setText(
            "<br><br>".join(f"<b>{title(finding.level)}.</b> {finding.text}" for finding in findings)
        )

    def _count_streak(self, generation: int) -> None:
        """Read one more page of sessions (newest first) and update the streak; go on later if needed.

        Pages keep the view responsive when a streak spans a very long history: the label shows
        "N+ days" until the day that breaks the streak has been read.
        """
        if generation != self._streak_generation:
            return  # a refresh started a new count
        today = self._today()
        try:
            page = self.store.records(limit=STREAK_PAGE, offset=self._streak_read, tz=self.tz)
        except HistoryError as error:
            self._show_error(str(error))
            return
        self._streak_read += len(page)
        self._streak_dates.update(local_dates(page, self.tz))
        streak = streak_days(self._streak_dates, today)
        # Sessions are read newest first, so every day after the oldest one read is complete.
        oldest_read = local_date(page[-1], self.tz) if page else None
        last_day = today if today in self._streak_dates else today - timedelta(days=1)
        day_before_streak = last_day - timedelta(days=streak)
        finished = oldest_read is None or len(page) < STREAK_PAGE or oldest_read < day_before_streak
        streak_text = (
            self.tr("Streak: %n day(s)", "", streak)
            if finished
            else self.tr("Streak: {days}+ days").format(days=streak)  # still counting
        )
        self.streak_label.setText(streak_text)
        self.streak_label.setAccessibleName(self.streak_label.text())
        if not finished:
            QTimer.singleShot(0, self, lambda: self._count_streak(generation))  # dropped with the view

    def _update_count(self) -> None:
        """The count beside the tabs counts what the tab shown lists: sessions (as filtered) or runs. The
        charts have no count: they show the last weeks only."""
        page = self.tabs.currentWidget()
        if page is self.table:
            text = self.tr("%n session(s)", "", self.model.total)
        elif page is self.runs_page and self.runs_model is not None:
            text = self.tr("%n run(s)", "", self.runs_model.rowCount())
        else:
            text = ""
        self.count_label.setText(text)
        self.count_label.setVisible(bool(text))

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    # --- filters and charts ---------------------------------------------------------------------

    def _filter_changed(self) -> None:
        self.error_label.hide()
        self.model.set_filter(self.routine_filter.currentData(), self.tag_filter.currentData())
        self._update_count()
        if self.charts is not None:
            self._update_charts()

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.runs_page and self.runs_model is None:
            self.runs_model = RunsModel(self.store, self.tz, self._now, parent=self)
            self.runs_model.failed.connect(self._show_error)
            self.runs_model.modelReset.connect(self._runs_changed)
            self.runs_table = make_table(self.runs_model, self.tr("Runs"), stretch=4)
            widest = {0: widest_date(), 1: "100.0 km", 2: "1:00:00", 3: pace_words(600.0)}
            size_columns(self.runs_table, widest)
            layout = self.runs_page.layout()
            assert layout is not None
            layout.addWidget(self.runs_table)
            layout.addWidget(self.no_runs_label)
            self._runs_changed()
        if self.tabs.widget(index) is self.chart_page and self.charts is None:
            # Imported here, not at the top: QtCharts costs start-up time and memory.
            from backpain_timer.ui.history.chart import HistoryCharts

            self.charts = HistoryCharts()
            layout = self.chart_page.layout()
            assert layout is not None
            layout.addWidget(self.charts)
            self._update_charts()
        self.filter_row.setVisible(self.tabs.widget(index) is not self.runs_page)
        self._update_count()

    def _runs_changed(self) -> None:
        """No runs: say how runs get here instead of showing an empty table."""
        assert self.runs_model is not None and self.runs_table is not None
        empty = self.runs_model.rowCount() == 0
        self.runs_table.setVisible(not empty)
        self.no_runs_label.setVisible(empty)
        self._update_count()

    def _update_charts(self) -> None:
        assert self.charts is not None
        today = self._today()
        first_day = week_start(today) - timedelta(weeks=CHART_WEEKS - 1)
        try:
            records = self.store.records(
                since=first_day, routine_id=self.model.routine_id, tag=self.model.tag, tz=self.tz
            )
            runs = self.store.runs(since=first_day, tz=self.tz)
        except HistoryError as error:
            self._show_error(str(error))
            return
        self.charts.show_records(records, first_day, today, self.tz, runs)


def make_table(model: QAbstractItemModel, name: str, *, stretch: int) -> QTableView:
    """A read-only table of rows; Tab leaves it (arrows move in it); column ``stretch`` takes the room left."""
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setTabKeyNavigation(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    # Fixed sizes: measuring every row's contents would read far beyond the first page.
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(34)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def widest_date() -> str:
    """A long date as the table shows it in the language in use (Wednesday, September, late evening)."""
    return date_time_text(datetime(2026, 9, 30, 23, 59))


def size_columns(table: QTableView, widest: dict[int, str]) -> None:
    """Widths from the widest text each column can hold or its heading, so nothing is cut off with "…";
    the stretching column (the routine's name) takes what is left and is the one cut short."""
    table.ensurePolished()  # the style sheet's font and padding, not the default ones
    header = table.horizontalHeader()
    header.ensurePolished()
    metrics = table.fontMetrics()
    for column, text in widest.items():
        header.resizeSection(
            column, max(metrics.horizontalAdvance(text) + CELL_PADDING, header.sectionSizeHint(column))
        )
