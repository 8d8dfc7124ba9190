"""Windows that fit real screens, and a session view read from the mat: every view's minimum size fits
800×600, nothing grows the window by itself, and paused, sides and buttons read from across the room."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from backpain_timer.domain.segment_words import PAUSED_WORD
from backpain_timer.domain.session import SessionState
from backpain_timer.storage.library import Library
from backpain_timer.ui.cues.player import NO_AUDIO_OUTPUT
from backpain_timer.ui.editor.window import EditorWindow
from backpain_timer.ui.main_window import MainWindow
from tests.helpers.fake_clock import FakeClock
from tests.helpers.short_session import (
    SHORT_ROUTINE_ID,
    SHORT_ROUTINE_SECONDS,
    advance,
    controller,
    start_short,
)

SMALL_SCREEN = QSize(800, 600)


def fits(size: QSize, screen: QSize = SMALL_SCREEN) -> bool:
    return size.width() <= screen.width() and size.height() <= screen.height()


def settle(qtbot: QtBot) -> None:
    qtbot.wait(1)  # let the layouts apply the new size (no time passes for the session: the clock is fake)


def test_every_view_fits_800_by_600(
    window: MainWindow, library: Library, clock: FakeClock, qtbot: QtBot
) -> None:
    assert window.banner is not None  # the first run: the notice is up too
    assert fits(window.minimumSizeHint()), "home"
    start_short(window)
    assert fits(window.minimumSizeHint()), "session"
    advance(window, clock, SHORT_ROUTINE_SECONDS)
    assert window.stack.currentWidget() is window.end_view
    assert window.end_view.checkin.isVisibleTo(window.end_view)  # with the after-question
    assert fits(window.minimumSizeHint()), "end screen"
    window.show_history()
    history = window.history_view
    assert history is not None
    for tab in range(history.tabs.count()):  # sessions, charts, runs
        history.tabs.setCurrentIndex(tab)
        assert fits(window.minimumSizeHint()), f"history: {history.tabs.tabText(tab)}"
    window.show_settings()
    dialog = window.settings_dialog
    assert dialog is not None
    for page in range(dialog.tabs.count()):  # … and the Start-up page
        dialog.tabs.setCurrentIndex(page)
        assert fits(dialog.minimumSizeHint()), f"settings: {dialog.tabs.tabText(page)}"
    dialog.close()
    editor = EditorWindow(library, library.load(SHORT_ROUTINE_ID))
    qtbot.addWidget(editor)
    assert fits(editor.minimumSizeHint()), "editor"


def test_the_window_keeps_its_size_from_home_to_the_end_screen(
    window: MainWindow, clock: FakeClock, qtbot: QtBot
) -> None:
    window.resize(SMALL_SCREEN)
    settle(qtbot)
    assert window.size() == SMALL_SCREEN
    start_short(window)
    settle(qtbot)
    assert window.size() == SMALL_SCREEN
    advance(window, clock, SHORT_ROUTINE_SECONDS)
    settle(qtbot)
    assert window.stack.currentWidget() is window.end_view
    assert window.size() == SMALL_SCREEN


def test_going_from_page_to_page_never_grows_the_window(
    window: MainWindow, clock: FakeClock, qtbot: QtBot
) -> None:
    window.resize(SMALL_SCREEN)
    settle(qtbot)

    def history_tabs() -> None:
        window.show_history()
        assert window.history_view is not None
        for tab in range(window.history_view.tabs.count()):
            window.history_view.tabs.setCurrentIndex(tab)
            settle(qtbot)
            assert window.size() == SMALL_SCREEN, window.history_view.tabs.tabText(tab)

    history_tabs()
    window.show_home()
    start_short(window)
    settle(qtbot)
    assert window.size() == SMALL_SCREEN, "session"
    advance(window, clock, SHORT_ROUTINE_SECONDS)
    settle(qtbot)
    assert window.size() == SMALL_SCREEN, "end screen"
    history_tabs()
    window.show_home()
    settle(qtbot)
    assert window.size() == SMALL_SCREEN, "home again"


def visible_in(widget: QWidget, view: QWidget) -> QRect:
    """Where ``widget`` is, in ``view``'s coordinates; it must be shown and lie wholly inside the view."""
    assert widget.isVisibleTo(view)
    rect = QRect(widget.mapTo(view, widget.rect().topLeft()), widget.size())
    assert view.rect().contains(rect), f"{widget!r} at {rect} outside {view.rect()}"
    return rect


def buttons_of(window: MainWindow) -> list[QPushButton]:
    view = window.session_view
    return [
        view.previous_button,
        view.pause_button,
        view.skip_button,
        view.stop_button,
        view.mute_button,
        view.fullscreen_button,
    ]


def test_at_800_by_600_the_session_shows_everything_and_no_button_is_cut(
    window: MainWindow, clock: FakeClock, qtbot: QtBot
) -> None:
    window.resize(SMALL_SCREEN)
    start_short(window)
    advance(window, clock, 9)  # the switch: phase, name, side and what comes next all show
    settle(qtbot)
    view = window.session_view
    for widget in (view.phase_label, view.exercise_label, view.side_label, view.ring, view.next_label):
        visible_in(widget, view)
    assert view.next_label.text().startswith("Next: Thread the needle (right)")
    rects = [visible_in(button, view) for button in buttons_of(window)]
    for index, rect in enumerate(rects):
        assert not any(rect.intersects(other) for other in rects[index + 1 :])
    for button in buttons_of(window):
        assert button.text() == button.accessibleName()  # words, whole: "Fullscreen", never "Fullscree"
        assert button.width() >= button.sizeHint().width()


