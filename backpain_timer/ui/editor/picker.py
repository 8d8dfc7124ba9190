"""Pick an exercise from the library: search by name, body part or id, and read it before adding it."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QItemSelection, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from backpain_timer.domain.routine import Exercise
from backpain_timer.ui.exercise_html import exercise_preview_html
from backpain_timer.ui.session.illustration import Illustration

_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
IMAGE_SIZE = 180


def search_rank(text: str, name: str) -> int:
    """Where an exercise named ``name`` ranks for the search ``text``: names that start with it first, then
    names that hold it, then the rest (a match in targets or summary): "neck" picks Neck side stretch."""
    words, folded = text.casefold().split(), name.casefold()
    if not words or folded.startswith(" ".join(words)):
        return 0
    return 1 if all(word in folded for word in words) else 2


class _RankedResults(QSortFilterProxyModel):
    """Filters on the search words; sorts by ``search_rank``, then by name."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.text = ""

    def lessThan(
        self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex
    ) -> bool:
        def key(index: QModelIndex | QPersistentModelIndex) -> tuple[int, str]:
            name = str(index.data())
            return (search_rank(self.text, name), name.casefold())

        return key(left) < key(right)


class _SearchField(QLineEdit):
    """Up/Down move through the results while typing continues in the search field."""

    def __init__(self, results: QListView) -> None:
        super().__init__()
        self.results = results

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.results.keyPressEvent(event)
            return
        super().keyPressEvent(event)


class ExercisePicker(QDialog):
    def __init__(self, exercises: Mapping[str, Exercise], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add an exercise"))
        self.resize(860, 560)
        self.exercises = exercises

        self.model = QStandardItemModel(self)
        for exercise_id, exercise in sorted(exercises.items(), key=lambda item: item[1].name.casefold()):
            item = QStandardItem(exercise.name)
            item.setEditable(False)
            item.setData(exercise_id, _ID_ROLE)
            words = [exercise_id, exercise.name, exercise.summary, *exercise.targets]
            item.setData(" ".join(words), _SEARCH_ROLE)
            self.model.appendRow(item)
        self.proxy = _RankedResults(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(_SEARCH_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.results = QListView()
        self.results.setModel(self.proxy)
        self.results.setMinimumWidth(260)
        self.results.setAccessibleName(self.tr("Exercises"))
        self.results.setStyleSheet("QListView::item { padding: 5px 4px; }")
        self.results.selectionModel().selectionChanged.connect(self._selection_changed)
        self.results.doubleClicked.connect(self._accept_if_chosen)
        self.search = _SearchField(self.results)
        self.search.setPlaceholderText(self.tr("Search by name, body part or id"))
        self.search.setAccessibleName(self.tr("Search exercises"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._accept_if_chosen)
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.preview.setAccessibleName(self.tr("Exercise details"))
        self.illustration = Illustration()
        self.illustration.setFixedSize(IMAGE_SIZE, IMAGE_SIZE)
        self.preview_column = QVBoxLayout()
        self.preview_column.addWidget(self.illustration, 0, Qt.AlignmentFlag.AlignHCenter)
        self.preview_column.addWidget(self.preview, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = self.buttons.addButton(self.tr("Add step"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setProperty("primary", True)
        self.buttons.accepted.connect(self._accept_if_chosen)
        self.buttons.rejected.connect(self.reject)

        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.results, 1)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(self.preview_column, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self.search.setFocus()
        self._filter("")

    def chosen_id(self) -> str | None:
        index = self.results.currentIndex()
        value = index.data(_ID_ROLE) if index.isValid() else None
        return value if isinstance(value, str) else None

    def _filter(self, text: str) -> None:
        self.proxy.text = text
        self.proxy.setFilterFixedString(text.strip())
        self.proxy.invalidate()
        self.proxy.sort(0)
        if self.proxy.rowCount():
            self.results.setCurrentIndex(self.proxy.index(0, 0))  # the best match: Enter adds it
        self._show(self.chosen_id())

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show(self.chosen_id())

    def _show(self, exercise_id: str | None) -> None:
        exercise = self.exercises.get(exercise_id) if exercise_id else None
        self.add_button.setEnabled(exercise is not None)
        self.preview.setHtml(
            exercise_preview_html(exercise) if exercise else "<p>No exercise matches. Try another word.</p>"
        )
        self.illustration.show_exercise(exercise)

    def image_widget(self) -> QWidget | None:
        return self.illustration if self.illustration.isVisibleTo(self) else None

    def _accept_if_chosen(self, _index: QModelIndex | None = None) -> None:
        if self.chosen_id() is not None:
            self.accept()


def pick_exercise(parent: QWidget | None, exercises: Mapping[str, Exercise]) -> str | None:
    """Ask for a library exercise; its id, or None when cancelled."""
    picker = ExercisePicker(exercises, parent)
    return picker.chosen_id() if picker.exec() == QDialog.DialogCode.Accepted else None
