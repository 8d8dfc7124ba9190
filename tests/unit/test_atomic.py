"""Atomic writes: the file is either the old one or the whole new one, and failures say what happened."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from backpain_timer.storage.atomic import atomic_write_text


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    directory = tmp_path / "routines"
    directory.mkdir()
    return directory


@pytest.fixture
def umask_022() -> Iterator[None]:
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_writes_a_new_file_as_utf8_and_leaves_nothing_else(folder: Path, umask_022: None) -> None:
    path = folder / "r.yaml"
    atomic_write_text(path, "name: Cat–cow 🙂\n")
    assert path.read_bytes() == "name: Cat–cow 🙂\n".encode()
    assert [p.name for p in folder.iterdir()] == ["r.yaml"]
    assert stat.S_IMODE(path.stat().st_mode) == 0o644  # like any new file, not a private temp file


def test_replaces_a_file_and_keeps_its_permissions(folder: Path) -> None:
    path = folder / "r.yaml"
    path.write_text("old\n", encoding="utf-8")
    path.chmod(0o640)
    atomic_write_text(path, "new\n")
    assert path.read_text(encoding="utf-8") == "new\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_a_symlink_keeps_pointing_at_its_target(folder: Path) -> None:
    target = folder / "real.yaml"
    target.write_text("old\n", encoding="utf-8")
    link = folder / "link.yaml"
    link.symlink_to(target)
    atomic_write_text(link, "new\n")
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8") == "new\n"


def test_a_failed_write_keeps_the_old_file(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = folder / "r.yaml"
    path.write_text("old\n", encoding="utf-8")

    def disk_full(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError) as info:
        atomic_write_text(path, "new\n")
    assert info.value.errno == errno.ENOSPC
    assert info.value.strerror == f"cannot save {path}: No space left on device"
    assert path.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in folder.iterdir()] == ["r.yaml"]


def test_a_failed_rename_keeps_the_old_file(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = folder / "r.yaml"
    path.write_text("old\n", encoding="utf-8")

    def refuse(self: Path, target: Path) -> None:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(Path, "replace", refuse)
    with pytest.raises(PermissionError) as info:
        atomic_write_text(path, "new\n")
    assert info.value.strerror == f"cannot save {path}: Permission denied"
    assert path.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in folder.iterdir()] == ["r.yaml"]


def test_a_missing_folder_is_named_in_the_error(folder: Path) -> None:
    path = folder / "gone" / "r.yaml"
    with pytest.raises(FileNotFoundError) as info:
        atomic_write_text(path, "x\n")
    assert str(info.value) == f"[Errno {errno.ENOENT}] cannot save {path}: No such file or directory"
