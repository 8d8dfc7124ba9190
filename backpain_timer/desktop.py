"""Put Backpain Timer in the desktop's launcher: a freedesktop .desktop file and the icons, for this user.

No Qt: ``backpain-timer --install-desktop`` runs without a display.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

from backpain_timer.resources import assets_dir
from backpain_timer.storage.atomic import atomic_write_text

APP_ID = "backpain-timer"
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_EXEC_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def data_home() -> Path:
    """$XDG_DATA_HOME, else ~/.local/share (the XDG base directory default)."""
    configured = os.environ.get("XDG_DATA_HOME", "")
    # The spec says a relative value is invalid and must be ignored.
    if configured and Path(configured).is_absolute():
        return Path(configured)
    return Path.home() / ".local" / "share"


def config_home() -> Path:
    """$XDG_CONFIG_HOME, else ~/.config (the XDG base directory default)."""
    configured = os.environ.get("XDG_CONFIG_HOME", "")
    if configured and Path(configured).is_absolute():
        return Path(configured)
    return Path.home() / ".config"


def autostart_path(config: Path | None = None) -> Path:
    """The XDG autostart entry that starts the app in the background at login."""
    return (config or config_home()) / "autostart" / f"{APP_ID}.desktop"


def set_start_at_login(enabled: bool, config: Path | None = None) -> None:
    """Write (``exec_command() --background``) or remove the autostart entry; OSError names the file."""
    target = autostart_path(config)
    if enabled:
        _install_entry(target, f"{exec_command()} --background")
        return
    try:
        target.unlink(missing_ok=True)
    except OSError as error:
        raise OSError(f"cannot remove {target}: {error.strerror or error}") from error


def install_desktop_entry(home: Path | None = None) -> list[Path]:
    """Write the .desktop file and icons under ``home`` (the XDG data home; default ``data_home()``).

    Returns the files written. Raises OSError, naming the file, when something cannot be written.
    """
    root = home or data_home()
    written = [_install_entry(root / "applications" / f"{APP_ID}.desktop")]
    icons = assets_dir() / "icon"
    hicolor = root / "icons" / "hicolor"
    for png in sorted(icons.glob(f"{APP_ID}*.png")):
        width, height = png_size(png)
        if width == height:  # the icon theme spec only has square sizes
            written.append(_copy(png, hicolor / f"{width}x{height}" / "apps" / f"{APP_ID}.png"))
    svg = icons / f"{APP_ID}.svg"
    if svg.is_file():
        written.append(_copy(svg, hicolor / "scalable" / "apps" / f"{APP_ID}.svg"))
    return written


def desktop_entry_text(exec_command: str) -> str:
    """The template from assets with its Exec line set to ``exec_command`` (already quoted)."""
    template = (assets_dir() / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    lines = [f"Exec={exec_command}" if line.startswith("Exec=") else line for line in template.splitlines()]
    return "\n".join(lines) + "\n"


def exec_command() -> str:
    """How the launcher should start the app: by name when it is on PATH, else by full path.

    An app installed in a virtual environment is not on the launcher's PATH, so its script (or the
    interpreter with ``-m``) is written out in full.
    """
    if shutil.which(APP_ID):
        return APP_ID
    script = Path(sys.argv[0]).resolve()
    if script.name == APP_ID and script.is_file():
        return quote_exec_argument(str(script))
    return " ".join(quote_exec_argument(part) for part in (sys.executable, "-m", "backpain_timer"))


def quote_exec_argument(argument: str) -> str:
    """Quote one argument of an Exec key (Desktop Entry spec, "The Exec key"), escaped for the file."""
    if not any(char in _EXEC_RESERVED for char in argument):
        return argument
    quoted = "".join(f"\\{char}" if char in '"`$\\' else char for char in argument)
    # The value is also a desktop "string": each backslash is written twice.
    return '"' + quoted.replace("\\", "\\\\") + '"'


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's header (the IHDR chunk comes first)."""
    with path.open("rb") as stream:
        header = stream.read(24)
    if len(header) < 24 or not header.startswith(_PNG_SIGNATURE) or header[12:16] != b"IHDR":
        raise OSError(f"{path}: not a PNG file")
    width, height = struct.unpack(">II", header[16:24])
    return width, height


# Errors are re-raised as plain OSError(message) so that str(error) reads as one clean sentence.


def _install_entry(target: Path, command: str | None = None) -> Path:
    _make_parent(target)
    try:
        atomic_write_text(target, desktop_entry_text(command or exec_command()))
    except OSError as error:
        raise OSError(error.strerror or str(error)) from error
    return target


def _copy(source: Path, target: Path) -> Path:
    _make_parent(target)
    try:
        shutil.copyfile(source, target)
    except OSError as error:
        raise OSError(f"cannot write {target}: {error.strerror or error}") from error
    return target


def _make_parent(target: Path) -> None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OSError(
            f"cannot create {error.filename or target.parent}: {error.strerror or error}"
        ) from error
