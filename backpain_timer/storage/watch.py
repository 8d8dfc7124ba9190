"""Watches plugged in as USB drives: where they are mounted, and copying a workout onto one.

A Garmin watch in mass-storage mode shows a ``GARMIN`` folder; files put in ``GARMIN/NewFiles`` are
taken in when the watch is ejected (workouts end up under Training → Workouts).
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import os
from collections.abc import Iterable
from pathlib import Path

NEW_FILES = Path("GARMIN") / "NewFiles"  # workouts to take in
ACTIVITY = Path("GARMIN") / "Activity"  # recorded activities (runs)
# Hard links make "create only if the name is free" one atomic step; FAT, the file system of most watches,
# has none, so there the name is checked first (only this app writes to the folder while it is mounted).
_NO_LINKS = {errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EXDEV, errno.ENOSYS}


def mount_roots(user: str | None = None) -> list[Path]:
    """Where desktop Linux mounts removable drives for ``user`` (the current one when None): udisks2 uses
    /media/$USER (Debian, Ubuntu) or /run/media/$USER (Fedora, Arch)."""
    try:
        name = user or getpass.getuser()
    except (OSError, KeyError):  # no user name in the environment nor in the password database
        return []
    return [Path("/media") / name, Path("/run/media") / name]


def find_watch_folders(roots: Iterable[Path], folder: Path = NEW_FILES) -> list[Path]:
    """``folder`` (GARMIN/NewFiles, or ACTIVITY) on each drive mounted under ``roots``, sorted; [] when none."""
    found: list[Path] = []
    for root in roots:
        with contextlib.suppress(OSError):
            found.extend(drive / folder for drive in sorted(root.iterdir()) if (drive / folder).is_dir())
    return found


def _free_name(folder: Path, stem: str, suffix: str, number: int) -> Path:
    return folder / (f"{stem}{suffix}" if number == 1 else f"{stem}-{number}{suffix}")


def copy_new_file(data: bytes, folder: Path, stem: str, suffix: str) -> Path:
    """Put ``data`` in ``folder`` as ``stem.suffix`` — or ``stem-2.suffix``… — never replacing a file.

    The data is written and fsynced under a temporary name first, so the final name appears whole.
    Raises OSError naming the folder.
    """
    temporary = folder / f".{stem}.{os.urandom(4).hex()}.tmp"
    try:
        with temporary.open("xb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        number = 1
        while True:
            target = _free_name(folder, stem, suffix, number)
            try:
                os.link(temporary, target)
            except FileExistsError:
                number += 1
                continue
            except OSError as error:
                if error.errno not in _NO_LINKS:
                    raise
                if target.exists():
                    number += 1
                    continue
                temporary.replace(target)
            return target
    except OSError as error:
        raise OSError(error.errno, f"cannot write to {folder}: {error.strerror or error}") from error
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()
