"""Delay from a segment boundary to the cue player's play()/say() call, over a 60 s routine.

The real QTimer-driven controller on the offscreen platform, the real router, a recording player with the
real monotonic clock. Run: QT_QPA_PLATFORM=offscreen python -m benchmarks.cue_latency [--seconds 60]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections import deque

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from backpain_timer.domain.cues import CueKind, CueSettings, cues_for
from backpain_timer.domain.events import Event
from backpain_timer.domain.plan import plan
from backpain_timer.domain.routine import Exercise, Routine, Sides, Step
from backpain_timer.domain.session import SessionEngine, SessionState
from backpain_timer.storage.settings import Settings
from backpain_timer.ui.cues.player import RecordingCuePlayer
from backpain_timer.ui.cues.router import CueRouter, cue_settings
from backpain_timer.ui.session.controller import SessionController

SETTINGS = Settings(sound=True, voice=True, countdown=True, halfway=True, flash=True, breath_tone=False)


def routine_of(seconds: float) -> Routine:
    """prepare 5 | holds of 20 s both sides (switch 3) | rest 5 …, cut to about ``seconds``."""
    steps: list[Step] = []
    total = 5.0
    while total + 48 <= seconds + 1:
        steps.append(Step(Exercise(f"Stretch {len(steps) + 1}", sides=Sides.BOTH), hold=20.0))
        total += 48  # 20 + 3 + 20 + 5 rest
    steps.append(Step(Exercise("Last stretch"), hold=max(5.0, seconds - total)))
    return Routine(id="latency", name="Latency", steps=tuple(steps), prepare=5.0, rest=5.0, switch=3.0)


class FirstCallClock:
    """time.monotonic that remembers its first reading: the engine's start, where plan time 0 lies."""

    def __init__(self) -> None:
        self.first = 0.0
        self._read = False

    def __call__(self) -> float:
        now = time.monotonic()
        if not self._read:
            self.first, self._read = now, True
        return now


class TimedPlayer(RecordingCuePlayer):
    """Pairs each play/say call with the plan time of the request that asked for it."""

    def __init__(self, clock: FirstCallClock) -> None:
        super().__init__(clock=time.monotonic)
        self.expected_at: deque[float] = deque()
        self.delays: list[tuple[str, float]] = []
        self.session_clock = clock

    def play(self, kind: CueKind) -> None:
        super().play(kind)
        self._measure(f"play {kind.value}")

    def say(self, text: str) -> None:
        super().say(text)
        self._measure("say")

    def _measure(self, what: str) -> None:
        at = self.expected_at.popleft()
        self.delays.append((what, self.times[-1] - (self.session_clock.first + at)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication(sys.argv)
    timeline = plan(routine_of(args.seconds))
    clock = FirstCallClock()
    engine = SessionEngine(timeline, clock)
    controller = SessionController(engine)
    player = TimedPlayer(clock)
    flashes: list[float] = []
    router = CueRouter(player, lambda: flashes.append(time.monotonic()), SETTINGS, controller)
    wanted: CueSettings = cue_settings(SETTINGS, muted=False)

    def expect(event: Event) -> None:
        # Connected before the router's own slot runs its calls (the router plays on the tick after).
        for request in cues_for(event, wanted, timeline):
            calls = (request.sound is not None) + (request.speech is not None)
            player.expected_at.extend([request.at] * calls)

    controller.events_emitted.connect(expect)
    controller.state_changed.connect(lambda state: app.quit() if state is SessionState.FINISHED else None)
    QTimer.singleShot(round((timeline.total_seconds + 5) * 1000), app.quit)  # a safety net
    controller.start()
    app.exec()
    assert router.player is player
    delays_ms = sorted(1000 * delay for _, delay in player.delays)
    if not delays_ms:
        print("no cues were played", file=sys.stderr)
        return 1
    print(f"routine: {timeline.total_seconds:g} s, {len(timeline.segments)} segments, {len(delays_ms)} calls")
    print(
        f"boundary → play()/say(): median {statistics.median(delays_ms):.1f} ms, worst {delays_ms[-1]:.1f} ms"
    )
    worst = max(player.delays, key=lambda item: item[1])
    print(f"worst call: {worst[0]} ({1000 * worst[1]:.1f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
