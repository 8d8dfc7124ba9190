"""The editor from the keyboard and for a first-time user: closed by Esc, Ctrl+W or Close (asking about
unsaved edits), a visible "Saved", no red errors before the user did anything, no stale plan total, and
an exercise search that puts name matches first."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from backpain_timer.domain.routine import Exercise
from backpain_timer.storage.library import Library
from backpain_timer.ui.editor import dialogs
from backpain_timer.ui.editor.picker import ExercisePicker, search_rank
from tests.gui.test_editor import CTRL, no_real_questions, open_editor  # noqa: F401 - autouse fixture
from tests.unit.test_transfer import make_library


@pytest.fixture
def library(tmp_path: Path, data_dir: Path) -> Library:
    return make_library(tmp_path, data_dir)


@pytest.mark.parametrize(
    ("key", "modifier"),
    [(Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_W, CTRL)],
    ids=["esc", "ctrl-w"],
)
def test_keys_close_the_editor(
    qtbot: QtBot, library: Library, key: Qt.Key, modifier: Qt.KeyboardModifier
) -> None:
    window = open_editor(qtbot, library, "morning")
    QTest.keyClick(window.routine_form.name, key, modifier)
    assert not window.isVisible()


def test_closing_asks_about_unsaved_edits_and_cancel_keeps_it_open(
    qtbot: QtBot, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def ask(_parent: object, name: str) -> str:
        asked.append(name)
        return "cancel"

    monkeypatch.setattr(dialogs, "ask_save_discard_cancel", ask)
    window = open_editor(qtbot, library, "morning")
    qtbot.keyClicks(window.routine_form.name, " plus")
    window.close_button.click()
    assert asked == ["Morning loosen plus"]
    assert window.isVisible()
    QTest.keyClick(window.routine_form.name, Qt.Key.Key_Escape)
    assert len(asked) == 2 and window.isVisible()


def test_ctrl_s_says_saved(qtbot: QtBot, library: Library) -> None:
    window = open_editor(qtbot, library, "morning")
    qtbot.keyClicks(window.routine_form.name, " plus")
    QTest.keyClick(window.routine_form.name, Qt.Key.Key_S, CTRL)
    assert window.statusBar().currentMessage() == "Saved “Morning loosen plus”"


def test_a_new_routine_shows_no_errors_until_touched_or_saved(qtbot: QtBot, library: Library) -> None:
    window = open_editor(qtbot, library, None)
    name_problem = window.routine_form.boxes[("name",)].problem
    assert window.problems.text() == ""
    assert not name_problem.isVisible()
    QTest.keyClick(window.routine_form.name, Qt.Key.Key_S, CTRL)  # a try to save shows what is missing
    assert name_problem.text() == "Give the routine a name"
    assert window.problems.text().startswith("2 problems to fix")
    assert window.statusBar().currentMessage().startswith("Not saved: 2 problems")


def test_the_plan_total_is_never_stale(qtbot: QtBot, library: Library) -> None:
    window = open_editor(qtbot, library, "morning")
    hold = window.step_form.hold
    hold.clear()
    qtbot.keyClicks(hold, "99x")
    assert window.preview.total.text() == "Total —"
    QTest.keyClick(hold, Qt.Key.Key_Backspace)
    assert window.preview.total.text().startswith("Total ") and "—" not in window.preview.total.text()


def test_the_builtin_notice_points_to_the_routine_menu(qtbot: QtBot, library: Library) -> None:
    window = open_editor(qtbot, library, "morning")
    assert "Routine ▸ Restore built-in" in window.notice.text()


def test_the_pause_fields_are_named(qtbot: QtBot, library: Library) -> None:
    window = open_editor(qtbot, library, "morning")
    names = [field.accessibleName() for field in window.routine_form.timings.values()]
    assert all(name.endswith(" time") for name in names) and len(set(names)) == 3


def test_search_ranks_names_first() -> None:
    assert search_rank("neck", "Neck side stretch") < search_rank("neck", "Cat–cow")
    assert search_rank("stretch", "Neck side stretch") < search_rank("stretch", "Cat–cow")
    assert search_rank("", "Cat–cow") == 0


def test_neck_and_enter_picks_the_neck_stretch(qtbot: QtBot) -> None:
    exercises = {
        "cat-cow": Exercise(name="Cat–cow", id="cat-cow", targets=("thoracic spine", "neck")),
        "neck-side-stretch": Exercise(
            name="Neck side stretch", id="neck-side-stretch", targets=("neck muscles",)
        ),
    }
    picker = ExercisePicker(exercises)
    qtbot.addWidget(picker)
    qtbot.keyClicks(picker.search, "neck")
    assert picker.proxy.rowCount() == 2  # both match
    with qtbot.waitSignal(picker.accepted, timeout=1000):
        QTest.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.chosen_id() == "neck-side-stretch"  # not Cat–cow, which lists the neck among its targets
    assert picker.search.accessibleName() == "Search exercises"
    assert picker.results.accessibleName() == "Exercises"


@pytest.mark.parametrize("size", [(1280, 800), (800, 600)])
def test_tag_chips_never_overlap_while_problems_show(
    qtbot: QtBot, library: Library, size: tuple[int, int]
) -> None:
    window = open_editor(qtbot, library, None)
    form = window.routine_form
    qtbot.keyClicks(form.timings["rest"], "soon")  # one more problem line, under the pauses
    QTest.keyClick(form.name, Qt.Key.Key_S, CTRL)
    assert form.boxes[("name",)].problem.isVisibleTo(form)
    assert form.boxes[("rest",)].problem.isVisibleTo(form)
    window.resize(*size)
    qtbot.wait(1)
    assert window.size().height() <= size[1]  # the editor fits the screen: its fields scroll instead

    def rect(widget: QWidget) -> QRect:
        return QRect(widget.mapTo(form, widget.rect().topLeft()), widget.size())

    chips = [rect(chip) for chip in form.chips.values()]
    others = [
        rect(form.other_tags),
        rect(form.boxes[("name",)].problem),
        rect(form.description),
        *(rect(field) for field in form.timings.values()),
    ]
    for index, chip in enumerate(chips):
        assert chip.height() >= form.chips["core"].sizeHint().height()  # whole, never squeezed
        assert not any(chip.intersects(other) for other in chips[index + 1 :] + others)