def test_in_a_small_window_buttons_show_icons_with_names_and_keys(
    window: MainWindow, clock: FakeClock, qtbot: QtBot
) -> None:
    start_short(window)
    view = window.session_view
    window.stack.removeWidget(view)  # the view alone: what it does at 640×480, whatever other pages need
    view.setParent(None)
    qtbot.addWidget(view)
    view.show()
    for width in (640, 420):
        view.resize(width, 430)
        settle(qtbot)
        rects = [visible_in(button, view) for button in buttons_of(window)]
        for index, rect in enumerate(rects):
            assert not any(rect.intersects(other) for other in rects[index + 1 :])
        for button in buttons_of(window):
            assert button.text() in ("", button.accessibleName())  # a whole word or none, never cut
            assert not button.text() or button.width() >= button.sizeHint().width()
            assert not button.icon().isNull()
            assert button.accessibleName() and button.accessibleName() in button.toolTip()
    assert all(button.text() == "" for button in buttons_of(window))  # 420 px: icons alone
    view.resize(1280, 760)
    settle(qtbot)
    assert view.pause_button.text() == "Pause"


def test_paused_shows_from_across_the_room_and_says_why(window: MainWindow, clock: FakeClock) -> None:
    start_short(window)
    view = window.session_view
    advance(window, clock, 4)  # into the left hold
    controller(window).toggle()
    assert view.phase_label.text() == PAUSED_WORD
    assert view.ring.dimmed
    assert view.paused_label.isVisibleTo(view)
    view.show_paused("the timer was interrupted")
    assert view.paused_label.text().startswith("Paused — the timer was interrupted")
    advance(window, clock, 10)
    assert view.ring.text == "00:04"  # the countdown stands still
    controller(window).toggle()
    assert controller(window).state is SessionState.RUNNING
    assert view.phase_label.text() == "Hold"
    assert not view.ring.dimmed
    assert not view.paused_label.isVisibleTo(view)
    controller(window).toggle()
    assert "interrupted" not in view.paused_label.text()  # the reason went with the resume


@pytest.mark.parametrize("size", [QSize(1280, 800), SMALL_SCREEN])
def test_the_ring_keeps_its_size_when_the_side_line_comes_and_goes(
    window: MainWindow, clock: FakeClock, qtbot: QtBot, size: QSize
) -> None:
    window.resize(size)
    start_short(window)
    view = window.session_view
    rings, sides = set(), set()
    for seconds in (0, 3, 5, 2, 5, 2):  # each part of the short routine: the last hold has no side
        advance(window, clock, seconds)
        settle(qtbot)
        rings.add(view.ring.geometry().getRect())
        sides.add(view.side_label.isVisible())
    assert sides == {True, False}
    assert len(rings) == 1


def test_the_form_cues_and_the_caution_are_large_and_never_scroll(
    window: MainWindow, clock: FakeClock, qtbot: QtBot
) -> None:
    window.resize(1280, 800)
    start_short(window)
    advance(window, clock, 3)
    settle(qtbot)
    view = window.session_view
    exercise = window.library.exercises["thread-the-needle"]
    text = view.cue_label.text()
    assert exercise.caution[:30] in text  # safety stays on screen
    assert sum(cue in text for cue in exercise.cues) >= 2
    assert view.cue_label.font().pixelSize() >= 24  # about 6 mm on a laptop screen: readable at 3 m
    assert view.cue_label.heightForWidth(view.cue_label.width()) <= view.cue_label.height()


def test_the_no_sound_message_fits_the_status_bar_at_800_px(window: MainWindow) -> None:
    metrics = QFontMetrics(window.statusBar().font())
    assert metrics.horizontalAdvance(NO_AUDIO_OUTPUT) < SMALL_SCREEN.width() - 24


def test_at_640_wide_home_puts_its_header_buttons_under_the_title(window: MainWindow, qtbot: QtBot) -> None:
    assert window.banner is not None
    window.banner.dismiss_button.click()  # the About link is back in the header
    home = window.home
    assert home.about_link.isVisibleTo(home)
    assert window.minimumSizeHint().width() <= 640
    window.resize(1280, 800)
    settle(qtbot)
    assert not home.header.is_stacked()  # one line while it fits
    window.resize(640, window.height())
    settle(qtbot)
    assert window.width() == 640
    assert home.header.is_stacked()
    title = visible_in(home.header.title, home)
    buttons = [
        visible_in(button, home) for button in (home.about_link, home.history_button, home.cool_down_button)
    ]
    for index, rect in enumerate(buttons):
        assert rect.top() >= title.bottom()  # under the title, whole
        assert not any(rect.intersects(other) for other in buttons[index + 1 :])
    for button in (home.about_link, home.history_button, home.cool_down_button):
        assert button.width() >= button.sizeHint().width()
    assert visible_in(home.search, home).top() > max(rect.bottom() for rect in buttons)


def test_the_seconds_ticking_do_not_lay_out_the_window_again(
    window: MainWindow, qtbot: QtBot, clock: FakeClock
) -> None:
    """A new "time left" each second repaints that figure alone: laying the window out again would repaint
    the cue text and its frames every second (CPU while a session runs)."""
    from PySide6.QtCore import QEvent, QObject

    window.resize(1280, 800)
    start_short(window)
    advance(window, clock, 4)  # into the first hold
    settle(qtbot)
    advance(window, clock, 1)
    settle(qtbot)
    layouts: list[str] = []

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.LayoutRequest:
                layouts.append(window.session_view.total_label.text())
            return False

    watch = Watch()
    window.session_view.installEventFilter(watch)
    for _ in range(2):  # 6 s and 7 s: still the first hold (3–8 s), so nothing but the figures changes
        advance(window, clock, 1)
        settle(qtbot)
    window.session_view.removeEventFilter(watch)
    assert window.session_view.total_label.text() == "00:14 left"
    assert layouts == []
