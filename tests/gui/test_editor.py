"""The routine editor, driven through its widgets: create, edit, reorder, undo, validate, save, close."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from backpain_timer.storage.library import Library
from backpain_timer.ui.editor import dialogs, picker
from backpain_timer.ui.editor.draft import InlineExerciseDraft
from backpain_timer.ui.editor.window import EditorWindow
from tests.helpers.windows import show_and_activate
from tests.unit.test_transfer import USER_YAML, make_library

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def library(tmp_path: Path, data_dir: Path) -> Library:
    return make_library(tmp_path, data_dir)


@pytest.fixture(autouse=True)
def no_real_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    """A test that does not answer a question itself discards on close and fails on any other question."""
    monkeypatch.setattr(dialogs, "ask_save_discard_cancel", lambda parent, name: "discard")
    for name in ("ask_id_conflict", "ask_reload", "confirm", "show_error", "show_problems"):
        monkeypatch.setattr(dialogs, name, lambda *args, name=name: pytest.fail(f"unexpected {name}{args}"))


@pytest.fixture
def picks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Exercise ids the picker will answer, in order."""
    answers: list[str] = []
    monkeypatch.setattr(picker, "pick_exercise", lambda parent, exercises: answers.pop(0))
    return answers


def open_editor(qtbot: QtBot, library: Library, routine_id: str | None) -> EditorWindow:
    return show_and_activate(qtbot, EditorWindow(library, library.load(routine_id) if routine_id else None))


def exercises_of(window: EditorWindow) -> list[str]:
    return [
        step.exercise if isinstance(step.exercise, str) else step.exercise.name
        for step in window.document.steps
    ]


def test_create_a_routine_from_scratch_and_save_it(qtbot: QtBot, library: Library, picks: list[str]) -> None:
    window = open_editor(qtbot, library, None)
    assert not window.save_button.isEnabled()
    qtbot.keyClicks(window.routine_form.name, "Evening unwind")
    window.routine_form.chips["cool-down"].click()
    qtbot.keyClicks(window.routine_form.other_tags, "bedtime")
    qtbot.keyClicks(window.routine_form.timings["rest"], "20")
    picks.extend(["reach", "belly-breathing"])
    qtbot.mouseClick(window.steps.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.steps.add_button, Qt.MouseButton.LeftButton)
    assert window.steps.current_row() == 1
    assert not window.save_button.isEnabled()  # belly breathing has no default hold
    qtbot.keyClicks(window.step_form.hold, "1:30")
    qtbot.keyClicks(window.step_form.note, "Slow and low")
    assert window.save_button.isEnabled()
    assert window.preview.total.text() == "Total 02:20"  # 10 s prepare + 20 s + 20 s rest + 90 s

    with qtbot.waitSignal(window.saved) as saved:
        qtbot.mouseClick(window.save_button, Qt.MouseButton.LeftButton)
    assert saved.args == ["evening-unwind"]
    reloaded = library.load("evening-unwind")
    assert reloaded == window.document.validation.routine
    assert reloaded.tags == ("cool-down", "bedtime")
    assert reloaded.rest == 20
    assert [step.hold for step in reloaded.steps] == [None, 90]
    text = library.user_path("evening-unwind").read_text(encoding="utf-8")
    assert text.startswith("version: 1\nname: Evening unwind\n")
    assert "hold: 1m30s" in text
    assert not window.isWindowModified()


def test_add_reorder_remove_each_undo_and_redo(qtbot: QtBot, library: Library, picks: list[str]) -> None:
    window = open_editor(qtbot, library, "morning")
    view = window.steps.view
    assert exercises_of(window) == ["reach", "twist"]

    picks.append("belly-breathing")
    window.steps.select_row(0)
    qtbot.mouseClick(window.steps.add_button, Qt.MouseButton.LeftButton)
    assert exercises_of(window) == ["reach", "belly-breathing", "twist"]
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down, ALT)
    assert exercises_of(window) == ["reach", "twist", "belly-breathing"]
    assert window.steps.current_row() == 2  # the selection follows the moved step
    qtbot.keyClick(view, Qt.Key.Key_Up, ALT)
    qtbot.keyClick(view, Qt.Key.Key_Up, ALT)
    assert exercises_of(window) == ["belly-breathing", "reach", "twist"]
    window.steps.select_row(1)
    qtbot.mouseClick(window.steps.remove_button, Qt.MouseButton.LeftButton)
    assert exercises_of(window) == ["belly-breathing", "twist"]
    assert window.isWindowModified()

    history = [
        ["belly-breathing", "reach", "twist"],
        ["reach", "belly-breathing", "twist"],
        ["reach", "twist", "belly-breathing"],
        ["reach", "belly-breathing", "twist"],
        ["reach", "twist"],
    ]
    for expected in history:
        qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
        assert exercises_of(window) == expected
    assert not window.isWindowModified()
    for expected in reversed([["belly-breathing", "twist"], *history[:-1]]):
        qtbot.keyClick(view, Qt.Key.Key_Z, CTRL_SHIFT)
        assert exercises_of(window) == expected


