"""Atomic file writes: a reader (or a crash) sees either the old file or the whole new one, never half."""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` atomically, as ``atomic_write_bytes`` does."""
    atomic_write_bytes(path, text.encode("utf-8"))


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and ``os.replace``.

    The data and the folder entry are fsynced, so after a power cut the file is the old or the new one.
    A symlink keeps pointing at its target, which gets the new data. Raises ``OSError`` whose message
    names the file and the reason (``strerror``, without the errno); the errno, and so the subclass
    (e.g. ``PermissionError``), is kept.
    """
    target = path.resolve() if path.is_symlink() else path
    directory = target.parent
    # os.urandom, not the secrets module: that one loads OpenSSL, which start-up should not pay for.
    temporary = directory / f".{target.name}.{os.urandom(4).hex()}.tmp"
    try:
        # 0o666 through os.open lets the umask apply, as for any new file (mkstemp would force 0o600).
        descriptor = os.open(
            temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666
        )
        try:
            with os.fdopen(descriptor, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            with contextlib.suppress(FileNotFoundError):
                temporary.chmod(stat.S_IMODE(target.stat().st_mode))
            temporary.replace(target)
        except BaseException:
            with contextlib.suppress(OSError):
                temporary.unlink()
            raise
    except OSError as error:
        message = f"cannot save {target}: {error.strerror or error}"
        if error.errno is None:
            raise OSError(message) from error
        raise OSError(error.errno, message) from error
    _fsync_directory(directory)


def _fsync_directory(directory: Path) -> None:
    # Makes the rename itself durable. Not every platform can open a folder (Windows cannot): then the
    # rename is as durable as the file system makes it on its own.
    try:
        descriptor = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(descriptor)
    finally:
        os.close(descriptor)
