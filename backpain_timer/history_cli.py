"""``backpain-timer history``: past sessions as a table, JSON or CSV; a summary with advice; and the
import of a CSV it wrote (how a history moves to a new machine). No Qt."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from backpain_timer.domain.history import SessionRecord
from backpain_timer.storage.paths import DataDir

EXIT_OK = 0
EXIT_BAD_INPUT = 1
# Options that --import cannot be combined with: (flag, argparse dest).
_VIEW_OPTIONS = (
    ("--json", "json"),
    ("--csv", "csv"),
    ("--summary", "summary"),
    ("--since", "since"),
    ("--routine", "history_routine"),
)


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    history = commands.add_parser("history", help="show past sessions, newest first")
    output = history.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print JSON")
    output.add_argument("--csv", action="store_true", help="print CSV")
    history.add_argument("--since", type=iso_date, metavar="YYYY-MM-DD", help="only sessions since this day")
    history.add_argument("--routine", dest="history_routine", metavar="ID", help="only this routine")
    history.add_argument(
        "--summary", action="store_true", help="sessions, streak, this week's minutes, recent pain and advice"
    )
    history.add_argument(
        "--import",
        dest="import_csv",
        metavar="FILE.csv",
        help="add the sessions of a file written by `history --csv` (sessions already there are skipped)",
    )


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-11-25") from None


def conflict(args: argparse.Namespace) -> str | None:
    """A usage error in the history options, or None."""
    given = [flag for flag, dest in _VIEW_OPTIONS if getattr(args, dest)]
    if args.import_csv is not None and given:
        return f"--import cannot be combined with {given[0]}"
    others = [flag for flag in given if flag not in ("--summary", "--json")]
    if args.summary and others:
        return f"--summary (of the whole history) cannot be combined with {others[0]}"
    return None


def run(args: argparse.Namespace, data: DataDir) -> int:
    from backpain_timer.cli import note_read_only
    from backpain_timer.storage.history_db import HistoryStore
    from backpain_timer.storage.history_export import records_to_csv, records_to_json
    from backpain_timer.storage.problems import HistoryError

    if args.import_csv is not None:
        return _import(Path(args.import_csv), data)
    note_read_only(data)
    records: list[SessionRecord] = []
    if data.history_db.exists():
        store = HistoryStore(data.history_db, read_only=True)
        try:
            records = store.records(since=args.since, routine_id=args.history_routine)
        except HistoryError as error:
            print(f"backpain-timer: error: {error}", file=sys.stderr)
            return EXIT_BAD_INPUT
        finally:
            store.close()
    if args.summary:
        _print_summary(records, as_json=args.json)
    elif args.json:
        print(records_to_json(records))
    elif args.csv:
        sys.stdout.write(records_to_csv(records))
    else:
        _print_table(records)
    return EXIT_OK


def _print_summary(records: Sequence[SessionRecord], *, as_json: bool) -> None:
    from backpain_timer.domain.advice import title
    from backpain_timer.domain.summary import summarize
    from backpain_timer.domain.terminal_words import word
    from backpain_timer.storage.history_summary import local_timezone

    tz = local_timezone()
    summary = summarize(records, date.today(), tz)
    if as_json:
        print(json.dumps(summary.to_json(), indent=2, ensure_ascii=False))
        return
    mean = summary.mean_pain_14_days
    streak = summary.streak_days
    print(word("cli.sessions").format(n=summary.sessions))
    print(word("cli.streak-one") if streak == 1 else word("cli.streak").format(n=streak))
    print(word("cli.week").format(minutes=round(summary.week_minutes)))
    print(
        word("cli.checkins").format(n=summary.checkins_14_days)
        + ("" if mean is None else word("cli.mean-pain").format(mean=f"{mean:.1f}"))
    )
    for finding in summary.advice:
        print(f"\n{title(finding.level)} ({finding.id}): {finding.text}")


def _import(path: Path, data: DataDir) -> int:
    from backpain_timer.storage.history_db import HistoryStore
    from backpain_timer.storage.history_import import HistoryImportError, read_history_csv
    from backpain_timer.storage.problems import HistoryError

    try:
        records = read_history_csv(path)
        with HistoryStore(data.history_db) as store:
            added, skipped = store.merge(records)
    except HistoryImportError as error:
        for line in error.lines:
            print(line, file=sys.stderr)
        print("backpain-timer: nothing was imported", file=sys.stderr)
        return EXIT_BAD_INPUT
    except (HistoryError, OSError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else error
        print(f"backpain-timer: error: cannot import {path}: {reason}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(
        f"imported {added} session{'' if added == 1 else 's'} from {path}; {skipped} already there, skipped"
    )
    return EXIT_OK


def _print_table(records: Sequence[SessionRecord]) -> None:
    from backpain_timer.domain.durations import format_clock

    if not records:
        print("No sessions yet.")
        return
    for record in records:
        local = record.started_at.astimezone()
        done = "done" if record.completed else "stopped"
        pain = ""
        if record.pain_before is not None or record.pain_after is not None:
            pain = f"  pain {_or_dash(record.pain_before)} → {_or_dash(record.pain_after)}"
        active, planned = format_clock(record.active_seconds), format_clock(record.planned_seconds)
        print(f"{local:%Y-%m-%d %H:%M}  {record.routine_name:<28} {active:>7} of {planned:>7}  {done}{pain}")


def _or_dash(value: int | None) -> str:
    return "–" if value is None else str(value)
