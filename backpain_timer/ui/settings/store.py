"""The one owner of the settings in the GUI: it loads them, validates each change, saves it atomically and
announces it. Every other part reads ``store.settings`` and listens to ``changed``; none keeps a copy."""

from __future__ import annotations

from dataclasses import fields, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from backpain_timer.storage.settings import Settings, load_settings, save_settings


class SettingsStore(QObject):
    """``changed(frozenset[str], Settings)``: the names of the fields that changed, then all the settings.

    ``problems`` are what loading found wrong in the file (each bad field fell back to its default).
    """

    changed = Signal(object, object)

    def __init__(self, path: Path, settings: Settings | None = None, parent: QObject | None = None) -> None:
        """Hold ``settings`` (defaults when None) for the file at ``path``, which is only written on a change;
        ``load`` reads the file first."""
        super().__init__(parent)
        self.path = path
        self._settings = (settings or Settings()).validated()
        self.problems: list[str] = []

    @classmethod
    def load(cls, path: Path, parent: QObject | None = None) -> SettingsStore:
        settings, problems = load_settings(path)
        store = cls(path, settings, parent)
        store.problems = problems
        return store

    @property
    def settings(self) -> Settings:
        return self._settings

    def update(self, **changes: Any) -> OSError | None:
        """Apply ``changes`` (``Settings`` field names; values out of range are clamped), save and announce
        them. Returns why the file could not be written, or None: the change applies in this run all the
        same, and the caller says what it means for the user."""
        updated = replace(self._settings, **changes).validated()
        changed = frozenset(
            field.name
            for field in fields(Settings)
            if getattr(updated, field.name) != getattr(self._settings, field.name)
        )
        if not changed:
            return None
        self._settings = updated
        error: OSError | None = None
        try:
            save_settings(updated, self.path)
        except OSError as save_error:
            error = save_error
        self.changed.emit(changed, updated)
        return error
