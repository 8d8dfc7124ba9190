"""``backpain-timer check-in``: the check-in's questions for a terminal. Prints advice, records nothing.

No Qt: the advice comes from the domain table like the app's does.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import TextIO

from backpain_timer.domain.advice import COMMON_SYMPTOMS, SYMPTOM_RULES, Advice, advise
from backpain_timer.domain.history import PAIN_MAX, PAIN_MIN, SYMPTOMS
from backpain_timer.domain.terminal_words import word

EXIT_OK = 0
EXIT_BAD_INPUT = 1


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    checkin = commands.add_parser(
        "check-in",
        help="answer the check-in in the terminal and get advice (nothing is recorded)",
        description="With no options in a terminal, asks the questions; otherwise answers from the options.",
    )
    checkin.add_argument("--pain", metavar="N", help=f"how your upper back feels, {PAIN_MIN}–{PAIN_MAX}")
    checkin.add_argument(
        "--symptom",
        action="append",
        default=[],
        metavar="ID",
        help=f"a symptom you have (repeatable): {', '.join(SYMPTOMS)}",
    )
    checkin.add_argument("--json", action="store_true", help="print JSON")


def run(args: argparse.Namespace) -> int:
    unknown = [name for name in args.symptom if name not in SYMPTOM_RULES]
    if unknown:
        print(
            "backpain-timer: error: "
            + word("cli.unknown-symptom").format(name=unknown[0], known=", ".join(SYMPTOMS)),
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    try:
        pain = None if args.pain is None else parse_pain(args.pain)
    except ValueError as error:
        print(f"backpain-timer: error: --pain: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    symptoms: list[str] = args.symptom
    if args.pain is None and not symptoms and sys.stdin.isatty():
        pain, symptoms = ask(_read_line, sys.stdout)
    advice = advise(pain, symptoms)
    if args.json:
        print(json.dumps(advice.to_json(), indent=2, ensure_ascii=False))
    else:
        print(format_advice(advice))
    return EXIT_OK


def parse_pain(text: str) -> int:
    """A whole number 0–10, or ValueError saying what was wrong."""
    value = text.strip()
    if not value.isdigit() or not PAIN_MIN <= int(value) <= PAIN_MAX:
        raise ValueError(word("cli.pain-range").format(text=text, low=PAIN_MIN, high=PAIN_MAX))
    return int(value)


def ask(read: Callable[[str], str], out: TextIO) -> tuple[int | None, list[str]]:
    """The check-in's questions, the common ones first; an empty answer skips a question."""
    pain: int | None = None
    while True:
        answer = read(word("cli.ask-pain").format(low=PAIN_MIN, high=PAIN_MAX))
        if not answer.strip():
            break
        try:
            pain = parse_pain(answer)
            break
        except ValueError as error:
            print(error, file=out)
    rare = [name for name in SYMPTOMS if name not in COMMON_SYMPTOMS]
    symptoms = [name for name in COMMON_SYMPTOMS if _yes(read(_question(name)))]
    if _yes(read(word("cli.ask-more"))):
        symptoms += [name for name in rare if _yes(read(_question(name)))]
    return pain, symptoms


def _question(symptom: str) -> str:
    return f"{SYMPTOM_RULES[symptom].said_label}? {word('cli.yes-no')} "


def _read_line(prompt: str) -> str:
    try:
        return input(prompt)
    except EOFError:  # Ctrl+D: no (more) answers
        print()
        return ""


def _yes(answer: str) -> bool:
    return answer.strip().lower() in {"y", "yes", *word("cli.yes-words").split()}


def format_advice(advice: Advice) -> str:
    heading = advice.title.upper() if advice.level == "emergency" else advice.title
    lines = [f"{heading} ({advice.level})", advice.text]
    if advice.suggested_routines:
        lines.append(f"{word('cli.gentler')} " + ", ".join(advice.suggested_routines))
    return "\n".join(lines)
