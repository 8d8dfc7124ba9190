"""Finding a plugged-in watch and putting a file on it without replacing another."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from backpain_timer.storage.watch import copy_new_file, find_watch_folders, mount_roots


def make_drive(root: Path, name: str, garmin: bool = True) -> Path:
    drive = root / name
    (drive / ("GARMIN/NewFiles" if garmin else "DCIM")).mkdir(parents=True)
    return drive


def test_watches_are_found_under_each_root(tmp_path: Path) -> None:
    media, run_media = tmp_path / "media", tmp_path / "run-media"
    fenix = make_drive(media, "FENIX")
    make_drive(media, "CAMERA", garmin=False)
    forerunner = make_drive(run_media, "FR255")
    found = find_watch_folders([media, run_media, tmp_path / "missing"])
    assert found == [fenix / "GARMIN/NewFiles", forerunner / "GARMIN/NewFiles"]


def test_no_watch_no_folders(tmp_path: Path) -> None:
    make_drive(tmp_path, "USB", garmin=False)
    assert find_watch_folders([tmp_path]) == []


def test_the_mount_roots_are_the_users_media_folders() -> None:
    assert mount_roots("ana") == [Path("/media/ana"), Path("/run/media/ana")]


def test_a_copy_never_replaces_another_file(tmp_path: Path) -> None:
    tmp_path = tmp_path / "NewFiles"  # not the test data dir next to it
    tmp_path.mkdir()
    (tmp_path / "cool.fit").write_bytes(b"older")
    first = copy_new_file(b"one", tmp_path, "cool", ".fit")
    second = copy_new_file(b"two", tmp_path, "cool", ".fit")
    assert (first.name, second.name) == ("cool-2.fit", "cool-3.fit")
    assert [(path.name, path.read_bytes()) for path in sorted(tmp_path.iterdir())] == [
        ("cool-2.fit", b"one"),
        ("cool-3.fit", b"two"),
        ("cool.fit", b"older"),
    ]


def test_without_hard_links_the_name_is_still_never_reused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(_source: object, _target: object) -> None:
        raise PermissionError(1, "Operation not permitted")  # what FAT says

    monkeypatch.setattr(os, "link", no_links)
    tmp_path = tmp_path / "NewFiles"  # not the test data dir next to it
    tmp_path.mkdir()
    (tmp_path / "cool.fit").write_bytes(b"older")
    written = copy_new_file(b"new", tmp_path, "cool", ".fit")
    assert written.name == "cool-2.fit"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["cool-2.fit", "cool.fit"]


def test_a_folder_that_cannot_be_written_is_named(tmp_path: Path) -> None:
    with pytest.raises(OSError, match=f"cannot write to {tmp_path / 'gone'}"):
        copy_new_file(b"x", tmp_path / "gone", "cool", ".fit")
