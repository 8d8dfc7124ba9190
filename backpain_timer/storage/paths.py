"""The one data dir that holds everything a user makes: routines, history, settings, cache, trash."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "backpain-timer"
ENV_DATA_DIR = "BACKPAIN_TIMER_DATA_DIR"


def resolve_data_dir(cli_value: str | None = None) -> Path:
    """--data-dir wins, then $BACKPAIN_TIMER_DATA_DIR, then the platform's user data dir."""
    if cli_value:
        return Path(cli_value).expanduser()
    from_env = os.environ.get(ENV_DATA_DIR)
    if from_env:
        return Path(from_env).expanduser()
    import platformdirs  # only when neither option names the dir

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class DataDir:
    root: Path

    @property
    def routines_dir(self) -> Path:
        return self.root / "routines"

    @property
    def exercises_file(self) -> Path:
        return self.root / "exercises.yaml"

    @property
    def history_db(self) -> Path:
        return self.root / "history.sqlite3"

    @property
    def settings_file(self) -> Path:
        return self.root / "settings.json"

    @property
    def runs_inbox(self) -> Path:
        """Run files dropped here are picked up (storage/run_scanner.py)."""
        return self.root / "runs-inbox"

    @property
    def cache_dir(self) -> Path:
        return self.root / "cache"

    @property
    def trash_dir(self) -> Path:
        return self.root / "trash"

    def why_not_writable(self) -> str | None:
        """None when the data dir can be written; otherwise a sentence saying why nothing can be saved."""
        probe = self.root
        while not probe.exists() and probe != probe.parent:
            probe = probe.parent
        if not probe.is_dir():
            return f"cannot save anything: {probe} is not a directory"
        if not os.access(probe, os.W_OK | os.X_OK):
            return f"cannot save anything: the data directory {probe} is read-only"
        return None

    def ensure(self) -> None:
        """Create the data dir and its routines dir; raises OSError with the reason when that fails."""
        self.routines_dir.mkdir(parents=True, exist_ok=True)
