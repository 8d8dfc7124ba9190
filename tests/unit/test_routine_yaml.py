"""Routine files: what a valid file gives, every validation rule with its exact line:col, hostile files,
and writing routines back."""

from __future__ import annotations

import os
import re
import textwrap
from pathlib import Path

import pytest
import yaml

from backpain_timer.domain.routine import Breathe, Exercise, Routine, Sides, Step
from backpain_timer.storage import yaml_document
from backpain_timer.storage.routine_yaml import (
    Problem,
    RoutineFileError,
    has_comments,
    load_library_file,
    load_routine_file,
    parse_routine,
    routine_to_data,
    routine_to_yaml,
    save_routine,
)
from tests.unit.routine_samples import FULL_EXAMPLE, INLINE_EXAMPLE, LIBRARY, MINIMAL_EXAMPLE, TRICKY_TEXTS

HEAD = "name: A\nsteps:\n"  # a valid start: steps follow on line 3


def parse(text: str, base_dir: Path | None = None) -> Routine:
    return parse_routine(text, path="r.yaml", routine_id="r", library=LIBRARY, base_dir=base_dir)


def problems_of(text: str | bytes) -> list[tuple[int, int, str]]:
    with pytest.raises(RoutineFileError) as info:
        parse_routine(text, path="r.yaml", routine_id="r", library=LIBRARY)
    return [(problem.line, problem.column, problem.message) for problem in info.value.problems]


