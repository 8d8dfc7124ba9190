"""Appends session records to the history database off the GUI thread, one at a time, in order."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from backpain_timer.domain.history import SessionRecord


class _Outcome(QObject):
    # Emitted from the worker thread; queued to the GUI thread because this object lives there.
    written = Signal(int)
    failed = Signal(str)


class _AppendRecord(QRunnable):
    def __init__(self, database: Path, record: SessionRecord, outcome: _Outcome) -> None:
        super().__init__()
        self._database = database
        self._record = record
        self._outcome = outcome

    def run(self) -> None:
        # Imported here: SQLite is needed only once a session ends, not at start-up.
        from backpain_timer.storage.history_db import HistoryStore

        try:
            store = HistoryStore(self._database)
            try:
                record_id = store.append(self._record)
            finally:
                store.close()
        except Exception as error:  # any failure must reach the user, never vanish in a worker
            self._outcome.failed.emit(
                f"Could not save this session to your history ({self._database}): {error}"
            )
            return
        self._outcome.written.emit(record_id)


class RecordWriter(QObject):
    """``write(record)`` returns at once; ``written(id)`` or ``failed(message)`` follows on the GUI thread."""

    written = Signal(int)
    failed = Signal(str)

    def __init__(self, database: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        # One thread: records are appended in the order sessions ended, never two writers at once.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._outcome = _Outcome(self)
        self._outcome.written.connect(self.written)
        self._outcome.failed.connect(self.failed)

    def write(self, record: SessionRecord) -> None:
        self._pool.start(_AppendRecord(self.database, record, self._outcome))

    def wait(self, msecs: int = 5000) -> bool:
        """Let pending writes finish (on quit), so a session that just ended is not lost."""
        return self._pool.waitForDone(msecs)
