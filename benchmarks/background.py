"""The app in the background: memory and idle CPU with only the tray and the run watchers, and how fast a
second ``backpain-timer`` brings up the window of the one running (the handover), against a bare window.

The resident app builds its window when first asked (``--background`` starts without one), so the first
handover includes building the window; once shown, a closed window is only hidden and kept ready. Both are
measured: the first start after a background start, and a start after the window was shown and closed
(closed as a window manager's close button does, so the app hides it itself).
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from pathlib import Path

from backpain_timer.handover import ask_running_app_to_show
from benchmarks.display import BenchError, Child, WindowWatcher, cpu_seconds, gui_env, launched, memory_kib
from benchmarks.report import PartResult, Row, median
from benchmarks.startup import MAP_TIMEOUT_SECONDS, WINDOW_TITLE, app_command, bare_command, measure_launch

HANDOVER_TARGET = 0.5  # at most half the time a bare window takes to start
IDLE_TARGET_PERCENT = 0.1
READY_TIMEOUT_SECONDS = 30.0
SETTLE_SECONDS = 2.0
SHOWS_PER_LAUNCH = 3  # starts measured after the window was closed, per background app


def _wait_listening(data_dir: Path, env: dict[str, str], child: Child) -> None:
    """Until the app answers on its socket (asked as a background start would: no window shown)."""
    deadline = time.monotonic() + READY_TIMEOUT_SECONDS
    saved = os.environ.get("XDG_RUNTIME_DIR")
    os.environ["XDG_RUNTIME_DIR"] = env["XDG_RUNTIME_DIR"]  # the socket as the children see it
    try:
        while not ask_running_app_to_show(data_dir, show=False):
            if time.monotonic() > deadline or child.process.poll() is not None:
                raise BenchError(f"the background app never listened; its output:\n{child.output_tail()}")
            time.sleep(0.02)
    finally:
        if saved is None:
            del os.environ["XDG_RUNTIME_DIR"]
        else:
            os.environ["XDG_RUNTIME_DIR"] = saved


def _handover(watcher: WindowWatcher, env: dict[str, str], data_dir: Path) -> float:
    """Seconds from running `backpain-timer` to the running app's window mapped."""
    watcher.drain()
    started = time.monotonic()
    try:
        subprocess.run(app_command(data_dir), env=env, check=True, capture_output=True, timeout=10)
    except subprocess.TimeoutExpired as error:
        raise BenchError(f"the second start did not hand over: {error.stdout!r} {error.stderr!r}") from None
    mapped = watcher.wait_mapped(WINDOW_TITLE, MAP_TIMEOUT_SECONDS)
    if mapped is None:
        raise BenchError("the running app did not show its window when asked")
    return mapped - started


def _close(watcher: WindowWatcher) -> None:
    if not watcher.close_window(watcher.last_mapped, MAP_TIMEOUT_SECONDS):
        raise BenchError("the window did not hide when closed (WM_DELETE_WINDOW)")


def run(watcher: WindowWatcher, display: str, data_dir: Path, runs: int, idle_seconds: float) -> PartResult:
    with tempfile.TemporaryDirectory() as runtime:
        env = gui_env(display, runtime)  # one for every launch: the second start finds the first
        Path(runtime).chmod(0o700)
        bare = [measure_launch(watcher, display, bare_command()) for _ in range(runs)]
        first: list[float] = []
        again: list[float] = []
        rss: list[int] = []
        kept_rss: list[int] = []
        idle: list[float] = []
        for number in range(runs):
            with launched(app_command(data_dir, "--background"), env) as child:
                _wait_listening(data_dir, env, child)
                if number == 0:
                    time.sleep(SETTLE_SECONDS)
                    rss.append(memory_kib(child.pid)[0])
                    before, started = cpu_seconds(child.pid), time.monotonic()
                    time.sleep(idle_seconds)
                    idle.append(100 * (cpu_seconds(child.pid) - before) / (time.monotonic() - started))
                first.append(_handover(watcher, env, data_dir))
                for _ in range(SHOWS_PER_LAUNCH):
                    _close(watcher)
                    if number == 0 and not kept_rss:
                        time.sleep(SETTLE_SECONDS)
                        kept_rss.append(memory_kib(child.pid)[0])
                    again.append(_handover(watcher, env, data_dir))
    bare_seconds = median([launch.seconds for launch in bare])
    bare_rss = median([launch.rss_kib for launch in bare]) / 1024

    def memory(when: str, kib: int) -> Row:
        return Row("background", f"memory, {when} (RSS)", kib / 1024, "MiB", bare_rss, "bare window")

    def start_to_window(what: str, seconds: list[float], target: float | None = None) -> Row:
        name, bare_ms = f"{what} (median of {len(seconds)})", bare_seconds * 1000
        return Row("background", name, median(seconds) * 1000, "ms", bare_ms, "bare window start", target)

    result = PartResult()
    result.rows += [
        memory("tray only", rss[0]),
        memory("window shown once and closed", kept_rss[0]),
        Row(
            "background",
            f"idle CPU over {idle_seconds:.0f} s, watchers on",
            idle[0],
            "%",
            target=IDLE_TARGET_PERCENT,
            absolute=True,
        ),
        start_to_window("second start → window shown, first time", first),
        start_to_window("start → window shown again after closing it", again, HANDOVER_TARGET),
    ]
    return result
