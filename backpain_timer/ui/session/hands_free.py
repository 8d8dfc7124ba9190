"""Hands-free control of the session view: the keyboard's media keys, and (an option) a click or tap
anywhere outside the buttons to pause and resume, for a touchscreen or a mouse on the floor.

Kept beside the view, not in it: it only listens to the view and calls its controller.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QMouseEvent, QShortcut

if TYPE_CHECKING:
    from backpain_timer.ui.session.controller import SessionController
    from backpain_timer.ui.session.view import SessionView
    from backpain_timer.ui.settings.store import SettingsStore

# Media key -> the controller's operation: the same as Space, →, ← and Esc (Stop never leaves fullscreen).
MEDIA_KEYS = {
    Qt.Key.Key_MediaTogglePlayPause: "toggle",
    Qt.Key.Key_MediaPlay: "resume",
    Qt.Key.Key_MediaPause: "pause",
    Qt.Key.Key_MediaNext: "skip",
    Qt.Key.Key_MediaPrevious: "previous",
    Qt.Key.Key_MediaStop: "stop",
}


class HandsFree(QObject):
    """Media-key shortcuts on ``view`` (live while it is shown), and the big target while the settings
    say ``big_target``. Clicks that a child takes (the buttons) never reach it."""

    def __init__(self, view: SessionView, settings: SettingsStore) -> None:
        super().__init__(view)
        self._view = view
        self._settings = settings
        for key, operation in MEDIA_KEYS.items():
            shortcut = QShortcut(QKeySequence(key), view)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda operation=operation: self._apply(operation))
        view.installEventFilter(self)

    def _apply(self, operation: str) -> None:
        controller: SessionController | None = self._view.controller
        if controller is not None:
            getattr(controller, operation)()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A press the view's children left alone (labels, the ring, the picture) reaches the view."""
        if (
            watched is self._view
            and event.type() is QEvent.Type.MouseButtonPress
            and isinstance(event, QMouseEvent)
            and event.button() is Qt.MouseButton.LeftButton
            and self._settings.settings.big_target
            and self._view.controller is not None
        ):
            self._view.controller.toggle()
            return True
        return False
