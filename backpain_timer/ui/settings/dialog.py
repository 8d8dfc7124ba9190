"""The settings dialog: one tab per page; every change goes to the settings store, which saves it and
tells every part.

A page is a QWidget with a ``title``, a ``load(settings)`` method and an ``edited(dict)`` signal carrying
the changed ``Settings`` fields; each lives in a module of its own (``cues_page``, ``appearance_page``,
``checkins_page``) and is added with ``add_page``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from backpain_timer.storage.settings import Settings
from backpain_timer.ui.cues.player import CuePlayer
from backpain_timer.ui.form_label import add_field
from backpain_timer.ui.settings.cues_page import CuesPage
from backpain_timer.ui.settings.store import SettingsStore
from backpain_timer.ui.theme import outline_controls


class SettingsPage(Protocol):
    title: str
    edited: SignalInstance

    def load(self, settings: Settings) -> None: ...


class SettingsDialog(QDialog):
    """Shows the store's settings and hands each edit to it; follows changes made elsewhere while open."""

    def __init__(
        self,
        store: SettingsStore,
        *,
        player: CuePlayer | None = None,
        data_dir: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        outline_controls()
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)
        self.store = store
        self.tabs = QTabWidget()
        self.pages: list[SettingsPage] = []
        self.save_error = QLabel()
        self.save_error.setProperty("notice", True)
        self.save_error.setWordWrap(True)
        self.save_error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.save_error)
        if data_dir is not None:
            # Shown, not edited: the folder is chosen with --data-dir or BACKPAIN_TIMER_DATA_DIR.
            self.data_dir_field = QLineEdit(str(data_dir))
            self.data_dir_field.setReadOnly(True)
            self.data_dir_field.setAccessibleName(self.tr("Data folder"))
            self.data_dir_field.setToolTip(
                self.tr(
                    "Your routines, history and settings live here. "
                    "Start with --data-dir or set BACKPAIN_TIMER_DATA_DIR to use another folder."
                )
            )
            folder = QFormLayout()
            add_field(folder, self.tr("Data folder"), self.data_dir_field)
            layout.addLayout(folder)
        layout.addWidget(buttons)
        self.cues_page = CuesPage(player)
        self.add_page(self.cues_page)
        store.changed.connect(self._show)

    def add_page(self, page: QWidget) -> None:
        """Add a tab; ``page`` follows the ``SettingsPage`` protocol."""
        settings_page: SettingsPage = page  # type: ignore[assignment]  # QWidget + the page protocol
        settings_page.load(self.store.settings)
        settings_page.edited.connect(self._apply)
        self.pages.append(settings_page)
        # A page taller than a small screen's dialog (Cues at 640×480) scrolls; the tabs and Close stay.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        page.setAutoFillBackground(False)  # the tab's own background shows through
        scroll.viewport().setAutoFillBackground(False)
        self.tabs.addTab(scroll, settings_page.title.replace("&", "&&"))  # a lone & would underline a letter

    def _apply(self, changes: dict[str, Any]) -> None:
        error = self.store.update(**changes)
        if error is None:
            self.save_error.hide()
            return
        self.save_error.setText(
            self.tr(
                "Could not save settings to {path}: {error}. They apply until Backpain Timer closes."
            ).format(path=self.store.path, error=error.strerror or error)
        )
        self.save_error.show()

    def _show(self, _changed: frozenset[str], settings: Settings) -> None:
        """Every page shows the new settings: dependent controls (greyed out or not) stay in step, and a
        change made elsewhere while the dialog is open is not undone by the next edit here."""
        for page in self.pages:
            page.load(settings)
