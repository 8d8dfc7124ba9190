"""CPU while a session runs (with and without breath pacing) and idle on the home screen, vs a bare window."""

from __future__ import annotations

import time
from pathlib import Path

from backpain_timer.domain.plan import SegmentKind, plan
from backpain_timer.storage.library import Library
from backpain_timer.storage.paths import DataDir
from benchmarks.display import BenchError, WindowWatcher, cpu_seconds, gui_env, launched
from benchmarks.report import PartResult, Row
from benchmarks.startup import MAP_TIMEOUT_SECONDS, WINDOW_TITLE, app_command, bare_command

RUNNING_TARGET_PERCENT = 1.0
IDLE_TARGET_PERCENT = 0.1  # "about zero": one clock tick per 10 s
IDLE_SETTLE_SECONDS = 2.0  # let start-up work (index, first paints) end before measuring idle
PLAIN_ROUTINE = "desk-break"
PACED_ROUTINE = "breathing-reset"


def measure_cpu(
    watcher: WindowWatcher, display: str, command: list[str], settle: float, seconds: float
) -> float:
    """Percent of one core used by ``command`` during ``seconds``, from ``settle`` s after its window maps."""
    watcher.drain()
    with launched(command, gui_env(display)) as child:
        if watcher.wait_mapped(WINDOW_TITLE, MAP_TIMEOUT_SECONDS) is None:
            raise BenchError(f"no window from `{' '.join(command[1:])}`; its output:\n{child.output_tail()}")
        time.sleep(settle)
        before, started = cpu_seconds(child.pid), time.monotonic()
        time.sleep(seconds)
        after, ended = cpu_seconds(child.pid), time.monotonic()
        if child.process.poll() is not None:
            raise BenchError(f"`{' '.join(command[1:])}` exited early; its output:\n{child.output_tail()}")
    return 100 * (after - before) / (ended - started)


def _paced_hold_window(data_dir: Path) -> tuple[float, float]:
    """(start, duration) on the plan timeline of the first hold with breath pacing in the paced routine."""
    routine = Library(DataDir(data_dir)).load(PACED_ROUTINE)
    for segment in plan(routine).segments:
        if segment.kind is SegmentKind.HOLD and segment.breathe is not None:
            return segment.start, segment.duration
    raise BenchError(f"routine {PACED_ROUTINE!r} has no hold with `breathe`")


def run(watcher: WindowWatcher, display: str, data_dir: Path, seconds: float) -> PartResult:
    paced_start, paced_duration = _paced_hold_window(data_dir)
    if paced_duration < seconds + 1:
        raise BenchError(f"the first paced hold of {PACED_ROUTINE!r} is shorter than {seconds:.0f} s")
    bare = measure_cpu(watcher, display, bare_command(), IDLE_SETTLE_SECONDS, seconds)
    idle = measure_cpu(watcher, display, app_command(data_dir), IDLE_SETTLE_SECONDS, seconds)
    plain = measure_cpu(
        watcher, display, app_command(data_dir, "--routine", PLAIN_ROUTINE, "--start"), 1.0, seconds
    )
    # Measured inside the paced hold only: the prepare segment before it does not animate.
    paced = measure_cpu(
        watcher,
        display,
        app_command(data_dir, "--routine", PACED_ROUTINE, "--start"),
        paced_start + 0.5,
        seconds,
    )
    over = f"over {seconds:.0f} s"
    result = PartResult()
    for name, value, target in (
        (f"idle on the home screen, {over}", idle, IDLE_TARGET_PERCENT),
        (f"session running ({PLAIN_ROUTINE}, from its start), {over}", plain, RUNNING_TARGET_PERCENT),
        (f"session running with breath pacing ({PACED_ROUTINE} hold), {over}", paced, RUNNING_TARGET_PERCENT),
    ):
        result.rows.append(
            Row(
                "cpu",
                name,
                value,
                "%",
                baseline=bare,
                baseline_name="bare window idle",
                target=target,
                absolute=True,
            )
        )
    return result
