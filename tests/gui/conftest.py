"""GUI fixtures: the real main window over a temp data dir, driven by a fake clock (helpers: tests/helpers)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from backpain_timer.storage.library import Library
from backpain_timer.storage.paths import DataDir
from backpain_timer.ui import translations
from backpain_timer.ui.cues import wiring as cue_wiring
from backpain_timer.ui.cues.player import CuePlayer, RecordingCuePlayer
from backpain_timer.ui.main_window import MainWindow
from backpain_timer.ui.theme import apply_theme, theme_controller
from tests.helpers.fake_clock import FakeClock
from tests.helpers.short_session import SHORT_ROUTINE, SHORT_ROUTINE_ID
from tests.helpers.window_language import build_qm, window_language
from tests.helpers.windows import open_main_window


@pytest.fixture(scope="session", autouse=True)
def window_translations(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The .qm files built from the committed .ts, as an installed package has them; the window speaks
    English with its plural forms ("1 step" / "5 steps") unless a test chooses another language."""
    folder = build_qm(tmp_path_factory.mktemp("qm"))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(translations, "translations_dir", lambda: folder)
        with window_language("en"):
            yield folder


@pytest.fixture(scope="session", autouse=True)
def qt_objects_go_before_the_app(qapp: QApplication) -> Iterator[None]:
    """The last tests' closed windows are deleted while the QApplication still exists: left to the
    interpreter's exit, Qt objects go in no set order, some after the app, and that can crash."""
    yield
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture(autouse=True)
def no_real_cue_player(monkeypatch: pytest.MonkeyPatch) -> None:
    """A window made without a cue player gets a recording one: no test plays sound or starts a speech
    engine by accident (tests of the real player make a QtCuePlayer themselves)."""

    def recording_player(_parent: object) -> CuePlayer:
        return RecordingCuePlayer()

    monkeypatch.setattr(cue_wiring, "make_cue_player", recording_player)


@pytest.fixture
def cue_player() -> RecordingCuePlayer:
    return RecordingCuePlayer()


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[QApplication]:
    """The light theme, as the app starts with it (its style sheet sets fonts and padding); the plain look after."""
    original_palette, original_sheet, original_font = qapp.palette(), qapp.styleSheet(), qapp.font()
    apply_theme(qapp, "light")
    yield qapp
    theme_controller(qapp).setParent(None)
    qapp.setPalette(original_palette)
    qapp.setStyleSheet(original_sheet)
    qapp.setFont(original_font)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def library(data_dir: Path) -> Library:
    data = DataDir(data_dir)
    data.ensure()
    (data.routines_dir / f"{SHORT_ROUTINE_ID}.yaml").write_text(SHORT_ROUTINE, encoding="utf-8")
    return Library(data)


@pytest.fixture
def window(qtbot: QtBot, library: Library, clock: FakeClock, cue_player: RecordingCuePlayer) -> MainWindow:
    return open_main_window(qtbot, library, clock, cue_player=cue_player)