def test_drag_and_drop_reorders_as_one_undoable_step(qtbot: QtBot, library: Library) -> None:
    window = open_editor(qtbot, library, "morning")
    model = window.steps.model
    dragged = model.mimeData([model.index(0)])
    # What the list view does on a drop below the last row.
    accepted = model.dropMimeData(dragged, Qt.DropAction.MoveAction, 2, 0, model.index(-1))
    assert not accepted  # the document moved it; the view must not also remove the source row
    assert exercises_of(window) == ["twist", "reach"]
    assert model.rowCount() == 2
    window.document.undo_stack.undo()
    assert exercises_of(window) == ["reach", "twist"]


def test_duplicate_a_step(qtbot: QtBot, library: Library) -> None:
    window = open_editor(qtbot, library, "morning")
    window.steps.select_row(1)
    qtbot.mouseClick(window.steps.duplicate_button, Qt.MouseButton.LeftButton)
    assert exercises_of(window) == ["reach", "twist", "twist"]
    assert window.document.steps[2].reps == 2
    assert window.steps.current_row() == 2
    window.document.undo_stack.undo()
    assert exercises_of(window) == ["reach", "twist"]


def test_step_model_passes_the_model_tester(
    qtbot: QtBot, library: Library, qtmodeltester: ModelTester
) -> None:
    window = open_editor(qtbot, library, "morning")
    qtbot.keyClicks(window.step_form.hold, "x")  # a row with a problem has an icon and a tooltip
    qtmodeltester.check(window.steps.model)


def test_invalid_input_blocks_save_and_shows_the_validators_words(qtbot: QtBot, library: Library) -> None:
    window = open_editor(qtbot, library, "morning")
    window.steps.select_row(1)
    hold = window.step_form.hold
    qtbot.keyClicks(hold, "abc")
    problem = window.step_form.boxes["hold"].problem
    assert problem.isVisible()
    assert problem.text() == "Cannot read duration 'abc' (use e.g. 45s, 2m, 1m30s or 90)"  # plain words
    assert not window.save_button.isEnabled()
    assert window.problems.text() == "1 problem to fix before saving"
    assert "Cannot read duration" in str(window.steps.model.index(1).data(Qt.ItemDataRole.ToolTipRole))
    qtbot.keyClick(hold, Qt.Key.Key_S, CTRL)
    assert not library.has_user("morning")

    window.routine_form.name.selectAll()
    qtbot.keyClick(window.routine_form.name, Qt.Key.Key_Delete)
    assert window.routine_form.boxes[("name",)].problem.text() == "Give the routine a name"

    qtbot.keyClick(hold, Qt.Key.Key_Z, CTRL)  # the name comes back
    hold.clear()
    qtbot.keyClicks(hold, "0:45")
    assert not problem.isVisible()
    assert window.save_button.isEnabled()
    assert window.routine_form.name.text() == "Morning loosen"


def test_typing_is_undone_as_one_change(qtbot: QtBot, library: Library) -> None:
    window = open_editor(qtbot, library, "morning")
    qtbot.keyClicks(window.step_form.note, "Reach")
    assert window.document.steps[0].note == "Reach"
    qtbot.keyClick(window.step_form.note, Qt.Key.Key_Z, CTRL)
    assert window.document.steps[0].note == ""
    assert window.step_form.note.text() == ""


