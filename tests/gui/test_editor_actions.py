"""What the home screen calls (delete, restore, import, export, duplicate, open) and the exercise picker."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from backpain_timer.storage.library import Library
from backpain_timer.ui.editor import dialogs
from backpain_timer.ui.editor.picker import ExercisePicker
from backpain_timer.ui.home import actions, routine_files
from tests.unit.test_transfer import BAD_YAML, USER_YAML, make_library


@pytest.fixture
def library(tmp_path: Path, data_dir: Path) -> Library:
    return make_library(tmp_path, data_dir)


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, ...]]:
    """Records every message shown; questions are answered by the test through ``answers``."""
    shown: list[tuple[str, ...]] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append((title, text)))
    monkeypatch.setattr(
        dialogs,
        "show_problems",
        lambda parent, title, intro, problems: shown.append((title, intro, *map(str, problems))),
    )
    return shown


def answer_confirm(monkeypatch: pytest.MonkeyPatch, answer: bool) -> list[str]:
    questions: list[str] = []

    def confirm(parent: object, title: str, text: str, action: str) -> bool:
        questions.append(text)
        return answer

    monkeypatch.setattr(dialogs, "confirm", confirm)
    return questions


def test_delete_asks_then_moves_the_file_to_the_trash(
    library: Library, monkeypatch: pytest.MonkeyPatch, told: list[tuple[str, ...]]
) -> None:
    library.data.ensure()
    library.user_path("evening").write_text(USER_YAML, encoding="utf-8")
    questions = answer_confirm(monkeypatch, False)
    assert not routine_files.delete_routine(None, library, "evening")
    assert library.has_user("evening")
    assert questions == ["Delete “Evening unwind”? The file goes to the trash folder of your data."]

    answer_confirm(monkeypatch, True)
    assert routine_files.delete_routine(None, library, "evening")
    assert not library.has_user("evening")
    assert [path.read_text(encoding="utf-8") for path in library.data.trash_dir.iterdir()] == [USER_YAML]
    assert told == []


def test_builtin_routines_cannot_be_deleted(
    library: Library, monkeypatch: pytest.MonkeyPatch, told: list[tuple[str, ...]]
) -> None:
    answer_confirm(monkeypatch, True)
    assert not routine_files.delete_routine(None, library, "morning")
    assert told == [("Cannot delete", "Built-in routines cannot be deleted.")]
    assert library.has_builtin("morning")


def test_restore_builtin_drops_the_override(
    library: Library, monkeypatch: pytest.MonkeyPatch, told: list[tuple[str, ...]]
) -> None:
    library.data.ensure()
    library.user_path("morning").write_text(USER_YAML, encoding="utf-8")
    answer_confirm(monkeypatch, True)
    assert routine_files.restore_builtin(None, library, "morning")
    assert library.load("morning").name == "Morning loosen"
    assert len(list(library.data.trash_dir.iterdir())) == 1
    assert not routine_files.restore_builtin(None, library, "morning")
    assert told == [("Cannot restore the routine", "'morning' is already the built-in version")]


def test_import_with_errors_shows_them_and_copies_nothing(
    library: Library, tmp_path: Path, told: list[tuple[str, ...]]
) -> None:
    good = tmp_path / "evening.yaml"
    good.write_text(USER_YAML, encoding="utf-8")
    bad = tmp_path / "broken.yaml"
    bad.write_text(BAD_YAML, encoding="utf-8")
    assert routine_files.import_files(None, library, [good, bad]) == []
    title, intro, *problems = told[0]
    assert (title, intro) == ("Cannot import", "Nothing was imported. Fix these problems and try again:")
    assert f"{bad}:3:15: error: unknown exercise 'raech' (did you mean 'reach'?)" in problems
    assert not library.data.routines_dir.exists() or list(library.data.routines_dir.iterdir()) == []


def test_import_asks_before_replacing_a_routine(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, told: list[tuple[str, ...]]
) -> None:
    library.data.ensure()
    library.user_path("evening").write_text("name: Old\nsteps: [{exercise: reach}]\n", encoding="utf-8")
    source = tmp_path / "evening.yaml"
    source.write_text(USER_YAML, encoding="utf-8")
    answer_confirm(monkeypatch, False)
    assert routine_files.import_files(None, library, [source]) == []
    assert library.load("evening").name == "Old"
    answer_confirm(monkeypatch, True)
    assert routine_files.import_files(None, library, [source]) == ["evening"]
    assert library.load("evening").name == "Evening unwind"
    assert told == []


def test_import_without_paths_asks_for_files(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "evening.yaml"
    source.write_text(USER_YAML, encoding="utf-8")
    monkeypatch.setattr(dialogs, "choose_import_files", lambda parent: [source])
    assert routine_files.import_files(None, library) == ["evening"]


def test_export_writes_where_the_user_chooses(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "shared.yaml"
    monkeypatch.setattr(dialogs, "choose_export_file", lambda parent, suggested: target)
    assert routine_files.export_routine(None, library, "morning") == target
    assert target.read_text(encoding="utf-8") == (library.builtin_dir / "morning.yaml").read_text(
        encoding="utf-8"
    )
    monkeypatch.setattr(dialogs, "choose_export_file", lambda parent, suggested: None)
    assert routine_files.export_routine(None, library, "morning") is None


def test_duplicate_saves_a_copy_under_a_new_id(library: Library) -> None:
    new_id = routine_files.duplicate_routine(None, library, "morning")
    assert new_id == "morning-loosen-copy"
    copy = library.load(new_id)
    assert copy.name == "Morning loosen (copy)"
    assert copy.steps == library.load("morning").steps
    assert routine_files.duplicate_routine(None, library, "morning") == "morning-loosen-copy-2"


def test_edit_opens_one_editor_per_routine(
    qtbot: QtBot, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "ask_save_discard_cancel", lambda parent, name: "discard")
    home = QWidget()
    qtbot.addWidget(home)
    first = actions.edit_routine(home, library, "morning")
    assert first is not None
    assert actions.edit_routine(home, library, "morning") is first
    new = actions.new_routine(home, library)
    assert new is not None and new is not first
    assert actions.close_editors(home)


def test_closing_editors_stops_when_one_is_cancelled(
    qtbot: QtBot, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = QWidget()
    qtbot.addWidget(home)
    window = actions.edit_routine(home, library, "morning")
    assert window is not None
    qtbot.keyClicks(window.step_form.note, "unsaved")
    monkeypatch.setattr(dialogs, "ask_save_discard_cancel", lambda parent, name: "cancel")
    assert not actions.close_editors(home)
    assert window.isVisible()
    monkeypatch.setattr(dialogs, "ask_save_discard_cancel", lambda parent, name: "discard")
    assert actions.close_editors(home)


def test_picker_searches_and_previews(qtbot: QtBot, library: Library) -> None:
    picker = ExercisePicker(library.exercises)
    qtbot.addWidget(picker)
    picker.show()
    assert picker.proxy.rowCount() == 3
    qtbot.keyClicks(picker.search, "shoulders")  # a body part the exercise targets
    assert picker.proxy.rowCount() == 1
    assert picker.chosen_id() == "reach"
    text = picker.preview.toPlainText()
    assert "Reach both arms up and breathe." in text
    assert "Keep your ribs down." in text
    assert "Stop if your shoulder pinches." in text
    assert picker.image_widget() is None

    picker.search.clear()
    qtbot.keyClicks(picker.search, "twist")
    assert picker.chosen_id() == "twist"
    assert picker.image_widget() is not None

    picker.search.clear()
    qtbot.keyClicks(picker.search, "nothing like this")
    assert picker.chosen_id() is None
    assert not picker.add_button.isEnabled()
    assert "No exercise matches" in picker.preview.toPlainText()


def test_picker_return_adds_the_highlighted_exercise(qtbot: QtBot, library: Library) -> None:
    picker = ExercisePicker(library.exercises)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.keyClicks(picker.search, "breath")
    with qtbot.waitSignal(picker.accepted):
        qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.chosen_id() == "belly-breathing"
