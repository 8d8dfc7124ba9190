"""How the terminal shows an error. Light on purpose: the GUI reports through it before its first window,
without loading the command-line parser and its commands."""

from __future__ import annotations

import sys

from backpain_timer.storage.problems import RoutineFileError


def print_error(error: Exception) -> None:
    """An error as the terminal shows it, on stderr: each problem of a file as PATH:LINE:COL: error: …,
    anything else after the program's name. Every command that loads a routine reports through this."""
    lines = error.lines if isinstance(error, RoutineFileError) else [f"backpain-timer: error: {error}"]
    for line in lines:
        print(line, file=sys.stderr)
