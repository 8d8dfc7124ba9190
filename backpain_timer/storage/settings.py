"""User settings: one JSON file under the data dir, read leniently, written atomically."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from backpain_timer.domain.language import SETTING_VALUES, SYSTEM
from backpain_timer.storage.atomic import atomic_write_text

THEMES = ("system", "light", "dark")
_TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d")


@dataclass(frozen=True)
class Settings:
    # cues
    sound: bool = True
    volume: float = 0.8  # 0..1
    voice: bool = False  # speech engines can be slow to start; the user turns voice on
    voice_rate: float = 0.0  # -1 (slow) .. 1 (fast)
    countdown: bool = True
    halfway: bool = True
    flash: bool = True
    breath_tone: bool = False
    reduced_motion: bool = False
    # check-ins
    checkin_before: bool = True
    checkin_before_quick_start: bool = False  # also ask for --start (the app itself always asks)
    checkin_after: bool = True
    disclaimer_dismissed: bool = False
    # appearance and reminders
    theme: str = "system"
    reminder_enabled: bool = False
    reminder_time: str = "18:00"
    # runs: folders whose run files are picked up, beside <data>/runs-inbox and a mounted watch
    run_folders: tuple[str, ...] = ()
    # session: a click or tap anywhere on the session view (outside its buttons) pauses and resumes
    big_target: bool = False
    # "system" (the environment decides: domain/language.py) or a language code
    language: str = SYSTEM

    def validated(self) -> Settings:
        """Clamp values that came from a hand-edited file into their ranges."""
        return replace(
            self,
            volume=min(1.0, max(0.0, self.volume)),
            voice_rate=min(1.0, max(-1.0, self.voice_rate)),
            theme=self.theme if self.theme in THEMES else "system",
            reminder_time=self.reminder_time if _TIME.fullmatch(self.reminder_time) else "18:00",
        )


def load_settings(path: Path) -> tuple[Settings, list[str]]:
    """The settings and a list of readable problems (a bad file or field falls back to its default)."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings(), []
    except (OSError, UnicodeDecodeError, ValueError) as error:
        return Settings(), [f"{path}: cannot read settings ({error}); using defaults"]
    if not isinstance(raw, dict):
        return Settings(), [f"{path}: settings must be a JSON object; using defaults"]
    problems: list[str] = []
    values: dict[str, Any] = {}
    defaults = Settings()
    for field in fields(Settings):
        if field.name not in raw:
            continue
        value = raw[field.name]
        default = getattr(defaults, field.name)
        if isinstance(default, bool):
            ok = isinstance(value, bool)
        elif isinstance(default, tuple):
            ok = isinstance(value, list) and all(isinstance(item, str) for item in value)
            value = tuple(value) if ok else value
        elif isinstance(default, float):
            ok = isinstance(value, int | float) and not isinstance(value, bool)
            value = float(value) if ok else value
        else:
            ok = isinstance(value, str)
        if ok and field.name == "language" and value not in SETTING_VALUES:
            problems.append(
                f"{path}: setting 'language' has an unknown value {value!r} "
                f"(use one of: {', '.join(SETTING_VALUES)}); using {default!r}"
            )
        elif ok:
            values[field.name] = value
        else:
            problems.append(f"{path}: setting '{field.name}' has a bad value {value!r}; using {default!r}")
    return Settings(**values).validated(), problems


def run_folders(path: Path) -> tuple[list[Path], list[str]]:
    """The run folders named in the settings file, for the terminal commands (the app asks its store);
    with the problems found in the file."""
    settings, problems = load_settings(path)
    return [Path(folder).expanduser() for folder in settings.run_folders], problems


def language_setting(path: Path) -> tuple[str, list[str]]:
    """The ``language`` setting for the terminal commands (the app asks its store); with the problem of
    its value (the rest of the file is reported where it is used)."""
    settings, problems = load_settings(path)
    return settings.language, [problem for problem in problems if "setting 'language'" in problem]


def save_settings(settings: Settings, path: Path) -> None:
    """Atomic write; raises OSError (read-only dir, full disk) for the caller to report."""
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, json.dumps(asdict(settings), indent=2) + "\n")
