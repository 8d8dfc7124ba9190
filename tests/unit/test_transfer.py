"""Import, export, trash, restore and new ids, on a small library written by the tests themselves."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from backpain_timer.storage.library import Library
from backpain_timer.storage.paths import DataDir
from backpain_timer.storage.problems import UnknownRoutine
from backpain_timer.storage.routine_yaml import RoutineFileError
from backpain_timer.storage.transfer import (
    ImportConflict,
    TransferError,
    delete_user_routine,
    export_routine,
    import_routines,
    move_to_trash,
    restore_builtin,
    unique_id,
)

EXERCISES_YAML = """\
version: 1
exercises:
  reach:
    name: Overhead reach
    summary: Reach up tall to open the chest.
    instructions: [Stand tall with soft knees., Reach both arms up and breathe.]
    cues: [Keep your ribs down.]
    caution: Stop if your shoulder pinches.
    targets: [shoulders, upper back]
    hold: 20s
  twist:
    name: Seated twist
    summary: Turn the upper back gently.
    instructions: [Sit tall., Turn from the mid-back.]
    sides: both
    hold: 15s
    image: twist.svg
  belly-breathing:
    name: Belly breathing
    instructions: [Lie on your back., Breathe slowly into your belly.]
"""
TWIST_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><circle cx="5" cy="5" r="4"/></svg>\n'
)
MORNING_YAML = """\
version: 1
name: Morning loosen
tags: [warm-up]
steps:
  - exercise: reach
  - exercise: twist
    reps: 2
"""
USER_YAML = """\
# My own routine: the comment must survive import and export.
name: Evening unwind
rest: 10s
steps:
  - exercise: belly-breathing
    hold: 1m
"""
BAD_YAML = """\
name: Broken
steps:
  - exercise: raech
    hodl: 20s
