"""Asking an app already running on the same data folder to show its window, before Qt is imported.

A second ``backpain-timer`` hands over here and leaves in a few milliseconds: importing PySide6 alone
would take longer than the running app needs to show its window. The server side is
:mod:`backpain_timer.ui.single_instance`.
"""

from __future__ import annotations

import os
import sys
import zlib
from pathlib import Path

BACKGROUND_REQUEST = b"b"  # "I start in the background": the running app stays as it is

CONNECT_TIMEOUT_SECONDS = 0.5


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
