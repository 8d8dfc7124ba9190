"""`backpain-timer runs [--json] [--since DAY]` and `backpain-timer runs import FILE...`.

Kept out of cli.py so that the command line's main module stays small; no Qt, and the file parsers are
imported only when a file is read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from backpain_timer.cli import EXIT_BAD_INPUT, EXIT_OK
from backpain_timer.storage.paths import DataDir

if TYPE_CHECKING:
    from backpain_timer.domain.runs import Run


def add_runs_parser(commands: Any, iso_date: Callable[[str], date]) -> None:
    """Add the ``runs`` command to the subparsers of the main parser."""
    runs = commands.add_parser(
        "runs", help="pick up new run files (FIT, GPX, TCX) from the watched folders, then list runs"
    )
    runs.add_argument("--json", action="store_true", help="print JSON")
    runs.add_argument("--since", type=iso_date, metavar="YYYY-MM-DD", help="only runs since this day")
    actions = runs.add_subparsers(dest="runs_command", metavar="import")
    importing = actions.add_parser("import", help="add runs from FIT, GPX or TCX files anywhere")
    importing.add_argument("run_files", nargs="+", metavar="FILE")


def runs_command(args: argparse.Namespace, data: DataDir) -> int:
    from backpain_timer.storage.problems import HistoryError

    try:
        if getattr(args, "runs_command", None) == "import":
            return _import(args.run_files, data)
        return _list(args, data)
    except HistoryError as error:
        print(f"backpain-timer: error: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT


def _import(files: list[str], data: DataDir) -> int:
    from backpain_timer.storage.run_files import RunFileError
    from backpain_timer.storage.run_scanner import import_run_file
    from backpain_timer.storage.runs_db import RunStore

    status = EXIT_OK
    with RunStore(data.history_db) as store:
        for name in files:
            try:
                found = import_run_file(store, Path(name))
            except RunFileError as error:
                print(error, file=sys.stderr)
                status = EXIT_BAD_INPUT
                continue
            for sport in found.not_runs:
                print(f"{name}: note: not a run ({sport}); not imported", file=sys.stderr)
            for stored in found.stored:
                summary = _summary(stored.run)
                if stored.new:
                    print(f"{name}: imported run {stored.run.id}: {summary}")
                else:
                    print(f"{name}: already known as run {stored.run.id}: {summary}")
    return status


def _list(args: argparse.Namespace, data: DataDir) -> int:
    from backpain_timer.storage.run_scanner import RunScanner, pick_up
    from backpain_timer.storage.runs_db import RunStore
    from backpain_timer.storage.settings import run_folders

    folders, problems = run_folders(data.settings_file)
    for problem in problems:
        print(f"backpain-timer: note: {problem}", file=sys.stderr)
    reason = data.why_not_writable()
    with RunStore(data.history_db, read_only=reason is not None) as store:
        if reason is None:
            picked = pick_up(RunScanner(data.runs_inbox, folders, seen=store.seen_files()), store)
            for error in picked.problems:
                print(error, file=sys.stderr)
        else:
            print(f"backpain-timer: note: {reason}; new run files are not picked up", file=sys.stderr)
        runs = store.runs_with_cool_downs(since=args.since)
    if args.json:
        print(json.dumps([run.to_json(cool_down) for run, cool_down in runs], indent=2, ensure_ascii=False))
    elif not runs:
        print(f"No runs yet. Drop FIT, GPX or TCX files into {data.runs_inbox}")
    else:
        for run, cool_down in runs:
            after = "cooled down" if cool_down is not None else "no cool-down"
            print(f"{_summary(run)}  {after}")
    return EXIT_OK


def _summary(run: Run) -> str:
    from backpain_timer.domain.durations import format_clock

    pace = run.avg_pace_s_per_km
    heart = "" if run.avg_heart_rate is None else f"  ♥ {run.avg_heart_rate:.0f}"
    return (
        f"{run.started_at.astimezone():%Y-%m-%d %H:%M}  {run.sport:<16} {run.distance_m / 1000:6.2f} km  "
        f"{format_clock(run.duration_seconds):>8}  {'–' if pace is None else format_clock(pace)} /km{heart}"
    )
