"""The routine list: one row per routine, and the search-and-tag filter over it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QWidget

from backpain_timer.domain.durations import format_clock
from backpain_timer.storage.routine_index import RoutineInfo
from backpain_timer.ui.table_model import ROW_ROLE, AnyIndex, RowsModel
from backpain_timer.ui.tags import tag_label, tags_text
from backpain_timer.ui.translations import QT_TRANSLATE_NOOP


class RoutineListModel(RowsModel[RoutineInfo]):
    """One row per routine: name, total time, tags. ``InfoRole`` gives the RoutineInfo."""

    InfoRole = ROW_ROLE
    HEADERS = (
        QT_TRANSLATE_NOOP("Tables", "Routine"),
        QT_TRANSLATE_NOOP("Tables", "Time"),
        QT_TRANSLATE_NOOP("Tables", "Tags"),
    )
    RIGHT_ALIGNED = frozenset({1})

    def __init__(self, routines: list[RoutineInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows = list(routines)

    def cell_text(self, info: RoutineInfo, column: int) -> str:
        return (info.name, format_clock(info.total_seconds), tags_text(info.tags))[column]

    def cell_data(self, info: RoutineInfo, column: int, role: int) -> object:
        if role == self.InfoRole:
            return info
        if role == Qt.ItemDataRole.ToolTipRole:
            return info.description or info.name
        return None

    def names(self) -> dict[str, str]:
        """Routine id → name, as listed now."""
        return {info.id: info.name for info in self._rows}

    def set_routines(self, routines: list[RoutineInfo]) -> None:
        self.beginResetModel()
        self._rows = list(routines)
        self.endResetModel()

    def add(self, info: RoutineInfo) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(info)
        self.endInsertRows()
        return row


class RoutineFilter(QSortFilterProxyModel):
    """Rows whose name, description, id or tags (their ids or labels) contain the search text, and that
    carry the chosen tag."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tag: str | None = None
        self.text = ""

    def set_filter(self, text: str, tag: str | None) -> None:
        self.beginFilterChange()
        self.text = text.strip().casefold()
        self.tag = tag
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        source = self.sourceModel()
        info = source.data(source.index(source_row, 0, source_parent), RoutineListModel.InfoRole)
        if not isinstance(info, RoutineInfo):
            return False
        if self.tag is not None and self.tag not in info.tags:
            return False
        labels = map(tag_label, info.tags)
        haystack = " ".join((info.name, info.description, info.id, *info.tags, *labels)).casefold()
        return all(word in haystack for word in self.text.split())
