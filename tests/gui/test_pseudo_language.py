"""In the pseudo-language every word the window shows is bracketed ("[Hold ~~]"): a word outside brackets
is a text that does not go through Qt's translation (or the domain's texts). The walk covers the main views
as a user reaches them: home, a session (hold, rest, paused), the end screen, history, settings, the
editor, the check-in and its emergency advice."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from backpain_timer.domain.plan import SegmentKind, plan
from backpain_timer.storage.library import Library
from backpain_timer.storage.paths import DataDir
from backpain_timer.storage.settings import Settings
from backpain_timer.storage.texts_files import use_language
from backpain_timer.ui.editor.window import EditorWindow
from backpain_timer.ui.main_window import MainWindow
from tests.helpers.fake_clock import FakeClock
from tests.helpers.window_language import window_language
from tests.helpers.windows import open_main_window

ROUTINE = "upper-back-relief"
APP_NAME = "Backpain Timer"  # a name, never translated
_BRACKETED = re.compile(r"\[[^\[\]]*\]")
_TAG = re.compile(r"<[^>]+>")
_LETTERS = re.compile(r"[A-Za-z]{2,}")


def unbracketed_words(text: str) -> str:
    """What is left of ``text`` (HTML tags and entities dropped) once every bracketed part is taken out,
    innermost first (a translated text may hold another one); '' when every word was bracketed."""
    rest = _TAG.sub(" ", text).replace("&nbsp;", " ").replace("&amp;", "&")
    while (shorter := _BRACKETED.sub("", rest)) != rest:
        rest = shorter
    return " ".join(_LETTERS.findall(rest))


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for each text a user sees or hears in ``root``: window titles, menu entries, labels,
    buttons, placeholders, group and tab titles, table headers, chart legends, tooltips and accessible names of
    the visible widgets."""
    yield f"{type(root).__name__} title", root.windowTitle()
    for action in root.findChildren(QAction):  # menus and their entries, shown or not
        yield f"action {action.objectName()!r}", action.text()
        yield f"action {action.objectName()!r} tooltip", action.toolTip()
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        if isinstance(widget, QLabel | QAbstractButton):
            yield where, widget.text()
        if isinstance(widget, QLineEdit):
            yield f"{where} placeholder", widget.placeholderText()
        if isinstance(widget, QGroupBox):
            yield where, widget.title()
        if isinstance(widget, QTabWidget):
            yield from ((f"{where} tab", widget.tabText(i)) for i in range(widget.count()))
        if isinstance(widget, QTextBrowser):
            yield where, widget.toPlainText()
        if isinstance(widget, QTableView | QTreeView):
            header = widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header()
            if not header.isHidden():
                model = header.model()
                yield from (
                    (
                        f"{where} column {column}",
                        str(model.headerData(column, Qt.Orientation.Horizontal) or ""),
                    )
                    for column in range(header.count())
                )
        if isinstance(widget, QChartView):
            chart = widget.chart()
            yield from ((f"{where} legend", series.name()) for series in chart.series())
        yield f"{where} tooltip", widget.toolTip()
        yield f"{where} accessible name", widget.accessibleName()


def english_in(root: QWidget, view: str) -> list[str]:
    QApplication.processEvents()
    return [
        f"{view}: {where}: {text!r}"
        for where, text in visible_texts(root)
        if text and text != APP_NAME and unbracketed_words(text)
    ]


def english_on_each_tab(root: QWidget, tabs: QTabWidget, view: str) -> list[str]:
    """``english_in`` with each page of ``tabs`` shown in turn."""
    found: list[str] = []
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        found += english_in(root, f"{view} tab {index}")
    return found


def test_the_check_finds_english_and_passes_translated_text() -> None:
    assert unbracketed_words("<b>[Hold ~~]</b> 0:45") == ""
    assert unbracketed_words("[Saved “{name}” ~~]".format(name="[Cat–cow ~]")) == ""
    assert unbracketed_words("[Step 1 of 3 ~] · rep 2") == "rep"


@pytest.fixture
def pseudo_window(qtbot: QtBot, data_dir: Path, clock: FakeClock) -> Iterator[MainWindow]:
    """The main window built in the pseudo-language, window and content alike, with one session in the
    history; the first-run notice shows."""
    settings = Settings(checkin_before=False, checkin_after=True, flash=False, sound=False, voice=False)
    with window_language("xx"):
        use_language("xx")
        library = Library(DataDir(data_dir))
        yield open_main_window(qtbot, library, clock, settings=settings)


def test_every_window_text_goes_through_translation(
    qtbot: QtBot, pseudo_window: MainWindow, clock: FakeClock
) -> None:
    window = pseudo_window
    found: list[str] = []
    window.home.select(ROUTINE)
    found += english_in(window, "home")

    routine = window.library.load(ROUTINE)
    window.start_routine(routine, quick_start=True)
    controller = window.controller
    assert controller is not None
    timeline = plan(routine)
    firsts: dict[SegmentKind, float] = {}
    for segment in timeline.segments:
        firsts.setdefault(segment.kind, segment.start)
    now = 0.0
    for kind, start in sorted(firsts.items(), key=lambda item: item[1]):
        clock.advance(start + 1.0 - now)
        now = start + 1.0
        controller.poll()
        found += english_in(window, f"session {kind.value}")
        if kind is SegmentKind.HOLD:
            controller.toggle()
            found += english_in(window, "session paused")
            controller.toggle()
    clock.advance(timeline.total_seconds)
    controller.poll()
    found += english_in(window, "end")

    window.show_history()
    history = window.history_view
    assert history is not None
    found += english_on_each_tab(window, history.tabs, "history")
    window.show_home()

    window.show_settings()
    dialog = window.settings_dialog
    assert dialog is not None
    found += english_on_each_tab(dialog, dialog.tabs, "settings")
    dialog.close()

    editor = EditorWindow(window.library, routine)
    qtbot.addWidget(editor)
    editor.show()
    found += english_in(editor, "editor")
    editor.close()

    window.settings_store.update(checkin_before=True)
    window.start_routine(routine)
    before = window.flow.before_view
    found += english_in(window, "check-in")
    before.checkin.more_button.click()
    found += english_in(window, "check-in, every symptom")
    before.checkin.symptom_boxes["chest-pain"].click()
    before.checkin.submit()
    found += english_in(window, "emergency advice")
    window.history_writer.wait()
    assert found == [], "English outside brackets:\n" + "\n".join(dict.fromkeys(found))
