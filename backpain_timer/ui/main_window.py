"""The main window: home → session → end, and the wiring between the engine, the views and the history."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from backpain_timer.domain.events import Event, SegmentStarted, SessionFinished, SessionStopped
from backpain_timer.domain.history import SessionRecord
from backpain_timer.domain.plan import Segment, SegmentKind, plan
from backpain_timer.domain.routine import Exercise, Routine
from backpain_timer.domain.session import Clock, SessionEngine
from backpain_timer.storage.library import Library
from backpain_timer.ui.end_view import EndView
from backpain_timer.ui.home_view import HomeView
from backpain_timer.ui.record_writer import RecordWriter
from backpain_timer.ui.session_controller import SessionController
from backpain_timer.ui.session_view import SessionView

WINDOW_TITLE = "Backpain Timer"


class MainWindow(QMainWindow):
    """``session_started(SessionController)`` lets later parts (cues) listen to each new session."""

    session_started = Signal(object)

    def __init__(
        self,
        library: Library,
        *,
        clock: Clock = time.monotonic,
        history_writer: RecordWriter | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(WINDOW_TITLE)
        self.resize(1100, 720)
        self.library = library
        self.clock = clock
        self.history_writer = history_writer or RecordWriter(library.data.history_db, self)
        self.history_writer.written.connect(self._record_written)
        self.history_writer.failed.connect(self._record_failed)
        self.controller: SessionController | None = None
        self._hold_began = False

        self.home = HomeView(library)
        self.session_view = SessionView(self._exercise_of)
        self.end_view = EndView()
        self.stack = QStackedWidget()
        for view in (self.home, self.session_view, self.end_view):
            self.stack.addWidget(view)
        self.setCentralWidget(self.stack)

        self.home.start_requested.connect(self.start_routine)
        self.home.message.connect(self._show_problem)
        self.session_view.fullscreen_toggled.connect(self.toggle_fullscreen)
        self.end_view.home_requested.connect(self.show_home)

    # --- navigation ---------------------------------------------------------------------------------

    def start_routine(self, routine: Routine) -> None:
        timeline = plan(routine)
        if not timeline.segments:
            self._show_problem(f"“{routine.name}” has no steps to time.")
            return
        if self.controller is not None:
            self.controller.stop()
        self._hold_began = False
        self.controller = SessionController(SessionEngine(timeline, self.clock), self)
        self.controller.events_emitted.connect(self._on_event)
        self.session_view.attach(self.controller)
        self.stack.setCurrentWidget(self.session_view)
        self.statusBar().clearMessage()
        self.session_started.emit(self.controller)
        self.controller.start()

    def show_home(self) -> None:
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowFullScreen)
        self.stack.setCurrentWidget(self.home)

    def toggle_fullscreen(self) -> None:
        self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)

    # --- session end and the record -----------------------------------------------------------------

    def _on_event(self, event: Event) -> None:
        if isinstance(event, SegmentStarted) and event.segment.kind is SegmentKind.HOLD:
            self._hold_began = True
        elif isinstance(event, SessionFinished | SessionStopped):
            self._session_ended()

    def _session_ended(self) -> None:
        assert self.controller is not None
        engine = self.controller.engine
        if not (engine.completed or self._hold_began):
            self.show_home()  # stopped while getting ready: nothing happened worth keeping
            return
        self.history_writer.write(_record_of(engine))
        self.end_view.show_result(engine)
        self.end_view.set_save_status("Saving to your history…")
        self.stack.setCurrentWidget(self.end_view)

    def _record_written(self, _record_id: int) -> None:
        self.end_view.set_save_status("Saved to your history.")

    def _record_failed(self, message: str) -> None:
        self.end_view.set_save_status("Not saved — see the message below.")
        self._show_problem(message)

    def _show_problem(self, message: str) -> None:
        self.statusBar().showMessage(message)  # stays until the next message: a problem must be read

    def _exercise_of(self, segment: Segment) -> Exercise | None:
        if self.controller is None:
            return None
        steps = self.controller.engine.plan.routine.steps
        return steps[segment.step - 1].exercise if 0 < segment.step <= len(steps) else None

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing mid-session ends it as stopped (and records it); pending writes finish first."""
        if self.controller is not None:
            self.controller.stop()
        self.history_writer.wait()
        super().closeEvent(event)


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
