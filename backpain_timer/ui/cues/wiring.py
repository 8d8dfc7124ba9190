"""The cues of the session view, wired together: the player (sound, voice), the router that decides what
to play, the flash over the view, the breathing circle in it, and the Mute button and M key."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import QObject, Signal, SignalInstance

from backpain_timer.domain.cues import CueSettings
from backpain_timer.storage.settings import Settings
from backpain_timer.ui.cues.breath_widget import BreathWidget
from backpain_timer.ui.cues.flash import FlashOverlay
from backpain_timer.ui.cues.player import CuePlayer, QtCuePlayer
from backpain_timer.ui.cues.router import CueRouter
from backpain_timer.ui.session.controller import SessionController
from backpain_timer.ui.session.view import SessionView
from backpain_timer.ui.settings.store import SettingsStore

# The settings the cues follow: the ones the router's cue schedule takes (same names), the player's volume,
# and reduced motion for the flash and the breathing circle. A change of any other (the theme, the
# reminder) leaves them alone.
CUE_SETTINGS = frozenset(field.name for field in fields(CueSettings)) | {"volume", "reduced_motion"}


def make_cue_player(parent: QObject) -> CuePlayer:
    """The app's player: real sound and voice (tests replace this, so none of them makes noise)."""
    return QtCuePlayer(parent=parent)


class SessionCues(QObject):
    """Follows each session (``attach``) and the settings store; ``notice(str)`` relays the player's one-time explanation of
    missing sound or voice, and ``muted_changed(bool)`` the mute state."""

    notice = Signal(str)
    muted_changed = Signal(bool)

    def __init__(
        self, view: SessionView, player: CuePlayer, store: SettingsStore, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.player = player
        self.flash_overlay = FlashOverlay(view)
        self.breath_widget = BreathWidget()
        view.set_breath_widget(self.breath_widget)
        self.router = CueRouter(player, self.flash_overlay.flash, store.settings, parent=self)
        view.mute_toggled.connect(self.router.toggle_mute)
        self.router.muted_changed.connect(view.show_muted)
        self.router.muted_changed.connect(self.muted_changed)
        # Only the Qt player has problems to tell (the silent and recording ones have none).
        player_notice = getattr(player, "notice", None)
        if isinstance(player_notice, SignalInstance):
            player_notice.connect(self.notice)
        self._apply(store.settings)
        store.changed.connect(self._settings_changed)

    def attach(self, controller: SessionController) -> None:
        """Call before the session starts: the sounds load now, and its first segment is cued."""
        self.player.preload()
        self.router.attach(controller)
        self.breath_widget.attach(controller)

    def _settings_changed(self, changed: frozenset[str], settings: Settings) -> None:
        if changed & CUE_SETTINGS:
            self._apply(settings)

    def _apply(self, settings: Settings) -> None:
        self.router.set_settings(settings)
        self.flash_overlay.set_reduced_motion(settings.reduced_motion)
        self.breath_widget.set_reduced_motion(settings.reduced_motion)

    def shutdown(self) -> None:
        self.player.shutdown()
