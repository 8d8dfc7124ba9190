"""Settings → Start-up: start at login writes the XDG autostart entry (background), and removes it."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from backpain_timer.storage.settings import Settings
from backpain_timer.ui.settings.startup_page import StartupPage


def test_start_at_login_writes_and_removes_the_autostart_entry(qtbot: QtBot, tmp_path: Path) -> None:
    page = StartupPage(tmp_path)
    qtbot.addWidget(page)
    page.load(Settings())
    entry = tmp_path / "autostart" / "backpain-timer.desktop"
    assert not page.at_login.isChecked()

    page.at_login.setChecked(True)
    exec_lines = [line for line in entry.read_text(encoding="utf-8").splitlines() if line.startswith("Exec=")]
    assert len(exec_lines) == 1 and exec_lines[0].endswith(" --background")

    reopened = StartupPage(tmp_path)  # the state is the file: a new page sees it
    qtbot.addWidget(reopened)
    reopened.load(Settings())
    assert reopened.at_login.isChecked()

    page.at_login.setChecked(False)
    assert not entry.exists()


def test_a_folder_that_cannot_be_written_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    blocker = tmp_path / "config"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    page = StartupPage(blocker)
    qtbot.addWidget(page)
    page.at_login.setChecked(True)
    assert not page.at_login.isChecked()
    assert "Cannot change the start at login" in page.error.text() and "autostart" in page.error.text()