@pytest.fixture(params=["C", "Python"])
def either_loader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run a test with the C parser and again with the pure-Python one (used where libyaml is missing)."""
    if request.param == "Python":
        monkeypatch.setattr(yaml_document, "_LOADER", yaml.SafeLoader)
    elif not hasattr(yaml, "CSafeLoader"):
        pytest.skip("PyYAML was built without libyaml")


# -- valid files -------------------------------------------------------------------------------------------


def test_full_example_gives_every_field() -> None:
    routine = parse(FULL_EXAMPLE)
    assert routine == Routine(
        id="r",
        name="Post-run cool-down",
        description="Slow static holds after a run.",
        tags=("cool-down", "post-run", "upper-back"),
        prepare=10.0,
        rest=15.0,
        switch=5.0,
        steps=(
            Step(
                exercise=LIBRARY["childs-pose"],
                hold=45.0,
                reps=2,
                sides=Sides.BOTH,
                rest=20.0,
                switch=3.0,
                note="Breathe into your back",
                breathe=Breathe(inhale=4.0, exhale=6.0),
            ),
        ),
    )


def test_minimal_file_leaves_defaults_unset() -> None:
    routine = parse(MINIMAL_EXAMPLE)
    step = routine.steps[0]
    assert (routine.prepare, routine.rest, routine.switch, routine.description, routine.tags) == (
        None,
        None,
        None,
        "",
        (),
    )
    assert (step.hold, step.hold_seconds, step.reps, step.sides, step.effective_sides) == (
        None,
        45.0,
        1,
        None,
        Sides.NONE,
    )


def test_inline_exercise_is_read_with_all_its_keys() -> None:
    routine = parse(INLINE_EXAMPLE)
    assert routine.steps[0].exercise == Exercise(
        name="Doorway chest stretch",
        summary="Open the chest in a door frame.",
        instructions=("Stand in a doorway.", "Lean forward gently."),
        cues=("Keep your ribs down.",),
        caution="Stop if your hands tingle.",
        targets=("chest", "front shoulders"),
        sides=Sides.LEFT,
        hold=30.0,
    )
    assert routine.steps[0].hold_seconds == 30.0
    assert routine.steps[1].hold == 90.0


@pytest.mark.parametrize(
    ("written", "seconds"),
    [
        ("45", 45.0),
        ("45.5", 45.5),
        ('"90"', 90.0),
        ("45s", 45.0),
        ("2m", 120.0),
        ("1m30s", 90.0),
        ("1.5m", 90.0),
        ("1h", 3600.0),
        ("1:30", 90.0),  # YAML 1.1 base-60 integer
        ("!!int 30", 30.0),
        ("!!float '12.5'", 12.5),
    ],
)
def test_duration_forms(written: str, seconds: float) -> None:
    assert parse(f"{HEAD}  - exercise: plank\n    hold: {written}\n").steps[0].hold == seconds


def test_explicit_standard_tags_with_fitting_values_are_accepted() -> None:
    routine = parse(f"{HEAD}  - exercise: childs-pose\n    reps: !!int '3'\n    note: !!str 42\n")
    assert (routine.steps[0].reps, routine.steps[0].note) == (3, "42")


def test_a_few_aliases_are_fine() -> None:
    text = f"{HEAD}  - exercise: childs-pose\n    breathe: &calm {{inhale: 4s, exhale: 6s}}\n"
    text += "  - exercise: cat-cow\n    breathe: *calm\n"
    routine = parse(text)
    assert routine.steps[0].breathe == routine.steps[1].breathe == Breathe(4.0, 6.0)


def test_utf8_bom_and_crlf_line_ends_are_fine() -> None:
    data = "\ufeffname: A\r\nsteps:\r\n  - exercise: childs-pose\r\n".encode()
    routine = parse_routine(data, path="r.yaml", routine_id="r", library=LIBRARY)
    assert (routine.name, routine.steps[0].exercise.id) == ("A", "childs-pose")


# -- every validation rule, with its position ------------------------------------------------------------

STEP = f"{HEAD}  - exercise: childs-pose\n"  # a valid file whose only step (line 3) can take more keys

RULES = {
    # unknown keys, at every level, with did-you-mean
    "unknown top key": (
        "name: A\ndescripton: x\nsteps:\n  - exercise: plank\n    hold: 5s\n",
        [(2, 1, "unknown key 'descripton' (did you mean 'description'?)")],
    ),
    "unknown step key": (STEP + "    hodl: 30s\n", [(4, 5, "unknown key 'hodl' (did you mean 'hold'?)")]),
    "unknown key without a close match": (STEP + "    colour: red\n", [(4, 5, "unknown key 'colour'")]),
    "unknown breathe key": (
        STEP + "    breathe: {inhale: 4s, exhal: 6s}\n",
        [(4, 14, "missing key 'exhale'"), (4, 27, "unknown key 'exhal' (did you mean 'exhale'?)")],
    ),
    "unknown inline exercise key": (
        f"{HEAD}  - exercise: {{name: X, hodl: 3s}}\n    hold: 5s\n",
        [(3, 25, "unknown key 'hodl' (did you mean 'hold'?)")],
    ),
    "duplicate key": ("name: A\nname: B\nsteps: [exercise: childs-pose]\n", None),
    "duplicate step key": (STEP + "    reps: 2\n    reps: 3\n", [(5, 5, "duplicate key 'reps'")]),
    "merge key": (
        f"{HEAD}  - <<: {{hold: 5s}}\n    exercise: childs-pose\n",
        [(3, 5, "merge keys (<<) are not supported")],
    ),
    "key that is not text": (STEP + "    ? [a]\n    : 1\n", [(4, 7, "keys must be text, not a list")]),
    # missing keys: at the mapping that lacks them
    "missing name": ("steps:\n  - exercise: childs-pose\n", [(1, 1, "missing key 'name'")]),
    "missing steps": ("\n\nname: A\n", [(3, 1, "missing key 'steps'")]),
    "missing exercise": (f"{HEAD}  - hold: 5s\n", [(3, 5, "missing key 'exercise'")]),
    "missing hold without a default": (
        f"{HEAD}  - exercise: plank\n    reps: 2\n",
        [(3, 5, "missing key 'hold' (the exercise has no default hold)")],
    ),
    "missing inhale": (STEP + "    breathe: {exhale: 6s}\n", [(4, 14, "missing key 'inhale'")]),
    "missing inline name": (
        f"{HEAD}  - exercise:\n      hold: 5s\n",
        [(4, 7, "missing key 'name'")],
    ),
    # exercises
    "unknown exercise": (
        f"{HEAD}  - exercise: cat-cwo\n",
        [(3, 15, "unknown exercise 'cat-cwo' (did you mean 'cat-cow'?)")],
    ),
    "unknown exercise, nothing close": (
        f"{HEAD}  - exercise: burpees\n",
        [(3, 15, "unknown exercise 'burpees'")],
    ),
    "exercise of the wrong type": (
        f"{HEAD}  - exercise: [cat-cow]\n",
        [(3, 15, "'exercise' must be an exercise id or an inline exercise mapping, not a list")],
    ),
    # version
    "version 2": ("version: 2\n" + STEP, [(1, 10, "unsupported version 2 (only version 1 is supported)")]),
    "version as text": ("version: '1'\n" + STEP, [(1, 10, "'version' must be the number 1, not text")]),
    # name and texts
    "empty name": ('name: ""\nsteps: [childs-pose]\n', None),
    "blank name": ("name: '   '\nsteps:\n  - exercise: childs-pose\n", [(1, 7, "'name' must not be empty")]),
    "name too long": (
        f"name: {'x' * 81}\nsteps:\n  - exercise: childs-pose\n",
        [(1, 7, "'name' is too long (81 characters, at most 80)")],
    ),
    "name as number": (
        "name: 42\nsteps:\n  - exercise: childs-pose\n",
        [(1, 7, "'name' must be text, not a number")],
    ),
    "name left empty": (
        "name:\nsteps:\n  - exercise: childs-pose\n",
        [(1, 6, "'name' must be text, not an empty value")],
    ),
    "description as list": ("description: [a]\n" + STEP, [(1, 14, "'description' must be text, not a list")]),
    "note as number": (STEP + "    note: 3\n", [(4, 11, "'note' must be text, not a number")]),
    "tags not a list": ("tags: warm-up\n" + STEP, [(1, 7, "'tags' must be a list of text, not text")]),
    "tag not text": ("tags: [warm-up, 3, true]\n" + STEP, None),
    # routine pauses
    "prepare too long": ("prepare: 11m\n" + STEP, [(1, 10, "'prepare' must be from 0s to 10m, got 11m")]),
    "negative rest": ("rest: -1\n" + STEP, [(1, 7, "invalid 'rest': duration must not be negative, got -1")]),
    "infinite switch": (
        "switch: .inf\n" + STEP,
        [(1, 9, "invalid 'switch': duration must be a finite number of seconds, got inf")],
    ),
    "nan prepare": (
        "prepare: .NaN\n" + STEP,
        [(1, 10, "invalid 'prepare': duration must be a finite number of seconds, got nan")],
    ),
    "boolean duration": (
        "prepare: yes\n" + STEP,
        [(1, 10, "'prepare' must be a duration such as 45s or 1m30s, not a boolean")],
    ),
    "unreadable duration": (
        "rest: 5 minutes\n" + STEP,
        [(1, 7, "invalid 'rest': cannot read duration '5 minutes' (use e.g. 45s, 2m, 1m30s or 90)")],
    ),
    "unit twice": (
        "rest: 1m2m\n" + STEP,
        [(1, 7, "invalid 'rest': unit 'm' appears twice in duration '1m2m'")],
    ),
    "duration as list": (
        "switch: [5s]\n" + STEP,
        [(1, 9, "'switch' must be a duration such as 45s or 1m30s, not a list")],
    ),
    # steps
    "no steps": ("name: A\nsteps: []\n", [(2, 8, "'steps' must not be empty")]),
    "too many steps": (
        "name: A\nsteps:\n" + "  - exercise: childs-pose\n" * 101,
        [(3, 3, "too many steps (101, at most 100)")],
    ),
    "steps as mapping": (
        "name: A\nsteps: {a: 1}\n",
        [(2, 8, "'steps' must be a list of steps, not a mapping")],
    ),
    "step as text": (f"{HEAD}  - childs-pose\n", [(3, 5, "a step must be a mapping, not text")]),
    # hold, reps, sides, step pauses
    "hold too short": (STEP + "    hold: 0.5\n", [(4, 11, "'hold' must be from 1s to 1h, got 0.5s")]),
    "hold too long": (STEP + "    hold: 1h0m1s\n", [(4, 11, "'hold' must be from 1s to 1h, got 1h1s")]),
    "step rest too long": (STEP + "    rest: 601\n", [(4, 11, "'rest' must be from 0s to 10m, got 10m1s")]),
    "step switch negative": (
        STEP + "    switch: -2s\n",
        [(4, 13, "invalid 'switch': cannot read duration '-2s' (use e.g. 45s, 2m, 1m30s or 90)")],
    ),
    "zero reps": (STEP + "    reps: 0\n", [(4, 11, "'reps' must be from 1 to 50, got 0")]),
    "too many reps": (STEP + "    reps: 51\n", [(4, 11, "'reps' must be from 1 to 50, got 51")]),
    "fractional reps": (
        STEP + "    reps: 2.5\n",
        [(4, 11, "'reps' must be a whole number from 1 to 50, not a decimal number")],
    ),
    "boolean reps": (
        STEP + "    reps: true\n",
        [(4, 11, "'reps' must be a whole number from 1 to 50, not a boolean")],
    ),
    "reps as text": (
        STEP + "    reps: '3'\n",
        [(4, 11, "'reps' must be a whole number from 1 to 50, not text")],
    ),
    "misspelt sides": (STEP + "    sides: bth\n", [(4, 12, "invalid sides 'bth' (did you mean 'both'?)")]),
    "unknown sides": (
        STEP + "    sides: up\n",
        [(4, 12, "invalid sides 'up' (use none, both, left, right)")],
    ),
    "sides that YAML reads as a boolean": (
        STEP + "    sides: no\n",
        [(4, 12, "'sides' must be one of none, both, left, right, not a boolean")],
    ),
    # breathe
    "breathe as text": (STEP + "    breathe: 4s\n", [(4, 14, "'breathe' must be a mapping, not text")]),
    "zero inhale": (
        STEP + "    breathe: {inhale: 0, exhale: 6s}\n",
        [(4, 23, "'inhale' must be more than 0s and at most 1m, got 0s")],
    ),
    "exhale too long": (
        STEP + "    breathe:\n      inhale: 4s\n      exhale: 61s\n",
        [(6, 15, "'exhale' must be more than 0s and at most 1m, got 1m1s")],
    ),
    # inline exercises
    "inline instructions as text": (
        f"{HEAD}  - exercise:\n      name: X\n      instructions: do it\n    hold: 5s\n",
        [(5, 21, "'instructions' must be a list of text, not text")],
    ),
    "inline hold too long": (
        f"{HEAD}  - exercise: {{name: X, hold: 2h}}\n",
        [(3, 31, "'hold' must be from 1s to 1h, got 2h")],
    ),
    "inline image as number": (
        f"{HEAD}  - exercise: {{name: X, hold: 5s, image: 3}}\n",
        [(3, 42, "'image' must be text, not a number")],
    ),
    # explicit tags
    "int tag on a word": (STEP + "    reps: !!int three\n", [(4, 11, "invalid !!int value 'three'")]),
    "float tag on a word": (STEP + "    hold: !!float soon\n", [(4, 11, "invalid !!float value 'soon'")]),
    "bool tag on a word": (STEP + "    note: !!bool maybe\n", [(4, 11, "invalid !!bool value 'maybe'")]),
    "null tag on a word": (STEP + "    note: !!null x\n", [(4, 11, "invalid !!null value 'x'")]),
    "local tag": (STEP + "    note: !shout hi\n", [(4, 11, "unsupported tag '!shout'")]),
    "timestamp tag": (
        STEP + "    note: !!timestamp 2024-01-01\n",
        [(4, 11, "unsupported tag '!!timestamp'")],
    ),
    "str tag on a list": (
        "name: !!str [a]\nsteps: [{exercise: childs-pose}]\n",
        [(1, 7, "tag '!!str' does not fit a list")],
    ),
    "seq tag on a mapping": (
        STEP + "    breathe: !!seq {inhale: 4s}\n",
        [(4, 14, "tag '!!seq' does not fit a mapping")],
    ),
    # the file as a whole
    "empty file": ("", [(1, 1, "file is empty")]),
    "only comments": ("# nothing yet\n\n   \n", [(1, 1, "file is empty")]),
    "a list at the top": ("- a\n- b\n", [(1, 1, "a routine file must be a mapping, not a list")]),
    "text at the top": ("just some words\n", [(1, 1, "a routine file must be a mapping, not text")]),
    "several documents": (
        MINIMAL_EXAMPLE + "---\nname: B\n",
        [(4, 1, "several documents in one file (only one is allowed)")],
    ),
}
# Where a rule's message is built from the rest of the file, it is spelt out here.
RULES["duplicate key"] = (RULES["duplicate key"][0], [(2, 1, "duplicate key 'name'")])
RULES["empty name"] = (
    RULES["empty name"][0],
    [(1, 7, "'name' must not be empty"), (2, 9, "a step must be a mapping, not text")],
)
RULES["tag not text"] = (
    RULES["tag not text"][0],
    [
        (1, 17, "'tags' must be a list of text, not a number"),
        (1, 20, "'tags' must be a list of text, not a boolean"),
    ],
)


@pytest.mark.parametrize(("text", "expected"), RULES.values(), ids=RULES.keys())
def test_validation_rule(text: str, expected: list[tuple[int, int, str]]) -> None:
    assert problems_of(text) == expected


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        ("name: A\nsteps: [\n", 3, 1),
        ("name: a: b\n", 1, 8),
        ("name: 'unclosed\n", 2, 1),
        ("name: A\nsteps:\n\t- exercise: x\n", 3, 1),
        ("name: A\n  steps: []\n", 2, 8),
    ],
)
def test_yaml_syntax_error_is_reported_where_the_parser_stopped(text: str, line: int, column: int) -> None:
    [(found_line, found_column, message)] = problems_of(text)
    assert (found_line, found_column) == (line, column)
    assert message.startswith("syntax error: ")


def test_every_problem_of_a_file_is_reported_at_once_in_order() -> None:
    text = textwrap.dedent(
        """\
        version: 3
        name: ""
        steps:
          - exercise: cat-cwo
            reps: 0
          - exercise: plank
            sides: sideways
        """
    )
    assert [(line, column) for line, column, _ in problems_of(text)] == [
        (1, 10),
        (2, 7),
        (4, 15),
        (5, 11),
        (6, 5),
        (7, 12),
    ]


def test_problem_reads_like_a_compiler_message() -> None:
    assert str(Problem("r.yaml", 4, 11, "bad")) == "r.yaml:4:11: error: bad"
    with pytest.raises(RoutineFileError) as info:
        parse_routine("name: 1\nsteps: []\n", path="my/r.yaml", routine_id="r", library=LIBRARY)
    assert str(info.value).splitlines() == [
        "my/r.yaml:1:7: error: 'name' must be text, not a number",
        "my/r.yaml:2:8: error: 'steps' must not be empty",
    ]


# -- hostile files ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "template",
    [
        "name: A\nsteps:\n  - exercise: childs-pose\n    note: !!python/object/apply:os.system ['touch {target}']\n",
        "!!python/object/apply:os.system ['touch {target}']\n",
        "name: A\nextra: !!python/object/apply:os.system ['touch {target}']\nsteps: [{{exercise: childs-pose}}]\n",
        "name: !!python/object/new:pathlib.Path.touch ['{target}']\nsteps: [{{exercise: childs-pose}}]\n",
    ],
)
def test_unsafe_tag_is_reported_and_never_constructed(
    template: str, tmp_path: Path, either_loader: None
) -> None:
    target = tmp_path / "created-by-yaml"
    problems = problems_of(template.format(target=target))
    assert any("unsupported tag '!!python/object" in message for _, _, message in problems)
    assert not target.exists()


def billion_laughs(levels: int = 9) -> str:
    lines = ['lol0: &lol0 "lol"']
    for level in range(1, levels + 1):
        lines.append(f"lol{level}: &lol{level} [" + ", ".join([f"*lol{level - 1}"] * 9) + "]")
    return "\n".join(lines) + "\nname: A\nsteps: *lol9\n"


def test_alias_bomb_is_rejected_before_expanding(either_loader: None) -> None:
    # the 17th alias is the 8th one on the line of lol2
    assert problems_of(billion_laughs()) == [(3, 63, "too many aliases (at most 16)")]


def test_recursive_alias_is_rejected(either_loader: None) -> None:
    assert problems_of("name: A\nsteps: &loop [*loop]\n") == [(2, 15, "recursive alias '*loop'")]


def test_undefined_and_repeated_anchors_are_reported(either_loader: None) -> None:
    assert problems_of(STEP + "    note: *nowhere\n") == [(4, 11, "undefined alias '*nowhere'")]
    assert problems_of("name: &a A\ndescription: &a B\n") == [(2, 14, "anchor '&a' is defined twice")]


def test_deep_flow_nesting_is_an_error_not_a_crash(either_loader: None) -> None:
    # the top-level mapping is the first level, so the 50th bracket (column 56) is one too many
    assert problems_of("name: " + "[" * 50 + "]" * 50 + "\n") == [(1, 56, "nesting deeper than 50 levels")]
    [(_, _, message)] = problems_of("name: " + "[" * 200_000 + "]" * 200_000 + "\n")
    assert "nesting" in message  # libyaml may refuse it itself while reading ahead


def test_deep_block_nesting_is_an_error_not_a_crash(either_loader: None) -> None:
    text = "".join(f"{' ' * level}k{level}:\n" for level in range(300))
    assert problems_of(text) == [(51, 51, "nesting deeper than 50 levels")]


def test_nesting_up_to_the_limit_is_only_a_format_problem() -> None:
    assert problems_of(STEP + "    note: " + "[" * 46 + "]" * 46 + "\n") == [
        (4, 11, "'note' must be text, not a list")
    ]


def test_oversized_text_is_rejected() -> None:
    assert problems_of(b"#" * (1024 * 1024 + 1)) == [(1, 1, "file is larger than 1 MiB")]


def test_nul_byte_means_binary(either_loader: None) -> None:
    assert problems_of(b"name: A\nsteps: \x00\x01\x02\n") == [(2, 8, "binary file (NUL byte), not YAML text")]


def test_non_utf8_byte_is_located() -> None:
    assert problems_of(b"name: Caf\xc3\xa9\nsteps:\n  - exercise: r\xe9sum\xe9\n") == [
        (3, 16, "not UTF-8 text (byte 0xe9)")
    ]
    # columns count characters, not bytes: the two-byte "é" before the bad byte is one column
    assert problems_of(b"name: \xc3\xa9\xff\n") == [(1, 8, "not UTF-8 text (byte 0xff)")]


def test_utf16_file_is_told_apart_from_binary() -> None:
    assert problems_of("name: A\nsteps: []\n".encode("utf-16")) == [
        (1, 1, "not UTF-8 text (UTF-16 or UTF-32); save the file as UTF-8")
    ]


def test_control_character_is_located() -> None:
    assert problems_of("name: A\nsteps: [a\x07]\n") == [(2, 10, "control character U+0007 is not allowed")]


# -- files on disk ---------------------------------------------------------------------------------------


def test_load_routine_file_takes_the_id_from_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "evening-stretch.yaml"
    path.write_text(MINIMAL_EXAMPLE, encoding="utf-8")
    routine = load_routine_file(path, LIBRARY)
    assert (routine.id, routine.source_path) == ("evening-stretch", str(path))
    assert load_routine_file(path, LIBRARY, routine_id="other").id == "other"


def test_problems_name_the_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("name: A\nsteps: []\n", encoding="utf-8")
    with pytest.raises(RoutineFileError) as info:
        load_routine_file(path, LIBRARY)
    assert str(info.value) == f"{path}:2:8: error: 'steps' must not be empty"


def test_huge_file_is_rejected_without_being_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as stream:  # sparse: 10 MB on paper, nothing on disk
        stream.truncate(10 * 1024 * 1024)

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_reading)
    with pytest.raises(RoutineFileError) as info:
        load_routine_file(path, LIBRARY)
    assert [str(problem) for problem in info.value.problems] == [
        f"{path}:1:1: error: file is larger than 1 MiB (10.0 MiB)"
    ]


def test_unreadable_paths_give_a_message(tmp_path: Path) -> None:
    loop = tmp_path / "loop.yaml"
    loop.symlink_to(loop)
    fifo = tmp_path / "fifo.yaml"
    os.mkfifo(fifo)  # reading it would block forever
    folder = tmp_path / "folder.yaml"
    folder.mkdir()
    messages = {}
    for path in (loop, fifo, folder, tmp_path / "missing.yaml"):
        with pytest.raises(RoutineFileError) as info:
            load_routine_file(path, LIBRARY)
        messages[path.name] = info.value.problems[0].message
    assert messages == {
        "loop.yaml": "cannot read file: Too many levels of symbolic links",
        "fifo.yaml": "not a regular file",
        "folder.yaml": "not a regular file",
        "missing.yaml": "cannot read file: No such file or directory",
    }


def test_inline_image_resolves_next_to_the_routine_file(tmp_path: Path) -> None:
    (tmp_path / "pics").mkdir()
    (tmp_path / "pics" / "door.svg").write_text("<svg/>", encoding="utf-8")
    path = tmp_path / "r.yaml"
    path.write_text(
        f"{HEAD}  - exercise: {{name: X, hold: 5s, image: pics/door.svg}}\n"
        f"  - exercise: {{name: Y, hold: 5s, image: pics/missing.svg}}\n",
        encoding="utf-8",
    )
    routine = load_routine_file(path, LIBRARY)
    assert [step.exercise.image for step in routine.steps] == [str(tmp_path / "pics" / "door.svg"), None]
    # without a folder to look in, the path stays as written
    assert parse(path.read_text(encoding="utf-8")).steps[1].exercise.image == "pics/missing.svg"


# -- the exercise library --------------------------------------------------------------------------------


def test_library_file_gives_exercises_by_id(tmp_path: Path) -> None:
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "cat-cow.svg").write_text("<svg/>", encoding="utf-8")
    folder = tmp_path / "routines"
    folder.mkdir()
    path = folder / "exercises.yaml"
    path.write_text(
        textwrap.dedent(
            """\
            version: 1
            exercises:
              cat-cow:
                name: Cat–cow
                summary: Round and arch.
                instructions: [Kneel., Round., Arch.]
                cues: [Slowly.]
                caution: Gently.
                targets: [spine]
                sides: none
                hold: 40s
                image: ../assets/cat-cow.svg
              plank:
                name: Plank
                image: ../assets/plank.svg
            """
        ),
        encoding="utf-8",
    )
    assert load_library_file(path) == {
        "cat-cow": Exercise(
            name="Cat–cow",
            id="cat-cow",
            summary="Round and arch.",
            instructions=("Kneel.", "Round.", "Arch."),
            cues=("Slowly.",),
            caution="Gently.",
            targets=("spine",),
            sides=Sides.NONE,
            hold=40.0,
            image=str(tmp_path / "assets" / "cat-cow.svg"),
        ),
        "plank": Exercise(name="Plank", id="plank"),
    }


def test_library_problems_are_all_reported(tmp_path: Path) -> None:
    path = tmp_path / "exercises.yaml"
    path.write_text(
        textwrap.dedent(
            """\
            version: 1
            exercises:
              Cat Cow:
                name: Cat-cow
              plank:
                sumary: Hold still.
              plank:
                name: Plank
              bird-dog: [a]
            extra: 1
            """
        ),
        encoding="utf-8",
    )
    with pytest.raises(RoutineFileError) as info:
        load_library_file(path)
    assert [(problem.line, problem.column, problem.message) for problem in info.value.problems] == [
        (3, 3, "exercise id 'Cat Cow' must be lower-case letters, digits and dashes"),
        (6, 5, "unknown key 'sumary' (did you mean 'summary'?)"),
        (6, 5, "missing key 'name'"),
        (7, 3, "duplicate key 'plank'"),
        (9, 13, "an exercise must be a mapping, not a list"),
        (10, 1, "unknown key 'extra'"),
    ]


# -- writing ---------------------------------------------------------------------------------------------


def test_routine_to_data_keeps_the_format_order_and_leaves_out_defaults() -> None:
    data = routine_to_data(parse(FULL_EXAMPLE.replace("    reps: 2\n", "")))
    assert data == {
        "version": 1,
        "name": "Post-run cool-down",
        "description": "Slow static holds after a run.",
        "tags": ["cool-down", "post-run", "upper-back"],
        "prepare": "10s",
        "rest": "15s",
        "switch": "5s",
        "steps": [
            {
                "exercise": "childs-pose",
                "hold": "45s",
                "sides": "both",
                "rest": "20s",
                "switch": "3s",
                "note": "Breathe into your back",
                "breathe": {"inhale": "4s", "exhale": "6s"},
            }
        ],
    }
    assert list(data) == ["version", "name", "description", "tags", "prepare", "rest", "switch", "steps"]
    assert list(data["steps"][0]) == ["exercise", "hold", "sides", "rest", "switch", "note", "breathe"]
    assert routine_to_data(parse(MINIMAL_EXAMPLE)) == {
        "version": 1,
        "name": "One stretch",
        "steps": [{"exercise": "childs-pose"}],
    }


def test_inline_exercise_is_written_as_a_mapping() -> None:
    data = routine_to_data(parse(INLINE_EXAMPLE))
    assert data["steps"][0] == {
        "exercise": {
            "name": "Doorway chest stretch",
            "summary": "Open the chest in a door frame.",
            "instructions": ["Stand in a doorway.", "Lean forward gently."],
            "cues": ["Keep your ribs down."],
            "caution": "Stop if your hands tingle.",
            "targets": ["chest", "front shoulders"],
            "sides": "left",
            "hold": "30s",
        },
        "reps": 3,
    }
    assert data["steps"][1] == {"exercise": "thoracic-rotation", "hold": "1m30s"}


def test_yaml_output_is_readable() -> None:
    # Written back, the documentation's example reads as a person wrote it, all but its comment.
    assert routine_to_yaml(parse(FULL_EXAMPLE)) == re.sub(r" +#.*", "", FULL_EXAMPLE)


# Durations the short form would round (or write as no duration at all) are written as plain numbers.
ODD_DURATIONS = "prepare: 33.333333333\nrest: 1.0e-300\nswitch: 599.9999999\n" + MINIMAL_EXAMPLE


@pytest.mark.parametrize("text", [FULL_EXAMPLE, INLINE_EXAMPLE, MINIMAL_EXAMPLE, TRICKY_TEXTS, ODD_DURATIONS])
def test_round_trip_gives_an_equal_routine(text: str) -> None:
    routine = parse(text)
    assert parse(routine_to_yaml(routine)) == routine


def test_save_routine_writes_atomically_with_images_relative_to_the_file(tmp_path: Path) -> None:
    folder = tmp_path / "routines"
    folder.mkdir()
    (folder / "pics").mkdir()
    image = folder / "pics" / "door.svg"
    image.write_text("<svg/>", encoding="utf-8")
    routine = parse(f"{HEAD}  - exercise: {{name: X, hold: 5s, image: pics/door.svg}}\n", base_dir=folder)
    path = folder / "saved.yaml"
    save_routine(routine, path)
    assert "image: pics/door.svg" in path.read_text(encoding="utf-8")
    assert load_routine_file(path, LIBRARY).steps[0].exercise.image == str(image)
    assert sorted(p.name for p in folder.iterdir()) == ["pics", "saved.yaml"]  # no temporary left behind


@pytest.mark.parametrize(
    ("text", "commented"),
    [
        ("name: A\nsteps: []\n", False),
        ("# mine\nname: A\n", True),
        ("name: A  # trailing\n", True),
        ("steps:\n  - exercise: cat-cow\n    # between keys\n    hold: 3s\n", True),
        ("tags: [a, b] # after a list\n", True),
        ("note: Step #2\n", True),  # a space before '#' starts a comment in a plain value
        ("note: Step#2\n", False),
        ("note: 'Step #2'\n", False),
        ('note: "a # b"\n', False),
        ("note: |\n  line # part of the text\n", False),
        ("name: [unclosed\n", False),
        ("name: [unclosed # and a hash\n", True),  # does not scan: any '#' counts
    ],
)
def test_comments_are_found_outside_values_only(text: str, commented: bool) -> None:
    assert has_comments(text) is commented
