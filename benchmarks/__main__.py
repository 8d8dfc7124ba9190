"""`make bench`: every benchmark, as ratios against a baseline measured in the same run.

Prints a table and, when every default part ran, writes benchmarks/results.md.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType

from benchmarks import background, cpu, hardening, heard_cues, scale, startup, timing
from benchmarks.display import BenchError, WindowWatcher, stop_group, x_display
from benchmarks.report import PartResult, Row, machine_lines, markdown_table, text_table

DEFAULT_PARTS = ("startup", "cpu", "background", "timing", "cues", "heard", "scale")
ALL_PARTS = (*DEFAULT_PARTS, "hardening")
RESULTS_FILE = Path(__file__).with_name("results.md")
PROJECT_ROOT = Path(__file__).resolve().parent.parent
_CUE_LINE = re.compile(r"median ([\d.]+) ms, worst ([\d.]+) ms")
_PLAIN_HOLD_LINE = re.compile(r"plain hold.*?([\d.]+) % of one core")
_PACED_HOLD_LINE = re.compile(r"breath pacing.*?([\d.]+) % of one core")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer runs, shorter measurements")
    parser.add_argument("--long", action="store_true", help="also time a 30 min session")
    parser.add_argument("--hardening", action="store_true", help="also run the slow fuzz and kill -9 tests")
    parser.add_argument(
        "--only",
        action="append",
        choices=ALL_PARTS,
        metavar="NAME",
        help=f"run only this part: {', '.join(ALL_PARTS)}",
    )
    return parser


@contextlib.contextmanager
def _x_display(needed: bool) -> Iterator[tuple[str, WindowWatcher] | None]:
    if not needed:
        yield None
        return
    with x_display() as display_and_watcher:
        yield display_and_watcher


def _start_cue_latency(seconds: float) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "benchmarks.cue_latency", "--seconds", str(seconds)]
    return subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
    )


def _cue_result(process: subprocess.Popen[str], seconds: float) -> PartResult:
    out, err = process.communicate(timeout=seconds + 120)
    if process.returncode != 0:
        raise BenchError(f"cue latency run failed:\n{(err or out).strip()[-2000:]}")
    result = PartResult(
        notes=[f"Cue latency (`python -m benchmarks.cue_latency`): {line}" for line in out.splitlines()]
    )
    found = _CUE_LINE.search(out)
    if found:
        for label, value in (("median", found[1]), ("worst", found[2])):
            result.rows.append(
                Row(
                    "cues",
                    f"segment boundary → cue play()/say(), {label}, {seconds:.0f} s routine",
                    float(value),
                    "ms",
                )
            )
    return result


def _breath_cpu_result(seconds: float) -> PartResult:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "benchmarks.breath_cpu", "--seconds", str(seconds)]
    done = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=4 * seconds + 120, check=False
    )
    if done.returncode != 0:
        raise BenchError(f"breath CPU run failed:\n{(done.stderr or done.stdout).strip()[-2000:]}")
    result = PartResult(
        notes=[f"Breath widget CPU (`python -m benchmarks.breath_cpu`): {' '.join(done.stdout.split())}"]
    )
    plain = _PLAIN_HOLD_LINE.search(done.stdout)
    paced = _PACED_HOLD_LINE.search(done.stdout)
    if plain and paced:
        result.rows.append(
            Row(
                "cues",
                f"breath circle animating, offscreen, over {seconds:.0f} s",
                float(paced[1]),
                "%",
                baseline=float(plain[1]),
                baseline_name="same window, plain hold",
                target=cpu.RUNNING_TARGET_PERCENT,
                absolute=True,
            )
        )
    return result


def _heard_result(seconds: float) -> PartResult:
    """Cue sounds as heard from a private null sink: the app's player against the old QSoundEffect."""
    try:
        found = heard_cues.run(seconds)
    except heard_cues.Skip as skip:
        return PartResult(notes=[f"Heard cues (`python -m benchmarks.heard_cues`): {skip}"])
    result = PartResult()
    lateness = {heard.player: (heard.first, heard.last) for heard in found}
    for heard in found:
        result.notes.append(
            f"Heard cues, {heard.player} ({heard.cues} cues, {seconds:.0f} s sounds-only session), against "
            f"reference beeps from a separate process: first minute {heard.first:+.1f} ms, last minute "
            f"{heard.last:+.1f} ms (raw {heard.raw_first:+.1f} / {heard.raw_last:+.1f} ms; the references "
            f"themselves {heard.reference_first:+.1f} / {heard.reference_last:+.1f} ms in the recording); "
            "drift {:+.1f} ms/min, the recording's clock {:+.1f} ms/min".format(*heard.drift_per_minute())
            + f"; the references' zero: paplay's launch -> its stream {heard.reference_start_up:.1f} ms "
            "(median), then the 20 ms of latency it asks for"
        )
    first, last = lateness["fresh-streams"]
    result.rows.append(
        Row(
            "cues",
            f"heard cue lateness, last minute of {seconds / 60:.0f} min (first minute {first:+.0f} ms)",
            abs(last),
            "ms",
            baseline=abs(lateness["qsoundeffect"][1]),
            baseline_name="one long-lived QSoundEffect per sound",
            target=30.0,
            absolute=True,
        )
    )
    return result


