"""Charts of the history: pain before and after each session, active minutes and running km per week.

This module imports QtCharts; :mod:`backpain_timer.ui.history.view` imports it only when the Charts
tab is first shown.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta, tzinfo

from PySide6.QtCharts import (
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDateTime, QMargins, Qt, QTimer
from PySide6.QtGui import QColor, QFontMetricsF, QPainter
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from backpain_timer.domain.history import PAIN_MAX, SessionRecord, local_dates, minutes_per_week, week_start
from backpain_timer.domain.run_summary import distance_per_week, run_local_date
from backpain_timer.domain.runs import Run
from backpain_timer.ui.theme import current_colors
from backpain_timer.ui.translations import day_month_text

# Below this a chart's plot gets too short for its labels: the charts scroll instead of squashing.
CHART_MIN_HEIGHT = 240
MOST_TICKS = 7  # on either axis, however large the plot
CATEGORY_LABEL_PADDING = 8  # QtCharts' 4 px either side of a category label
LABEL_ROOM = 1.25  # a label's room on an axis, in its own height or its width: QtCharts cuts tighter ones


def _nice_step(tallest: float, most_labels: int) -> int:
    """The smallest of 1, 2, 5, 10, 20, … that labels 0 to ``tallest`` (or past it) in ``most_labels``."""
    for exponent in itertools.count():
        for mantissa in (1, 2, 5):
            step = int(mantissa * 10**exponent)
            if math.ceil(tallest / step) + 1 <= max(2, most_labels):
                return step
    raise AssertionError("unreachable")


def _msecs(moment: datetime) -> float:
    return moment.timestamp() * 1000.0


def _pain_before(record: SessionRecord) -> int | None:
    return record.pain_before


def _pain_after(record: SessionRecord) -> int | None:
    return record.pain_after


def _fit_weeks(chart: QChart, axis: QCategoryAxis, weeks: Sequence[str]) -> None:
    """Label every week's bar, or every second, third, … one back from this week's when the plot has no
    room for them all.

    The bars stand at 0, 1, 2, …; QtCharts gives each label of a category axis, and its start, an equal
    share of the plot, less its padding, and cuts the labels wider than that.
    """
    for label in axis.categoriesLabels():
        axis.remove(label)
    widest = max(QFontMetricsF(axis.labelsFont()).boundingRect(week).width() for week in weeks)
    most_labels = max(1, int(chart.plotArea().width() / (widest + CATEGORY_LABEL_PADDING)) - 1)
    every = math.ceil(len(weeks) / most_labels)
    for index in reversed(range(len(weeks) - 1, -1, -every)):  # this week's label always shows
        axis.append(weeks[index], index)


class HistoryCharts(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pain_chart = QChart()
        self.pain_chart.setTitle(self.tr("Pain before and after (0–10)"))
        self.minutes_chart = QChart()
        self.minutes_chart.setTitle(self.tr("Active minutes per week"))
        self.distance_chart = QChart()
        self.distance_chart.setTitle(self.tr("Running km per week"))
        self.charts = (self.pain_chart, self.minutes_chart, self.distance_chart)
        self.empty_label = QLabel(self.tr("No sessions in the last weeks yet: the charts fill in as you go."))
        self.empty_label.setProperty("muted", True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_label)
        # Side by side: under the figures and the trend note, stacked charts get too short to read. When
        # even one row is too short (a small screen with the first-run notice up), the row scrolls.
        self.scroll_area = QScrollArea()
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        row_widget = QWidget()
        row_widget.setMinimumHeight(CHART_MIN_HEIGHT)
        row = QHBoxLayout(row_widget)
        row.setContentsMargins(0, 0, 0, 0)
        self.scroll_area.setWidget(row_widget)
        layout.addWidget(self.scroll_area, 1)
        self.chart_views: list[QChartView] = []
        # What the axes must show, so that their ticks can follow the plot's size (see _fit_axes).
        self._values: list[tuple[QChart, QValueAxis, float, float]] = []  # chart, axis, tallest, padding
        # The week axes and their weeks' labels, one a bar (see _fit_weeks).
        self._weeks: list[tuple[QChart, QCategoryAxis, list[str]]] = []
        # The date axis, its first day, its days, their zone and the dates its ticks may show.
        self._dates: tuple[QDateTimeAxis, date, int, tzinfo, list[str]] | None = None
        # Fitted once the charts' layout has settled: inside its own plotAreaChanged a chart may still
        # move its plot after the ticks were chosen for it.
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_axes)
        for chart in self.charts:
            chart.plotAreaChanged.connect(self._fit_timer.start)
            # The room between the view's edge and the chart's rounded background goes to the plot.
            chart.layout().setContentsMargins(0, 0, 0, 0)
            chart.setMargins(QMargins(4, 4, 4, 4))
            chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
            chart.setBackgroundRoundness(8)
            view = QChartView(chart)
            view.setFrameShape(QFrame.Shape.NoFrame)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            row.addWidget(view, 1)
            self.chart_views.append(view)

    def show_records(
        self,
        records: Sequence[SessionRecord],
        first_day: date,
        today: date,
        tz: tzinfo,
        runs: Sequence[Run] = (),
    ) -> None:
        """Chart ``records`` and ``runs`` (started from ``first_day``, a Monday) up to ``today``, local time.

        The charts begin at the week of the oldest record or run, so a new user's few weeks fill the width;
        the running chart shows only when there are runs, with the same weeks as the minutes.
        """
        self.empty_label.setVisible(not records and not runs)
        pain_view, minutes_view, distance_view = self.chart_views
        pain_view.setVisible(bool(records))
        minutes_view.setVisible(bool(records))
        distance_view.setVisible(bool(runs))
        days = [*local_dates(records, tz), *(run_local_date(run, tz) for run in runs)]
        if days:
            first_day = max(first_day, week_start(min(days)))
        colors = current_colors()
        self._values = []
        self._weeks = []
        self._dates = None
        for chart in self.charts:
            chart.removeAllSeries()
            for axis in chart.axes():
                chart.removeAxis(axis)
            chart.setBackgroundBrush(QColor(colors.base))
            chart.setTitleBrush(QColor(colors.text))
            chart.legend().setLabelColor(QColor(colors.text))
        self._show_pain(records, first_day, today, tz)
        self._show_minutes(records, first_day, today, tz)
        self._show_distance(runs, first_day, today, tz)
        for chart in self.charts:
            for axis in chart.axes():
                axis.setLabelsColor(QColor(colors.muted))
                axis.setGridLineColor(QColor(colors.border))
                axis.setLinePenColor(QColor(colors.border))
        self._fit_axes()

    def _fit_axes(self) -> None:
        """As many ticks as the plots have room for: every label shows whole, none as "…" or not at all."""
        for chart, value_axis, tallest, padding in self._values:
            label_height = QFontMetricsF(value_axis.labelsFont()).height() * LABEL_ROOM
            step = _nice_step(tallest, min(MOST_TICKS, int(chart.plotArea().height() / label_height)))
            value_axis.setTickInterval(step)
            value_axis.setRange(-padding, math.ceil(tallest / step) * step + padding)
        for chart, week_axis, weeks in self._weeks:
            _fit_weeks(chart, week_axis, weeks)
        if self._dates is None:
            return
        axis, first_day, days, tz, labels = self._dates
        metrics = QFontMetricsF(axis.labelsFont())  # the chart's font, known once the axis is in it
        widest = max(metrics.horizontalAdvance(label) for label in labels)
        most_ticks = min(MOST_TICKS, int(self.pain_chart.plotArea().width() / (widest * LABEL_ROOM)))
        # Ticks a whole number of days apart, so no date shows twice ("30 Nov, 30 Nov, 1 Dec").
        step = max(1, math.ceil(days / max(1, most_ticks - 1)))
        intervals = math.ceil(days / step)
        axis.setRange(
            QDateTime.fromMSecsSinceEpoch(int(_msecs(datetime.combine(first_day, time.min, tz)))),
            QDateTime.fromMSecsSinceEpoch(
                int(_msecs(datetime.combine(first_day + timedelta(days=step * intervals), time.min, tz)))
            ),
        )
        axis.setTickCount(intervals + 1)

    def _show_pain(self, records: Sequence[SessionRecord], first_day: date, today: date, tz: tzinfo) -> None:
        chart = self.pain_chart
        colors = current_colors()
        oldest_first = sorted(records, key=lambda record: record.started_at)
        x_axis = QDateTimeAxis()
        x_axis.setFormat(
            QCoreApplication.translate("DateFormats", "d MMM", "QLocale date pattern: day and month name")
        )
        days = (today - first_day).days + 1
        # The last tick can lie up to as many days again past today.
        labels = [day_month_text(first_day + timedelta(days=day)) for day in range(2 * days)]
        self._dates = (x_axis, first_day, days, tz, labels)
        y_axis = QValueAxis()
        # Half a point of room on both ends: dots at 0 and 10 would be cut in half by the frame.
        self._values.append((chart, y_axis, PAIN_MAX, 0.5))
        y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        y_axis.setTickAnchor(0)
        y_axis.setLabelFormat("%d")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for name, color, pain_of in (
            (self.tr("Before"), QColor(colors.warning), _pain_before),
            (self.tr("After"), QColor(colors.accent), _pain_after),
        ):
            line = QLineSeries()
            line.setName(name)
            line.setColor(color)
            dots = QScatterSeries()
            dots.setColor(color)
            dots.setBorderColor(color)
            dots.setMarkerSize(8)
            for record in oldest_first:
                pain = pain_of(record)
                if pain is not None:
                    line.append(_msecs(record.started_at), pain)
                    dots.append(_msecs(record.started_at), pain)
            for series in (line, dots):
                chart.addSeries(series)
                series.attachAxis(x_axis)
                series.attachAxis(y_axis)
            chart.legend().markers(dots)[0].setVisible(False)  # one legend entry per line

    def _show_minutes(
        self, records: Sequence[SessionRecord], first_day: date, today: date, tz: tzinfo
    ) -> None:
        by_week = dict(minutes_per_week(records, tz))
        weeks: list[date] = []
        monday = first_day
        while monday <= week_start(today):
            weeks.append(monday)
            monday += timedelta(weeks=1)
        values = [(monday, round(by_week.get(monday, 0.0), 1)) for monday in weeks]
        self._show_weeks(self.minutes_chart, self.tr("Minutes"), values, floor=30.0)

    def _show_distance(self, runs: Sequence[Run], first_day: date, today: date, tz: tzinfo) -> None:
        values = [(monday, round(km, 1)) for monday, km in distance_per_week(runs, first_day, today, tz)]
        self._show_weeks(self.distance_chart, self.tr("Kilometres"), values, floor=10.0)

    def _show_weeks(
        self, chart: QChart, name: str, values: Sequence[tuple[date, float]], floor: float
    ) -> None:
        """One bar a week; the axis reaches at least ``floor`` so a quiet start does not look like a peak."""
        bars = QBarSet(name)
        bars.setColor(QColor(current_colors().accent))
        for _, value in values:
            bars.append(value)
        series = QBarSeries()
        series.setName(name)
        series.append(bars)
        chart.addSeries(series)
        x_axis = QCategoryAxis()
        x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        x_axis.setGridLineVisible(False)  # they would stand at the labelled weeks only
        x_axis.setStartValue(-0.5)
        x_axis.setRange(-0.5, len(values) - 0.5)
        self._weeks.append((chart, x_axis, [day_month_text(monday) for monday, _ in values]))
        y_axis = QValueAxis()
        y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        y_axis.setTickAnchor(0)
        y_axis.setLabelFormat("%d")
        self._values.append((chart, y_axis, max([value for _, value in values] + [floor]) * 1.1, 0.0))
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        chart.legend().hide()
