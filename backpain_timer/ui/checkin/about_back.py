"""The "About your back" page: causes, prevention, home care and when to see a doctor (general information)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from backpain_timer.domain.back_guide import about_your_back
from backpain_timer.domain.disclaimer import disclaimer


class AboutBackDialog(QDialog):
    """A non-modal window: it may stay open beside the routines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about-your-back")
        title = self.tr("About your back")
        self.setWindowTitle(title)
        self.resize(640, 720)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(title)
        self.browser.setHtml(f"{about_your_back()}<hr><p><i>{disclaimer()}</i></p>")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)


def show_about_back(parent: QWidget) -> AboutBackDialog:
    """Open the page (or bring the open one to the front) and return it."""
    existing = parent.findChild(AboutBackDialog, "about-your-back", Qt.FindChildOption.FindDirectChildrenOnly)
    dialog = existing if isinstance(existing, AboutBackDialog) else AboutBackDialog(parent)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
