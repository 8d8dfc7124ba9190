"""The app for tools/atspi_walk.py: a main window that moves to its next screen at each line on stdin.

Screens, in order: home (first-run notice up), a session (into the first hold), the end screen (with the
after-question), history. Prints "screen: NAME" once each is shown. Throwaway data dir, fake clock.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSocketNotifier, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from backpain_timer.domain.plan import plan  # noqa: E402
from backpain_timer.storage.library import Library  # noqa: E402
from backpain_timer.storage.paths import DataDir  # noqa: E402
from backpain_timer.ui.cues.player import NullCuePlayer  # noqa: E402
from backpain_timer.ui.main_window import MainWindow  # noqa: E402
from backpain_timer.ui.theme import apply_theme  # noqa: E402
from tests.helpers.fake_clock import FakeClock  # noqa: E402

ROUTINE = "desk-break"


def main() -> int:
    app = QApplication([sys.argv[0]])
    apply_theme(app, "light")
    data = DataDir(Path(tempfile.mkdtemp(prefix="backpain-atspi-")))
    data.ensure()
    settings = {"checkin_before": False, "sound": False, "voice": False, "flash": False}
    data.settings_file.write_text(json.dumps(settings), encoding="utf-8")
    library = Library(data)
    clock = FakeClock()
    window = MainWindow(library, clock=clock, cue_player=NullCuePlayer())
    window.resize(1100, 720)
    window.show()

    def session() -> None:
        window.start_routine(library.load(ROUTINE), quick_start=True)
        clock.advance(20)
        assert window.controller is not None
        window.controller.poll()

    def end() -> None:
        assert window.controller is not None
        clock.advance(plan(library.load(ROUTINE)).total_seconds)
        window.controller.poll()

    steps = [("session", session), ("end", end), ("history", window.show_history)]

    def say(name: str) -> None:
        print(f"screen: {name}", flush=True)

    def next_screen() -> None:
        sys.stdin.readline()
        if not steps:
            app.quit()
            return
        name, show = steps.pop(0)
        show()
        QTimer.singleShot(500, lambda: say(name))  # let the accessibility bridge catch up

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(next_screen)
    QTimer.singleShot(500, lambda: say("home"))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
