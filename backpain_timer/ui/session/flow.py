"""From "Start" to the saved record: the check-in before, the session, the end screen with the check-in
after, and the history writes. The main window only shows the pages this asks for.

The pages and the modules behind them are built on first use: the home screen, all that start-up
shows, needs none of them.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from backpain_timer.domain.events import Event, SegmentStarted, SessionFinished, SessionStopped
from backpain_timer.domain.history import SessionRecord
from backpain_timer.domain.plan import Segment, SegmentKind, plan
from backpain_timer.domain.routine import Exercise, Routine
from backpain_timer.domain.session import Clock, SessionEngine
from backpain_timer.storage.library import Library
from backpain_timer.storage.problems import RoutineError
from backpain_timer.ui.session.controller import SessionController
from backpain_timer.ui.session.record_writer import RecordWriter

if TYPE_CHECKING:
    from backpain_timer.storage.settings import Settings
    from backpain_timer.ui.checkin.before_session import BeforeSessionView
    from backpain_timer.ui.checkin.flow import AfterAnswer, CheckinPairing, SessionStart
    from backpain_timer.ui.checkin.questions import AfterCheckinPanel
    from backpain_timer.ui.session.end_view import EndView
    from backpain_timer.ui.session.view import SessionView
    from backpain_timer.ui.settings.store import SettingsStore


class SessionFlow(QObject):
    """Owns the session's pages (``before_view``, ``session_view``, ``end_view``) and the running session.

    ``page_created(QWidget)`` follows the first use of each page (the window adds it to its stack);
    ``page_requested(QWidget)`` asks the window to show one of those pages, ``home_requested()`` to go
    home; ``problem(str)`` is something the user must read; ``session_started(SessionController)`` lets
    later parts (cues) listen to each session; ``history_changed()`` follows each saved record or check-in.
    """

    page_created = Signal(QWidget)
    page_requested = Signal(QWidget)
    home_requested = Signal()
    problem = Signal(str)
    session_started = Signal(object)
    history_changed = Signal()

    def __init__(
        self,
        library: Library,
        settings: SettingsStore,
        routine_names: Mapping[str, str],
        *,
        clock: Clock,
        history_writer: RecordWriter,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self._settings_store = settings
        self.clock = clock
        self.history_writer = history_writer
        self.controller: SessionController | None = None
        self._hold_began = False
        self._pending_routine: Routine | None = None
        self._session_start: SessionStart | None = None
        self._pairing: CheckinPairing | None = None  # from the end of a session on
        self.routine_names = routine_names
        self._before_view: BeforeSessionView | None = None
        self._session_view: SessionView | None = None
        self._end_view: EndView | None = None
        history_writer.written.connect(self._record_written)
        history_writer.failed.connect(self._record_failed)
        history_writer.checkin_saved.connect(self.history_changed)
        history_writer.checkin_failed.connect(self.problem)

    @property
    def settings(self) -> Settings:
        """Read from the store at each use: a change applies from the next start or end on."""
        return self._settings_store.settings

    # --- the pages, built on first use -----------------------------------------------------------------

    @property
    def before_view(self) -> BeforeSessionView:
        if self._before_view is None:
            from backpain_timer.ui.checkin.before_session import BeforeSessionView

            self._before_view = BeforeSessionView(self.routine_names, self.clock)
            self._before_view.finished.connect(self._before_finished)
            self.page_created.emit(self._before_view)
        return self._before_view

    @property
    def session_view(self) -> SessionView:
        if self._session_view is None:
            from backpain_timer.ui.session.view import SessionView

            self._session_view = SessionView(self._exercise_of)
            self.page_created.emit(self._session_view)
        return self._session_view

    @property
    def end_view(self) -> EndView:
        if self._end_view is None:
            from backpain_timer.ui.checkin.questions import AfterCheckinPanel
            from backpain_timer.ui.session.end_view import EndView

            after_checkin = AfterCheckinPanel(self.clock)
            after_checkin.answered.connect(self._after_answered)
            self._end_view = EndView(after_checkin, clock=self.clock)
            self._end_view.home_requested.connect(self.home_requested)
            self.page_created.emit(self._end_view)
        return self._end_view

    @property
    def after_checkin(self) -> AfterCheckinPanel:
        """The question on the end screen: how does the back feel now?"""
        return self.end_view.checkin

    def is_session_page(self, page: QWidget | None) -> bool:
        return page is not None and page is self._session_view

    def leaving(self, page: QWidget | None) -> None:
        """The window shows another page than ``page``: an answer picked on the end screen is kept."""
        if page is not None and page is self._end_view:
            self.after_checkin.commit()

    # --- starting -----------------------------------------------------------------------------------

    def start_routine(self, routine: Routine, *, quick_start: bool = False) -> None:
        """Ask how the back feels first (unless the settings or a quick start say not to), then run it."""
        from backpain_timer.ui.checkin.flow import BeforeSessionFlow

        self.stop()  # a session still running ends here, and is recorded as stopped
        flow = BeforeSessionFlow(self.settings, routine.id, quick_start=quick_start)
        start = flow.outcome()
        if start is not None:
            self._run(routine, start)
            return
        self._pending_routine = routine
        self.before_view.begin(flow, routine.name)
        self.page_requested.emit(self.before_view)

    def _before_finished(self, start: SessionStart | None) -> None:
        routine, self._pending_routine = self._pending_routine, None
        if start is None or routine is None:
            self.home_requested.emit()
            return
        if start.routine_id != routine.id:  # the user took the gentler routine the advice offered
            gentler = self.library.load_or_report(start.routine_id, self._cannot_switch)
            if gentler is None:
                return
            routine = gentler
        self._run(routine, start)

    def _cannot_switch(self, error: RoutineError) -> None:
        self.problem.emit(self.tr("Cannot start the gentler routine: {error}").format(error=error.summary))
        self.home_requested.emit()

    def _run(self, routine: Routine, start: SessionStart) -> None:
        timeline = plan(routine)
        if not timeline.segments:
            self.problem.emit(self.tr("“{name}” has no steps to time.").format(name=routine.name))
            self.home_requested.emit()
            return
        self._session_start = start
        self._hold_began = False
        engine = SessionEngine(timeline, self.clock, suspend_clock=suspend_clock_beside(self.clock))
        self.controller = SessionController(engine, self)
        self.controller.events_emitted.connect(self._on_event)
        self.session_view.attach(self.controller)
        self.page_requested.emit(self.session_view)
        self.session_started.emit(self.controller)
        self.controller.start()

    def stop(self) -> None:
        """End the running session, if any, as stopped (it is recorded when a hold began)."""
        if self.controller is not None:
            self.controller.stop()

    # --- the end and the record ---------------------------------------------------------------------

    def _on_event(self, event: Event) -> None:
        if isinstance(event, SegmentStarted) and event.segment.kind is SegmentKind.HOLD:
            self._hold_began = True
        elif isinstance(event, SessionFinished | SessionStopped):
            self._session_ended()

    def _session_ended(self) -> None:
        from backpain_timer.ui.checkin.flow import CheckinPairing, should_ask_after

        assert self.controller is not None
        engine = self.controller.engine
        if not (engine.completed or self._hold_began):
            self.home_requested.emit()  # stopped while getting ready: nothing happened worth keeping
            return
        record = _record_of(engine)
        if self._session_start is not None:
            start = self._session_start
            record = replace(record, pain_before=start.pain_before, symptoms=start.symptoms)
        self._pairing = CheckinPairing()
        self.after_checkin.reset(record.pain_before)
        self.after_checkin.setVisible(should_ask_after(self.settings))
        self.history_writer.write(record)
        self.end_view.show_result(record)
        self.end_view.set_save_status(self.tr("Saving to your history…"))
        self.page_requested.emit(self.end_view)

    def _record_written(self, record_id: int) -> None:
        self.end_view.set_save_status(self.tr("Saved to your history."))
        if self._pairing is not None and (ready := self._pairing.record_written(record_id)):
            self.history_writer.update_checkin(*ready)
        self.history_changed.emit()

    def _record_failed(self, message: str) -> None:
        self.end_view.set_save_status(self.tr("Not saved — see the message below."))
        self.problem.emit(message)

    def _after_answered(self, answer: AfterAnswer) -> None:
        if self._pairing is not None and (ready := self._pairing.answered(answer)):
            self.history_writer.update_checkin(*ready)

    def shut_down(self) -> None:
        """Closing: a running session ends as stopped and is recorded; an answer on the end screen is
        kept; pending writes finish."""
        self.stop()
        if self._end_view is not None:
            self.after_checkin.commit()
        self.history_writer.wait()

    def _exercise_of(self, segment: Segment) -> Exercise | None:
        if self.controller is None:
            return None
        steps = self.controller.engine.plan.routine.steps
        return steps[segment.step - 1].exercise if 0 < segment.step <= len(steps) else None


def suspend_clock_beside(clock: Clock) -> Clock | None:
    """A clock that also counts a system suspend, to tell the engine the machine slept: beside the real
    ``time.monotonic`` (which stops during a suspend) where the system has one (Linux: CLOCK_BOOTTIME)."""
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if clock is not time.monotonic or boottime is None:
        return None
    return lambda: time.clock_gettime(boottime)


def _record_of(engine: SessionEngine) -> SessionRecord:
    routine = engine.plan.routine
    assert engine.started_wall is not None and engine.ended_wall is not None  # the session has ended
    return SessionRecord(
        routine_id=routine.id,
        routine_name=routine.name,
        started_at=engine.started_wall,
        ended_at=engine.ended_wall,
        planned_seconds=engine.plan.total_seconds,
        active_seconds=engine.active_seconds,
        elapsed_seconds=engine.elapsed_seconds,
        completed=engine.completed,
        holds_done=engine.holds_done,
        holds_skipped=engine.holds_skipped,
        tags=routine.tags,
    )
