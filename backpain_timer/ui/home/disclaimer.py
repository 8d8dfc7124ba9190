"""The first-run notice: general information, not medical advice. It sits above the views; it never
stops a session, and once dismissed it stays away (``Settings.disclaimer_dismissed``)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from backpain_timer.domain.disclaimer import disclaimer
from backpain_timer.storage.settings import Settings
from backpain_timer.ui.colors import ThemeColors
from backpain_timer.ui.settings.store import SettingsStore
from backpain_timer.ui.theme import current_colors, theme_controller


class DisclaimerBanner(QFrame):
    """``about_requested()`` asks for the About page; ``dismissed()`` follows the notice going away for
    good (through the settings store); ``problem(message)`` reports a settings file that could not be
    written (the banner goes away for now all the same and shows again next start)."""

    about_requested = Signal()
    dismissed = Signal()
    problem = Signal(str)

    def __init__(self, store: SettingsStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        store.changed.connect(self._settings_changed)
        self.setObjectName("disclaimer")
        self.setAccessibleName(self.tr("Disclaimer"))
        self._paint(current_colors())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme_controller(app).changed.connect(self._paint)  # light ⇄ dark while open
        self.text_label = QLabel(disclaimer())
        self.text_label.setWordWrap(True)
        self.about_button = QPushButton(self.tr("About your back"))
        self.about_button.setToolTip(self.tr("Causes, prevention, home care, and when to see a doctor"))
        self.about_button.clicked.connect(self.about_requested)
        self.dismiss_button = QPushButton(self.tr("Got it"))
        self.dismiss_button.setToolTip(self.tr("Hide this notice for good"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the disclaimer"))
        self.dismiss_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(12)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.about_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignVCenter)

    def _paint(self, colors: ThemeColors) -> None:
        self.setStyleSheet(
            f"QFrame#disclaimer {{ background: {colors.warning_background};"
            f" border-bottom: 1px solid {colors.warning_border}; }}"
            f" QFrame#disclaimer QLabel {{ color: {colors.text}; background: transparent; }}"
        )

    def dismiss(self) -> None:
        error = self.store.update(disclaimer_dismissed=True)
        if error is not None:
            self.problem.emit(
                self.tr(
                    "Could not remember that the notice was dismissed ({path}: {error}); "
                    "it will show again next time."
                ).format(path=self.store.path, error=error.strerror or error)
            )

    def _settings_changed(self, changed: frozenset[str], settings: Settings) -> None:
        if "disclaimer_dismissed" in changed and settings.disclaimer_dismissed:
            self.hide()
            self.dismissed.emit()
