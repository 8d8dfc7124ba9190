"""How the terminal shows an error, and which language it speaks. Light on purpose: the GUI uses it before
its first window, without loading the command-line parser and its commands."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from backpain_timer.storage.problems import RoutineFileError


def print_error(error: Exception) -> None:
    """An error as the terminal shows it, on stderr: each problem of a file as PATH:LINE:COL: error: …,
    anything else after the program's name. Every command that loads a routine reports through this."""
    lines = error.lines if isinstance(error, RoutineFileError) else [f"backpain-timer: error: {error}"]
    for line in lines:
        print(line, file=sys.stderr)


def use_chosen_language(code: str | None, settings_file: Path) -> None:
    """Speak ``code`` (``--lang``), else the settings' language, else the environment's (domain/language.py);
    a bad language setting is noted on stderr."""
    from backpain_timer.storage.texts_files import use_language

    if code is None:
        from backpain_timer.domain.language import choose_language
        from backpain_timer.storage.settings import language_setting

        setting, problems = language_setting(settings_file)
        for problem in problems:
            print(f"backpain-timer: note: {problem}", file=sys.stderr)
        code = choose_language(setting, os.environ)
    use_language(code, print_error)
