"""Fuzzing the routine loader: whatever the bytes, it returns a routine or raises RoutineFileError with
located problems, never anything else; and whatever it accepts, it writes back to an equal routine.

The default profile is small enough for every test run; the ``slow`` variants run 10,000 examples each.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backpain_timer.domain.routine import Routine
from backpain_timer.storage.routine_yaml import RoutineFileError, parse_routine, routine_to_yaml
from tests.unit.routine_samples import LIBRARY

# The autouse data_dir fixture of conftest is function-scoped but untouched here: nothing to reset.
SMALL = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
LARGE = settings(max_examples=10_000, deadline=None, suppress_health_check=list(HealthCheck))

junk: st.SearchStrategy[Any] = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=8,
)


def routines(junk_too: bool) -> st.SearchStrategy[dict[str, Any]]:
    """Routine data as a user might write it: valid values within the limits, or, with ``junk_too``,
    often out-of-range values, misspelt keys and values of any type."""

    def mostly(valid: st.SearchStrategy[Any], *wrong: Any) -> st.SearchStrategy[Any]:
        return st.one_of(valid, valid, valid, st.sampled_from(wrong) | junk) if junk_too else valid

    def durations(low: float, high: float) -> st.SearchStrategy[Any]:
        return mostly(
            st.integers(int(low) + 1, int(high))
            | st.floats(low, high, exclude_min=True)
            | st.sampled_from(["1m", "1m30s", "0.5m", "2s", "1h0m0s"]).filter(
                lambda t: len(t) < 4 or high >= 3600
            ),
            0,
            -5,
            high + 1,
            ".nan",
            "1m2m",
            True,
        )

    words = st.text(st.characters(codec="utf-8"), min_size=1, max_size=30)
    texts = mostly(words.filter(str.strip), "", "   ", 42)
    lists_of_text = mostly(st.lists(words, max_size=3), "text", [1])
    sides = mostly(st.sampled_from(["none", "both", "left", "right"]), "bth", "no", False)
    hold = durations(1, 3600)
    pause = durations(0, 600)
    inline_exercise = st.fixed_dictionaries(
        {"name": texts},
        optional={
            "summary": texts,
            "instructions": lists_of_text,
            "cues": lists_of_text,
            "caution": texts,
            "targets": lists_of_text,
            "sides": sides,
            "hold": hold,
            "image": texts,
        },
    )
    step = st.fixed_dictionaries(
        # an exercise with a default hold (or an inline one), so that a step needs no hold of its own
        {"exercise": mostly(st.sampled_from(["childs-pose", "cat-cow"]), "cat-cwo", ["plank"])},
        optional={
            "hold": hold,
            "reps": mostly(st.integers(1, 50), 0, 51, 2.5, "3"),
            "sides": sides,
            "rest": pause,
            "switch": pause,
            "note": texts,
            "breathe": mostly(
                st.fixed_dictionaries({"inhale": durations(0, 60), "exhale": durations(0, 60)}),
                {"inhale": 4},
            ),
        },
    ) | st.fixed_dictionaries({"exercise": inline_exercise.filter(lambda e: "hold" in e), "hold": hold})
    return st.fixed_dictionaries(
        {
            "name": mostly(words.filter(lambda t: t.strip() and len(t) <= 80), "x" * 81),
            "steps": mostly(st.lists(step, min_size=1, max_size=4), []),
        },
        optional={
            "version": mostly(st.just(1), 2),
            "description": texts,
            "tags": lists_of_text,
            "prepare": pause,
            "rest": pause,
            "switch": pause,
            **({"hodl": st.just("5s")} if junk_too else {}),
        },
    )


# Pieces that YAML gives meaning to, to splice into otherwise sensible files.
SNIPPETS = [
    ":",
    ": ",
    "- ",
    "-",
    "[",
    "]",
    "{",
    "}",
    ",",
    "&a ",
    "*a",
    "!!int ",
    "!!python/name:os.system ",
    "!x ",
    "<<: ",
    "\t",
    "\n",
    "'",
    '"',
    "#",
    "---\n",
    "...\n",
    "? ",
    "|\n",
    ">",
    "%YAML 1.1\n",
    ".nan",
    "-1",
    "\x00",
    "é",
    "\ufeff",
    "\\",
    "  ",
    "\r",
    "\x85",
    "~",
    "yes",
    "0x1F",
    "1:30",
]


# Text made of YAML's meaningful pieces and any characters at all.
yamlish_text = st.lists(st.sampled_from(SNIPPETS) | st.characters(), max_size=120).map("".join)


def mutation() -> st.SearchStrategy[Callable[[str], str]]:
    def insert(at: float, piece: str) -> Callable[[str], str]:
        return lambda text: text[: int(at * len(text))] + piece + text[int(at * len(text)) :]

    def delete(at: float, length: int) -> Callable[[str], str]:
        return lambda text: text[: int(at * len(text))] + text[int(at * len(text)) + length :]

    def duplicate_line(at: float) -> Callable[[str], str]:
        def apply(text: str) -> str:
            lines = text.splitlines(keepends=True)
            index = int(at * len(lines))
            return "".join(lines[: index + 1] + lines[index:])

        return apply

    fraction = st.floats(0, 1, exclude_max=True)
    return st.one_of(
        st.builds(insert, fraction, st.sampled_from(SNIPPETS) | st.text(max_size=4)),
        st.builds(delete, fraction, st.integers(1, 8)),
        st.builds(duplicate_line, fraction),
    )


def load(source: str | bytes) -> Routine:
    return parse_routine(source, path="fuzz.yaml", routine_id="fuzz", library=LIBRARY)


def check(source: str | bytes) -> None:
    """The loader's whole contract for any input."""
    try:
        routine = load(source)
    except RoutineFileError as error:
        assert error.problems
        for problem in error.problems:
            assert problem.line >= 1 and problem.column >= 1 and problem.message
            assert str(problem).startswith(f"fuzz.yaml:{problem.line}:{problem.column}: error: ")
        return
    assert load(routine_to_yaml(routine)) == routine


def dump(data: dict[str, Any]) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


def check_mutated(data: dict[str, Any], mutations: list[Callable[[str], str]]) -> None:
    """The contract for ``data`` written out, then changed by each mutation in turn."""
    text = dump(data)
    for mutate in mutations:
        text = mutate(text)
    check(text)


@SMALL
@given(routines(junk_too=True), st.lists(mutation(), max_size=3))
def test_mutated_routines_never_crash_the_loader(
    data: dict[str, Any], mutations: list[Callable[[str], str]]
) -> None:
    check_mutated(data, mutations)


@SMALL
@given(routines(junk_too=False))
def test_valid_routines_are_accepted_and_round_trip(data: dict[str, Any]) -> None:
    routine = load(dump(data))
    assert load(routine_to_yaml(routine)) == routine


@SMALL
@given(st.binary(max_size=400))
def test_random_bytes_never_crash_the_loader(data: bytes) -> None:
    check(data)


@SMALL
@given(yamlish_text)
def test_random_text_never_crashes_the_loader(text: str) -> None:
    check(text)


@pytest.mark.slow
@LARGE
@given(routines(junk_too=True), st.lists(mutation(), max_size=4))
def test_mutated_routines_never_crash_the_loader_10k(
    data: dict[str, Any], mutations: list[Callable[[str], str]]
) -> None:
    check_mutated(data, mutations)


@pytest.mark.slow
@LARGE
@given(st.binary(max_size=2000) | yamlish_text)
def test_random_input_never_crashes_the_loader_10k(source: bytes | str) -> None:
    check(source)
