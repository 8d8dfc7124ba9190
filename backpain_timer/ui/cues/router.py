"""Engine events → cue requests (domain/cues.py) → the player and the flash.

Listens to one session controller at a time. The requests of one poll are gathered, then played when the
controller's ``tick`` says the poll is over. A GUI thread that froze and is catching up gets every event,
but only cues still fresh (within ``STALE_AFTER_SECONDS`` of the engine's position) are played, plus the
latest missed transition so the person learns where the session is now: no burst of old ticks and chimes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from backpain_timer.domain.cues import CueKind, CueRequest, CueSettings, cues_for, fresh_cues
from backpain_timer.domain.events import Event, SessionStopped
from backpain_timer.storage.settings import Settings
from backpain_timer.ui.cues.player import CuePlayer
from backpain_timer.ui.session.controller import SessionController

STALE_AFTER_SECONDS = 0.5
# Sounds that mark a moment worth seeing when they cannot be heard; ticks and breath tones have their own
# on-screen counterparts (the digits, the breathing circle), so they don't flash.
_FLASH_WHEN_UNHEARD = frozenset({CueKind.CHIME, CueKind.HALFWAY, CueKind.FINISH})


def cue_settings(settings: Settings, *, muted: bool) -> CueSettings:
    """Mute silences sound and voice; the flash stays."""
    return CueSettings(
        sound=settings.sound and not muted,
        voice=settings.voice and not muted,
        countdown=settings.countdown,
        halfway=settings.halfway,
        flash=settings.flash,
        breath_tone=settings.breath_tone,
        voice_rate=settings.voice_rate,
    )


class CueRouter(QObject):
    """Turns a session's events into sounds, words and flashes; M (``toggle_mute``) silences them."""

    muted_changed = Signal(bool)

    def __init__(
        self,
        player: CuePlayer,
        flash: Callable[[], None],
        settings: Settings,
        controller: SessionController | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.player = player
        self.muted = False
        self._flash = flash
        self._settings = settings
        self._cue_settings = cue_settings(settings, muted=False)
        self._controller: SessionController | None = None
        self._pending: list[CueRequest] = []  # asked for by the events of the poll under way
        player.configure(settings)
        if controller is not None:
            self.attach(controller)

    @property
    def settings(self) -> Settings:
        return self._settings

    @Slot(object)
    def attach(self, controller: SessionController) -> None:
        """Follow ``controller``'s session (call before it starts, to cue its first segment)."""
        if self._controller is not None:
            self._controller.events_emitted.disconnect(self._on_event)
            self._controller.tick.disconnect(self._on_tick)
        self._controller = controller
        self._pending = []
        controller.events_emitted.connect(self._on_event)
        controller.tick.connect(self._on_tick)

    @Slot(object)
    def set_settings(self, settings: Settings) -> None:
        self._settings = settings
        self._cue_settings = cue_settings(settings, muted=self.muted)
        self.player.configure(settings)

    @Slot()
    def toggle_mute(self) -> None:
        self.set_muted(not self.muted)

    def set_muted(self, muted: bool) -> None:
        if muted == self.muted:
            return
        self.muted = muted
        self._cue_settings = cue_settings(self._settings, muted=muted)
        if muted:
            self.player.stop()
        self.muted_changed.emit(muted)

    # --- events -------------------------------------------------------------------------------------

    def _on_event(self, event: Event) -> None:
        assert self._controller is not None
        if isinstance(event, SessionStopped):
            self.player.stop()  # don't finish a sentence about a session that was just stopped
        self._pending.extend(cues_for(event, self._cue_settings, self._controller.engine.plan))

    def _on_tick(self) -> None:
        """The controller's events of one poll have all arrived (in order): play what is fresh."""
        assert self._controller is not None
        requests, self._pending = self._pending, []
        position = self._controller.engine.position()
        self._deliver(fresh_cues(requests, position, max_late=STALE_AFTER_SECONDS))

    def _deliver(self, requests: list[CueRequest]) -> None:
        flash = False
        for request in requests:
            unheard = False
            if request.sound is not None:
                if self.player.can_play:
                    self.player.play(request.sound)
                else:
                    unheard = request.sound in _FLASH_WHEN_UNHEARD
            if request.speech is not None:
                if self.player.can_say:
                    self.player.say(request.speech)
                else:
                    unheard = True
            flash = flash or request.flash or unheard
        if flash:
            self._flash()  # once per poll, however many transitions it held
