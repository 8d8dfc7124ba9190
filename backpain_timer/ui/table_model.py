"""The read-only tables (routines, sessions, runs): one row object per line, a header per column."""

from __future__ import annotations

from typing import ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

AnyIndex = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")
# The role in which each table gives the whole object behind a row (InfoRole, RecordRole, RunRole).
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class RowsModel(QAbstractTableModel, Generic[Row]):
    """``HEADERS`` name the columns (English, marked for translation in the "Tables" context), ``HEADER_TIPS``
    say in full what a short heading means, ``RIGHT_ALIGNED`` the columns of numbers; ``cell_text`` says what
    a cell shows and ``cell_data`` answers the other roles (None by default)."""

    HEADERS: ClassVar[tuple[str, ...]] = ()
    HEADER_TIPS: ClassVar[dict[int, str]] = {}
    RIGHT_ALIGNED: ClassVar[frozenset[int]] = frozenset()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is not Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Tables", self.HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section in self.HEADER_TIPS:
            return QCoreApplication.translate("Tables", self.HEADER_TIPS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(row, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.RIGHT_ALIGNED:
            return _RIGHT
        return self.cell_data(row, index.column(), role)

    def cell_text(self, row: Row, column: int) -> str:
        raise NotImplementedError

    def cell_data(self, row: Row, column: int, role: int) -> object:
        return None
