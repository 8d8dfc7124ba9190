"""640×480: home and the editor still serve a small screen, with a simpler layout instead of clipped words."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from backpain_timer.storage.library import Library
from backpain_timer.ui.editor.window import EditorWindow
from backpain_timer.ui.flow_layout import FlowLayout
from backpain_timer.ui.main_window import MainWindow
from tests.gui.test_keyboard_access import focused
from tests.gui.test_session_layout import SMALL_SCREEN, fits, settle, visible_in
from tests.helpers.short_session import SHORT_ROUTINE_ID

TINY_SCREEN = QSize(640, 480)


def test_home_fits_640_by_480_and_keeps_the_list_name_length_and_start(
    window: MainWindow, qtbot: QtBot
) -> None:
    assert window.banner is not None
    window.banner.dismiss_button.click()
    assert fits(window.minimumSizeHint(), TINY_SCREEN)
    window.resize(TINY_SCREEN)
    settle(qtbot)
    home = window.home
    assert window.size() == TINY_SCREEN
    assert home.is_compact()  # the step list goes; the routine's name, length and Start stay
    assert not home.detail.isVisibleTo(home)
    for widget in (home.search, home.table, home.detail_title, home.detail_meta, home.start_button):
        visible_in(widget, home)
    assert home.table.viewport().height() >= 2 * home.table.verticalHeader().defaultSectionSize()
    assert home.start_button.height() >= home.start_button.minimumHeight()
    window.resize(1280, 800)
    settle(qtbot)
    assert not home.is_compact()
    visible_in(home.detail, home)
    assert home.detail.height() >= 200


def test_the_editor_fits_640_wide_and_its_chips_wrap(qtbot: QtBot, library: Library) -> None:
    editor = EditorWindow(library, None)
    qtbot.addWidget(editor)
    assert editor.minimumSizeHint().width() <= TINY_SCREEN.width()
    editor.show()
    editor.resize(TINY_SCREEN)
    settle(qtbot)
    form = editor.routine_form
    chips = [visible_in(chip, editor) for chip in form.chips.values()]
    for index, rect in enumerate(chips):
        assert not any(rect.intersects(other) for other in chips[index + 1 :])
    assert len({rect.top() for rect in chips}) >= 2  # wrapped onto more lines
    for chip in form.chips.values():
        assert chip.width() >= chip.sizeHint().width()  # whole words
    assert visible_in(form.other_tags, editor).top() > max(rect.bottom() for rect in chips)


def test_a_flow_layout_wraps_what_does_not_fit_and_keeps_one_row_when_it_does(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QWidget

    holder = QWidget()
    qtbot.addWidget(holder)
    flow = FlowLayout(holder, spacing=4)
    buttons = [QPushButton(f"button {number}") for number in range(5)]
    for button in buttons:
        flow.addWidget(button)
    one_row = flow.sizeHint()
    assert flow.heightForWidth(one_row.width()) == one_row.height()
    narrow = max(button.sizeHint().width() for button in buttons)
    assert flow.minimumSize().width() == narrow
    assert flow.heightForWidth(narrow) == 5 * buttons[0].sizeHint().height() + 4 * 4
    holder.resize(narrow, flow.heightForWidth(narrow))
    holder.show()
    QApplication.processEvents()
    assert [button.x() for button in buttons] == [0] * 5
    assert flow.count() == 5
    assert flow.takeAt(0) is not None and flow.count() == 4


def test_in_a_narrow_window_routine_names_win_over_tags(window: MainWindow, qtbot: QtBot) -> None:
    window.resize(TINY_SCREEN)
    settle(qtbot)
    table = window.home.table
    names = [table.model().index(row, 0).data() for row in range(table.model().rowCount())]
    widest = max(table.fontMetrics().horizontalAdvance(name) for name in names)
    assert table.columnWidth(0) >= widest  # whole names; the tags column gives way


def test_the_check_in_with_every_symptom_open_fits_small_screens_and_scrolls_to_the_focus(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.start_routine(window.library.load(SHORT_ROUTINE_ID))
    checkin = window.before_view.checkin
    assert window.stack.currentWidget() is window.before_view
    window.resize(TINY_SCREEN)
    settle(qtbot)
    QTest.keyClick(checkin, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)  # "Something else?"
    qtbot.waitUntil(checkin.more_symptoms.isVisible)
    settle(qtbot)
    assert fits(window.minimumSizeHint(), SMALL_SCREEN)
    assert fits(window.minimumSizeHint(), TINY_SCREEN)
    assert window.size() == TINY_SCREEN  # the window did not grow to show the list
    for button in (checkin.skip_button, checkin.continue_button):  # always in sight, never scrolled away
        visible_in(button, checkin)
    viewport = checkin.questions.viewport()
    last = checkin.symptom_boxes[checkin.checklist.rare[-1]]

    def in_sight(box: QWidget) -> bool:
        return viewport.rect().contains(QRect(box.mapTo(viewport, QPoint(0, 0)), box.size()))

    first = checkin.symptom_boxes[checkin.checklist.rare[0]]
    assert focused() is first and in_sight(first)  # the list opened where the keyboard went
    for _ in checkin.checklist.rare[1:]:
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is last  # the keyboard order runs down the list
    settle(qtbot)
    assert in_sight(last)  # scrolled to the focused box
    with qtbot.waitSignal(window.before_view.checkin.skipped):
        QTest.keyClick(focused(), Qt.Key.Key_Escape)  # one key still skips


def test_the_window_minimum_follows_the_page_on_show(window: MainWindow, qtbot: QtBot) -> None:
    assert window.banner is not None
    window.banner.dismiss_button.click()
    settle(qtbot)
    home_minimum = window.minimumSizeHint()
    window.show_history()
    settle(qtbot)
    window.show_settings()
    assert window.settings_dialog is not None
    window.settings_dialog.close()
    window.show_home()
    settle(qtbot)
    assert window.minimumSizeHint() == home_minimum
    assert fits(window.minimumSizeHint(), TINY_SCREEN)
    window.resize(TINY_SCREEN)
    settle(qtbot)
    assert window.size() == TINY_SCREEN
