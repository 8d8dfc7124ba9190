"""The first-run notice and the About your back page."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from backpain_timer.storage.paths import DataDir
from backpain_timer.storage.settings import Settings, load_settings, save_settings
from backpain_timer.ui.checkin.about_back import AboutBackDialog, show_about_back
from backpain_timer.ui.home.disclaimer import DisclaimerBanner
from backpain_timer.ui.settings.store import SettingsStore


def test_dismissing_is_remembered_and_keeps_other_settings(qtbot: QtBot, data_dir: Path) -> None:
    settings_file = DataDir(data_dir).settings_file
    save_settings(Settings(volume=0.3), settings_file)
    banner = DisclaimerBanner(SettingsStore.load(settings_file))
    qtbot.addWidget(banner)
    banner.show()
    assert "not medical advice" in banner.text_label.text()
    with qtbot.waitSignal(banner.dismissed), qtbot.assertNotEmitted(banner.problem):
        banner.dismiss_button.click()
    assert not banner.isVisible()
    settings, problems = load_settings(settings_file)
    assert problems == []
    assert settings.disclaimer_dismissed
    assert settings.volume == 0.3


def test_a_settings_file_that_cannot_be_written_is_reported(qtbot: QtBot, data_dir: Path) -> None:
    blocker_file = data_dir / "not-a-folder"
    blocker_file.write_text("", encoding="utf-8")
    banner = DisclaimerBanner(SettingsStore.load(blocker_file / "settings.json"))
    qtbot.addWidget(banner)
    banner.show()
    with qtbot.waitSignal(banner.problem) as problem:
        banner.dismiss_button.click()
    assert not banner.isVisible()  # gone for now all the same: it never stands in the way
    message = str(problem.args[0])
    assert "not-a-folder" in message and "show again next time" in message


def test_about_your_back_opens_once_with_the_guide(qtbot: QtBot, data_dir: Path) -> None:
    banner = DisclaimerBanner(SettingsStore.load(DataDir(data_dir).settings_file))
    qtbot.addWidget(banner)
    banner.about_requested.connect(lambda: show_about_back(banner))
    banner.about_button.click()
    banner.about_button.click()
    dialogs = banner.findChildren(AboutBackDialog)
    assert len(dialogs) == 1
    text = dialogs[0].browser.toPlainText()
    for heading in ("Why it hurts", "Keeping it away", "Caring for it at home", "When to see a doctor"):
        assert heading in text
    assert "not medical advice" in text
