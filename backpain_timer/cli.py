"""Command line. Only the GUI and `print` load Qt; with no command, the app opens."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from backpain_timer import __version__, checkin_cli, history_cli
from backpain_timer.domain.language import CODES
from backpain_timer.storage.paths import DataDir, resolve_data_dir
from backpain_timer.terminal import print_error, use_chosen_language

EXIT_OK = 0
EXIT_BAD_INPUT = 1  # usage errors exit 2, through argparse
LIBRARY_FILE_NAME = "exercises.yaml"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="backpain-timer",
        description="Guided stretching routines for runners with upper back pain. "
        "With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="where routines, history and settings live")
    parser.add_argument(
        "--lang",
        metavar="CODE",
        help=f"speak this language ({', '.join(CODES)}; xx marks every text); "
        "otherwise the settings, then the environment",
    )
    parser.add_argument("--routine", metavar="ID|FILE", help="open the app with this routine selected")
    parser.add_argument("--start", action="store_true", help="start the selected routine at once")
    parser.add_argument(
        "--background",
        action="store_true",
        help="start in the tray, without a window: offers the cool-down when a run lands",
    )
    parser.add_argument(
        "--install-desktop", action="store_true", help="add the app and its icon to your desktop's launcher"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    listing = commands.add_parser("list", help="list built-in and user routines")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.add_argument("--tag", help="only routines with this tag")

    validate = commands.add_parser("validate", help="check routine files; errors as FILE:LINE:COL")
    validate.add_argument("files", nargs="+", metavar="FILE")

    show_plan = commands.add_parser("plan", help="show the timeline of a routine")
    show_plan.add_argument("routine", metavar="ROUTINE", help="a routine id or a file")
    show_plan.add_argument("--json", action="store_true", help="print JSON")

    commands.add_parser("schema", help="print the JSON Schema of the routine format")

    exercises = commands.add_parser("exercises", help="list the exercise library (ids for your YAML)")
    exercises.add_argument("--json", action="store_true", help="print JSON")

    history_cli.add_parser(commands)

    importing = commands.add_parser(
        "import", help="validate routine files, then copy them into your routines"
    )
    importing.add_argument("files", nargs="+", metavar="FILE")
    importing.add_argument("--overwrite", action="store_true", help="replace your routines with the same id")

    export = commands.add_parser(
        "export", help="write a routine to a YAML file, or to a watch workout when FILE ends in .fit"
    )
    export.add_argument("routine", metavar="ID")
    export.add_argument("file", metavar="FILE")

    checkin_cli.add_parser(commands)

    printing = commands.add_parser("print", help="write a one-page printable sheet of a routine (PDF)")
    printing.add_argument("routine", metavar="ROUTINE", help="a routine id or a file")
    printing.add_argument("file", metavar="OUT.pdf")

    from backpain_timer.cli_runs import add_runs_parser

    add_runs_parser(commands, history_cli.iso_date)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "history" and (conflict := history_cli.conflict(args)):
        parser.error(conflict)
    if args.lang is not None and args.lang not in CODES:
        parser.error(f"argument --lang: unknown language '{args.lang}' (known: {', '.join(CODES)})")
    data = DataDir(resolve_data_dir(args.data_dir))
    use_chosen_language(args.lang, data.settings_file)
    handlers: dict[str, Callable[[argparse.Namespace, DataDir], int]] = {
        "list": _cmd_list,
        "validate": _cmd_validate,
        "plan": _cmd_plan,
        "schema": _cmd_schema,
        "exercises": _cmd_exercises,
        "history": history_cli.run,
        "import": _cmd_import,
        "export": _cmd_export,
        "print": _cmd_print,
        "check-in": lambda args, _data: checkin_cli.run(args),
        "runs": _cmd_runs,
    }
    if args.install_desktop:
        return _install_desktop()
    if args.command is None:
        from backpain_timer.ui.app import run

        return run(data.root, args.routine, args.start, background=args.background)
    try:
        return handlers[args.command](args, data)
    except BrokenPipeError:
        return EXIT_OK  # `backpain-timer list | head` is fine


def note_read_only(data: DataDir) -> None:
    if data.root.exists():
        reason = data.why_not_writable()
        if reason:
            print(f"backpain-timer: note: {reason}", file=sys.stderr)


def _cmd_list(args: argparse.Namespace, data: DataDir) -> int:
    from backpain_timer.domain.durations import format_clock
    from backpain_timer.domain.terminal_words import word
    from backpain_timer.storage.library import Library

    note_read_only(data)
    library = Library(data)
    listing = library.listing()
    for problem in listing.problems:
        print(problem, file=sys.stderr)
    routines = listing.routines
    if args.tag:
        routines = [info for info in routines if args.tag in info.tags]
    if args.json:
        print(json.dumps([info.to_json() for info in routines], indent=2, ensure_ascii=False))
        return EXIT_OK
    if not routines:
        none_tagged = " " + word("cli.none-tagged").format(tag=args.tag) if args.tag else ""
        print(word("cli.no-routines") + none_tagged)
        return EXIT_OK
    width = max(len(info.id) for info in routines)
    for info in routines:
        tags = ", ".join(info.tags)
        marker = f" {word('cli.yours')}" if info.source == "user" else ""
        print(f"{info.id:<{width}}  {format_clock(info.total_seconds):>7}  {info.name}{marker}  [{tags}]")
    return EXIT_OK


def _cmd_validate(args: argparse.Namespace, data: DataDir) -> int:
    from backpain_timer.storage.library import Library
    from backpain_timer.storage.routine_yaml import (
        Problem,
        RoutineFileError,
        load_library_file,
        load_routine_file,
    )

    library = Library(data)
    exercises = library.exercises
    status = EXIT_OK
    for name in args.files:
        path = Path(name)
        try:
            if path.name == LIBRARY_FILE_NAME:  # an exercise library, not a routine
                load_library_file(path)
            else:
                load_routine_file(path, exercises)
        except RoutineFileError as error:
            for problem in error.problems:
                print(problem)
            status = EXIT_BAD_INPUT
        except OSError as error:
            print(Problem(name, 1, 1, f"cannot read: {error.strerror or error}"))
            status = EXIT_BAD_INPUT
        else:
            print(f"{name}: ok")
    return status


def _cmd_plan(args: argparse.Namespace, data: DataDir) -> int:
    from backpain_timer.domain.durations import format_clock, format_duration
    from backpain_timer.domain.plan import plan
    from backpain_timer.storage.library import Library

    routine = Library(data).load_or_report(args.routine, print_error)
    if routine is None:
        return EXIT_BAD_INPUT
    timeline = plan(routine)
    if args.json:
        print(json.dumps(timeline.to_json(), indent=2))
        return EXIT_OK
    print(f"{routine.name} ({routine.id})")
    header = f"{'start':>7}  {'kind':<8} {'exercise':<28} {'side':<6} {'rep':>5}  {'duration':>8}"
    print(header)
    print("-" * len(header))
    for segment in timeline.segments:
        print(
            f"{format_clock(segment.start):>7}  {segment.kind.value:<8} {segment.name[:28]:<28} "
            f"{segment.side or '':<6} {f'{segment.rep}/{segment.reps}':>5}  "
            f"{format_duration(segment.duration):>8}"
        )
    print("-" * len(header))
    print(f"total {format_clock(timeline.total_seconds)} ({format_duration(timeline.total_seconds)})")
    return EXIT_OK


def _cmd_schema(args: argparse.Namespace, data: DataDir) -> int:
    from backpain_timer.resources import schema_path

    print(schema_path().read_text(encoding="utf-8"), end="")
    return EXIT_OK


def _cmd_exercises(args: argparse.Namespace, data: DataDir) -> int:
    from backpain_timer.domain.routine import exercise_to_json
    from backpain_timer.storage.library import Library
    from backpain_timer.storage.problems import RoutineFileError

    library = Library(data)
    try:
        exercises = sorted(library.exercises.values(), key=lambda exercise: exercise.id or "")
    except RoutineFileError as error:
        print_error(error)
        return EXIT_BAD_INPUT
    problems = library.exercise_problems
    for problem in problems:  # a broken user exercises.yaml: the built-in ones are still listed
        print(problem, file=sys.stderr)
    status = EXIT_BAD_INPUT if problems else EXIT_OK
    if args.json:
        print(
            json.dumps([exercise_to_json(exercise) for exercise in exercises], indent=2, ensure_ascii=False)
        )
        return status
    width = max((len(exercise.id or "") for exercise in exercises), default=0)
    for exercise in exercises:
        where = " · ".join(
            part
            for part in (
                exercise.kind.value if exercise.kind else "",
                exercise.position.value if exercise.position else "",
                ", ".join(exercise.equipment),
            )
            if part
        )
        print(f"{exercise.id or '':<{width}}  {exercise.name}" + (f"  [{where}]" if where else ""))
        if exercise.summary:
            print(f"{'':<{width}}  {exercise.summary}")
    return status


def _cmd_import(args: argparse.Namespace, data: DataDir) -> int:
    from backpain_timer.storage.library import Library
    from backpain_timer.storage.routine_yaml import RoutineFileError
    from backpain_timer.storage.transfer import ImportConflict, import_routines

    try:
        copied = import_routines([Path(name) for name in args.files], Library(data), overwrite=args.overwrite)
    except (RoutineFileError, ImportConflict, OSError) as error:
        print_error(error)
        print("backpain-timer: nothing was imported", file=sys.stderr)
        return EXIT_BAD_INPUT
    for path in copied:
        print(f"imported {path.stem} → {path}")
    return EXIT_OK


def _cmd_export(args: argparse.Namespace, data: DataDir) -> int:
    from backpain_timer.domain.workout import WorkoutError
    from backpain_timer.storage.fit_workout import export_workout, is_fit_path
    from backpain_timer.storage.library import Library
    from backpain_timer.storage.problems import RoutineError
    from backpain_timer.storage.transfer import export_routine

    destination = Path(args.file)
    write = export_workout if is_fit_path(destination) else export_routine
    try:
        write(Library(data), args.routine, destination)
    except (RoutineError, OSError) as error:
        print_error(error)
        return EXIT_BAD_INPUT
    except WorkoutError as error:
        print_error(WorkoutError(f"cannot write a watch workout: {error}"))
        return EXIT_BAD_INPUT
    print(f"exported {args.routine} → {args.file}")
    return EXIT_OK


def _cmd_print(args: argparse.Namespace, data: DataDir) -> int:
    from backpain_timer.ui.home.print_sheet import print_command

    return print_command(args.routine, Path(args.file), data.root)


def _cmd_runs(args: argparse.Namespace, data: DataDir) -> int:
    from backpain_timer.cli_runs import runs_command

    return runs_command(args, data)


def _install_desktop() -> int:
    from backpain_timer.desktop import install_desktop_entry

    try:
        written = install_desktop_entry()
    except OSError as error:
        print(f"backpain-timer: error: cannot install the desktop entry: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    for path in written:
        print(f"installed {path}")
    return EXIT_OK
