"""The sessions table, a page at a time: a view with 100,000 sessions reads only the rows it shows."""

from __future__ import annotations

from datetime import tzinfo
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QWidget

from backpain_timer.domain.advice import SYMPTOM_RULES
from backpain_timer.domain.durations import format_clock
from backpain_timer.domain.history import SessionRecord, noticeable_change
from backpain_timer.storage.history_db import HistoryStore
from backpain_timer.storage.problems import HistoryError
from backpain_timer.ui.table_model import ROW_ROLE, AnyIndex, RowsModel
from backpain_timer.ui.tags import tags_text
from backpain_timer.ui.theme import current_colors
from backpain_timer.ui.translations import QT_TRANSLATE_NOOP, date_time_text

PAGE_SIZE = 200
# The roles in which the pain column shows a noticeable change.
_CHANGE_ROLES = (
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.ToolTipRole,
)


def pain_text(record: SessionRecord) -> str:
    """ "6 → 3", "6 → –" (after skipped), "–" (no check-in)."""
    if record.pain_before is None and record.pain_after is None:
        return "–"

    def shown(value: int | None) -> str:
        return "–" if value is None else str(value)

    return f"{shown(record.pain_before)} → {shown(record.pain_after)}"


_CHANGE_WORDS = {
    "better": QT_TRANSLATE_NOOP("HistoryModel", "noticeably better"),
    "worse": QT_TRANSLATE_NOOP("HistoryModel", "noticeably worse"),
}


def change_text(record: SessionRecord) -> str | None:
    """ "noticeably better" / "noticeably worse" when the pain changed by 2 points or 30 %; else None."""
    change = noticeable_change(record.pain_before, record.pain_after)
    return None if change is None else QCoreApplication.translate("HistoryModel", _CHANGE_WORDS[change])


def _symptoms_text(symptoms: tuple[str, ...]) -> str:
    """The symptoms as the check-in names them, in the window's language (its labels, not the ids)."""
    return ", ".join(SYMPTOM_RULES[name].said_label for name in symptoms)


def completed_text(completed: bool) -> str:
    """The Completed column: "Yes" or "Stopped early"."""
    if completed:
        return QCoreApplication.translate("HistoryModel", "Yes")
    return QCoreApplication.translate("HistoryModel", "Stopped early")


class HistoryModel(RowsModel[SessionRecord]):
    """Sessions newest first. ``RecordRole`` gives the SessionRecord; ``failed(message)`` a read error.

    ``canFetchMore`` compares the rows read with the store's ``count()`` for the current filter, so
    ``rowCount`` grows a page at a time as the view scrolls.
    """

    RecordRole = ROW_ROLE
    HEADERS = (
        QT_TRANSLATE_NOOP("Tables", "Date"),
        QT_TRANSLATE_NOOP("Tables", "Routine"),
        QT_TRANSLATE_NOOP("Tables", "Planned"),
        QT_TRANSLATE_NOOP("Tables", "Actual"),
        QT_TRANSLATE_NOOP("Tables", "Completed"),
        QT_TRANSLATE_NOOP("Tables", "Pain"),
    )
    # Short headings leave the room to the routine's name; their tooltips say them in full.
    HEADER_TIPS: ClassVar[dict[int, str]] = {
        2: QT_TRANSLATE_NOOP("Tables", "Planned length"),
        3: QT_TRANSLATE_NOOP("Tables", "Time actually exercised"),
        5: QT_TRANSLATE_NOOP("Tables", "Pain before → after"),
    }
    RIGHT_ALIGNED = frozenset({2, 3, 5})
    failed = Signal(str)

    def __init__(
        self, store: HistoryStore, tz: tzinfo, page_size: int = PAGE_SIZE, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.tz = tz
        self.page_size = page_size
        self.routine_id: str | None = None
        self.tag: str | None = None
        self.error: str | None = None  # the last read error, also sent as ``failed``
        self._total = 0
        self._load_first_page()

    @property
    def total(self) -> int:
        """Sessions that match the filter, read or not."""
        return self._total

    def set_filter(self, routine_id: str | None, tag: str | None) -> None:
        self.beginResetModel()
        self.routine_id, self.tag = routine_id, tag
        self._load_first_page()
        self.endResetModel()

    def refresh(self) -> None:
        """Read again from the start (a new session was saved: offsets have moved)."""
        self.set_filter(self.routine_id, self.tag)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex) -> None:
        if parent.isValid():
            return
        page = self._read_page(offset=len(self._rows))
        if not page:
            self._total = len(self._rows)  # sessions vanished (file replaced): stop asking
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def cell_data(self, record: SessionRecord, column: int, role: int) -> object:
        if role == self.RecordRole:
            return record
        if column == 5 and role in _CHANGE_ROLES and (change := change_text(record)):
            return self._pain_change(record, change, role)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(record)
        return None

    def cell_text(self, record: SessionRecord, column: int) -> str:
        if column == 0:
            return date_time_text(record.started_at.astimezone(self.tz))
        if column == 1:
            return record.routine_name
        if column == 2:
            return format_clock(record.planned_seconds)
        if column == 3:
            return format_clock(record.active_seconds)
        if column == 4:
            return completed_text(record.completed)
        return pain_text(record)

    def _pain_change(self, record: SessionRecord, change: str, role: int) -> object:
        """A change people notice stands out: bold, in the accent (better) or error (worse) colour,
        and said in words (tooltip, screen readers): the colour alone would not tell everyone."""
        if role == Qt.ItemDataRole.ForegroundRole:
            colors = current_colors()
            better = noticeable_change(record.pain_before, record.pain_after) == "better"
            return QColor(colors.accent if better else colors.error)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{pain_text(record)}, {change}"
        rest = self._tooltip(record)  # ToolTipRole
        pain = self.tr("Pain {pain}: {change}").format(pain=pain_text(record), change=change)
        return pain + (f"\n{rest}" if rest else "")

    @staticmethod
    def _tooltip(record: SessionRecord) -> str | None:
        lines = []
        if record.symptoms:
            lines.append(
                QCoreApplication.translate("HistoryModel", "Noted: {symptoms}").format(
                    symptoms=_symptoms_text(record.symptoms)
                )
            )
        if record.symptoms_after:
            lines.append(
                QCoreApplication.translate("HistoryModel", "After the session: {symptoms}").format(
                    symptoms=_symptoms_text(record.symptoms_after)
                )
            )
        if record.note:
            lines.append(QCoreApplication.translate("HistoryModel", "Note: {note}").format(note=record.note))
        if record.tags:
            lines.append(
                QCoreApplication.translate("HistoryModel", "Tags: {tags}").format(tags=tags_text(record.tags))
            )
        return "\n".join(lines) or None

    def _load_first_page(self) -> None:
        self._rows = []
        self.error = None
        try:
            self._total = self.store.count(routine_id=self.routine_id, tag=self.tag)
        except HistoryError as error:
            self._total = 0
            self._report(error)
            return
        self._rows = self._read_page(offset=0)

    def _read_page(self, offset: int) -> list[SessionRecord]:
        try:
            return self.store.records(
                routine_id=self.routine_id, tag=self.tag, limit=self.page_size, offset=offset, tz=self.tz
            )
        except HistoryError as error:
            self._total = len(self._rows)  # don't ask again for a page we cannot read
            self._report(error)
            return []

    def _report(self, error: HistoryError) -> None:
        self.error = str(error)
        self.failed.emit(self.error)
