"""The settings dialog's cue section: each change applies at once, is saved, and a save error is shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from backpain_timer.domain.cues import CueKind
from backpain_timer.storage.settings import Settings, load_settings
from backpain_timer.ui.cues.player import QtCuePlayer, RecordingCuePlayer
from backpain_timer.ui.settings.dialog import SettingsDialog
from backpain_timer.ui.settings.store import SettingsStore


def open_dialog(
    qtbot: QtBot, path: Path, settings: Settings | None = None, **kwargs: object
) -> SettingsDialog:
    dialog = SettingsDialog(SettingsStore(path, settings), **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_cues_are_a_tab_of_their_own(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, tmp_path / "settings.json")
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == ["Cues"]


def test_a_change_applies_at_once_and_is_saved(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    dialog = open_dialog(qtbot, path)
    with qtbot.waitSignal(dialog.store.changed) as changed:
        box = dialog.cues_page.halfway
        # On its box: a check box in a wide row does not take clicks on the blank right of its words.
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert changed.args == [frozenset({"halfway"}), Settings(halfway=False)]
    assert load_settings(path) == (Settings(halfway=False), [])


def test_the_sliders_set_volume_and_voice_speed(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    dialog = open_dialog(qtbot, path, Settings(voice=True))
    dialog.cues_page.volume.setValue(50)
    dialog.cues_page.voice_rate.setValue(-5)
    assert dialog.store.settings == Settings(voice=True, volume=0.5, voice_rate=-0.5)
    assert load_settings(path)[0] == dialog.store.settings


def test_controls_that_need_sound_are_greyed_out_without_it(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, tmp_path / "settings.json")
    page = dialog.cues_page
    assert page.volume.isEnabled() and not page.voice_rate.isEnabled()  # voice is off by default
    page.sound.setChecked(False)
    page.voice.setChecked(True)
    assert not page.volume.isEnabled() and not page.countdown.isEnabled()
    assert page.voice_rate.isEnabled()
    assert dialog.store.settings == Settings(sound=False, voice=True)


def test_a_save_error_is_shown_and_the_change_still_applies(qtbot: QtBot, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    path = blocker / "settings.json"
    dialog = open_dialog(qtbot, path)
    seen: list[Settings] = []
    dialog.store.changed.connect(lambda _changed, settings: seen.append(settings))
    dialog.cues_page.flash.setChecked(False)
    assert seen == [Settings(flash=False)]
    assert dialog.save_error.isVisible()
    assert dialog.save_error.text().startswith(f"Could not save settings to {path}:")
    dialog.cues_page.flash.setChecked(True)  # still failing: the message stays
    assert dialog.save_error.isVisible()


def test_the_sample_plays_what_is_switched_on(qtbot: QtBot, tmp_path: Path) -> None:
    player = RecordingCuePlayer()
    dialog = open_dialog(qtbot, tmp_path / "settings.json", Settings(voice=True), player=player)
    qtbot.mouseClick(dialog.cues_page.sample, Qt.MouseButton.LeftButton)
    dialog.cues_page.sound.setChecked(False)
    qtbot.mouseClick(dialog.cues_page.sample, Qt.MouseButton.LeftButton)
    assert player.calls == [
        ("play", CueKind.CHIME),
        ("say", "Child's pose, 45 seconds"),
        ("say", "Child's pose, 45 seconds"),
    ]


def test_the_page_says_why_there_is_no_voice(qtbot: QtBot, tmp_path: Path) -> None:
    player = RecordingCuePlayer()
    dialog = open_dialog(qtbot, tmp_path / "settings.json", Settings(voice=True), player=player)
    assert not dialog.cues_page.voice_problem.isVisible(), "nothing to say while the voice works"
    player.voice_problem = "No voice: no German voice is installed, so the cues are not spoken."
    dialog.store.update(voice_rate=0.2)  # any change reloads the page
    assert dialog.cues_page.voice_problem.isVisible()
    assert dialog.cues_page.voice_problem.text() == player.voice_problem


def test_the_why_appears_when_the_voice_finds_no_voice_for_the_language_while_the_page_is_open(
    qtbot: QtBot, tmp_path: Path
) -> None:
    player = QtCuePlayer(tmp_path, voice_engine="mock", voice_language="fr")  # the mock has no French
    try:
        dialog = open_dialog(qtbot, tmp_path / "settings.json", Settings(voice=True), player=player)
        page = dialog.cues_page
        player.configure(Settings(sound=False, voice=True))  # as the session's cues do on a change
        qtbot.waitUntil(page.voice_problem.isVisible, timeout=10_000)
        assert page.voice_problem.text().startswith("No voice: no French voice is installed")
    finally:
        player.shutdown()