def _run_parts(args: argparse.Namespace, parts: list[str], work: Path) -> tuple[list[PartResult], bool]:
    """Each part in turn; a part that fails is reported and the others still run."""
    quick = args.quick
    results: list[PartResult] = []
    ok = True

    def attempt(name: str, action: Callable[[], PartResult]) -> None:
        nonlocal ok
        print(f"… {name}", file=sys.stderr, flush=True)
        started = time.monotonic()
        try:
            results.append(action())
        except BenchError as error:
            ok = False
            results.append(PartResult(notes=[f"**{name} failed:** {error}"]))
        except Exception:
            ok = False
            results.append(PartResult(notes=[f"**{name} failed:**\n```\n{traceback.format_exc()}```"]))
        print(f"  {name}: {time.monotonic() - started:.0f} s", file=sys.stderr, flush=True)

    data_dir = work / "app-data"
    data_dir.mkdir()
    with _x_display(bool({"startup", "cpu", "background"} & set(parts))) as x:
        if x is not None:
            display, watcher = x
            if "startup" in parts:
                attempt("startup", lambda: startup.run(watcher, display, data_dir, runs=5 if quick else 11))
            if "cpu" in parts:
                attempt("cpu", lambda: cpu.run(watcher, display, data_dir, seconds=5 if quick else 20))
            if "background" in parts:
                attempt(
                    "background",
                    lambda: background.run(
                        watcher, display, data_dir, runs=3 if quick else 7, idle_seconds=5 if quick else 20
                    ),
                )
    session_seconds = 30.0 if quick else 60.0
    # Timing and cue latency run side by side: each is one light process on its own event loop.
    cue_process = _start_cue_latency(session_seconds) if "cues" in parts else None
    try:
        if "timing" in parts:
            totals = [session_seconds] + ([1800.0] if args.long else [])
            attempt("timing", lambda: timing.run(totals))
        if cue_process is not None:
            process = cue_process
            attempt("cue latency", lambda: _cue_result(process, session_seconds))
    finally:
        if cue_process is not None:
            stop_group(cue_process)
    if "cues" in parts:
        attempt("breath CPU", lambda: _breath_cpu_result(5 if quick else 20))
    if "heard" in parts:
        attempt("heard cues", lambda: _heard_result(60.0 if quick else 300.0))
    if "scale" in parts:
        scale_dir = work / "scale"
        scale_dir.mkdir()
        attempt("scale", lambda: scale.run(scale_dir, runs=3 if quick else 7))
    if "hardening" in parts:

        def run_hardening() -> PartResult:
            nonlocal ok
            found, passed = hardening.run(PROJECT_ROOT)
            ok = ok and passed
            return found

        attempt("hardening", run_hardening)
    return results, ok


def _results_markdown(args: argparse.Namespace, results: list[PartResult], seconds: float) -> str:
    options = " ".join(
        option
        for option, on in (("--quick", args.quick), ("--long", args.long), ("--hardening", args.hardening))
        if on
    )
    rows = [row for result in results for row in result.rows]
    notes = [note for result in results for note in result.notes]
    command = f'make bench ARGS="{options}"' if options else "make bench"
    lines = [
        "# Benchmark results",
        "",
        f"Written by `{command}` in {seconds / 60:.1f} min.",
        "",
        *machine_lines(),
        "",
        "Every figure is measured against its baseline in the same run; launches are interleaved. "
        "A verdict against an absolute target (≤ 1 %, ≤ 20 ms) judges the value, the others the ratio.",
        "",
        markdown_table(rows),
        "",
        "## Notes",
        "",
        *(f"- {note}" for note in notes),
        "",
    ]
    return "\n".join(lines)


def _on_terminate(signum: int, _frame: FrameType | None) -> None:
    # Unwind through every `finally`, so Xvfb and the launched apps are stopped.
    raise SystemExit(128 + signum)


def main() -> int:
    args = _parser().parse_args()
    signal.signal(signal.SIGTERM, _on_terminate)
    parts = list(args.only) if args.only else [*DEFAULT_PARTS, *(["hardening"] if args.hardening else [])]
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="backpain-bench-") as work:
        # Measure what an installed app costs: with bytecode caches (pip writes them at install), kept
        # in a private prefix so that no __pycache__ lands in the tree, even if the shell disables them.
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
        os.environ["PYTHONPYCACHEPREFIX"] = str(Path(work) / "pycache")
        try:
            results, ok = _run_parts(args, parts, Path(work))
        except BenchError as error:
            print(f"benchmarks: {error}", file=sys.stderr)
            return 2
    rows = [row for result in results for row in result.rows]
    print()
    print("\n".join(machine_lines()))
    print()
    print(text_table(rows))
    for result in results:
        for note in result.notes:
            print(f"- {note}")
    if args.only:
        print(f"\n(--only: {RESULTS_FILE.name} left as it was)")
    else:
        RESULTS_FILE.write_text(
            _results_markdown(args, results, time.monotonic() - started), encoding="utf-8"
        )
        print(f"\nwritten to {RESULTS_FILE.relative_to(PROJECT_ROOT)}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
