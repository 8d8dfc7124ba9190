"""Render the main views offscreen into docs/screenshots/*.png (1200x800, light and dark) for the README.

Run with `make screenshots` (or QT_QPA_PLATFORM=offscreen python tools/screenshots.py) whenever the UI
changes. Uses a throwaway data dir, a fake clock and UTC, so the pictures are the same on every run of
a day (the sample history ends today: the main window's history counts streaks up to the real today). A
view that does not exist yet is skipped with a note.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from time import tzset

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from anywhere: the package and tests/helpers come from here
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["TZ"] = "UTC"  # the sample sessions' days and clock times read the same on every machine
tzset()

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from backpain_timer.domain.history import SessionRecord  # noqa: E402
from backpain_timer.domain.plan import plan  # noqa: E402
from backpain_timer.storage.history_db import HistoryStore  # noqa: E402
from backpain_timer.storage.library import Library  # noqa: E402
from backpain_timer.storage.paths import DataDir  # noqa: E402
from backpain_timer.ui.cues.player import NullCuePlayer  # noqa: E402
from backpain_timer.ui.main_window import MainWindow  # noqa: E402
from backpain_timer.ui.session.controller import SessionController  # noqa: E402
from backpain_timer.ui.theme import apply_theme  # noqa: E402
from tests.helpers.fake_clock import FakeClock  # noqa: E402

OUT_DIR = ROOT / "docs" / "screenshots"
SIZE = (1200, 800)
SESSION_ROUTINE = "upper-back-relief"
BREATHING_ROUTINE = "breathing-reset"
SAMPLE_TODAY = date.today()
SECONDS_INTO_SESSION = 10 + 17.4  # past the 10 s "get ready", well into the first hold
# 2.5 s into the fourth breath in (4 s in, 6 s out) of the first hold: the circle is half grown.
SECONDS_INTO_BREATHING = 10 + 32.5


def _quiet_settings(data: DataDir) -> None:
    """No first-run notice or check-in dialogs: they are modal and would stop the script. No flash: the
    fake clock's jump starts one, and a picture would catch its tint. No sound or voice cues either: the
    silent player cannot play them, and cues nobody hears flash whatever the flash setting says."""
    settings = {
        "disclaimer_dismissed": True,
        "checkin_before": False,
        "checkin_after": False,
        "flash": False,
        "sound": False,
        "voice": False,
    }
    data.settings_file.write_text(json.dumps(settings), encoding="utf-8")


def _sample_history(data: DataDir, library: Library) -> None:
    """Two weeks of sessions so the history view has something to show."""
    names = {info.id: info.name for info in library.list_routines()}
    start = datetime.combine(SAMPLE_TODAY - timedelta(days=13), time(7, 30), tzinfo=UTC)
    cycle = ["post-run-cool-down", "upper-back-relief", "pre-run-warm-up", "desk-break"]
    records = []
    for day in range(14):
        if day % 5 == 4:
            continue  # rest days
        routine_id = cycle[day % len(cycle)]
        began = start + timedelta(days=day, minutes=day * 7)
        planned = plan(library.load(routine_id)).total_seconds
        records.append(
            SessionRecord(
                routine_id=routine_id,
                routine_name=names[routine_id],
                started_at=began,
                ended_at=began + timedelta(seconds=planned + 20),
                planned_seconds=planned,
                active_seconds=planned,
                elapsed_seconds=planned + 20,
                completed=True,
                holds_done=6,
                holds_skipped=0,
                pain_before=max(0, 6 - day // 3),
                pain_after=max(0, 4 - day // 3),
            )
        )
    store = HistoryStore(data.history_db)
    try:
        store.append_many(records)
    finally:
        store.close()


def _save(widget: QWidget, name: str, scheme: str) -> None:
    widget.resize(*SIZE)
    widget.show()
    # Layouts settle over a few rounds (a page shown for the first time posts its own layout requests,
    # and scroll bars appear only after that): one round caught the status bar and text half laid out.
    for _ in range(3):
        QApplication.processEvents()
    path = OUT_DIR / f"{name}-{scheme}.png"
    if not widget.grab().save(str(path)):
        raise OSError(f"cannot write {path}")
    print(f"wrote {path.relative_to(ROOT)}")


def _editor(library: Library) -> QWidget | None:
    try:
        from backpain_timer.ui.editor.window import EditorWindow
    except ImportError as error:
        print(f"skipped editor: {error}")
        return None
    return EditorWindow(library, library.load(SESSION_ROUTINE))


def _history(window: MainWindow, library: Library) -> QWidget | None:
    """The history as the main window shows it, else the view on its own, else None (not built yet)."""
    show_history: Callable[[], None] | None = getattr(window, "show_history", None)
    if show_history is not None:
        show_history()
        return window
    try:
        from backpain_timer.ui.history.view import HistoryView
    except ImportError as error:
        print(f"skipped history: {error}")
        return None
    routines = [(info.id, info.name) for info in library.list_routines()]
    view = HistoryView(library.data.history_db, routines, today=lambda: SAMPLE_TODAY)
    view.refresh()
    return view


def _session(window: MainWindow, clock: FakeClock, routine_id: str, seconds: float) -> SessionController:
    """Start a routine (ending any session under way) and let ``seconds`` of it pass."""
    window.start_routine(window.library.load(routine_id))
    controller = window.controller
    assert controller is not None
    clock.advance(seconds)
    controller.poll()
    return controller


def render(scheme: str, app: QApplication) -> None:
    apply_theme(app, scheme)
    with tempfile.TemporaryDirectory(prefix="backpain-screenshots-") as temporary:
        data = DataDir(Path(temporary))
        data.ensure()
        _quiet_settings(data)
        library = Library(data)
        _sample_history(data, library)
        clock = FakeClock()
        window = MainWindow(library, clock=clock, cue_player=NullCuePlayer())
        window.home.select(SESSION_ROUTINE)
        _save(window, "home", scheme)

        history = _history(window, library)
        if history is window:
            _save(window, "history", scheme)
            window.show_home()
        elif history is not None:
            _save(history, "history", scheme)
            history.close()

        _session(window, clock, SESSION_ROUTINE, SECONDS_INTO_SESSION)
        _save(window, "session", scheme)
        breathing = _session(window, clock, BREATHING_ROUTINE, SECONDS_INTO_BREATHING)
        _save(window, "session-breathing", scheme)
        breathing.stop()
        window.history_writer.wait()
        window.close()

        editor = _editor(library)
        if editor is not None:
            _save(editor, "editor", scheme)
            editor.close()
        QApplication.processEvents()


def _print_qt_message(_kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    if "propagateSizeHints" not in message:  # the offscreen platform says so for every window shown
        print(message, file=sys.stderr)


def main() -> int:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    qInstallMessageHandler(_print_qt_message)
    app = QApplication([sys.argv[0]])
    for scheme in ("light", "dark"):
        render(scheme, app)
    return 0


if __name__ == "__main__":
    sys.exit(main())
