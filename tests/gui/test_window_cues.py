"""Cues through the main window: what plays and is said, mute by key and button, the breathing guide, a
player that cannot play, and the settings dialog applying each change at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QLineEdit
from pytestqt.qtbot import QtBot

from backpain_timer.domain.cues import CueKind
from backpain_timer.storage.library import Library
from backpain_timer.storage.settings import Settings, load_settings
from backpain_timer.ui.cues.player import CuePlayer, QtCuePlayer, RecordingCuePlayer
from backpain_timer.ui.main_window import MainWindow
from tests.helpers.fake_clock import FakeClock
from tests.helpers.short_session import SHORT_ROUTINE_ID, advance
from tests.helpers.windows import open_main_window

QUIET_START = Settings(voice=True, checkin_before=False, checkin_after=False, disclaimer_dismissed=True)


def make_window(qtbot: QtBot, library: Library, clock: FakeClock, player: CuePlayer) -> MainWindow:
    return open_main_window(qtbot, library, clock, settings=QUIET_START, cue_player=player)


@pytest.fixture
def voiced(qtbot: QtBot, library: Library, clock: FakeClock, cue_player: RecordingCuePlayer) -> MainWindow:
    return make_window(qtbot, library, clock, cue_player)


def test_the_start_chimes_and_says_get_ready(voiced: MainWindow, cue_player: RecordingCuePlayer) -> None:
    voiced.start_routine(voiced.library.load(SHORT_ROUTINE_ID))
    assert cue_player.preloaded
    assert cue_player.calls == [("play", CueKind.CHIME), ("say", "Ready")]
    assert voiced.cues.flash_overlay.flash_count == 1


def test_m_mutes_and_the_button_follows(
    voiced: MainWindow, cue_player: RecordingCuePlayer, clock: FakeClock, qtbot: QtBot
) -> None:
    voiced.start_routine(voiced.library.load(SHORT_ROUTINE_ID))
    view = voiced.session_view
    assert view.mute_button.accessibleName() == "Mute" and view.mute_button.toolTip() == "Mute (M)"
    assert not view.mute_button.isChecked()
    QTest.keyClick(voiced, Qt.Key.Key_M)
    assert view.mute_button.isChecked() and view.mute_button.text() == "Muted"
    assert voiced.statusBar().currentMessage() == "Muted (M)"
    cue_player.calls.clear()
    advance(voiced, clock, 3.0)  # the first hold begins, muted
    assert cue_player.calls == []
    assert voiced.cues.flash_overlay.flash_count == 2, "muted transitions still flash"

    qtbot.mouseClick(view.mute_button, Qt.MouseButton.LeftButton)
    assert not view.mute_button.isChecked() and view.mute_button.text() == "Mute"
    advance(voiced, clock, 5.0)  # the switch
    assert ("say", "Switch") in cue_player.calls


def test_the_breathing_guide_shows_only_in_breathing_holds(voiced: MainWindow, clock: FakeClock) -> None:
    voiced.start_routine(voiced.library.load("breathing-reset"))
    guide = voiced.cues.breath_widget
    assert not guide.isVisible(), "not while getting ready"
    advance(voiced, clock, 10.0)
    assert guide.isVisible() and guide.phase_text == "Breathe in…"
    assert voiced.session_view.isAncestorOf(guide)
    voiced.controller.skip()  # type: ignore[union-attr]  # to the rest
    assert not guide.isVisible()


@pytest.mark.qt_log_ignore("QSoundEffect", "PulseAudioService")
def test_a_player_that_cannot_play_says_why_once_and_flashes(
    qtbot: QtBot, library: Library, clock: FakeClock, tmp_path: Path
) -> None:
    for kind in CueKind:
        (tmp_path / f"{kind.value.replace('_', '-')}.wav").write_bytes(b"not a wav file")
    player = QtCuePlayer(tmp_path, voice_engine="none-such")
    window = make_window(qtbot, library, clock, player)
    window.settings_store.update(voice=False, flash=False)
    notices: list[str] = []
    window.cues.notice.connect(notices.append)
    window.start_routine(library.load(SHORT_ROUTINE_ID))
    qtbot.waitUntil(lambda: not player.can_play)
    advance(window, clock, 3.0)  # the first hold: its chime cannot be heard
    advance(window, clock, 5.0)  # the switch
    assert window.cues.flash_overlay.flash_count >= 2, "unheard chimes flash even with the flash off"
    assert len(notices) == 1 and notices[0].startswith("No sound:")
    assert window.statusBar().currentMessage() == notices[0]
    window.close()


def test_settings_open_with_ctrl_comma_and_apply_at_once(
    voiced: MainWindow, qtbot: QtBot, library: Library
) -> None:
    applied: list[Settings] = []
    voiced.settings_store.changed.connect(lambda _changed, settings: applied.append(settings))
    QTest.keyClick(voiced, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = voiced.settings_dialog
    assert dialog is not None and dialog.isVisible()
    tabs = [dialog.tabs.tabText(index).replace("&&", "&") for index in range(dialog.tabs.count())]
    assert tabs == ["Cues", "Appearance & reminder", "Check-ins", "Start-up"]
    folder = dialog.findChild(QLineEdit)
    assert folder is not None and folder.isReadOnly() and folder.text() == str(library.data.root)

    dialog.cues_page.reduced_motion.click()
    assert voiced.cues.flash_overlay.reduced_motion and voiced.cues.breath_widget.reduced_motion
    [checkin_before] = [box for box in dialog.findChildren(QCheckBox) if "before a session" in box.text()]
    checkin_before.click()  # it was off
    assert voiced.settings.checkin_before and voiced.settings.reduced_motion
    assert applied[-1] == voiced.settings
    assert load_settings(library.data.settings_file)[0] == voiced.settings
    voiced.start_routine(library.load(SHORT_ROUTINE_ID))
    assert voiced.stack.currentWidget() is voiced.before_view, "the next start asks first"