"""


def make_library(tmp_path: Path, data_root: Path) -> Library:
    """A library with its own built-in folder (three exercises, the routine 'morning') and data dir."""
    builtin = tmp_path / "builtin"
    builtin.mkdir()
    (builtin / "exercises.yaml").write_text(EXERCISES_YAML, encoding="utf-8")
    (builtin / "twist.svg").write_text(TWIST_SVG, encoding="utf-8")
    (builtin / "morning.yaml").write_text(MORNING_YAML, encoding="utf-8")
    return Library(DataDir(data_root), builtin_dir=builtin)


@pytest.fixture
def library(tmp_path: Path, data_dir: Path) -> Library:
    return make_library(tmp_path, data_dir)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_import_copies_the_file_as_written(library: Library, tmp_path: Path) -> None:
    source = write(tmp_path / "in" / "evening.yaml", USER_YAML)
    written = import_routines([source], library)
    assert written == [library.user_path("evening")]
    assert written[0].read_text(encoding="utf-8") == USER_YAML
    assert library.load("evening").name == "Evening unwind"


def test_import_with_a_bad_file_reports_every_problem_and_copies_nothing(
    library: Library, tmp_path: Path
) -> None:
    good = write(tmp_path / "in" / "evening.yaml", USER_YAML)
    bad = write(tmp_path / "in" / "broken.yaml", BAD_YAML)
    with pytest.raises(RoutineFileError) as caught:
        import_routines([good, bad], library)
    reported = [str(problem) for problem in caught.value.problems]
    assert f"{bad}:3:15: error: unknown exercise 'raech' (did you mean 'reach'?)" in reported
    assert any(line.startswith(f"{bad}:4:5: error: unknown key 'hodl'") for line in reported)
    assert not library.has_user("evening")
    assert not library.has_user("broken")


def test_import_refuses_two_files_that_would_get_the_same_id(library: Library, tmp_path: Path) -> None:
    first = write(tmp_path / "a" / "evening.yaml", USER_YAML)
    second = write(tmp_path / "b" / "evening.yaml", USER_YAML)
    with pytest.raises(RoutineFileError, match="same routine id 'evening'"):
        import_routines([first, second], library)
    assert not library.has_user("evening")


def test_import_over_an_existing_routine_needs_overwrite_and_keeps_the_old_one(
    library: Library, tmp_path: Path
) -> None:
    old_text = USER_YAML.replace("Evening unwind", "Old evening")
    write(library.user_path("evening"), old_text)
    source = write(tmp_path / "in" / "evening.yaml", USER_YAML)
    with pytest.raises(ImportConflict) as caught:
        import_routines([source], library)
    assert caught.value.routine_ids == ("evening",)
    assert "'evening'" in str(caught.value)
    assert library.user_path("evening").read_text(encoding="utf-8") == old_text

    import_routines([source], library, overwrite=True)
    assert library.user_path("evening").read_text(encoding="utf-8") == USER_YAML
    trashed = list(library.data.trash_dir.iterdir())
    assert [path.read_text(encoding="utf-8") for path in trashed] == [old_text]


def test_import_of_a_builtin_id_makes_an_override(library: Library, tmp_path: Path) -> None:
    source = write(tmp_path / "in" / "morning.yaml", USER_YAML)
    import_routines([source], library)
    assert library.load("morning").name == "Evening unwind"


def test_export_copies_the_source_text_with_its_comments(library: Library, tmp_path: Path) -> None:
    write(library.user_path("evening"), USER_YAML)
    destination = export_routine(library, "evening", tmp_path / "out.yaml")
    assert destination.read_text(encoding="utf-8") == USER_YAML


def test_export_into_a_folder_names_the_file_after_the_id(library: Library, tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    destination = export_routine(library, "morning", folder)
    assert destination == folder / "morning.yaml"
    assert destination.read_text(encoding="utf-8") == MORNING_YAML


def test_export_into_a_missing_folder_names_the_file_and_the_reason(library: Library, tmp_path: Path) -> None:
    with pytest.raises(OSError, match=r"cannot save .*out\.yaml: No such file or directory"):
        export_routine(library, "morning", tmp_path / "missing" / "out.yaml")


def test_export_of_an_unknown_routine_says_did_you_mean(library: Library, tmp_path: Path) -> None:
    with pytest.raises(UnknownRoutine, match="did you mean 'morning'"):
        export_routine(library, "mornin", tmp_path / "out.yaml")


def test_export_rewrites_an_inline_image_path_for_the_new_folder(library: Library, tmp_path: Path) -> None:
    write(tmp_path / "src" / "pics" / "me.svg", TWIST_SVG)
    write(
        library.user_path("pictured"),
        "name: Pictured\nsteps:\n  - exercise: {name: Wave, image: ../../src/pics/me.svg}\n    hold: 5s\n",
    )
    (tmp_path / "elsewhere" / "deep").mkdir(parents=True)
    destination = export_routine(library, "pictured", tmp_path / "elsewhere" / "deep" / "p.yaml")
    assert "image: ../../src/pics/me.svg" in destination.read_text(encoding="utf-8")
    assert (destination.parent / "../../src/pics/me.svg").resolve() == (
        tmp_path / "src/pics/me.svg"
    ).resolve()


def test_trash_never_replaces_an_earlier_file(tmp_path: Path) -> None:
    trash = tmp_path / "trash"
    moment = datetime(2026, 11, 25, 15, 30, 0)
    first = move_to_trash(write(tmp_path / "a" / "desk.yaml", "one"), trash, now=moment)
    second = move_to_trash(write(tmp_path / "a" / "desk.yaml", "two"), trash, now=moment)
    assert first.name == "desk.20261125-153000.yaml"
    assert second.name == "desk.20261125-153000-2.yaml"
    assert (first.read_text(), second.read_text()) == ("one", "two")
    assert not (tmp_path / "a" / "desk.yaml").exists()


def test_restore_builtin_moves_the_override_to_the_trash(library: Library) -> None:
    write(library.user_path("morning"), USER_YAML)
    assert library.load("morning").name == "Evening unwind"
    trashed = restore_builtin(library, "morning")
    assert trashed.parent == library.data.trash_dir
    assert trashed.read_text(encoding="utf-8") == USER_YAML
    assert library.load("morning").name == "Morning loosen"


def test_restore_builtin_explains_when_there_is_nothing_to_restore(library: Library) -> None:
    with pytest.raises(TransferError, match="already the built-in version"):
        restore_builtin(library, "morning")
    write(library.user_path("evening"), USER_YAML)
    with pytest.raises(TransferError, match="'evening' is not a built-in routine"):
        restore_builtin(library, "evening")


def test_only_user_routines_can_be_deleted(library: Library) -> None:
    with pytest.raises(TransferError, match="built-in routine"):
        delete_user_routine(library, "morning")
    write(library.user_path("evening"), USER_YAML)
    trashed = delete_user_routine(library, "evening")
    assert not library.has_user("evening")
    assert trashed.read_text(encoding="utf-8") == USER_YAML


def test_unique_id_numbers_taken_slugs(library: Library) -> None:
    assert unique_id(library, "Evening Unwind") == "evening-unwind"
    assert unique_id(library, "Morning") == "morning-2"  # a built-in has "morning"
    write(library.user_path("morning-2"), USER_YAML)
    assert unique_id(library, "Morning!") == "morning-3"
    assert unique_id(library, "Exercises") == "exercises-2"  # the user's exercise library file
