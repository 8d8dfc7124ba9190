"""Settings page "Start-up": start at login, in the background, so that the reminder and the cool-down
after a run work without the window open. The state is the autostart file itself (no setting keeps a
second copy of it); a SettingsDialog page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QWidget

from backpain_timer.desktop import autostart_path, set_start_at_login
from backpain_timer.storage.settings import Settings


class StartupPage(QWidget):
    """``config``: the XDG config folder (default: $XDG_CONFIG_HOME)."""

    edited = Signal(dict)  # never: this page changes a file of the desktop, not the settings

    def __init__(self, config: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("Start-up")
        self._config = config
        self.at_login = QCheckBox(self.tr("Start at login, in the background"))
        self.at_login.setAccessibleName(self.at_login.text())
        self.at_login.toggled.connect(self._toggled)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()
        note = QLabel(
            self.tr(
                "Backpain Timer then waits in the tray: the daily reminder works and, when a run from your "
                "watch lands in a run folder, it offers the cool-down."
            )
        )
        note.setProperty("muted", True)
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.at_login)
        form.addRow(note)
        form.addRow(self.error)

    def load(self, _settings: Settings) -> None:
        self.at_login.blockSignals(True)
        self.at_login.setChecked(autostart_path(self._config).is_file())
        self.at_login.blockSignals(False)

    def _toggled(self, on: bool) -> None:
        try:
            set_start_at_login(on, self._config)
        except OSError as error:
            self.error.setText(self.tr("Cannot change the start at login: {error}").format(error=error))
            self.error.show()
            self.load(Settings())
            return
        self.error.hide()
