"""Scale: the CLI with many user routines and a long history, and the history view with 100,000 records."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from backpain_timer import resources
from backpain_timer.domain.history import SessionRecord
from backpain_timer.storage.history_db import HistoryStore
from backpain_timer.storage.paths import DataDir
from benchmarks.display import BenchError
from benchmarks.report import PartResult, Row, median

LIST_TARGET = 2.0  # listing 1,000 user routines costs at most twice listing none
ROUTINE_COUNTS = (0, 100, 1000)
HISTORY_RECORDS = 100_000
_TEMPLATE_ROUTINE = "desk-break"


def cli_seconds(data_dir: Path, *arguments: str, expect_items: int | None = None) -> float:
    """Wall time of one `backpain-timer` command (a fresh process, as a user runs it)."""
    command = [sys.executable, "-m", "backpain_timer", "--data-dir", str(data_dir), *arguments]
    started = time.monotonic()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.monotonic() - started
    if done.returncode != 0:
        raise BenchError(f"`backpain-timer {' '.join(arguments[:2])}` failed:\n{done.stderr.strip()[-2000:]}")
    if expect_items is not None and len(json.loads(done.stdout)) != expect_items:
        raise BenchError(
            f"`backpain-timer {arguments[0]}` printed {len(json.loads(done.stdout))} items, "
            f"expected {expect_items}"
        )
    return seconds


def write_user_routines(data_dir: Path, count: int) -> list[Path]:
    """``count`` valid user routines (copies of a built-in one under new names)."""
    template = (resources.routines_dir() / f"{_TEMPLATE_ROUTINE}.yaml").read_text(encoding="utf-8")
    first_line = next(line for line in template.splitlines() if line.startswith("name:"))
    folder = DataDir(data_dir).routines_dir
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = folder / f"bench-{number:04d}.yaml"
        path.write_text(template.replace(first_line, f"name: Bench routine {number}"), encoding="utf-8")
        paths.append(path)
    return paths


def write_history(data_dir: Path, count: int) -> None:
    """``count`` session records, one every 8 hours back from now, through the store's batch API."""
    now = datetime.now(UTC)
    records = []
    for number in range(count):
        started = now - timedelta(hours=8 * number, minutes=12)
        records.append(
            SessionRecord(
                routine_id="desk-break",
                routine_name="Desk break",
                started_at=started,
                ended_at=started + timedelta(minutes=4, seconds=3),
                planned_seconds=236.0,
                active_seconds=236.0,
                elapsed_seconds=243.0,
                completed=number % 7 != 0,
                holds_done=7,
                holds_skipped=int(number % 7 == 0),
                pain_before=number % 11,
                pain_after=max(0, number % 11 - 2),
                note="felt tight" if number % 5 == 0 else None,
            )
        )
    with HistoryStore(DataDir(data_dir).history_db) as store:
        store.append_many(records)


