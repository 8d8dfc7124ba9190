"""Qt adapter for the session engine: a timer asks the engine for events; the engine alone knows the time."""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from backpain_timer.domain.events import Event
from backpain_timer.domain.session import SessionEngine, SessionState

# Land this long after a whole-second boundary, so the digits have changed when we repaint.
_LANDING_SLACK_SECONDS = 0.004
# Between animation frames while something animates (breath pacing).
SMOOTH_INTERVAL_SECONDS = (
    0.2  # 5 frames a second: 0.1 cost 1.0 % of a core, 0.15 0.9–1.15 % on a busy machine
)


def seconds_to_next_digit_change(remaining: float) -> float:
    """How long until a rounded-up countdown showing ``remaining`` changes its digits."""
    fraction = remaining - math.floor(remaining)
    return fraction if fraction > 1e-6 else 1.0


class SessionController(QObject):
    """Drives one ``SessionEngine`` and republishes its events as Qt signals.

    The timer wakes just after the next whole second of the displayed countdowns (segment and total) and
    when the engine's next event is due (a breath turning between whole seconds, say): a ``tick``. While ``smooth`` is on it also wakes every
    ``SMOOTH_INTERVAL_SECONDS`` in between, for a ``frame`` only: no engine work, nothing but the
    animation repaints. It stops while paused, so an idle session costs nothing.
    """

    events_emitted = Signal(object)  # each domain Event, in order
    state_changed = Signal(object)  # SessionState
    tick = Signal()  # something visible may have changed: repaint
    frame = Signal()  # between ticks, while smooth: only animations move

    def __init__(self, engine: SessionEngine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self._smooth = False
        self._last_state = engine.state
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._wake)
        self._frame_only = False  # the timer is set for a frame, before the next tick is due

    @property
    def state(self) -> SessionState:
        return self.engine.state

    @property
    def smooth(self) -> bool:
        return self._smooth

    def set_smooth(self, smooth: bool) -> None:
        """Also wake for ``frame`` every ``SMOOTH_INTERVAL_SECONDS`` (animations on the session clock)."""
        self._smooth = smooth
        self._schedule()

    def next_wake_ms(self) -> int | None:
        """Milliseconds between the last poll and the next one; None while the timer sleeps (not running)."""
        return self._timer.interval() if self._timer.isActive() else None

    # --- operations ---------------------------------------------------------------------------------

    def start(self) -> None:
        self._apply(self.engine.start())

    def toggle(self) -> None:
        self._apply(self.engine.toggle())

    def pause(self) -> None:
        self._apply(self.engine.pause())

    def resume(self) -> None:
        self._apply(self.engine.resume())

    def skip(self) -> None:
        self._apply(self.engine.skip())

    def previous(self) -> None:
        self._apply(self.engine.previous())

    def stop(self) -> None:
        self._apply(self.engine.stop())

    def poll(self) -> None:
        """Collect the events that fell due (all of them, in order, after a stall) and repaint."""
        self._apply(self.engine.tick())

    # --- internals ----------------------------------------------------------------------------------

    def _apply(self, events: list[Event]) -> None:
        for event in events:
            self.events_emitted.emit(event)
        state = self.engine.state
        if state is not self._last_state:
            self._last_state = state
            self.state_changed.emit(state)
        self.tick.emit()
        self._schedule()

    def _wake(self) -> None:
        if self._frame_only:
            self.frame.emit()
            self._schedule()
        else:
            self.poll()

    def _seconds_to_next_tick(self) -> float:
        engine = self.engine
        delay = min(
            seconds_to_next_digit_change(engine.segment_remaining()),
            seconds_to_next_digit_change(engine.total_remaining()),
        )
        # Cues are played on ticks: tick when an event falls due.
        to_event = engine.seconds_to_next_event()
        return delay if to_event is None else min(delay, to_event)

    def _schedule(self) -> None:
        if self.engine.state is not SessionState.RUNNING:
            self._timer.stop()
            return
        delay = self._seconds_to_next_tick() + _LANDING_SLACK_SECONDS
        self._frame_only = self._smooth and delay > SMOOTH_INTERVAL_SECONDS
        if self._frame_only:
            delay = SMOOTH_INTERVAL_SECONDS
        self._timer.start(math.ceil(delay * 1000))
