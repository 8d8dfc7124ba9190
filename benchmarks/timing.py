"""Timing accuracy: when a real SessionController + QTimer emits SessionFinished, vs start + plan total.

Each measurement runs in its own process (offscreen Qt, `python -m benchmarks.timing`), so the variants
run side by side on their own event loops. Next to the session, a bare single-shot PreciseTimer of the
same length runs in the same loop: the baseline, i.e. how late Qt itself fires on this machine.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time

from backpain_timer.domain.routine import Exercise, Routine, Sides, Step
from benchmarks.display import BenchError, stop_group
from benchmarks.report import PartResult, Row

TARGET_MS = 20.0
BLOCK_SECONDS = 1.0
_PREPARE = 5.0
_SWITCH = 5.0
_REST = 5.0


def timed_routine(total_seconds: float) -> Routine:
    """A routine of exactly ``total_seconds``: prepare, then two-sided holds with switches and rests.

    Steps of about 30 s each, so a session crosses a boundary every few seconds, as real ones do.
    n steps of (hold, switch, hold) with rests between them last n·(2·hold + switch + rest) in all.
    """
    steps = max(1, int(total_seconds // 30))
    hold = (total_seconds / steps - _SWITCH - _REST) / 2
    if hold < 1:
        raise ValueError(f"a timed routine needs at least 12 s per step, got {total_seconds} s")
    exercise = Exercise(name="Benchmark stretch", sides=Sides.BOTH)
    return Routine(
        id="benchmark",
        name="Benchmark",
        steps=tuple(Step(exercise, hold=hold) for _ in range(steps)),
        prepare=_PREPARE,
        switch=_SWITCH,
        rest=_REST,
    )


def measure(total_seconds: float, block_at: float | None) -> dict[str, float]:
    """Run one session on the real clock; lateness of its end (and of a bare timer) in milliseconds."""
    from PySide6.QtCore import QCoreApplication, Qt, QTimer

    from backpain_timer.domain.events import Event, SessionFinished
    from backpain_timer.domain.plan import plan
    from backpain_timer.domain.session import SessionEngine
    from backpain_timer.ui.session.controller import SessionController

    app = QCoreApplication.instance() or QCoreApplication([])
    timeline = plan(timed_routine(total_seconds))
    started: list[float] = []
    finished: list[float] = []
    bare_fired: list[float] = []

    def clock() -> float:
        now = time.monotonic()
        if not started:
            started.append(now)  # the engine reads the clock first in start(): that is the session start
        return now

    def on_event(event: Event) -> None:
        if isinstance(event, SessionFinished):
            finished.append(time.monotonic())

    def on_bare() -> None:
        bare_fired.append(time.monotonic())

    def maybe_quit() -> None:
        if finished and bare_fired:
            app.quit()

    controller = SessionController(SessionEngine(timeline, clock))
    controller.events_emitted.connect(on_event)
    controller.events_emitted.connect(lambda _event: maybe_quit())
    bare = QTimer()
    bare.setSingleShot(True)
    bare.setTimerType(Qt.TimerType.PreciseTimer)
    bare.timeout.connect(on_bare)
    bare.timeout.connect(maybe_quit)
    if block_at is not None:
        # Freeze the GUI thread, as a slow disk or a swapping machine would.
        QTimer.singleShot(round(block_at * 1000), lambda: time.sleep(BLOCK_SECONDS))
    QTimer.singleShot(round((timeline.total_seconds + 30) * 1000), app.quit)  # never hang the benchmark

    bare_start = time.monotonic()
    bare.start(round(timeline.total_seconds * 1000))
    controller.start()
    app.exec()
    if not finished or not bare_fired:
        raise RuntimeError("the session did not finish within 30 s of its plan")
    return {
        "plan_seconds": timeline.total_seconds,
        "late_ms": (finished[0] - started[0] - timeline.total_seconds) * 1000,
        "bare_late_ms": (bare_fired[0] - bare_start - timeline.total_seconds) * 1000,
    }


def _launch(total_seconds: float, blocked: bool) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "benchmarks.timing", "--total", str(total_seconds)]
    if blocked:
        command.append("--blocked")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
    )


def run(totals: list[float]) -> PartResult:
    """Every (total, blocked or not) variant at once, each in its own process."""
    variants = [(total, blocked) for total in totals for blocked in (False, True)]
    processes = [_launch(total, blocked) for total, blocked in variants]
    result = PartResult()
    try:
        for (total, blocked), process in zip(variants, processes, strict=True):
            out, err = process.communicate(timeout=total + 120)
            if process.returncode != 0:
                raise BenchError(f"timing run of {total:.0f} s failed:\n{err.strip()[-2000:]}")
            figures = json.loads(out)
            how = f"GUI thread blocked {BLOCK_SECONDS:.0f} s mid-session" if blocked else "undisturbed"
            result.rows.append(
                Row(
                    "timing",
                    f"end of a {_duration_label(total)} session vs plan, {how}",
                    figures["late_ms"],
                    "ms",
                    baseline=figures["bare_late_ms"],
                    baseline_name="bare QTimer",
                    target=TARGET_MS,
                    absolute=True,
                )
            )
    finally:
        for process in processes:
            stop_group(process)
    result.notes.append(
        "Timing: positive = late. The controller wakes a few ms after each whole second on purpose "
        "(so the digits have changed when it repaints); the baseline is a bare single-shot PreciseTimer "
        "of the same length in the same event loop."
    )
    return result


def _duration_label(seconds: float) -> str:
    return f"{seconds / 60:.0f} min" if seconds >= 600 else f"{seconds:.0f} s"


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.timing")
    parser.add_argument("--total", type=float, default=60.0, help="session length in seconds")
    parser.add_argument(
        "--blocked", action="store_true", help=f"block the GUI thread {BLOCK_SECONDS} s midway"
    )
    args = parser.parse_args()
    print(json.dumps(measure(args.total, args.total / 2 if args.blocked else None)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
