"""Running the command line in-process, as the tests of its contract do."""

from __future__ import annotations

import pytest

from backpain_timer.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """``backpain-timer ARGV…``: the exit code, then what it printed to stdout and to stderr."""
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err
