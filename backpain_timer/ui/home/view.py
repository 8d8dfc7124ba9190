"""Home: pick a routine (list, tag chips, search), read its steps, start it; or cool down in one click."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelection, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from backpain_timer.domain.durations import format_clock
from backpain_timer.domain.routine import Routine
from backpain_timer.storage.library import Library
from backpain_timer.storage.problems import Problem, RoutineError, RoutineFileError
from backpain_timer.storage.routine_index import RoutineInfo
from backpain_timer.ui.home.chips import TagChips
from backpain_timer.ui.home.header import WrappingHeader
from backpain_timer.ui.home.routine_html import routine_html
from backpain_timer.ui.home.routine_list import RoutineFilter, RoutineListModel
from backpain_timer.ui.keys import set_tab_order

COOL_DOWN_ROUTINE = "post-run-cool-down"
_PROBLEMS_SHOWN = 5
# Below this height the step list would be a sliver: home shows the routine's name, length and Start only.
COMPACT_BELOW = 470
_THEME_EVENTS = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)


class HomeView(QWidget):
    """Emits ``start_requested(Routine)`` (Start), ``quick_start_requested(Routine)`` (Cool down now: no
    browsing, no questions), ``history_requested()``, ``about_requested()`` (About your back),
    ``new_requested()`` and ``edit_requested()`` (the routine buttons), ``current_changed(RoutineInfo |
    None)`` as the selection moves, and ``message(str)`` for problems worth the status bar."""

    start_requested = Signal(object)
    quick_start_requested = Signal(object)
    history_requested = Signal()
    about_requested = Signal()
    new_requested = Signal()
    edit_requested = Signal()
    current_changed = Signal(object)
    message = Signal(str)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self._loaded: dict[Path, Routine] = {}
        # Routines opened from files outside the library: kept in the list across reloads.
        self._outside: dict[Path, RoutineInfo] = {}
        self._current: RoutineInfo | None = None

        listing = library.listing()
        self.model = RoutineListModel(listing.routines, self)
        self.proxy = RoutineFilter(self)
        self.proxy.setSourceModel(self.model)

        title = QLabel(self.tr("Choose a routine"))
        title.setStyleSheet("font-size: 20pt; font-weight: 600;")
        self.cool_down_button = QPushButton(self.tr("Cool down now"))
        self.cool_down_button.setProperty("primary", True)
        self.cool_down_button.setToolTip(self.tr("Start the post-run cool-down at once"))
        self.cool_down_button.setAccessibleName(self.tr("Cool down now"))
        self.cool_down_button.clicked.connect(self.start_cool_down)
        # A button drawn as a link: reached by Tab, pressed by Enter or Space, in the theme's link colour.
        self.about_link = QPushButton(self.tr("About your back"))
        self.about_link.setProperty("link", True)
        self.about_link.setCursor(Qt.CursorShape.PointingHandCursor)
        self.about_link.setToolTip(self.tr("Causes, prevention, home care, and when to see a doctor (F1)"))
        self.about_link.clicked.connect(self.about_requested)
        self.history_button = QPushButton(self.tr("History"))
        self.history_button.setAccessibleName(self.tr("History"))
        self.history_button.setToolTip(self.tr("Your sessions, streak and pain check-ins (Ctrl+H)"))
        self.history_button.clicked.connect(self.history_requested)
        # The containers are made in this page: under the application's style sheet Qt styles a widget again
        # whenever it or an ancestor moves to a new parent, which the first window pays for.
        self.header = WrappingHeader(
            title, (self.about_link, self.history_button, self.cool_down_button), self
        )

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search routines"))
        self.search.setAccessibleName(self.tr("Search routines"))
        self.search.textChanged.connect(self._refilter)
        self.search.textChanged.connect(self._offer_clear_button)

        self.chips = TagChips(self)
        self.chips.buttonToggled.connect(self._chip_toggled)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Routines"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the list (arrows move in it)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(40)
        columns = self.table.horizontalHeader()
        # Names win over tags when space is short: the name column takes what its names need, the tags
        # and their heading (cut with "…" if need be, not clipped at both ends) the rest.
        columns.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        columns.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        columns.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        columns.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _index: self.start_selected())  # Enter or double-click

        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setProperty("muted", True)
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_label)
        self.new_button = QPushButton(self.tr("New routine…"))
        self.new_button.setAccessibleName(self.tr("New routine"))
        self.new_button.setToolTip(self.tr("Make a routine of your own (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_requested)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit routine"))
        self.edit_button.setToolTip(self.tr("Change the selected routine (Ctrl+E)"))
        self.edit_button.clicked.connect(self.edit_requested)
        routine_buttons = QHBoxLayout()
        routine_buttons.addWidget(self.new_button)
        routine_buttons.addWidget(self.edit_button)
        routine_buttons.addStretch(1)
        list_pane = QVBoxLayout()
        list_pane.addWidget(self.list_stack, 1)
        list_pane.addLayout(routine_buttons)

        self.detail_title = QLabel()
        self.detail_title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.detail_title.setWordWrap(True)
        self.detail_meta = QLabel()
        self.detail_meta.setProperty("muted", True)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Routine details"))
        self.detail.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the style sheet marks it when focused
        self.detail.setOpenLinks(False)
        # Shrinks to nothing in a short window (and hides there: see resizeEvent), so home fits 640×480.
        self.detail.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setProperty("primary", True)
        self.start_button.setMinimumHeight(52)
        self.start_button.setAccessibleName(self.tr("Start routine"))
        self.start_button.setToolTip(self.tr("Start the selected routine (Enter)"))
        self.start_button.clicked.connect(self.start_selected)
        detail_pane = QVBoxLayout()
        detail_pane.addWidget(self.detail_title)
        detail_pane.addWidget(self.detail_meta)
        detail_pane.addWidget(self.detail, 1)
        detail_pane.addWidget(self.start_button)

        body = QHBoxLayout()
        body.setSpacing(20)
        body.addLayout(list_pane, 3)
        body.addLayout(detail_pane, 2)

        self.problems_label = QLabel()
        self.problems_label.setProperty("notice", True)
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(14)
        layout.addWidget(self.header)
        layout.addWidget(self.search)
        layout.addWidget(self.chips.area)
        layout.addLayout(body, 1)
        layout.addWidget(self.problems_label)

        self._show_problems(listing.problems)
        self._refilter()
        # Keyboard path as the eye reads the screen: the header left to right, search, chips, the list and
        # its buttons, then the details and Start. The list has the focus at start (Enter starts).
        self.focus_chain: list[QWidget] = [
            self.about_link,
            self.history_button,
            self.cool_down_button,
            self.search,
            *self.chips.buttons(),
            self.table,
            self.new_button,
            self.edit_button,
            self.detail,
            self.start_button,
        ]
        set_tab_order(self.focus_chain)

    # --- public -------------------------------------------------------------------------------------

    def select(self, routine_id: str) -> bool:
        """Select the routine with this id (clearing filters if they hide it); False when there is none."""
        for row in range(self.model.rowCount()):
            info = self.model.data(self.model.index(row, 0), RoutineListModel.InfoRole)
            if isinstance(info, RoutineInfo) and info.id == routine_id:
                return self._select_source_row(row)
        return False

    def reload(self) -> None:
        """List the routines again (after an edit, an import, a delete or a change on disk), keeping the
        selected routine selected when it is still there."""
        selected = self._current.id if self._current is not None else None
        self.library.reload()
        self._loaded = {path: routine for path, routine in self._loaded.items() if path in self._outside}
        self._current = None
        listing = self.library.listing()
        self.model.set_routines([*listing.routines, *self._outside.values()])
        self._show_problems(listing.problems)
        if selected is None or not self.select(selected):
            self._refilter()

    def add_routine_file(self, routine: Routine, path: Path) -> None:
        """Select a routine opened from a file, adding it to the list when the library does not hold it."""
        for row in range(self.model.rowCount()):
            info = self.model.data(self.model.index(row, 0), RoutineListModel.InfoRole)
            if isinstance(info, RoutineInfo) and info.path.resolve() == path.resolve():
                self._select_source_row(row)
                return
        info = RoutineInfo.of(routine, "outside", path)
        self._loaded[path] = routine
        self._outside[path] = info
        self._select_source_row(self.model.add(info))

    @property
    def current_info(self) -> RoutineInfo | None:
        """The selected routine's list entry (no file is read)."""
        return self._current

    def selected_routine(self) -> Routine | None:
        return None if self._current is None else self._load(self._current)

    def start_selected(self) -> None:
        routine = self.selected_routine()
        if routine is not None:
            self.start_requested.emit(routine)

    def start_cool_down(self) -> None:
        routine = self.library.load_or_report(
            COOL_DOWN_ROUTINE,
            lambda error: self.message.emit(
                self.tr("Cannot start the cool-down: {error}").format(error=error.summary)
            ),
        )
        if routine is not None:
            self.quick_start_requested.emit(routine)

    # --- internals ----------------------------------------------------------------------------------

    def _select_source_row(self, row: int) -> bool:
        proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not proxy_index.isValid():
            self.search.clear()
            self.chips.buttons()[0].setChecked(True)
            proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(proxy_index.row())
        self.table.scrollTo(proxy_index)
        return True

    def _chip_toggled(self, _chip: QAbstractButton, checked: bool) -> None:
        if checked:  # the chip that was left reports too; filter once
            self._refilter()

    def _refilter(self) -> None:
        tag = self.chips.tag()
        self.proxy.set_filter(self.search.text(), tag)
        if self.proxy.rowCount() > 0:
            self.list_stack.setCurrentWidget(self.table)
            if not self.table.selectionModel().hasSelection():
                self.table.selectRow(0)
            return
        self.list_stack.setCurrentWidget(self.empty_label)
        if self.model.rowCount() == 0:
            self.empty_label.setText(
                self.tr("No routines yet. Put routine files in your data folder's routines/ folder.")
            )
        else:
            words = self.search.text().strip()
            chip = self.chips.checkedButton()
            self.empty_label.setText(
                self._nothing_found(words, chip.text() if tag and chip is not None else "")
            )
        self._show_detail(None)

    def _nothing_found(self, words: str, tag_label: str) -> str:
        """Why the list is empty while searching or filtering, and how to see every routine again."""
        if words and tag_label:
            what = self.tr("No routine matches “{words}” tagged {tag}.").format(words=words, tag=tag_label)
        elif words:
            what = self.tr("No routine matches “{words}”.").format(words=words)
        elif tag_label:
            what = self.tr("No routine is tagged {tag}.").format(tag=tag_label)
        else:
            what = self.tr("No routine is listed.")
        return what + " " + self.tr("Clear the search or pick “All” to see every routine.")

    def _offer_clear_button(self, text: str) -> None:
        """Qt shows a clear button only over text: it is made with the first text (looking up its icon
        in the desktop's icon theme takes ~5 ms, which start-up need not pay)."""
        if text and not self.search.isClearButtonEnabled():
            self.search.setClearButtonEnabled(True)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        info = rows[0].data(RoutineListModel.InfoRole) if rows else None
        self._show_detail(info if isinstance(info, RoutineInfo) else None)

    def _load(self, info: RoutineInfo) -> Routine | None:
        routine = self._loaded.get(info.path)
        if routine is None:
            where = info.id if info.source == "builtin" else str(info.path)  # the very file listed
            routine = self.library.load_or_report(where, self._show_load_error)
            if routine is not None:
                self._loaded[info.path] = routine
        return routine

    def _show_load_error(self, error: RoutineError) -> None:
        why = (
            "This routine file has problems:"
            if isinstance(error, RoutineFileError)
            else "This routine cannot be read:"
        )
        self.detail.setPlainText("\n".join([why, *error.lines]))

    def _show_detail(self, info: RoutineInfo | None) -> None:
        self._current = info
        self.start_button.setEnabled(info is not None)
        self.edit_button.setEnabled(info is not None and info.path not in self._outside)
        self.current_changed.emit(info)
        if info is None:
            self.detail_title.setText("")
            self.detail_meta.setText("")
            self.detail.clear()
            return
        self.detail_title.setText(info.name)
        self.detail_meta.setText(
            self.tr("{total} in total · %n step(s)", "", info.steps).format(
                total=format_clock(info.total_seconds)
            )
        )
        self.detail.setHtml(routine_html(info))  # from the list's index: no routine file is read

    def is_compact(self) -> bool:
        return self.detail.isHidden()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.detail.setHidden(event.size().height() < COMPACT_BELOW)

    def changeEvent(self, event: QEvent) -> None:
        """The step list is HTML with the theme's colours in it: write it again when the theme changes."""
        super().changeEvent(event)
        if event.type() in _THEME_EVENTS and self._current is not None:
            self._show_detail(self._current)

    def _show_problems(self, found: list[Problem]) -> None:
        problems = [str(problem) for problem in found]
        self.problems_label.setVisible(bool(problems))
        if not problems:
            return
        shown = problems[:_PROBLEMS_SHOWN]
        more = len(problems) - len(shown)
        lines = [self.tr("Some of your routine files could not be read and are not listed:"), *shown]
        if more:
            lines.append(
                self.tr("…and {count} more (run `backpain-timer validate` to see them all).").format(
                    count=more
                )
            )
        self.problems_label.setText("\n".join(lines))
