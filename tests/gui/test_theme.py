"""Appearance: the manual override wins; "system" follows the platform's colour scheme as it changes; the
theme's larger fonts still fit."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QMainWindow,
    QStyle,
    QStyleOptionFrame,
    QWidget,
)
from pytestqt.qtbot import QtBot

from backpain_timer.domain.plan import SegmentKind
from backpain_timer.storage.library import Library
from backpain_timer.storage.paths import DataDir
from backpain_timer.storage.texts_files import use_language
from backpain_timer.ui.colors import DARK, LIGHT
from backpain_timer.ui.theme import apply_theme, current_colors, phase_color, resolve_scheme, theme_controller
from tests.gui.test_session_layout import SMALL_SCREEN, settle
from tests.helpers.fake_clock import FakeClock
from tests.helpers.short_session import SHORT_ROUTINE_SECONDS, advance, start_short
from tests.helpers.window_language import window_language
from tests.helpers.windows import open_main_window


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The shared QApplication, returned to its plain look after each test."""
    original_palette, original_sheet, original_font = qapp.palette(), qapp.styleSheet(), qapp.font()
    yield qapp
    theme_controller(qapp).setParent(None)  # unparented, Python frees it now: the next test starts fresh
    qapp.setPalette(original_palette)
    qapp.setStyleSheet(original_sheet)
    qapp.setFont(original_font)


def _is_dark(color: QColor) -> bool:
    return color.lightnessF() < 0.5


def _system_reports(app: QApplication, scheme: Qt.ColorScheme) -> None:
    """What the platform does when the desktop switches scheme: the style hints signal the new one."""
    app.styleHints().colorSchemeChanged.emit(scheme)


def test_dark_override_gives_a_dark_window(app: QApplication, qtbot: QtBot) -> None:
    window = QMainWindow()
    label = QLabel("Hold")
    window.setCentralWidget(label)
    qtbot.addWidget(window)
    apply_theme(app, "dark")
    window.show()
    background = window.palette().color(QPalette.ColorRole.Window)
    text = label.palette().color(QPalette.ColorRole.WindowText)
    assert _is_dark(background)
    assert not _is_dark(text)
    assert background == QColor(DARK.window)
    # The pixels agree with the palette: what the user sees is dark.
    assert _is_dark(window.grab().toImage().pixelColor(2, 2))


def test_light_override_ignores_a_dark_system(app: QApplication) -> None:
    apply_theme(app, "light")
    _system_reports(app, Qt.ColorScheme.Dark)
    assert app.palette().color(QPalette.ColorRole.Window) == QColor(LIGHT.window)
    assert current_colors() == LIGHT


def test_system_choice_follows_the_scheme_as_it_changes(app: QApplication, qtbot: QtBot) -> None:
    controller = theme_controller(app)
    apply_theme(app, "system")
    with qtbot.waitSignal(controller.changed) as dark:
        _system_reports(app, Qt.ColorScheme.Dark)
    assert dark.args == [DARK]
    assert app.palette().color(QPalette.ColorRole.Window) == QColor(DARK.window)
    assert current_colors() == DARK
    with qtbot.waitSignal(controller.changed):
        _system_reports(app, Qt.ColorScheme.Light)
    assert app.palette().color(QPalette.ColorRole.Window) == QColor(LIGHT.window)


def test_switching_the_override_back_to_system_takes_the_system_scheme(app: QApplication) -> None:
    apply_theme(app, "light")
    _system_reports(app, Qt.ColorScheme.Dark)
    apply_theme(app, "system")
    assert current_colors() == DARK


def test_an_unchanged_scheme_does_not_repaint_everything(app: QApplication, qtbot: QtBot) -> None:
    apply_theme(app, "dark")
    with qtbot.assertNotEmitted(theme_controller(app).changed):
        _system_reports(app, Qt.ColorScheme.Light)  # the override still says dark
        apply_theme(app, "dark")


def test_unknown_choice_is_refused(app: QApplication) -> None:
    with pytest.raises(ValueError, match="unknown theme 'sepia'"):
        apply_theme(app, "sepia")


def test_resolve_scheme() -> None:
    assert resolve_scheme("system", Qt.ColorScheme.Unknown) == "light"
    assert resolve_scheme("system", Qt.ColorScheme.Dark) == "dark"
    assert resolve_scheme("dark", Qt.ColorScheme.Light) == "dark"
    assert resolve_scheme("light", Qt.ColorScheme.Dark) == "light"


def test_phase_colours_come_from_the_shown_scheme() -> None:
    assert phase_color(DARK, SegmentKind.HOLD) == QColor(DARK.accent)
    assert phase_color(LIGHT, SegmentKind.REST) == QColor(LIGHT.rest)
    assert phase_color(DARK, SegmentKind.PREPARE) != phase_color(LIGHT, SegmentKind.PREPARE)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_check_box_edge_stands_out_from_the_window(app: QApplication, qtbot: QtBot, scheme: str) -> None:
    """The safety question's check boxes: their edge keeps 3:1 against the page (WCAG 1.4.11)."""
    apply_theme(app, scheme)
    box = QCheckBox("Numbness")
    qtbot.addWidget(box)
    box.show()
    assert _edge_contrast(box, scheme) >= 3.0


