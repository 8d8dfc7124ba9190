"""Keep linecache from holding the source of every module PySide looks at.

PySide reads the whole source of each module imported after it (``inspect.getsource``, looking for
``from __feature__``), and linecache would keep it all: 3.5 MiB at start-up, more with each page built later.
The standard library offers no size limit, so this replaces ``linecache.cache`` (a module global that is not
documented as replaceable) by a store that keeps the file read last only; a traceback or a warning reads
its lines again. ``tests/unit/test_linecache_limit.py`` checks each assumption this makes and says which
one a new Python broke.
"""

from __future__ import annotations

import linecache
from typing import Any


class LastFileOnly(dict[str, Any]):
    """A linecache store that keeps only the file stored last (linecache reads an entry back right after
    storing it): other lines are read again when asked for."""

    def __setitem__(self, key: str, value: Any) -> None:
        self.clear()
        super().__setitem__(key, value)


def limit_linecache() -> None:
    """From now on linecache keeps one file's lines at a time."""
    linecache.clearcache()
    linecache.cache = LastFileOnly()
