"""Every file of the malformed-routine corpus gives a clear error at the expected place, never a traceback.

Each file's first line says what to expect: ``# expect: LINE:COL WORD`` — one of the file's problems is at
LINE:COL and its message contains WORD.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from backpain_timer.storage.routine_yaml import RoutineFileError, load_routine_file
from tests.unit.routine_samples import LIBRARY

CORPUS = Path(__file__).resolve().parent.parent / "data" / "invalid"
FILES = sorted(CORPUS.glob("*.yaml"))
_EXPECT = re.compile(rb"# expect: (\d+):(\d+) (\S+)\n")


def test_corpus_is_large_enough() -> None:
    assert len(FILES) >= 50


@pytest.mark.parametrize("path", FILES, ids=[path.stem for path in FILES])
def test_malformed_file_is_reported_where_expected(path: Path) -> None:
    header = _EXPECT.match(path.read_bytes())
    assert header, "the first line must be '# expect: LINE:COL WORD'"
    line, column, word = int(header[1]), int(header[2]), header[3].decode()
    with pytest.raises(RoutineFileError) as info:
        load_routine_file(path, LIBRARY)
    problems = info.value.problems
    listing = "\n".join(map(str, problems))
    first_match = next(((p.line, p.column) for p in problems if word in p.message), None)
    assert first_match == (line, column), listing
    assert all(str(p).startswith(f"{path}:{p.line}:{p.column}: error: ") for p in problems), listing
