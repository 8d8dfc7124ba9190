"""The cool-down offer after a run: once per run, only for runs that ended in the last 3 hours and have no
cool-down yet, never while a session runs (it waits for the end). Shown as a desktop notification; where
none can be shown, ``shown_elsewhere(line)`` lets the tray and the window show it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from backpain_timer.domain.run_offer import OFFER_WINDOW, offer_due, offer_line, offer_words, waiting_run
from backpain_timer.domain.runs import Run
from backpain_timer.storage.problems import HistoryError
from backpain_timer.ui.runs.notifier import COOL_DOWN_ACTION, Notifier

if TYPE_CHECKING:
    from backpain_timer.storage.runs_db import RunStore


def _utc_now() -> datetime:
    return datetime.now(UTC)


class RunOffers(QObject):
    """``cool_down_requested(run_id)``: the user took the offer (the app starts the cool-down and calls
    ``session_started`` / ``session_saved`` so that the session is linked to the run);
    ``shown_elsewhere(line)``: no notification could be shown; ``problem(str)``: the history failed."""

    cool_down_requested = Signal(int)
    shown_elsewhere = Signal(str)
    problem = Signal(str)

    def __init__(
        self,
        database: Path,
        notifier: Notifier,
        routine_seconds: Callable[[], float],
        *,
        busy: Callable[[], bool] = lambda: False,
        now: Callable[[], datetime] = _utc_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self.notifier = notifier
        self._routine_seconds = routine_seconds
        self._busy = busy
        self._now = now
        self._pending: dict[int, Run] = {}
        self._accepted: tuple[int, datetime] | None = None  # run id, when the offer was taken
        self._linking: int | None = None  # run id whose cool-down session is running
        notifier.action_invoked.connect(self._action)

    def consider(self, runs: list[Run]) -> None:
        """New runs were stored: offer the cool-down for those that qualify (now, or after the session)."""
        for run in runs:
            if run.id is not None:
                self._pending[run.id] = run
        self.offer_pending()

    def offer_pending(self) -> None:
        if not self._pending or self._busy():
            return
        runs, self._pending = list(self._pending.values()), {}
        now = self._now()
        try:
            with self._store() as store:
                offered = store.offered_run_ids()
                cooled = {
                    run.id
                    for run, cool_down in store.runs_with_cool_downs(since=(now - OFFER_WINDOW).date())
                    if cool_down is not None
                }
                for run in sorted(runs, key=lambda run: run.ended_at):
                    assert run.id is not None
                    if offer_due(run, now, cooled_down=run.id in cooled, offered=run.id in offered):
                        store.mark_offered(run.id, now)
                        self._show(run, now)
        except HistoryError as error:
            self.problem.emit(str(error))

    def waiting_run(self) -> Run | None:
        """The newest run of the last 3 hours with no cool-down yet (for home's "Cool down now")."""
        if not self._database.exists():
            return None  # no history yet, so no run (and no sqlite3 loaded for nothing)
        now = self._now()
        try:
            with self._store() as store:
                return waiting_run(store.runs_with_cool_downs(since=(now - OFFER_WINDOW).date()), now)
        except HistoryError:
            return None

    def _store(self) -> RunStore:
        from backpain_timer.storage.runs_db import RunStore  # sqlite3 (about 1 MiB) when first needed

        return RunStore(self._database)

    def _show(self, run: Run, now: datetime) -> None:
        assert run.id is not None
        seconds = self._routine_seconds()
        title, body = offer_words(run, now, seconds)
        if not self.notifier.notify(run.id, title, body):
            self.shown_elsewhere.emit(offer_line(run, now, seconds))

    def _action(self, run_id: int, key: str) -> None:
        if key == COOL_DOWN_ACTION:
            self.accept(run_id)

    def accept(self, run_id: int) -> None:
        """Take the offer for ``run_id``: the next session started is its cool-down."""
        self._accepted = (run_id, self._now())
        self.cool_down_requested.emit(run_id)

    def session_started(self) -> None:
        """A session started: if it follows an offer taken (within the 3 hours), it cools that run down."""
        accepted, self._accepted = self._accepted, None
        if accepted is not None and self._now() - accepted[1] <= OFFER_WINDOW:
            self._linking = accepted[0]

    def session_saved(self, record_id: int) -> None:
        """A session's record was saved: link it to its run, then offer what waited for the session's end."""
        run_id, self._linking = self._linking, None
        if run_id is not None:
            try:
                with self._store() as store:
                    store.link_cool_down(run_id, record_id)
            except HistoryError as error:
                self.problem.emit(str(error))
        self.offer_pending()
