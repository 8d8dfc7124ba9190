"""Every test runs offscreen, with its own data dir, never the user's."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh data dir for every test; the real user dirs are never touched."""
    directory = tmp_path / "data"
    directory.mkdir()
    monkeypatch.setenv("BACKPAIN_TIMER_DATA_DIR", str(directory))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    # English unless a test asks for another language: the machine's locale must not change the words
    # (C.UTF-8: untranslated, and tools the tests run still print UTF-8).
    for variable in ("BACKPAIN_TIMER_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    from backpain_timer.domain import texts

    yield directory
    texts.use("en")
