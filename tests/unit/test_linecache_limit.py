"""The linecache limit saves memory only while linecache works as it does today: each test names the
assumption it checks, so a Python that changes linecache fails here with the reason, not silently."""

from __future__ import annotations

import inspect
import json.decoder
import json.encoder
import linecache
import sys
import traceback
import zipfile
from pathlib import Path

import pytest

from backpain_timer.linecache_limit import LastFileOnly, limit_linecache


@pytest.fixture(autouse=True)
def own_linecache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(linecache, "cache", {})  # the test's own store, dropped afterwards
    limit_linecache()


def test_linecache_reads_through_its_module_global_store() -> None:
    assert isinstance(linecache.cache, LastFileOnly), "linecache.cache is no longer a replaceable global"
    inspect.getsource(json.decoder)  # what PySide does for each module imported after it
    assert list(linecache.cache) == [json.decoder.__file__], (
        "linecache no longer stores what it reads in linecache.cache: the limit saves nothing on this Python"
    )


def test_linecache_keeps_no_second_store_of_the_lines() -> None:
    inspect.getsource(json.encoder)
    others = [
        name
        for name, value in vars(linecache).items()
        if isinstance(value, dict) and value is not linecache.cache and json.encoder.__file__ in value
    ]
    assert others == [], f"linecache keeps source lines in {others} too: limit that store as well"


def test_module_sources_read_at_start_up_are_not_kept_but_tracebacks_still_show_lines(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    archive = tmp_path / "zipped.zip"  # a module only a loader can read (linecache's lazy path)
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("zipped_probe.py", "ANSWER = 42\n")
    monkeypatch.syspath_prepend(str(archive))
    import zipped_probe  # type: ignore[import-not-found]

    monkeypatch.delitem(sys.modules, "zipped_probe")
    for module in (json.decoder, json.encoder, zipped_probe):
        assert inspect.getsource(module)
    assert len(linecache.cache) <= 1
    try:
        raise ValueError("shown with its line")
    except ValueError:
        shown = traceback.format_exc()
    assert 'raise ValueError("shown with its line")' in shown
