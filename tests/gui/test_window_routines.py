"""Routines through the main window: new, edit, delete, restore, import by drop, try it, files changed on
disk, and closing with unsaved edits."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from backpain_timer.storage.library import Library
from backpain_timer.storage.routine_index import RoutineInfo
from backpain_timer.storage.routine_yaml import Problem
from backpain_timer.ui.editor import dialogs, picker
from backpain_timer.ui.editor.window import EditorWindow
from backpain_timer.ui.home import actions as routine_actions
from backpain_timer.ui.main_window import MainWindow
from tests.helpers.short_session import SHORT_ROUTINE, SHORT_ROUTINE_ID

CTRL = Qt.KeyboardModifier.ControlModifier
BUILTIN_ID = "post-run-cool-down"


@pytest.fixture(autouse=True)
def no_real_questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Confirmations are answered yes and recorded, unsaved edits discarded; other questions fail the test."""
    asked: list[str] = []

    def confirm(parent: object, title: str, text: str, action: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(dialogs, "confirm", confirm)
    monkeypatch.setattr(dialogs, "ask_save_discard_cancel", lambda parent, name: "discard")
    for name in ("ask_id_conflict", "ask_reload", "show_error", "show_problems"):
        monkeypatch.setattr(dialogs, name, lambda *args, name=name: pytest.fail(f"unexpected {name}{args}"))
    return asked


def listed_ids(window: MainWindow) -> list[str]:
    model = window.home.model
    infos = [model.data(model.index(row, 0), model.InfoRole) for row in range(model.rowCount())]
    return [info.id for info in infos if isinstance(info, RoutineInfo)]


def open_editors(window: MainWindow) -> list[EditorWindow]:
    return [editor for editor in window.findChildren(EditorWindow) if editor.isVisible()]


def rename(qtbot: QtBot, editor: EditorWindow, name: str) -> None:
    editor.routine_form.name.selectAll()
    qtbot.keyClicks(editor.routine_form.name, name)


def drop(window: MainWindow, files: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in files])
    event = QDropEvent(
        QPointF(QPoint(50, 50)),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)


