"""Keyboard-only use: the tab order of home, and a name for every control a screen reader reaches."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollBar,
    QSpinBox,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from backpain_timer.storage.library import Library
from backpain_timer.ui.editor.window import EditorWindow
from backpain_timer.ui.main_window import MainWindow
from tests.helpers.fake_clock import FakeClock
from tests.helpers.short_session import SHORT_ROUTINE_ID, SHORT_ROUTINE_SECONDS, advance, start_short

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QSpinBox, QAbstractSlider, QAbstractItemView, QTextEdit)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def unnamed_controls(root: QWidget | None) -> list[str]:
    """Controls with neither an accessible name, nor words of their own, nor a label that names them."""
    assert root is not None
    labelled = {label.buddy() for label in root.findChildren(QLabel) if label.buddy() is not None}
    missing: list[str] = []
    for control in root.findChildren(QWidget):
        if isinstance(control, QComboBox) and not control.accessibleName().strip():
            # A screen reader would read its current value ("All routines"), not what it is for.
            missing.append(f"QComboBox {control.currentText()!r} (its value is no name)")
            continue
        if not isinstance(control, CONTROLS) or control in labelled or control.accessibleName().strip():
            continue
        if isinstance(control, QAbstractButton) and control.text().replace("&", "").strip():
            continue  # a button's own words are its name for screen readers
        if isinstance(control.parentWidget(), QAbstractSpinBox | QComboBox) or isinstance(
            control, QHeaderView | QScrollBar
        ):
            continue  # parts of a control (its text field, header, scroll bar): the owner carries the name
        if not control.isVisibleTo(root):
            continue  # hidden parts (a stack page not in use) are checked where they show
        missing.append(f"{type(control).__name__} {control.objectName() or control.toolTip() or '?'}")
    return missing


def test_tab_walks_home_as_the_eye_reads_it(window: MainWindow, qtbot: QtBot) -> None:
    home = window.home
    assert QApplication.focusWidget() is home.table  # Enter starts the selected routine at once
    assert (
        window.banner is not None and not home.about_link.isVisible()
    )  # the banner's About is the one shown
    window.banner.about_button.setFocus()
    seen = []
    for _ in range(12):
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == [
        window.banner.dismiss_button,  # the banner above the page comes first
        home.history_button,  # then the header, left to right
        home.cool_down_button,
        home.search,
        home.chips.checkedButton(),  # one stop for the chips: arrows move between them, like radio buttons
        home.table,
        home.new_button,
        home.edit_button,
        home.detail,
        home.start_button,
        window.banner.about_button,  # and round again
        window.banner.dismiss_button,
    ]


def test_without_the_banner_the_about_link_leads_the_way(window: MainWindow) -> None:
    assert window.banner is not None
    window.banner.dismiss()
    home = window.home
    assert home.about_link.isVisibleTo(window)
    home.start_button.setFocus()
    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is home.about_link


def test_enter_on_the_list_starts_and_the_keys_carry_the_session_to_its_end(
    window: MainWindow, clock: FakeClock
) -> None:
    window.home.select(SHORT_ROUTINE_ID)
    QTest.keyClick(window.home.table, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.before_view
    QTest.keyClick(focused(), Qt.Key.Key_Escape)  # one key skips the check-in
    assert window.stack.currentWidget() is window.session_view
    advance(window, clock, SHORT_ROUTINE_SECONDS)
    assert window.stack.currentWidget() is window.end_view


@pytest.mark.parametrize("page", ["home", "session", "end"])
def test_every_control_of_the_main_pages_has_a_name(window: MainWindow, clock: FakeClock, page: str) -> None:
    if page != "home":
        start_short(window)
        if page == "end":
            advance(window, clock, SHORT_ROUTINE_SECONDS)
    assert unnamed_controls(window.stack.currentWidget()) == []


def test_every_control_of_the_editor_has_a_name(qtbot: QtBot, library: Library) -> None:
    editor = EditorWindow(library, library.load(SHORT_ROUTINE_ID))
    qtbot.addWidget(editor)
    editor.show()
    assert unnamed_controls(editor) == []


def test_every_control_of_the_settings_has_a_name(window: MainWindow) -> None:
    window.show_settings()
    assert window.settings_dialog is not None
    for index in range(window.settings_dialog.tabs.count()):
        window.settings_dialog.tabs.setCurrentIndex(index)
        assert unnamed_controls(window.settings_dialog) == []


def test_every_control_of_history_has_a_name(window: MainWindow) -> None:
    window.show_history()
    history = window.history_view
    assert history is not None
    for index in range(history.tabs.count()):
        history.tabs.setCurrentIndex(index)
        assert unnamed_controls(history) == []


def test_every_control_of_the_check_in_has_a_name(window: MainWindow) -> None:
    window.start_routine(window.library.load(SHORT_ROUTINE_ID))
    assert window.stack.currentWidget() is window.before_view
    assert unnamed_controls(window.before_view) == []


def test_every_control_of_the_exercise_picker_has_a_name(qtbot: QtBot, library: Library) -> None:
    from backpain_timer.ui.editor.picker import ExercisePicker

    picker = ExercisePicker(library.exercises)
    qtbot.addWidget(picker)
    picker.show()
    assert unnamed_controls(picker) == []


def test_end_screen_figures_are_read_with_their_captions(window: MainWindow, clock: FakeClock) -> None:
    window.start_routine(window.library.load(SHORT_ROUTINE_ID), quick_start=True)
    advance(window, clock, SHORT_ROUTINE_SECONDS)
    end = window.end_view
    assert end.planned_value.accessibleName() == f"Planned: {end.planned_value.text()}"
    assert end.planned_value.accessibleName() == "Planned: 00:21"
    assert end.holds_value.accessibleName().startswith("Holds: ")
