"""Desktop integration: the .desktop file and the icons land in the user's XDG data home, nowhere else."""

from __future__ import annotations

import configparser
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from backpain_timer import desktop
from backpain_timer.desktop import (
    data_home,
    desktop_entry_text,
    install_desktop_entry,
    png_size,
    quote_exec_argument,
)
from backpain_timer.resources import assets_dir

ICON_SIZES = {16, 32, 48, 64, 128, 256}


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.RawConfigParser(delimiters=("=",), interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(path.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


@pytest.fixture
def xdg_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "xdg-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def test_installs_entry_and_icons_under_xdg_data_home(xdg_data: Path) -> None:
    written = install_desktop_entry()
    entry_file = xdg_data / "applications" / "backpain-timer.desktop"
    assert entry_file in written
    for size in ICON_SIZES:
        icon = xdg_data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "backpain-timer.png"
        assert icon in written
        assert png_size(icon) == (size, size)
    scalable = xdg_data / "icons" / "hicolor" / "scalable" / "apps" / "backpain-timer.svg"
    assert scalable in written
    assert scalable.read_bytes() == (assets_dir() / "icon" / "backpain-timer.svg").read_bytes()
    assert all(path.is_relative_to(xdg_data) for path in written)
    assert sorted(written) == sorted(path for path in xdg_data.rglob("*") if path.is_file())


def test_entry_has_the_keys_a_launcher_needs(xdg_data: Path) -> None:
    install_desktop_entry()
    entry = _entry(xdg_data / "applications" / "backpain-timer.desktop")
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Backpain Timer"
    assert entry["Icon"] == "backpain-timer"
    assert entry["Comment"]
    assert entry["Categories"].split(";")[:3] == ["Utility", "Clock", "X-Health"]
    assert entry["Categories"].endswith(";") and entry["Keywords"].endswith(";")
    assert "stretch" in entry["Keywords"].split(";")
    assert entry["StartupWMClass"] == "Backpain Timer"  # the Qt application name, the X11 WM_CLASS class
    assert entry["Exec"]


def test_an_explicit_home_wins_and_reinstalling_replaces(tmp_path: Path) -> None:
    home = tmp_path / "elsewhere"
    first = install_desktop_entry(home)
    second = install_desktop_entry(home)
    assert first == second
    assert (home / "applications" / "backpain-timer.desktop").is_file()


def test_default_data_home_ignores_a_relative_xdg_value(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", "relative/share")
    assert data_home() == tmp_path / ".local" / "share"
    monkeypatch.delenv("XDG_DATA_HOME")
    assert data_home() == tmp_path / ".local" / "share"


def test_exec_uses_the_name_when_on_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: f"/usr/bin/{name}")
    assert desktop.exec_command() == "backpain-timer"


def test_exec_falls_back_to_the_interpreter_when_not_on_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.setattr(sys, "argv", ["-c"])
    assert desktop.exec_command() == f"{quote_exec_argument(sys.executable)} -m backpain_timer"


def test_exec_arguments_with_spaces_are_quoted_for_the_spec() -> None:
    assert quote_exec_argument("/usr/bin/backpain-timer") == "/usr/bin/backpain-timer"
    assert quote_exec_argument("/home/a b/.venv/bin/backpain-timer") == '"/home/a b/.venv/bin/backpain-timer"'
    # `$` and `"` are escaped inside the quotes, and every backslash is doubled for the file format.
    assert quote_exec_argument('/x/$HOME "y"') == '"/x/\\\\$HOME \\\\"y\\\\""'


def test_exec_line_of_the_template_is_replaced() -> None:
    text = desktop_entry_text('"/opt/my apps/backpain-timer"')
    assert 'Exec="/opt/my apps/backpain-timer"' in text.splitlines()
    assert sum(line.startswith("Exec=") for line in text.splitlines()) == 1


def test_unwritable_home_gives_a_message_naming_the_place(tmp_path: Path) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where a folder should be")
    with pytest.raises(OSError, match=r"cannot create .*blocked"):
        install_desktop_entry(blocked)


def test_png_size_rejects_other_files(tmp_path: Path) -> None:
    fake = tmp_path / "fake.png"
    fake.write_bytes(b"GIF89a" + bytes(30))
    with pytest.raises(OSError, match="not a PNG"):
        png_size(fake)


def test_desktop_module_does_not_load_qt() -> None:
    code = "import sys, backpain_timer.desktop; print(any(m.startswith('PySide6') for m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="desktop-file-validate not installed"
)
def test_desktop_file_validate_accepts_the_entry(xdg_data: Path) -> None:
    install_desktop_entry()
    path = xdg_data / "applications" / "backpain-timer.desktop"
    result = subprocess.run(
        ["desktop-file-validate", str(path)], capture_output=True, text=True, env=os.environ
    )
    assert result.returncode == 0, shlex.join(["desktop-file-validate", str(path)]) + "\n" + result.stdout
