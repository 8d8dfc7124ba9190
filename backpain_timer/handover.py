"""Asking an app already running on the same data folder to show its window, before Qt is imported.

A second ``backpain-timer`` hands over here and leaves in a few milliseconds: importing PySide6 alone
would take longer than the running app needs to show its window. A plain start (no command, no routine)
even hands over before the command line is parsed (``main``): the CLI's own imports cost more than the
running app needs; and when no app runs, it opens the window without the command line's parser and
commands, which cost the first window about 10 ms. The server side is
:mod:`backpain_timer.ui.single_instance`.
"""

from __future__ import annotations

import os
import sys
import zlib
from collections.abc import Sequence
from pathlib import Path

BACKGROUND_REQUEST = b"b"  # "I start in the background": the running app stays as it is

CONNECT_TIMEOUT_SECONDS = 0.5
# Platforms that draw without a display server (tests, screenshots, VNC).
_HEADLESS_PLATFORMS = ("offscreen", "minimal", "vnc", "eglfs", "linuxfb")


def main() -> int:
    """``backpain-timer``: a plain start hands over to the app running on its data folder, or opens the app,
    without the command line; anything else (or no display) goes through the command line."""
    start = plain_start(sys.argv[1:])
    if start is None or missing_display() is not None:
        from backpain_timer.cli import main as cli_main

        return cli_main()
    from backpain_timer.storage.paths import DataDir, resolve_data_dir

    data_dir_argument, background = start
    data = DataDir(resolve_data_dir(data_dir_argument))
    if hand_over(data.root, background=background):
        return 0
    from backpain_timer.terminal import use_chosen_language
    from backpain_timer.ui.app import run

    use_chosen_language(None, data.settings_file)  # as the command line does before any command
    return run(data.root, None, False, background=background)


def plain_start(arguments: Sequence[str]) -> tuple[str | None, bool] | None:
    """(the ``--data-dir`` given or None, ``--background``) when ``arguments`` only start the app
    (``[--data-dir DIR] [--background]``); None for anything else (a command, a routine, a bad argument):
    the command line checks and runs those."""
    background = False
    data_dir: str | None = None
    rest = list(arguments)
    while rest:
        argument = rest.pop(0)
        if argument == "--background":
            background = True
        elif argument == "--data-dir" and rest:
            data_dir = rest.pop(0)
        elif argument.startswith("--data-dir="):
            data_dir = argument.removeprefix("--data-dir=")
        else:
            return None
    return data_dir, background


def hand_over(data_dir: Path, *, background: bool) -> bool:
    """True when an app running on ``data_dir`` was asked to show its window (left as it is with
    ``background``) and the user was told so; False when none runs."""
    if not ask_running_app_to_show(data_dir, show=not background):
        return False
    done = "left it as it is" if background else "brought its window to the front"
    print(f"backpain-timer: already running for {data_dir}; {done}")
    return True


def missing_display() -> str | None:
    """Why no window can be shown (one sentence), or None when a display looks available."""
    if not sys.platform.startswith("linux"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0].strip()
    if platform in _HEADLESS_PLATFORMS:
        return None
    if platform.startswith("wayland"):
        return None if os.environ.get("WAYLAND_DISPLAY") else "WAYLAND_DISPLAY is not set"
    if platform == "xcb":
        return None if os.environ.get("DISPLAY") else "DISPLAY is not set"
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return "DISPLAY is not set"


def socket_path(data_dir: Path) -> Path | None:
    """The socket for this user and data folder (a checksum: paths can be long or odd); None without
    Unix sockets. In the user's runtime folder when there is one, else in the temporary folder."""
    if sys.platform == "win32" or not hasattr(os, "getuid"):
        return None
    folder = os.environ.get("XDG_RUNTIME_DIR")
    if not folder:
        import tempfile  # only then: most desktops set XDG_RUNTIME_DIR

        folder = tempfile.gettempdir()
    key = str(data_dir.expanduser().resolve()).encode("utf-8", "surrogateescape")
    return Path(folder) / f"backpain-timer-{os.getuid()}-{zlib.crc32(key):08x}.sock"


def owned_socket(path: Path) -> bool:
    """Only our own sockets count: in a shared temporary folder another user could have made one."""
    try:
        return path.lstat().st_uid == os.getuid()
    except OSError:
        return False


def ask_running_app_to_show(data_dir: Path, *, show: bool = True) -> bool:
    """True when an app on ``data_dir`` is running and was asked to show its window (only asked whether
    it runs, without ``show``)."""
    path = socket_path(data_dir)
    if path is None or not owned_socket(path):
        return False
    import socket

    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.settimeout(CONNECT_TIMEOUT_SECONDS)
        try:
            client.connect(str(path))
        except OSError:  # nobody listens: left behind by an app that crashed
            return False
        if not show:
            try:
                client.sendall(BACKGROUND_REQUEST)
            except OSError:
                return False
    return True
