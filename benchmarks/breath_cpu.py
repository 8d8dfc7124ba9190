"""CPU while the breathing circle animates, against the same window with a plain hold, in the same run.

Offscreen platform, the real QTimer-driven controller and breath widget, resource.getrusage over the run.
Run: QT_QPA_PLATFORM=offscreen python -m benchmarks.breath_cpu [--seconds 20]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from backpain_timer.domain.plan import plan
from backpain_timer.domain.routine import Breathe, Exercise, Routine, Step
from backpain_timer.domain.session import SessionEngine
from backpain_timer.storage.settings import Settings
from backpain_timer.ui.cues.breath_widget import BreathWidget
from backpain_timer.ui.cues.flash import FlashOverlay
from backpain_timer.ui.cues.player import RecordingCuePlayer
from backpain_timer.ui.cues.router import CueRouter
from backpain_timer.ui.session.controller import SMOOTH_INTERVAL_SECONDS, SessionController


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class PaintCounter(QObject):
    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  # Qt override
        if event.type() is QEvent.Type.Paint:
            self.count += 1
        return False


def run_for(seconds: float) -> None:
    # A local loop: returning from QApplication.exec() hides the windows, which would stop the painting.
    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    loop.exec()


def measure(breathe: Breathe | None, seconds: float) -> tuple[float, int]:
    """Percent of one core over ``seconds`` of one hold, and how many times the circle was painted."""
    routine = Routine(
        id="cpu",
        name="CPU",
        steps=(Step(Exercise("Belly breathing"), hold=seconds + 5, breathe=breathe),),
        prepare=1.0,
    )
    controller = SessionController(SessionEngine(plan(routine), time.monotonic))
    window = QWidget()
    window.resize(900, 600)
    widget = BreathWidget()
    QVBoxLayout(window).addWidget(widget)
    overlay = FlashOverlay(window)
    widget.attach(controller)
    router = CueRouter(RecordingCuePlayer(), overlay.flash, Settings(breath_tone=True), controller)
    paints = PaintCounter(widget)
    window.show()
    controller.start()
    run_for(1.5)  # past the prepare and the first flash
    paints.count = 0
    before, started = cpu_seconds(), time.monotonic()
    run_for(seconds)
    used, elapsed = cpu_seconds() - before, time.monotonic() - started
    controller.stop()
    window.close()
    assert router.player is not None
    return 100 * used / elapsed, paints.count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=20.0)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication(sys.argv)  # noqa: F841  # must live while measuring
    plain, _ = measure(None, args.seconds)
    paced, paints = measure(Breathe(4.0, 6.0), args.seconds)
    print(f"CPU over {args.seconds:g} s, offscreen, 900x600 window:")
    print(f"  plain hold (1 wake-up per second):        {plain:.2f} % of one core")
    print(
        f"  breath pacing (frames every {SMOOTH_INTERVAL_SECONDS * 1000:.0f} ms, ticks at seconds and breath turns): "
        f"{paced:.2f} % of one core, {paints} circle repaints"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
