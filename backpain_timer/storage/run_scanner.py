"""Where run files come from, and picking up the new ones.

Folders: ``<data>/runs-inbox/`` (created when missing), the folders named in the settings, and the
``GARMIN/Activity`` folder of a watch mounted under ``/media/$USER`` or ``/run/media/$USER``. A folder
that does not exist yet (a watch not plugged in) costs one failed ``stat`` per scan, so a caller may scan
every few seconds (a QTimer) and, between scans, watch ``watch_paths()`` (a QFileSystemWatcher)::

    scanner = RunScanner(data.runs_inbox, settings_folders, seen=store.seen_files())
    picked = pick_up(scanner, store)      # on a timer or when a watched folder changes
    for stored in picked.new_runs: ...

A scanner made with ``seen=None`` leaves it to ``pick_up`` to ask the store, so a caller can look at
``run_files()`` first and open no database at all (sqlite3 is about 1 MiB) while the folders hold none.

Files are only read, never modified or moved.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from backpain_timer.domain.runs import as_run, sport_kind
from backpain_timer.storage.run_files import RUN_FILE_SUFFIXES, FileStamp, RunFileError, read_activities
from backpain_timer.storage.watch import ACTIVITY, find_watch_folders
from backpain_timer.storage.watch import mount_roots as default_roots

if TYPE_CHECKING:
    from backpain_timer.storage.runs_db import RunStore, StoredRun


class RunScanner:
    """Finds run files that are new or changed since it last looked (by path, size and mtime)."""

    def __init__(
        self,
        inbox: Path,
        folders: Sequence[Path] = (),
        *,
        mount_roots: Sequence[Path] | None = None,
        seen: Iterable[FileStamp] | None = (),
    ) -> None:
        """``seen``: the files looked at before (``RunStore.seen_files()``); None when not known yet."""
        self.inbox = inbox
        self.configured = tuple(folders)
        self.mount_roots = tuple(default_roots() if mount_roots is None else mount_roots)
        self._seen = None if seen is None else {stamp.path: stamp for stamp in seen}

    def folders(self) -> list[Path]:
        """The folders that exist now, the inbox first (it is created when missing, if it can be)."""
        # In a read-only data dir there is no inbox, and nothing to pick up from it.
        with contextlib.suppress(OSError):
            self.inbox.mkdir(parents=True, exist_ok=True)
        candidates = [self.inbox, *self.configured, *find_watch_folders(self.mount_roots, ACTIVITY)]
        unique = dict.fromkeys(path for path in candidates if path.is_dir())
        return list(unique)

    def watch_paths(self) -> list[Path]:
        """What a file-system watcher should watch: the folders, and the mount roots (a watch plugged in)."""
        return [*self.folders(), *(root for root in self.mount_roots if root.is_dir())]

    @property
    def knows_seen(self) -> bool:
        return self._seen is not None

    def remember(self, seen: Iterable[FileStamp]) -> None:
        """The files looked at before, for a scanner made with ``seen=None``."""
        self._seen = {stamp.path: stamp for stamp in seen}

    def run_files(self) -> list[FileStamp]:
        """Every run file in the folders now, seen or not."""
        return [stamp for folder in self.folders() for stamp in _run_files(folder)]

    def scan(self, files: Iterable[FileStamp] | None = None) -> list[FileStamp]:
        """Run files new or changed since the last scan (or since ``seen``), oldest first; of ``files`` (what
        ``run_files()`` found just now) when given."""
        assert self._seen is not None, "the files seen before are not known yet (remember them first)"
        seen = self._seen
        fresh = [
            stamp for stamp in (self.run_files() if files is None else files) if stamp != seen.get(stamp.path)
        ]
        for stamp in fresh:
            seen[stamp.path] = stamp
        return sorted(fresh, key=lambda stamp: (stamp.mtime_ns, stamp.path))


def _run_files(folder: Path) -> Iterator[FileStamp]:
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if not entry.name.lower().endswith(RUN_FILE_SUFFIXES) or entry.name.startswith("."):
            continue
        try:
            info = entry.stat()
        except OSError:
            continue
        if stat.S_ISREG(info.st_mode):
            yield FileStamp(str(Path(entry.path).absolute()), info.st_size, info.st_mtime_ns)


@dataclass(frozen=True)
class FileRuns:
    """What one file gave: its runs as stored, and the sports of its activities that are not runs."""

    path: Path
    stored: list[StoredRun]
    not_runs: list[str]


@dataclass
class PickUp:
    new_runs: list[StoredRun] = field(default_factory=list)
    problems: list[RunFileError] = field(default_factory=list)


def import_run_file(store: RunStore, path: Path) -> FileRuns:
    """Read one file and store its runs; RunFileError when it cannot be read (nothing is stored then)."""
    absolute = path.absolute()
    activities = read_activities(absolute)
    trust_pace = absolute.suffix.lower() != ".fit"  # FIT files always say their sport
    runs, not_runs = [], []
    for activity in activities:
        run = as_run(activity, str(absolute), trust_pace=trust_pace)
        if run is None:
            not_runs.append(sport_kind(activity.sport) or activity.sport or "not running pace")
        else:
            runs.append(run)
    stored = store.add_runs(runs, _stamp(absolute))
    return FileRuns(absolute, stored, not_runs)


def pick_up(scanner: RunScanner, store: RunStore, files: Iterable[FileStamp] | None = None) -> PickUp:
    """Read the files the scanner has not seen (of ``files``, when given) and store their runs. A file that
    cannot be read is remembered too (it is read again once it changes) and reported once, in ``problems``.
    A scanner that does not know the files seen before learns them from ``store`` first."""
    if not scanner.knows_seen:
        scanner.remember(store.seen_files())
    result = PickUp()
    for stamp in scanner.scan(files):
        try:
            found = import_run_file(store, Path(stamp.path))
        except RunFileError as error:
            result.problems.append(error)
            store.add_runs([], stamp)
            continue
        result.new_runs.extend(stored for stored in found.stored if stored.new)
    return result


def _stamp(path: Path) -> FileStamp | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return FileStamp(str(path), info.st_size, info.st_mtime_ns)
