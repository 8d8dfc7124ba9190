"""The controller's wake-ups while a breath is paced: frames for the circle in between, ticks when a second
or the breath turns."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from backpain_timer.domain.plan import plan
from backpain_timer.domain.routine import Breathe, Exercise, Routine, Step
from backpain_timer.domain.session import SessionEngine
from backpain_timer.ui.session.controller import SMOOTH_INTERVAL_SECONDS, SessionController
from tests.helpers.fake_clock import FakeClock

PACED = Routine(
    id="paced",
    name="Paced",
    steps=(Step(Exercise("Belly breathing"), hold=20.0, breathe=Breathe(4.5, 5.5)),),
    prepare=2.0,
)


def paced_hold(clock: FakeClock) -> SessionController:
    controller = SessionController(SessionEngine(plan(PACED), clock))
    controller.start()
    clock.advance(2.0)
    controller.poll()  # the hold begins
    controller.set_smooth(True)
    return controller


def test_between_ticks_a_smooth_controller_wakes_for_frames_only(qtbot: QtBot) -> None:
    clock = FakeClock()
    controller = paced_hold(clock)
    assert controller.next_wake_ms() == round(SMOOTH_INTERVAL_SECONDS * 1000), "the next second is far"
    ticks: list[float] = []
    controller.tick.connect(lambda: ticks.append(clock()))
    controller.events_emitted.connect(lambda event: ticks.append(clock()))
    with qtbot.waitSignal(controller.frame, timeout=2000):
        pass
    assert ticks == [], "a frame does no engine work and repaints nothing but the animation"
    controller.stop()


def test_a_tick_lands_when_the_breath_turns_between_whole_seconds() -> None:
    clock = FakeClock()
    controller = paced_hold(clock)
    clock.advance(4.4)  # the breath out begins at 4.5 s into the hold, half a second before a digit changes
    controller.poll()
    wake = controller.next_wake_ms()
    assert wake is not None and 100 <= wake <= 110
    controller.set_smooth(False)
    assert controller.next_wake_ms() == wake, "breath tones are played on ticks, smooth or not"
    controller.stop()
