"""What a plain `backpain-timer` does before its window is first drawn, and what it leaves for after.

The window is drawn without the command line, without the outlining style (or the Python types PySide
builds for a style handed back to Python), and with the garbage collector paused; a focused button takes
Enter from the start. Once it is on screen the collector is back; the outlining style waits for a view
that has a control to outline (about 2 MiB: PySide would build the type of every widget class). The
running app does not load OpenSSL (``hashlib``), nor sqlite3 while there is no history and no run file to
check (about 1 MiB).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from backpain_timer.storage.runs_db import RunStore
from tests.helpers.run_samples import write_fit

PROJECT_ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import gc
import sys

import backpain_timer.ui.app as app


def report(window, action, latest_ms=1000):  # where the app waits for its first paint
    import PySide6.QtWidgets as widgets
    from PySide6.QtCore import QThreadPool, QTimer

    def state():
        enter = "enter" if window.home.start_button.autoDefault() else "no-enter"  # the style sheet's
        outlines = "outlines" if "backpain_timer.ui.edge_style" in sys.modules else "no-outlines"
        gc_state = "gc" if gc.isenabled() else "no-gc"
        hashlib = "hashlib" if "hashlib" in sys.modules else "no-hashlib"
        return [enter, outlines, gc_state, hashlib, "sqlite3" if "sqlite3" in sys.modules else "no-sqlite3"]

    built = {name for name, value in vars(widgets).items() if isinstance(value, type)}
    loaded = [name for name in ("backpain_timer.cli",) if name in sys.modules]
    print("BEFORE", *sorted(built & {"QStyle", "QCommonStyle", "QProxyStyle"}), *loaded, *state())
    action()
    QThreadPool.globalInstance().waitForDone()  # the run watcher's first look
    print("AFTER", *state())
    QTimer.singleShot(0, widgets.QApplication.quit)


app.after_first_paint = report
sys.argv[1:] = ["--data-dir", sys.argv[1]]
from backpain_timer.handover import main

sys.exit(main())
"""


def start_up(tmp_path: Path) -> list[str]:
    """The probe's BEFORE and AFTER lines for a start on ``tmp_path / "data"``."""
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_RUNTIME_DIR": str(runtime),
        "PYTHONPATH": str(PROJECT_ROOT),
    }
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "data")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return [line for line in result.stdout.splitlines() if line.startswith(("BEFORE", "AFTER"))]


def test_the_first_window_is_drawn_before_the_work_that_can_wait(tmp_path: Path) -> None:
    # PySide builds a Qt class's Python type on first use; QStyle's is ~5 ms of enums.
    assert start_up(tmp_path) == [
        "BEFORE enter no-outlines no-gc no-hashlib no-sqlite3",
        "AFTER enter no-outlines gc no-hashlib no-sqlite3",
    ]


def test_a_run_file_waiting_at_start_is_picked_up(tmp_path: Path) -> None:
    inbox = tmp_path / "data" / "runs-inbox"
    inbox.mkdir(parents=True)
    write_fit(inbox / "run.fit")
    assert start_up(tmp_path)[-1].endswith(" sqlite3")
    with RunStore(tmp_path / "data" / "history.sqlite3", read_only=True) as store:
        assert [run.source for run, _cool_down in store.runs_with_cool_downs()] == [str(inbox / "run.fit")]
