"""Writes to the history database off the GUI thread, one job at a time, in order."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from backpain_timer.domain.history import SessionRecord

if TYPE_CHECKING:
    from backpain_timer.ui.checkin.flow import AfterAnswer


class _Outcome(QObject):
    # Emitted from the worker thread; queued to the GUI thread because this object lives there.
    written = Signal(int)
    failed = Signal(str)
    checkin_saved = Signal(int)
    checkin_failed = Signal(str)


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
            with HistoryStore(self._database) as store:
                record_id = store.append(self._record)
        except Exception as error:  # any failure must reach the user, never vanish in a worker
            self._outcome.failed.emit(
                QCoreApplication.translate(
                    "RecordWriter", "Could not save this session to your history ({path}): {error}"
                ).format(path=self._database, error=error)
            )
            return
        self._outcome.written.emit(record_id)


class _UpdateCheckin(QRunnable):
    def __init__(self, database: Path, record_id: int, answer: AfterAnswer, outcome: _Outcome) -> None:
        super().__init__()
        self._database = database
        self._record_id = record_id
        self._answer = answer
        self._outcome = outcome

    def run(self) -> None:
        from backpain_timer.storage.history_db import HistoryStore

        try:
            with HistoryStore(self._database) as store:
                store.update_checkin(
                    self._record_id,
                    pain_after=self._answer.pain_after,
                    note=self._answer.note,
                    symptoms_after=self._answer.symptoms_after,
                )
        except Exception as error:  # must reach the user
            self._outcome.checkin_failed.emit(
                QCoreApplication.translate(
                    "RecordWriter", "Could not save your check-in to your history ({path}): {error}"
                ).format(path=self._database, error=error)
            )
            return
        self._outcome.checkin_saved.emit(self._record_id)


class RecordWriter(QObject):
    """``write(record)`` returns at once; ``written(id)`` or ``failed(message)`` follows on the GUI thread.
    ``update_checkin`` likewise, answered by ``checkin_saved(id)`` or ``checkin_failed(message)``."""

    written = Signal(int)
    failed = Signal(str)
    checkin_saved = Signal(int)
    checkin_failed = Signal(str)

    def __init__(self, database: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        # One thread: jobs run in the order they were asked for (an update always after the append it
        # refers to), never two writers at once.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._outcome = _Outcome(self)
        self._outcome.written.connect(self.written)
        self._outcome.failed.connect(self.failed)
        self._outcome.checkin_saved.connect(self.checkin_saved)
        self._outcome.checkin_failed.connect(self.checkin_failed)

    def write(self, record: SessionRecord) -> None:
        self._pool.start(_AppendRecord(self.database, record, self._outcome))

    def update_checkin(self, record_id: int, answer: AfterAnswer) -> None:
        """Add the after-session answer to a stored record (replacing an earlier one)."""
        self._pool.start(_UpdateCheckin(self.database, record_id, answer, self._outcome))

    def wait(self, msecs: int = 5000) -> bool:
        """Let pending jobs finish and deliver their outcomes (on quit), so nothing just answered is lost."""
        done = self._pool.waitForDone(msecs)
        # The outcomes are queued to this object: deliver them now, since a record's id may start the
        # update of its check-in, and wait for that too.
        QCoreApplication.sendPostedEvents(self)
        return done and self._pool.waitForDone(msecs)
