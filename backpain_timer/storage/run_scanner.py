"""Where run files come from, and picking up the new ones.

Folders: ``<data>/runs-inbox/`` (created when missing), the folders named in the settings, and the
``GARMIN/Activity`` folder of a watch mounted under ``/media/$USER`` or ``/run/media/$USER``. A folder
that does not exist yet (a watch not plugged in) costs one failed ``stat`` per scan, so a caller may scan
every few seconds (a QTimer) and, between scans, watch ``watch_paths()`` (a QFileSystemWatcher)::

    scanner = RunScanner(data.runs_inbox, settings_folders, seen=store.seen_files())
    picked = pick_up(scanner, store)      # on a timer or when a watched folder changes
    for stored in picked.new_runs: ...

Files are only read, never modified or moved.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from backpain_timer.domain.runs import as_run, sport_kind
from backpain_timer.storage.run_files import RUN_FILE_SUFFIXES, RunFileError, read_activities
from backpain_timer.storage.runs_db import FileStamp, RunStore, StoredRun
from backpain_timer.storage.watch import ACTIVITY, find_watch_folders
from backpain_timer.storage.watch import mount_roots as default_roots


class RunScanner:
    """Finds run files that are new or changed since it last looked (by path, size and mtime)."""

    def __init__(
        self,
        inbox: Path,
        folders: Sequence[Path] = (),
        *,
        mount_roots: Sequence[Path] | None = None,
        seen: Iterable[FileStamp] = (),
    ) -> None:
        self.inbox = inbox
        self.configured = tuple(folders)
        self.mount_roots = tuple(default_roots() if mount_roots is None else mount_roots)
        self._seen = {stamp.path: stamp for stamp in seen}

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

    def scan(self) -> list[FileStamp]:
        """Run files new or changed since the last scan (or since ``seen``), oldest first."""
        fresh = [
            stamp
            for folder in self.folders()
            for stamp in _run_files(folder)
            if stamp != self._seen.get(stamp.path)
        ]
        for stamp in fresh:
            self._seen[stamp.path] = stamp
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


def pick_up(scanner: RunScanner, store: RunStore) -> PickUp:
    """Read the files the scanner has not seen and store their runs. A file that cannot be read is
    remembered too (it is read again once it changes) and reported once, in ``problems``."""
    result = PickUp()
    for stamp in scanner.scan():
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