def test_ctrl_n_opens_the_editor_and_the_saved_routine_appears_in_the_list(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    [editor] = open_editors(window)
    monkeypatch.setattr(picker, "pick_exercise", lambda parent, exercises: "childs-pose")
    qtbot.keyClicks(editor.routine_form.name, "Evening unwind")
    qtbot.mouseClick(editor.steps.add_button, Qt.MouseButton.LeftButton)
    assert "evening-unwind" not in listed_ids(window)

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "evening-unwind" in listed_ids(window)
    assert window.home.current_info is not None and window.home.current_info.id == "evening-unwind"


def test_the_home_buttons_open_new_and_edit(window: MainWindow, qtbot: QtBot) -> None:
    window.home.select(SHORT_ROUTINE_ID)
    qtbot.mouseClick(window.home.edit_button, Qt.MouseButton.LeftButton)
    [editor] = open_editors(window)
    assert editor.document.routine_id == SHORT_ROUTINE_ID
    qtbot.mouseClick(window.home.new_button, Qt.MouseButton.LeftButton)
    assert len(open_editors(window)) == 2


def test_menu_entries_follow_the_selected_routine(window: MainWindow) -> None:
    actions = window.routine_actions
    window.home.select(SHORT_ROUTINE_ID)  # the user's own routine
    assert actions.delete_action.isEnabled() and not actions.restore_action.isEnabled()
    window.home.select(BUILTIN_ID)  # built in: not deletable, nothing to restore
    assert actions.edit_action.isEnabled() and actions.duplicate_action.isEnabled()
    assert not actions.delete_action.isEnabled() and not actions.restore_action.isEnabled()


def test_delete_moves_the_file_to_the_trash_and_removes_it_from_the_list(
    window: MainWindow, library: Library, no_real_questions: list[str]
) -> None:
    window.home.select(SHORT_ROUTINE_ID)
    window.routine_actions.delete_action.trigger()
    assert no_real_questions == [
        "Delete “Short test routine”? The file goes to the trash folder of your data."
    ]
    assert SHORT_ROUTINE_ID not in listed_ids(window)
    assert [path.read_text(encoding="utf-8") for path in library.data.trash_dir.iterdir()] == [SHORT_ROUTINE]
    assert "trash" in window.statusBar().currentMessage()


def test_restore_builtin_drops_the_users_version(window: MainWindow, library: Library) -> None:
    override = (
        library.builtin_path(BUILTIN_ID)
        .read_text(encoding="utf-8")
        .replace("name: Post-run cool-down", "name: My cool-down")
    )
    library.user_path(BUILTIN_ID).write_text(override, encoding="utf-8")
    window.routine_actions.refresh(BUILTIN_ID)
    assert window.home.detail_title.text() == "My cool-down"
    assert window.routine_actions.restore_action.isEnabled()

    window.routine_actions.restore_action.trigger()
    assert not library.has_user(BUILTIN_ID)
    assert window.home.detail_title.text() == "Post-run cool-down"


def test_dropping_a_routine_file_imports_it(window: MainWindow, tmp_path: Path, library: Library) -> None:
    outside = tmp_path / "desk-stretch.yaml"
    outside.write_text(SHORT_ROUTINE.replace("Short test routine", "Desk stretch"), encoding="utf-8")
    drop(window, [outside, tmp_path / "notes.txt"])
    assert library.has_user("desk-stretch")
    assert "desk-stretch" in listed_ids(window)
    assert window.home.detail_title.text() == "Desk stretch"
    assert window.statusBar().currentMessage() == "Imported 1 routine."


def test_an_imported_routine_can_be_picked_in_the_history_filter(window: MainWindow, tmp_path: Path) -> None:
    outside = tmp_path / "desk-stretch.yaml"
    outside.write_text(SHORT_ROUTINE.replace("Short test routine", "Desk stretch"), encoding="utf-8")
    drop(window, [outside])
    window.show_history()
    assert window.history_view is not None
    choices = window.history_view.routine_filter
    assert "Desk stretch" in [choices.itemText(index) for index in range(choices.count())]


def test_a_dropped_file_with_errors_imports_nothing_and_says_where(
    window: MainWindow, tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[Problem] = []
    monkeypatch.setattr(
        dialogs, "show_problems", lambda parent, title, intro, problems: shown.extend(problems)
    )
    broken = tmp_path / "broken.yaml"
    broken.write_text(SHORT_ROUTINE.replace("hold: 4s", "hold: soon"), encoding="utf-8")
    before = listed_ids(window)
    drop(window, [broken])
    assert listed_ids(window) == before
    assert not library.has_user("broken")
    assert shown and (shown[0].line, shown[0].column) == (14, 11)  # hold: soon


def test_a_file_added_by_another_program_shows_up(window: MainWindow, library: Library, qtbot: QtBot) -> None:
    library.user_path("by-hand").write_text(SHORT_ROUTINE.replace("Short test routine", "By hand"), "utf-8")
    qtbot.waitUntil(lambda: "by-hand" in listed_ids(window), timeout=5000)


def test_try_it_starts_the_routine_being_edited(window: MainWindow, qtbot: QtBot) -> None:
    window.home.select(SHORT_ROUTINE_ID)
    window.routine_actions.edit_action.trigger()
    [editor] = open_editors(window)
    rename(qtbot, editor, "Tried out")
    editor.try_it()
    assert window.stack.currentWidget() is window.session_view
    assert window.controller is not None
    assert window.controller.engine.plan.routine.name == "Tried out"


def test_closing_asks_each_editor_and_cancel_keeps_the_window_open(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.home.select(SHORT_ROUTINE_ID)
    window.routine_actions.edit_action.trigger()
    [editor] = open_editors(window)
    rename(qtbot, editor, "Unsaved name")
    asked: list[str] = []

    def cancel(parent: object, name: str) -> str:
        asked.append(name)
        return "cancel"

    monkeypatch.setattr(dialogs, "ask_save_discard_cancel", cancel)
    assert not window.close()
    assert asked == ["Unsaved name"] and window.isVisible() and editor.isVisible()

    monkeypatch.setattr(dialogs, "ask_save_discard_cancel", lambda parent, name: "discard")
    assert window.close()
    assert not editor.isVisible()


def test_print_writes_the_sheet_where_the_user_chooses(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "sheet.pdf"
    monkeypatch.setattr(routine_actions, "choose_sheet_file", lambda parent, suggested: out)
    window.home.select(SHORT_ROUTINE_ID)
    window.routine_actions.print_action.trigger()
    assert out.read_bytes().startswith(b"%PDF")
    assert window.statusBar().currentMessage() == f"Saved the routine sheet to {out}."