def test_breath_pacing_needs_both_times(qtbot: QtBot, library: Library) -> None:
    window = open_editor(qtbot, library, "morning")
    qtbot.keyClicks(window.step_form.inhale, "4")
    assert window.step_form.boxes["breathe"].problem.text() == "Exhale is needed"
    qtbot.keyClicks(window.step_form.exhale, "6s")
    assert window.save_button.isEnabled()
    routine = window.document.validation.routine
    assert routine is not None
    assert routine.steps[0].breathe is not None
    assert (routine.steps[0].breathe.inhale, routine.steps[0].breathe.exhale) == (4, 6)


def test_custom_exercise_is_saved_inline(qtbot: QtBot, library: Library) -> None:
    window = open_editor(qtbot, library, "morning")
    qtbot.mouseClick(window.steps.custom_button, Qt.MouseButton.LeftButton)
    form = window.step_form
    assert form.inline_group.isVisible()
    form.inline_name.selectAll()
    qtbot.keyClicks(form.inline_name, "Doorway hang")
    qtbot.keyClicks(form.inline_instructions, "Stand in a doorway.")
    qtbot.keyClick(form.inline_instructions, Qt.Key.Key_Return)
    qtbot.keyClicks(form.inline_instructions, "Lean forward gently.")
    qtbot.keyClicks(form.inline_cues, "Soft elbows.")
    qtbot.keyClicks(form.inline_caution, "Not with a sore shoulder.")
    with qtbot.waitSignal(window.saved):
        window.save()
    step = library.load("morning").steps[1]
    assert step.exercise.id is None
    assert step.exercise.name == "Doorway hang"
    assert step.exercise.instructions == ("Stand in a doorway.", "Lean forward gently.")
    assert step.exercise.cues == ("Soft elbows.",)
    assert step.exercise.caution == "Not with a sore shoulder."
    assert step.hold == 30


def test_make_a_library_step_custom_starts_from_its_texts(qtbot: QtBot, library: Library) -> None:
    window = open_editor(qtbot, library, "morning")
    qtbot.mouseClick(window.step_form.make_custom, Qt.MouseButton.LeftButton)
    exercise = window.document.steps[0].exercise
    assert isinstance(exercise, InlineExerciseDraft)
    assert exercise.name == "Overhead reach"
    assert exercise.cues == "Keep your ribs down."


def test_editing_a_builtin_saves_an_override(qtbot: QtBot, library: Library) -> None:
    window = open_editor(qtbot, library, "morning")
    assert "built-in routine" in window.notice.text()
    qtbot.keyClicks(window.step_form.note, "Tall spine")
    with qtbot.waitSignal(window.saved) as saved:
        qtbot.keyClick(window.step_form.note, Qt.Key.Key_S, CTRL)
    assert saved.args == ["morning"]
    assert library.has_user("morning")
    assert library.load("morning").steps[0].note == "Tall spine"
    assert (library.builtin_dir / "morning.yaml").read_text(encoding="utf-8").count("Tall spine") == 0
    assert "your own version" in window.notice.text()


