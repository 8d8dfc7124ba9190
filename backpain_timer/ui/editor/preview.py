"""The plan of the routine being edited: total time and every segment, updated as the draft changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from backpain_timer.domain.durations import format_clock, format_duration
from backpain_timer.domain.plan import SegmentKind, plan
from backpain_timer.domain.routine import Routine
from backpain_timer.domain.segment_words import phase_word, side_word


class PlanPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.total = QLabel(self.tr("Total —"))
        font = self.total.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.total.setFont(font)
        self.counts = QLabel()
        self.counts.setProperty("muted", True)
        self.stale = QLabel(self.tr("Showing the last valid version: fix the problems to update it."))
        self.stale.setProperty("muted", True)
        self.stale.setWordWrap(True)
        self.stale.hide()
        self.table = QTreeWidget()
        self.table.setAccessibleName(self.tr("Plan: every segment with its start and length"))
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setHeaderLabels(
            [self.tr("Start"), self.tr("Phase"), self.tr("Exercise"), self.tr("Side"), self.tr("Length")]
        )
        header = self.table.header()
        header.setStretchLastSection(False)
        for column in (0, 1, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.total)
        layout.addWidget(self.counts)
        layout.addWidget(self.stale)
        layout.addWidget(self.table, 1)

    def show_routine(self, routine: Routine | None) -> None:
        """A valid routine replaces the preview; None (the draft has problems) marks the last one stale."""
        self.stale.setVisible(routine is None and self.table.topLevelItemCount() > 0)
        self.table.setEnabled(routine is not None)
        if routine is None:
            self.total.setText(self.tr("Total —"))  # never a stale total while a field cannot be read
            return
        timeline = plan(routine)
        self.total.setText(self.tr("Total {time}").format(time=format_clock(timeline.total_seconds)))
        holds = len(timeline.holds)
        steps = len(routine.steps)
        self.counts.setText(" · ".join((self.tr("%n step(s)", "", steps), self.tr("%n hold(s)", "", holds))))
        self.table.clear()
        items = []
        for segment in timeline.segments:
            item = QTreeWidgetItem(
                [
                    format_clock(segment.start),
                    phase_word(timeline, segment),
                    segment.name if segment.kind is SegmentKind.HOLD else f"→ {segment.name}",
                    side_word(segment.side) if segment.side else "",
                    format_duration(segment.duration),
                ]
            )
            item.setTextAlignment(4, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            items.append(item)
        self.table.addTopLevelItems(items)
