"""The listing index keeps what the home screen shows of each routine, so showing one reads no YAML."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from backpain_timer.domain.routine import Sides
from backpain_timer.storage import routine_yaml
from backpain_timer.storage.library import Library
from backpain_timer.storage.paths import DataDir
from backpain_timer.storage.routine_index import RoutineInfo, StepOutline

ROUTINE = """\
name: Evening stretch
steps:
  - exercise: thread-the-needle
    hold: 25s
    note: Slow and easy
  - exercise: cat-cow
    hold: 30s
    reps: 3
"""


def listed(data_dir: Path, routine_id: str) -> RoutineInfo:
    (info,) = [info for info in Library(DataDir(data_dir)).list_routines() if info.id == routine_id]
    return info


@pytest.fixture
def user_routine(tmp_path: Path) -> Path:
    path = tmp_path / "routines" / "evening.yaml"
    path.parent.mkdir(parents=True)
    path.write_text(ROUTINE, encoding="utf-8")
    return path


def no_parsing(*_args: object, **_kwargs: object) -> None:
    raise AssertionError("a routine file was parsed although the index knew it")


def test_a_second_listing_gives_the_step_outline_without_reading_the_file(
    tmp_path: Path, user_routine: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = listed(tmp_path, "evening")
    monkeypatch.setattr(routine_yaml, "load_routine_file", no_parsing)
    second = listed(tmp_path, "evening")
    assert second.outline == first.outline
    assert second.outline == (
        StepOutline("Thread the needle", 25.0, Sides.BOTH, 1, "Slow and easy"),
        StepOutline("Cat–cow", 30.0, Sides.NONE, 3, ""),
    )


def test_an_edited_file_gets_a_new_outline(tmp_path: Path, user_routine: Path) -> None:
    listed(tmp_path, "evening")
    user_routine.write_text(ROUTINE.replace("hold: 25s", "hold: 45s"), encoding="utf-8")
    os.utime(user_routine, ns=(1, 1))
    assert listed(tmp_path, "evening").outline[0].hold_seconds == 45.0


def test_an_index_from_an_older_version_is_rebuilt(tmp_path: Path, user_routine: Path) -> None:
    listed(tmp_path, "evening")
    index_file = tmp_path / "cache" / "routine-index.json"
    stored = json.loads(index_file.read_text(encoding="utf-8"))
    for entry in stored["entries"].values():
        entry.pop("outline", None)  # as version 1 wrote them
    stored["version"] = 1
    index_file.write_text(json.dumps(stored), encoding="utf-8")
    assert len(listed(tmp_path, "evening").outline) == 2


@pytest.mark.parametrize(("column", "damage"), [(2, "sideways"), (1, "long"), (3, None)])
def test_a_damaged_outline_in_the_index_means_the_file_is_read_again(
    tmp_path: Path, user_routine: Path, column: int, damage: object
) -> None:
    listed(tmp_path, "evening")
    index_file = tmp_path / "cache" / "routine-index.json"
    stored = json.loads(index_file.read_text(encoding="utf-8"))
    for entry in stored["entries"].values():
        if "outline" in entry:
            entry["outline"][0][column] = damage
    index_file.write_text(json.dumps(stored), encoding="utf-8")
    assert listed(tmp_path, "evening").outline[0] == StepOutline(
        "Thread the needle", 25.0, Sides.BOTH, 1, "Slow and easy"
    )


def test_listing_again_reports_each_bad_file_once(tmp_path: Path, user_routine: Path) -> None:
    """The home screen and the tray list the same library: the second listing (read from the index) and a
    routine loaded in between must not repeat the problems of the first."""
    broken = user_routine.with_name("broken.yaml")
    broken.write_text(ROUTINE.replace("hold: 25s", "hodl: 25s"), encoding="utf-8")
    (tmp_path / "exercises.yaml").write_text("exercises: []\n", encoding="utf-8")
    library = Library(DataDir(tmp_path))
    first = library.listing()
    library.load("evening")
    second = library.listing()
    assert [info.id for info in second.routines] == [info.id for info in first.routines]
    assert [problem.path for problem in first.problems] == [str(tmp_path / "exercises.yaml"), str(broken)]
    assert second.problems == first.problems


def test_the_outline_keeps_each_steps_equipment_and_who_should_adapt_it(
    tmp_path: Path, user_routine: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    listed(tmp_path, "evening")
    monkeypatch.setattr(routine_yaml, "load_routine_file", no_parsing)
    thread = listed(tmp_path, "evening").outline[0]  # from the index
    assert thread.equipment == ("mat",)
    assert any(sentence.startswith("Wrist pain") for sentence in thread.avoid_if)
