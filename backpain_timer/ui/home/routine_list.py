"""The routine list: one row per routine, and the search-and-tag filter over it."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QWidget

from backpain_timer.domain.durations import format_clock
from backpain_timer.storage.routine_index import RoutineInfo

AnyIndex = QModelIndex | QPersistentModelIndex


class RoutineListModel(QAbstractTableModel):
    """One row per routine: name, total time, tags. ``InfoRole`` gives the RoutineInfo."""

    InfoRole = Qt.ItemDataRole.UserRole + 1
    HEADERS = ("Routine", "Time", "Tags")

    def __init__(self, routines: list[RoutineInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._routines = list(routines)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._routines)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        info = self._routines[index.row()]
        if role == self.InfoRole:
            return info
        if role == Qt.ItemDataRole.DisplayRole:
            return (info.name, format_clock(info.total_seconds), ", ".join(info.tags))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return info.description or info.name
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def names(self) -> dict[str, str]:
        """Routine id → name, as listed now."""
        return {info.id: info.name for info in self._routines}

    def set_routines(self, routines: list[RoutineInfo]) -> None:
        self.beginResetModel()
        self._routines = list(routines)
        self.endResetModel()

    def add(self, info: RoutineInfo) -> int:
        row = len(self._routines)
        self.beginInsertRows(QModelIndex(), row, row)
        self._routines.append(info)
        self.endInsertRows()
        return row


class RoutineFilter(QSortFilterProxyModel):
    """Rows whose name, description, id or tags contain the search text, and that carry the chosen tag."""

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
        haystack = " ".join((info.name, info.description, info.id, *info.tags)).casefold()
        return all(word in haystack for word in self.text.split())
