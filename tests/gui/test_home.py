"""Home: the routine list, search, tag chips, the detail pane, Start and Cool down now."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QToolButton
from pytestqt.qtbot import QtBot

from backpain_timer.storage.library import Library
from backpain_timer.storage.paths import DataDir
from backpain_timer.ui.home.view import HomeView
from backpain_timer.ui.main_window import MainWindow
from tests.helpers.fake_clock import FakeClock
from tests.helpers.short_session import SHORT_ROUTINE_ID


def listed_names(home: HomeView) -> list[str]:
    return [home.proxy.index(row, 0).data() for row in range(home.proxy.rowCount())]


def listed_tags(home: HomeView) -> list[str]:
    return [home.proxy.index(row, 2).data() for row in range(home.proxy.rowCount())]


def chip(home: HomeView, label: str) -> QAbstractButton:
    (button,) = [button for button in home.chips.buttons() if button.text() == label]
    return button


def test_the_list_shows_builtin_and_user_routines_with_time_and_tags(window: MainWindow) -> None:
    home = window.home
    names = listed_names(home)
    assert "Post-run cool-down" in names
    assert "Short test routine" in names
    row = names.index("Short test routine")
    assert home.proxy.index(row, 1).data() == "00:21"  # the one clock format people read everywhere
    assert home.proxy.index(row, 2).data() == "Core, Desk"  # the tags' labels, as the chips say them


# Unannotated: pytest-qt's model tester has no type hints.
def test_the_model_is_a_well_behaved_qt_model(window, qtmodeltester):
    qtmodeltester.check(window.home.model)
    qtmodeltester.check(window.home.proxy)


def test_search_narrows_the_list_and_says_so_when_nothing_matches(window: MainWindow, qtbot: QtBot) -> None:
    home = window.home
    QTest.keyClicks(home.search, "short test")
    assert listed_names(home) == ["Short test routine"]
    assert home.list_stack.currentWidget() is home.table

    home.search.clear()
    QTest.keyClicks(home.search, "zebra")
    assert listed_names(home) == []
    assert home.list_stack.currentWidget() is home.empty_label
    assert "zebra" in home.empty_label.text()
    assert not home.start_button.isEnabled()


def test_typed_search_text_gets_a_clear_button_that_brings_the_whole_list_back(
    window: MainWindow, qtbot: QtBot
) -> None:
    home = window.home
    everything = len(listed_names(home))
    QTest.keyClicks(home.search, "zebra")
    (clear,) = [button for button in home.search.findChildren(QToolButton) if button.isVisibleTo(home.search)]
    QTest.mouseClick(clear, Qt.MouseButton.LeftButton)
    assert home.search.text() == ""
    assert len(listed_names(home)) == everything


def test_a_chip_shows_only_routines_with_its_tag(window: MainWindow, qtbot: QtBot) -> None:
    home = window.home
    everything = len(listed_names(home))
    QTest.mouseClick(chip(home, "Desk"), Qt.MouseButton.LeftButton)
    tags = listed_tags(home)
    assert 0 < len(tags) < everything
    assert all("Desk" in row.split(", ") for row in tags)

    QTest.mouseClick(chip(home, "Post-run"), Qt.MouseButton.LeftButton)
    assert "Short test routine" not in listed_names(home)
    assert "Post-run cool-down" in listed_names(home)

    QTest.mouseClick(chip(home, "All"), Qt.MouseButton.LeftButton)
    assert len(listed_names(home)) == everything


def test_the_detail_pane_lists_steps_with_holds_sides_reps_and_total(window: MainWindow) -> None:
    home = window.home
    assert home.select("post-run-cool-down")
    assert home.detail_title.text() == "Post-run cool-down"
    assert "in total" in home.detail_meta.text()
    details = home.detail.toPlainText()
    assert "Child's pose" in details
    assert "00:50" in details
    assert "left and right" in details
    assert "Breathe into your back." in details


def test_start_starts_the_selected_routine(window: MainWindow, qtbot: QtBot) -> None:
    home = window.home
    assert home.select(SHORT_ROUTINE_ID)
    QTest.mouseClick(home.start_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.before_view  # how does your back feel?
    QTest.keyClick(window.before_view.checkin, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.session_view
    assert window.controller is not None
    assert window.controller.engine.plan.routine.id == SHORT_ROUTINE_ID


def test_cool_down_now_starts_the_post_run_cool_down_in_one_click_and_one_key(
    window: MainWindow, qtbot: QtBot
) -> None:
    QTest.mouseClick(window.home.cool_down_button, Qt.MouseButton.LeftButton)
    QTest.keyClick(window.before_view.checkin, Qt.Key.Key_Escape)  # the check-in, skipped
    assert window.stack.currentWidget() is window.session_view
    assert window.controller is not None
    assert window.controller.engine.plan.routine.id == "post-run-cool-down"
    assert window.session_view.phase_label.text() == "Get ready"


def test_invalid_user_files_are_named_with_their_errors(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    data = DataDir(data_dir)
    data.ensure()
    (data.routines_dir / "broken.yaml").write_text(
        "version: 1\nname: Broken\nsteps:\n  - exercise: no-such-pose\n"
    )
    window = MainWindow(Library(data), clock=clock)
    qtbot.addWidget(window)
    notice = window.home.problems_label
    assert not notice.isHidden()
    assert "broken.yaml:4:" in notice.text()
    assert "Broken" not in listed_names(window.home)


def test_a_routine_file_outside_the_library_can_be_shown_and_started(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    outside = tmp_path / "mine.yaml"
    outside.write_text("version: 1\nname: My own\nsteps:\n  - exercise: childs-pose\n    hold: 10s\n")
    routine = window.library.load(str(outside))
    window.home.add_routine_file(routine, outside)
    assert window.home.detail_title.text() == "My own"
    info = window.home.current_info
    assert info is not None and info.source == "outside"  # not one of the user's routines
    assert not window.routine_actions.edit_action.isEnabled()
    QTest.keyClick(window.home.table, Qt.Key.Key_Return)
    QTest.keyClick(window.before_view.checkin, Qt.Key.Key_S)  # skip the check-in
    assert window.controller is not None
    assert window.controller.engine.plan.routine.name == "My own"
