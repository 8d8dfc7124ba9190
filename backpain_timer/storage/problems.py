"""Problems found in a user's file, each at a line and column, the errors of loading a routine, and the
history's error. No YAML and no sqlite3 here: cheap to import."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One problem in a file, at a 1-based line and column."""

    path: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: error: {self.message}"


class RoutineError(Exception):
    """A routine that cannot be had. ``lines`` says why, one line each; ``summary`` is the first."""

    @property
    def lines(self) -> list[str]:
        return [str(self)]

    @property
    def summary(self) -> str:
        return self.lines[0]


class UnknownRoutine(RoutineError, LookupError):
    """No routine has that id (or no file that path); str() is the message, with a did-you-mean when one is
    close."""


class RoutineFileError(RoutineError):
    """A file with problems; ``problems`` holds all of them, sorted by position."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = sorted(problems, key=lambda problem: (problem.line, problem.column))
        super().__init__("\n".join(str(problem) for problem in self.problems))

    @property
    def lines(self) -> list[str]:
        return [str(problem) for problem in self.problems]


class HistoryError(Exception):
    """A history database that cannot be read or written; the message names the file and what to do."""
