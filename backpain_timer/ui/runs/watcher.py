"""Notices new run files: a QFileSystemWatcher on the run folders, and a cheap look every few seconds for
folders that appear (a watch plugged in). Files are read on a worker thread; ``new_runs(list[Run])``
and ``problem(str)`` come back on the GUI thread."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal

from backpain_timer.storage.problems import HistoryError
from backpain_timer.storage.run_scanner import RunScanner, pick_up

LOOK_AGAIN_MS = 5_000  # a watch mounted is noticed within this (the issue allows 10 s)
SETTLE_MS = 300  # a file being copied changes several times: read once it is quiet


class _Outcome(QObject):
    done = Signal(object, object)  # runs, problems


class _Scan(QRunnable):
    def __init__(self, scanner: RunScanner, database: Path, outcome: _Outcome) -> None:
        super().__init__()
        self._scanner, self._database, self._outcome = scanner, database, outcome

    def run(self) -> None:
        files = self._scanner.run_files()
        if not files:  # nothing to pick up, so no database (sqlite3 alone is about 1 MiB)
            self._outcome.done.emit([], [])
            return
        from backpain_timer.storage.runs_db import RunStore

        try:
            with RunStore(self._database) as store:
                picked = pick_up(self._scanner, store, files)
        except HistoryError as error:
            self._outcome.done.emit([], [str(error)])
            return
        self._outcome.done.emit([stored.run for stored in picked.new_runs], [str(p) for p in picked.problems])


class RunWatcher(QObject):
    """Watches the folders of ``scanner`` and stores the runs of new files in ``database``. A scanner made
    with ``seen=None`` learns the files seen before from the database when a scan first finds a run file."""

    new_runs = Signal(list)
    problem = Signal(str)
    looked = Signal()  # after each scan, new runs or not
    ticked = Signal()  # every few seconds: a cheap moment for whoever waits for something

    def __init__(
        self,
        scanner: RunScanner,
        database: Path,
        parent: QObject | None = None,
        *,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent)
        self.scanner = scanner
        self._database = database
        self._pool = pool or QThreadPool.globalInstance()
        self._scanning = False
        self._again = False
        self._outcome = _Outcome(self)
        self._outcome.done.connect(self._scanned)
        self.files = QFileSystemWatcher(self)
        self.files.directoryChanged.connect(self._changed)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.scan)
        self.look_again = QTimer(self)
        self.look_again.setInterval(LOOK_AGAIN_MS)
        self.look_again.setTimerType(Qt.TimerType.CoarseTimer)
        self.look_again.timeout.connect(self._look_again)

    def start(self) -> None:
        self._watch()
        self.look_again.start()
        self.scan()

    def set_folders(self, folders: Sequence[Path]) -> None:
        """The folders from the settings changed."""
        self.scanner.configured = tuple(folders)
        self._watch()
        self.scan()

    def scan(self) -> None:
        if self._scanning:
            self._again = True  # once this one is done
            return
        self._scanning = True
        self._pool.start(_Scan(self.scanner, self._database, self._outcome))

    def _watch(self) -> None:
        wanted = {str(path) for path in self.scanner.watch_paths()}
        watched = set(self.files.directories())
        if watched - wanted:
            self.files.removePaths(sorted(watched - wanted))
        if wanted - watched:
            self.files.addPaths(sorted(wanted - watched))

    def _look_again(self) -> None:
        """Every few seconds: one stat per folder that might appear; a scan only when one did."""
        before = set(self.files.directories())
        self._watch()
        if set(self.files.directories()) - before:
            self.scan()
        self.ticked.emit()

    def _changed(self, _path: str) -> None:
        self._watch()  # a volume mounted under a mount root, or a folder removed
        self._settle.start()

    def _scanned(self, runs: list[object], problems: list[str]) -> None:
        self._scanning = False
        for message in problems:
            self.problem.emit(message)
        if runs:
            self.new_runs.emit(runs)
        self.looked.emit()
        if self._again:
            self._again = False
            self.scan()
