"""The routine editor window: routine fields, steps, the selected step, the live plan; save, try, close.

Saving writes ``<data>/routines/<id>.yaml`` atomically (the storage layer's ``save_routine``). Only PyYAML
is used, so the editor cannot write comments back: it says so when it opens a commented file of the user's,
and the save keeps the commented version in the trash (import/export keep comments: they copy the file);
key order and durations follow the format. The file being edited is watched: changes made
elsewhere are loaded when there are no unsaved edits, and asked about when there are.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from backpain_timer.domain.routine import Routine
from backpain_timer.domain.slug import slugify
from backpain_timer.storage.library import RESERVED_IDS, Library
from backpain_timer.storage.routine_yaml import (
    RoutineFileError,
    has_comments,
    load_routine_file,
    save_routine,
)
from backpain_timer.storage.transfer import copy_to_trash, is_taken, unique_id
from backpain_timer.ui.editor import dialogs, picker
from backpain_timer.ui.editor.document import RoutineDocument
from backpain_timer.ui.editor.draft import FieldPath, RoutineDraft, draft_from_routine, route_problems
from backpain_timer.ui.editor.fields import REDO_KEYS, UNDO_KEYS
from backpain_timer.ui.editor.preview import PlanPreview
from backpain_timer.ui.editor.routine_form import RoutineForm
from backpain_timer.ui.editor.step_form import StepForm
from backpain_timer.ui.editor.steps_panel import StepsPanel
from backpain_timer.ui.theme import outline_controls


class _ScrollDown(QScrollArea):
    """Scrolls up and down only: as wide as its content needs, as short as the window allows."""

    def __init__(self) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def minimumSizeHint(self) -> QSize:
        content = self.widget()
        width = content.minimumSizeHint().width() if content is not None else 0
        return QSize(width + self.verticalScrollBar().sizeHint().width(), 120)


class EditorWindow(QMainWindow):
    """Edit ``routine`` (None: a new one). ``saved(id)`` after each save; ``start_requested(Routine)``
    to try the routine as it is now; ``confirm_close()`` asks about unsaved edits (True: may close)."""

    saved = Signal(str)
    start_requested = Signal(object)

    def __init__(self, library: Library, routine: Routine | None, *, parent: QWidget | None = None) -> None:
        outline_controls()
        super().__init__(parent)
        self.library = library
        self.resize(1180, 760)
        self.path: Path | None = Path(routine.source_path) if routine and routine.source_path else None
        base_dir = self.path.parent if self.path else None
        draft = draft_from_routine(routine, base_dir) if routine else RoutineDraft()
        self.document = RoutineDocument(
            draft,
            library.exercises,
            routine_id=routine.id if routine else None,
            base_dir=base_dir,
            parent=self,
        )
        self._known_text: str | None = self._read(self.path)
        # A new routine starts empty, not wrong: its problems show after the first edit or a try to save.
        self._problems_shown = routine is not None
        self._discarded = False
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._file_changed)
        self._watch()

        self.notice = QLabel()
        self.notice.setProperty("notice", True)
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.routine_form = RoutineForm(self.document)
        self.steps = StepsPanel(self.document, self._choose_exercise)
        self.step_form = StepForm(self.document, self._choose_exercise)
        self.preview = PlanPreview()

        steps_group = QGroupBox(self.tr("Steps"))
        QVBoxLayout(steps_group).addWidget(self.steps)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.routine_form)
        left_layout.addWidget(steps_group, 1)
        step_group = QGroupBox(self.tr("Selected step"))
        QVBoxLayout(step_group).addWidget(self.step_form)
        step_scroll = QScrollArea()
        step_scroll.setWidgetResizable(True)
        step_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        step_scroll.setWidget(step_group)
        preview_group = QGroupBox(self.tr("Plan"))
        QVBoxLayout(preview_group).addWidget(self.preview)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(step_scroll)
        right.addWidget(preview_group)
        right.setStretchFactor(0, 1)
        right.setStretchFactor(1, 1)
        # The routine's fields and steps scroll rather than squeeze: squeezed, the tag chips drew over
        # each other as soon as the problem lines took their room.
        left_scroll = _ScrollDown()
        left_scroll.setWidget(left)
        columns = QSplitter(Qt.Orientation.Horizontal)
        columns.addWidget(left_scroll)
        columns.addWidget(right)
        columns.setStretchFactor(0, 1)
        columns.setStretchFactor(1, 1)

        self.problems = QLabel()
        self.problems.setProperty("problem", True)
        self.problems.setWordWrap(True)
        self.try_button = QPushButton(self.tr("&Try it"))
        self.try_button.setToolTip(self.tr("Start the routine as it is now, without saving"))
        self.try_button.clicked.connect(self.try_it)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setProperty("primary", True)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setToolTip(
            self.tr("Close the editor; unsaved changes are asked about (Esc, Ctrl+W)")
        )
        self.close_button.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.problems, 1)
        bottom.addWidget(self.close_button)
        bottom.addWidget(self.try_button)
        bottom.addWidget(self.save_button)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.notice)
        layout.addWidget(columns, 1)
        layout.addLayout(bottom)
        self.setCentralWidget(central)
        self._make_actions()

        self.document.changed.connect(self._refresh)
        self.document.undo_stack.cleanChanged.connect(self._clean_changed)
        self.steps.current_row_changed.connect(self._refresh)
        self._file_notice()
        self._refresh()
        self._clean_changed(True)
        if self.document.steps:
            self.steps.select_row(0)

    def _make_actions(self) -> None:
        stack = self.document.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(list(UNDO_KEYS))
        self.undo_action.setToolTip(self.tr("Undo the last change (Ctrl+Z)"))
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(list(REDO_KEYS))
        self.redo_action.setToolTip(self.tr("Redo (Ctrl+Shift+Z)"))
        self.save_action = QAction(self.tr("&Save"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save)
        toolbar = self.addToolBar(self.tr("Edit"))
        toolbar.setMovable(False)
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        self.addAction(self.save_action)
        self.close_action = QAction(self.tr("&Close"), self)
        self.close_action.setShortcuts([QKeySequence(Qt.Key.Key_Escape), QKeySequence("Ctrl+W")])
        self.close_action.triggered.connect(self.close)
        self.addAction(self.close_action)

    # --- showing the document -------------------------------------------------------------------------

    def _field_paths(self) -> list[FieldPath]:
        steps: list[FieldPath] = [("steps",), *(("steps", row) for row in range(len(self.document.steps)))]
        return [*RoutineForm.FIELDS, *steps, *self.step_form.field_paths()]

    def _refresh(self) -> None:
        self.routine_form.refresh()
        self.step_form.show_step(self.steps.current_row())
        validation = self.document.validation
        self._problems_shown = self._problems_shown or not self.document.is_clean()
        problems = validation.problems if self._problems_shown else ()
        routed = route_problems(problems, self._field_paths())
        self.routine_form.show_problems(routed)
        self.step_form.show_problems(routed)
        self.steps.problem.show_problems(routed.get(("steps",), []))
        self.preview.show_routine(validation.routine)
        count = len(problems)
        general = routed.get((), [])
        summary = self.tr("%n problem(s) to fix before saving", "", count) if count else ""
        self.problems.setText("\n".join([summary, *general]).strip())
        self.save_button.setEnabled(
            validation.routine is not None
        )  # Ctrl+S stays on: it says what is missing
        self.try_button.setEnabled(validation.routine is not None)
        self._discarded = False
        self._update_title()

    def _update_title(self) -> None:
        name = self.document.draft.name.strip() or self.tr("New routine")
        self.setWindowTitle(self.tr("{name}[*] — Routine editor").format(name=name))

    def _clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    def _file_notice(self, first: str = "") -> None:
        """What to know about the file: ``first``, then built-in or not, then comments the save drops."""
        parts = [first] if first else []
        routine_id = self.document.routine_id
        if routine_id is not None and self.library.has_builtin(routine_id):
            if self.library.has_user(routine_id):
                parts.append(
                    self.tr(
                        "This is your own version of a built-in routine. "
                        "Routine ▸ Restore built-in (in the main window) brings the original back."
                    )
                )
            else:
                parts.append(
                    self.tr(
                        "This is a built-in routine. Saving keeps your own copy, which is then used instead of "
                        "it; Routine ▸ Restore built-in (in the main window) brings the original back."
                    )
                )
        if self._own_file_has_comments():
            parts.append(
                self.tr(
                    "This file has comments, which the editor cannot keep: saving writes it without them and "
                    "keeps the commented version in the trash folder of your data."
                )
            )
        self._show_notice(" ".join(parts))

    def _own_file_has_comments(self) -> bool:
        """Whether saving would overwrite a commented file of the user's (a built-in file is never written)."""
        routine_id = self.document.routine_id
        if routine_id is None or self.path != self.library.user_path(routine_id):
            return False
        return self._known_text is not None and has_comments(self._known_text)

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _choose_exercise(self) -> str | None:
        return picker.pick_exercise(self, self.library.exercises)

    # --- save, try, close ----------------------------------------------------------------------------

    def _new_id(self, name: str) -> str | None:
        """The id for a first save: the name's slug; a taken one only replaced when the user says so."""
        wanted = slugify(name)
        if not is_taken(self.library, wanted):
            return wanted
        suggestion = unique_id(self.library, name)
        if wanted in RESERVED_IDS:
            return suggestion
        builtin = self.library.has_builtin(wanted) and not self.library.has_user(wanted)
        choice = dialogs.ask_id_conflict(self, name, wanted, suggestion, builtin)
        if choice == "cancel":
            return None
        return suggestion if choice == "rename" else wanted

    def save(self) -> bool:
        routine = self.document.validation.routine
        if routine is None:
            self._problems_shown = True
            self._refresh()
            first = self.problems.text().splitlines()[0]
            self.statusBar().showMessage(self.tr("Not saved: {problem}").format(problem=first), 5000)
            return False
        routine_id = self.document.routine_id or self._new_id(routine.name)
        if routine_id is None:
            return False
        path = self.library.user_path(routine_id)
        kept: Path | None = None
        try:
            self.library.data.ensure()
            if self.document.routine_id is None and path.exists():
                copy_to_trash(path, self.library.data.trash_dir)  # the user chose to replace it
            elif has_comments(self._read(path) or ""):
                kept = copy_to_trash(path, self.library.data.trash_dir)  # comments the save cannot write
            save_routine(dataclasses.replace(routine, id=routine_id), path)
        except OSError as error:
            dialogs.show_error(self, self.tr("Could not save the routine"), str(error))
            return False
        self.document.routine_id = routine_id
        self.path = path
        self.document.base_dir = path.parent
        self._known_text = self._read(path)
        self._watch()
        self.document.mark_saved()
        self._file_notice(
            self.tr("Saved without the file's comments; the commented version is in {path}.").format(
                path=kept
            )
            if kept
            else ""
        )
        self.statusBar().showMessage(self.tr("Saved “{name}”").format(name=routine.name), 5000)
        self.saved.emit(routine_id)
        return True

    def try_it(self) -> None:
        routine = self.document.validation.routine
        if routine is not None:
            self.start_requested.emit(routine)

    def confirm_close(self) -> bool:
        """Ask Save / Discard / Cancel when there are unsaved edits; True when the window may close."""
        if self.document.is_clean() or self._discarded:
            return True
        answer = dialogs.ask_save_discard_cancel(self, self.document.draft.name.strip() or "New routine")
        if answer == "save":
            return self.save()
        self._discarded = answer == "discard"
        return self._discarded

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.confirm_close():
            self._unwatch()
            event.accept()
        else:
            event.ignore()

    # --- the file on disk ----------------------------------------------------------------------------

    @staticmethod
    def _read(path: Path | None) -> str | None:
        try:
            return path.read_text(encoding="utf-8") if path else None
        except (OSError, UnicodeDecodeError):
            return None

    def _unwatch(self) -> None:
        if self.watcher.files():
            self.watcher.removePaths(self.watcher.files())

    def _watch(self) -> None:
        self._unwatch()
        if self.path is not None and self.path.exists():
            self.watcher.addPath(str(self.path))

    def _file_changed(self, _changed: str) -> None:
        path = self.path
        if path is None:
            return
        self._watch()  # a replaced file (atomic save) is a new file: watch it again
        text = self._read(path)
        if text is None:
            self._show_notice(
                "The file of this routine was removed or cannot be read. Saving writes it again."
            )
            return
        if text == self._known_text:
            return  # our own save, or no real change
        self._known_text = text
        try:
            routine = load_routine_file(path, self.library.exercises, self.document.routine_id)
        except RoutineFileError as error:
            self._show_notice(
                self.tr(
                    "The file was changed on disk and now has problems ({problem}); your version here is kept."
                ).format(problem=error.problems[0].message)
            )
            return
        name = self.document.draft.name.strip() or routine.name
        if not self.document.is_clean() and not dialogs.ask_reload(self, name):
            self._show_notice(
                self.tr("The file was changed on disk; saving will replace it with your version.")
            )
            return
        self.document.replace_all(draft_from_routine(routine, path.parent), path.parent)
        self.steps.select_row(0)
        self._file_notice("Loaded the new version: the file was changed on disk.")