def test_new_routine_whose_id_is_taken_gets_a_choice(
    qtbot: QtBot, library: Library, picks: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = ["cancel", "rename"]
    asked: list[tuple[str, str, bool]] = []

    def ask(parent: object, name: str, routine_id: str, suggestion: str, builtin: bool) -> str:
        asked.append((routine_id, suggestion, builtin))
        return answers.pop(0)

    monkeypatch.setattr(dialogs, "ask_id_conflict", ask)
    window = open_editor(qtbot, library, None)
    qtbot.keyClicks(window.routine_form.name, "Morning")
    picks.append("reach")
    window.steps.add_from_library()
    assert not window.save()  # cancelled: nothing written
    assert not library.has_user("morning")
    assert window.save()
    assert asked == [("morning", "morning-2", True), ("morning", "morning-2", True)]
    assert library.load("morning-2").name == "Morning"
    assert not library.has_user("morning")


@pytest.mark.parametrize(
    ("answer", "closes", "saved"), [("cancel", False, False), ("discard", True, False), ("save", True, True)]
)
def test_closing_with_unsaved_changes_asks(
    qtbot: QtBot, library: Library, monkeypatch: pytest.MonkeyPatch, answer: str, closes: bool, saved: bool
) -> None:
    asked: list[str] = []

    def ask(parent: object, name: str) -> str:
        asked.append(name)
        return answer

    monkeypatch.setattr(dialogs, "ask_save_discard_cancel", ask)
    window = open_editor(qtbot, library, "morning")
    assert window.close()  # nothing changed: no question
    assert asked == []
    window = open_editor(qtbot, library, "morning")
    qtbot.keyClicks(window.step_form.note, "x")
    assert window.close() is closes
    assert asked == ["Morning loosen"]
    assert window.isVisible() is not closes
    assert library.has_user("morning") is saved


def test_try_it_starts_the_routine_as_edited(qtbot: QtBot, library: Library) -> None:
    window = open_editor(qtbot, library, "morning")
    qtbot.keyClicks(window.step_form.hold, "5s")
    with qtbot.waitSignal(window.start_requested) as started:
        qtbot.mouseClick(window.try_button, Qt.MouseButton.LeftButton)
    assert started.args[0].steps[0].hold == 5
    assert not library.has_user("morning")


def test_file_changed_on_disk_is_loaded_when_clean(qtbot: QtBot, library: Library) -> None:
    path = library.user_path("evening")
    path.parent.mkdir(parents=True)
    path.write_text(USER_YAML, encoding="utf-8")
    window = open_editor(qtbot, library, "evening")
    path.write_text(USER_YAML.replace("Evening unwind", "Night unwind"), encoding="utf-8")
    qtbot.waitUntil(lambda: window.document.draft.name == "Night unwind")
    assert window.routine_form.name.text() == "Night unwind"
    assert not window.isWindowModified()
    assert "changed on disk" in window.notice.text()


def test_file_changed_on_disk_asks_when_there_are_edits(
    qtbot: QtBot, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def ask(parent: object, name: str) -> bool:
        asked.append(name)
        return False

    monkeypatch.setattr(dialogs, "ask_reload", ask)
    path = library.user_path("evening")
    path.parent.mkdir(parents=True)
    path.write_text(USER_YAML, encoding="utf-8")
    window = open_editor(qtbot, library, "evening")
    qtbot.keyClicks(window.step_form.note, "mine")
    path.write_text(USER_YAML.replace("Evening unwind", "Night unwind"), encoding="utf-8")
    qtbot.waitUntil(lambda: asked == ["Evening unwind"])
    assert window.document.draft.name == "Evening unwind"
    assert window.document.steps[0].note == "mine"
    assert "saving will replace it" in window.notice.text()


def test_own_save_is_not_taken_for_a_change_on_disk(
    qtbot: QtBot, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "ask_reload", lambda parent, name: pytest.fail("asked about our own save"))
    window = open_editor(qtbot, library, "morning")
    qtbot.keyClicks(window.step_form.note, "one")
    assert window.save()
    qtbot.keyClicks(window.step_form.note, " two")
    assert window.save()
    qtbot.keyClicks(window.step_form.note, " three")
    assert window.document.steps[0].note == "one two three"


def test_a_commented_file_is_saved_with_its_commented_version_kept_in_the_trash(
    qtbot: QtBot, library: Library
) -> None:
    path = library.user_path("evening")
    path.parent.mkdir(parents=True)
    path.write_text(USER_YAML, encoding="utf-8")
    window = open_editor(qtbot, library, "evening")
    assert "has comments, which the editor cannot keep" in window.notice.text()
    qtbot.keyClicks(window.step_form.note, "Slow")
    assert window.save()
    (kept,) = library.data.trash_dir.iterdir()
    assert kept.read_text(encoding="utf-8") == USER_YAML, "the commented version, as it was"
    assert str(kept) in window.notice.text()
    assert "has comments" not in window.notice.text()
    assert library.load("evening").steps[0].note == "Slow"
    qtbot.keyClicks(window.step_form.note, "er")
    assert window.save()
    assert len(list(library.data.trash_dir.iterdir())) == 1, "nothing more to keep once it has no comments"


def test_a_file_without_comments_is_saved_without_a_copy_or_a_word(qtbot: QtBot, library: Library) -> None:
    path = library.user_path("evening")
    path.parent.mkdir(parents=True)
    path.write_text(USER_YAML.split("\n", 1)[1], encoding="utf-8")  # without its comment line
    window = open_editor(qtbot, library, "evening")
    assert window.notice.text() == ""
    qtbot.keyClicks(window.step_form.note, "Slow")
    assert window.save()
    assert not library.data.trash_dir.exists() or not any(library.data.trash_dir.iterdir())
    assert window.notice.text() == ""
