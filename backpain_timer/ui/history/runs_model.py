"""The runs table of the history: each run with its distance, time, pace and whether a cool-down followed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QWidget

from backpain_timer.domain.history import SessionRecord
from backpain_timer.domain.run_offer import distance_words, elapsed_words, short_clock
from backpain_timer.domain.runs import COOL_DOWN_WINDOW, Run
from backpain_timer.storage.problems import HistoryError
from backpain_timer.storage.runs_db import RunStore
from backpain_timer.ui.table_model import ROW_ROLE, RowsModel
from backpain_timer.ui.translations import QT_TRANSLATE_NOOP, date_time_text


def cool_down_text(run: Run, cool_down: SessionRecord | None, now: datetime) -> str:
    """ "Yes, 12 min after", "No", or "Not yet" while the run may still get one (3 hours)."""
    if cool_down is not None:
        after = elapsed_words(run.ended_at, cool_down.started_at)
        if not after:
            return QCoreApplication.translate("RunsModel", "Yes, right after")
        return QCoreApplication.translate("RunsModel", "Yes, {time} after").format(time=after)
    return (
        QCoreApplication.translate("RunsModel", "Not yet")
        if now - run.ended_at < COOL_DOWN_WINDOW
        else QCoreApplication.translate("RunsModel", "No")
    )


def pace_words(seconds_per_km: float) -> str:
    """390 → "6:30 /km"."""
    return QCoreApplication.translate("RunsModel", "{pace} /km").format(pace=short_clock(seconds_per_km))


def pace_text(run: Run) -> str:
    pace = run.avg_pace_s_per_km
    return "–" if pace is None else pace_words(pace)


class RunsModel(RowsModel[tuple[Run, SessionRecord | None]]):
    """Runs newest first, all of them (a runner's runs are a few thousand rows at most); ``failed(message)``
    reports a read error. ``RunRole`` gives the Run, ``CoolDownRole`` the session that followed it or None."""

    RunRole = ROW_ROLE
    CoolDownRole = ROW_ROLE + 1
    HEADERS = (
        QT_TRANSLATE_NOOP("Tables", "Date"),
        QT_TRANSLATE_NOOP("Tables", "Distance"),
        QT_TRANSLATE_NOOP("Tables", "Duration"),
        QT_TRANSLATE_NOOP("Tables", "Pace"),
        QT_TRANSLATE_NOOP("Tables", "Cool-down"),
    )
    RIGHT_ALIGNED = frozenset({1, 2, 3})
    failed = Signal(str)

    def __init__(
        self, store: RunStore, tz: tzinfo, now: Callable[[], datetime], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.tz = tz
        self._now = now
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        try:
            self._rows = self.store.runs_with_cool_downs()
        except HistoryError as error:
            self._rows = []
            self.failed.emit(str(error))
        self.endResetModel()

    def cell_data(self, row: tuple[Run, SessionRecord | None], column: int, role: int) -> object:
        run, cool_down = row
        if role == self.RunRole:
            return run
        if role == self.CoolDownRole:
            return cool_down
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = QCoreApplication.translate("RunsModel", "{sport} from {source}").format(
                sport=run.sport.capitalize(), source=run.source
            )
            if run.avg_heart_rate is not None:
                tip += "\n" + QCoreApplication.translate("RunsModel", "Average heart rate: {bpm}").format(
                    bpm=f"{run.avg_heart_rate:.0f}"
                )
            if cool_down is not None:
                tip += "\n" + QCoreApplication.translate("RunsModel", "Cool-down: {routine}").format(
                    routine=cool_down.routine_name
                )
            return tip
        return None

    def cell_text(self, row: tuple[Run, SessionRecord | None], column: int) -> str:
        run, cool_down = row
        if column == 0:
            return date_time_text(run.started_at.astimezone(self.tz))
        if column == 1:
            return distance_words(run.distance_m)
        if column == 2:
            return short_clock(run.duration_seconds)
        if column == 3:
            return pace_text(run)
        return cool_down_text(run, cool_down, self._now())
