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

    Each wake tells the engine when it was meant to come: a wake (or a key pressed during a freeze) far
    later than planned is an interruption, which the engine turns into a pause (``state_changed`` follows,
    as for any pause). ``poll`` asks for no such judgement: it catches up whatever fell due.
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
        self._timer.timeout.connect(self.wake)
        self._frame_only = False  # the timer is set for a frame, before the next tick is due
        self._expected_at: float | None = None  # the engine's clock time the timer is set for

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
        if not self._interrupted_first():  # Space pressed during a freeze finds the session paused
            self._apply(self.engine.toggle())

    def pause(self) -> None:
        if not self._interrupted_first():
            self._apply(self.engine.pause())

    def resume(self) -> None:
        self._apply(self.engine.resume())

    def skip(self) -> None:
        self._interrupted_first()
        self._apply(self.engine.skip())

    def previous(self) -> None:
        self._interrupted_first()
        self._apply(self.engine.previous())

    def stop(self) -> None:
        self._interrupted_first()
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

    def wake(self) -> None:
        """The timer fired: a frame, or a tick (also when a frame comes so late that it is an interruption)."""
        if self._frame_only and not self.engine.is_interruption(self._expected_at):
            self.frame.emit()
            self._schedule()
        else:
            self._apply(self.engine.tick(self._expected_at))

    def _interrupted_first(self) -> bool:
        """Before a key's operation: when the timer is overdue by an interruption, pause for it first."""
        if not (self._timer.isActive() and self.engine.is_interruption(self._expected_at)):
            return False
        self._apply(self.engine.tick(self._expected_at))
        return True

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
            self._expected_at = None
            return
        to_tick = self._seconds_to_next_tick()
        # An event already due (a segment ended while we repainted) is collected at once, not a second later.
        delay = to_tick + _LANDING_SLACK_SECONDS if to_tick > 0 else 0.0
        self._frame_only = self._smooth and delay > SMOOTH_INTERVAL_SECONDS
        if self._frame_only:
            delay = SMOOTH_INTERVAL_SECONDS
        delay_ms = math.ceil(delay * 1000)
        self._expected_at = self.engine.now() + delay_ms / 1000
        self._timer.start(delay_ms)