def _edge_contrast(box: QCheckBox, scheme: str) -> float:
    """The best contrast of a shown check box's edge against the window colour of ``scheme``."""
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    from backpain_timer.ui.colors import SCHEMES, contrast_ratio

    option = QStyleOptionButton()
    box.initStyleOption(option)
    indicator = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    image = box.grab().toImage()
    window = SCHEMES[scheme].window  # type: ignore[index]
    return max(
        contrast_ratio(image.pixelColor(x, indicator.center().y()).name(), window)
        for x in range(indicator.left(), indicator.left() + 3)
    )


def test_the_outlines_come_with_the_first_view_that_has_a_control_to_outline(
    app: QApplication, qtbot: QtBot
) -> None:
    """Start-up draws home in Fusion (the outlining style costs start-up time and memory, and home has
    nothing to outline), its buttons taking Enter from the start; the check-in's check boxes bring the
    outlines, and a new theme keeps them."""
    from PySide6.QtWidgets import QPushButton

    from backpain_timer.ui.checkin.symptoms import SymptomChecklist

    controller = theme_controller(app)
    controller.outline_controls_later()
    apply_theme(app, "light")
    start = QPushButton("Start")
    chip = QPushButton("All")
    chip.setCheckable(True)
    for button in (start, chip):
        qtbot.addWidget(button)
        button.show()
    assert start.autoDefault(), "a focused button takes Enter as well as Space"
    assert not chip.autoDefault(), "a toggle takes Space only"
    plain = QCheckBox("Fusion's edge")
    qtbot.addWidget(plain)
    plain.show()
    assert _edge_contrast(plain, "light") < 3.0, "no outlining style yet"
    checklist = SymptomChecklist()
    qtbot.addWidget(checklist)
    checklist.show()
    box = next(iter(checklist.boxes.values()))
    assert _edge_contrast(box, "light") >= 3.0
    apply_theme(app, "dark")
    assert _edge_contrast(box, "dark") >= 3.0, "a new theme keeps the outlining style"
    assert start.autoDefault()


def _symptoms(data_dir: Path) -> QWidget:
    from backpain_timer.ui.checkin.symptoms import SymptomChecklist

    return SymptomChecklist()


def _settings(data_dir: Path) -> QWidget:
    from backpain_timer.ui.settings.dialog import SettingsDialog
    from backpain_timer.ui.settings.store import SettingsStore

    return SettingsDialog(SettingsStore(data_dir / "settings.json"))


def _history(data_dir: Path) -> QWidget:
    from backpain_timer.ui.history.view import HistoryView

    return HistoryView(DataDir(data_dir).history_db, today=lambda: date(2026, 3, 12))


def _editor(data_dir: Path) -> QWidget:
    from backpain_timer.ui.editor.window import EditorWindow

    return EditorWindow(Library(DataDir(data_dir)), None)


@pytest.mark.parametrize("make_view", [_symptoms, _settings, _history, _editor])
def test_every_view_with_controls_to_outline_brings_the_outlines(
    app: QApplication, qtbot: QtBot, data_dir: Path, make_view: Callable[[Path], QWidget]
) -> None:
    """Each view with check boxes, combo or spin boxes calls ``outline_controls`` before it is built;
    one that forgot would show Fusion's 1.5:1 edges when opened first."""
    from backpain_timer.ui.edge_style import EdgeStyle

    theme_controller(app).outline_controls_later()
    app.setStyle("Fusion")  # as start-up leaves it: whatever an earlier test brought in is gone
    assert not isinstance(app.style(), EdgeStyle)
    view = make_view(data_dir)
    qtbot.addWidget(view)
    controls = (
        view.findChildren(QCheckBox) + view.findChildren(QComboBox) + view.findChildren(QAbstractSpinBox)
    )
    assert controls, "the view has controls to outline"
    assert isinstance(app.style(), EdgeStyle)


def test_a_german_home_heading_too_long_for_800_px_is_cut_at_its_end(
    app: QApplication, qtbot: QtBot, data_dir: Path, window_translations: Path
) -> None:
    apply_theme(app, "light")
    use_language("de")
    try:
        with window_language("de", window_translations):
            window = open_main_window(qtbot, Library(DataDir(data_dir)), FakeClock())
            window.resize(SMALL_SCREEN)
            settle(qtbot)
            header = window.home.table.horizontalHeader()
            heading = header.model().headerData(2, Qt.Orientation.Horizontal)
            assert heading == "Schlagwörter"  # beside "Entlastung für den oberen Rücken" in full
            assert header.fontMetrics().horizontalAdvance(heading) > header.sectionSize(2)
            assert header.textElideMode() == Qt.TextElideMode.ElideRight  # "Schlagw…", not "hlagwör"
    finally:
        use_language("en")


def test_at_800_px_the_after_questions_note_shows_its_whole_example(
    app: QApplication, qtbot: QtBot, library: Library, clock: FakeClock
) -> None:
    apply_theme(app, "light")
    window = open_main_window(qtbot, library, clock)
    window.settings_store.update(checkin_after=True)
    window.resize(SMALL_SCREEN)
    start_short(window)
    advance(window, clock, SHORT_ROUTINE_SECONDS)
    settle(qtbot)
    note = window.end_view.checkin.note_edit
    option = QStyleOptionFrame()
    note.initStyleOption(option)
    room = note.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, note).width()
    assert note.fontMetrics().horizontalAdvance(note.placeholderText()) <= room - 4  # Qt's own margins