def _list_rows(root: Path, runs: int) -> PartResult:
    result = PartResult()
    builtin_count = len([p for p in resources.routines_dir().glob("*.yaml") if p.name != "exercises.yaml"])
    data_dirs = {}
    cold = {}
    for count in ROUTINE_COUNTS:
        data_dirs[count] = root / f"routines-{count}"
        write_user_routines(data_dirs[count], count)
        # The first listing parses every file and writes the index; later ones read the index.
        cold[count] = cli_seconds(data_dirs[count], "list", "--json", expect_items=builtin_count + count)
    warm: dict[int, list[float]] = {count: [] for count in ROUTINE_COUNTS}
    for number in range(runs):
        order = ROUTINE_COUNTS if number % 2 == 0 else tuple(reversed(ROUTINE_COUNTS))
        for count in order:
            warm[count].append(cli_seconds(data_dirs[count], "list", "--json"))
    none_warm = median(warm[0]) * 1000
    for count in ROUTINE_COUNTS[1:]:
        result.rows.append(
            Row(
                "scale",
                f"list --json, {count:,} user routines (median of {runs})",
                median(warm[count]) * 1000,
                "ms",
                baseline=none_warm,
                baseline_name="no user routines",
                target=LIST_TARGET if count == max(ROUTINE_COUNTS) else None,
            )
        )
    for count in ROUTINE_COUNTS[1:]:
        result.rows.append(
            Row(
                "scale",
                f"list --json, {count:,} user routines, first run (cold index)",
                cold[count] * 1000,
                "ms",
                baseline=cold[0] * 1000,
                baseline_name="no user routines, cold",
            )
        )
    files = sorted(DataDir(data_dirs[max(ROUTINE_COUNTS)]).routines_dir.glob("*.yaml"))
    validate_many = median(
        [cli_seconds(data_dirs[0], "validate", *map(str, files)) for _ in range(max(1, runs // 2))]
    )
    validate_one = median(
        [cli_seconds(data_dirs[0], "validate", str(files[0])) for _ in range(max(1, runs // 2))]
    )
    result.rows.append(
        Row(
            "scale",
            f"validate {len(files):,} files (one process)",
            validate_many * 1000,
            "ms",
            baseline=validate_one * 1000,
            baseline_name="1 file",
            note=f"{(validate_many - validate_one) / (len(files) - 1) * 1000:.2f} ms per extra file",
        )
    )
    return result


def _history_rows(root: Path, runs: int) -> PartResult:
    result = PartResult()
    empty = root / "history-empty"
    full = root / "history-full"
    empty.mkdir()
    started = time.monotonic()
    write_history(full, HISTORY_RECORDS)
    result.notes.append(
        f"Writing {HISTORY_RECORDS:,} history records through HistoryStore.append_many took "
        f"{time.monotonic() - started:.1f} s (one transaction)."
    )
    cli_seconds(full, "history", "--json", expect_items=HISTORY_RECORDS)  # checks and warms the file cache
    full_runs: list[float] = []
    empty_runs: list[float] = []
    for _ in range(max(1, runs // 2)):
        full_runs.append(cli_seconds(full, "history", "--json"))
        empty_runs.append(cli_seconds(empty, "history", "--json"))
    result.rows.append(
        Row(
            "scale",
            f"history --json, {HISTORY_RECORDS:,} records (median of {len(full_runs)})",
            median(full_runs) * 1000,
            "ms",
            baseline=median(empty_runs) * 1000,
            baseline_name="no history",
        )
    )
    if importlib.util.find_spec("backpain_timer.ui.history.view") is None:
        result.notes.append("history view: not built yet")
    else:
        result.rows.extend(_history_view_rows(full, empty, runs))
    return result


def _view_seconds(data_dir: Path) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "benchmarks.history_view", str(DataDir(data_dir).history_db)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300, check=False)
    if done.returncode != 0:
        raise BenchError(f"opening the history view failed:\n{done.stderr.strip()[-2000:]}")
    figures: dict[str, float] = json.loads(done.stdout)
    return figures


def _history_view_rows(full: Path, empty: Path, runs: int) -> list[Row]:
    """Each opening in a fresh process (offscreen), full and empty history interleaved."""
    measured: dict[Path, list[dict[str, float]]] = {full: [], empty: []}
    for _ in range(max(1, runs // 2)):
        for data_dir in (full, empty):
            measured[data_dir].append(_view_seconds(data_dir))
    rows = []
    for key, what in (
        ("open_seconds", "opening the history view"),
        ("charts_seconds", "showing its Charts tab"),
    ):
        rows.append(
            Row(
                "scale",
                f"{what}, {HISTORY_RECORDS:,} records, offscreen (median of {len(measured[full])})",
                median([figures[key] for figures in measured[full]]) * 1000,
                "ms",
                baseline=median([figures[key] for figures in measured[empty]]) * 1000,
                baseline_name="no history",
            )
        )
    return rows


def run(root: Path, runs: int) -> PartResult:
    warm_up = root / "warm-up"
    # Not counted: the first commands of a run compile and cache the bytecode of what they import.
    cli_seconds(warm_up, "list", "--json")
    cli_seconds(warm_up, "history", "--json")
    listing = _list_rows(root, runs)
    history = _history_rows(root, runs)
    return PartResult(listing.rows + history.rows, listing.notes + history.notes)
