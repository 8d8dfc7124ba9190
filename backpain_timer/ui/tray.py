"""The system-tray icon: quick start of each preset, Cool down now, and an optional daily reminder.

The menu and the reminder timer exist whether or not the platform has a tray, so they work (and are
tested) the same everywhere; only the icon itself is skipped when there is no tray.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon, QWidget

from backpain_timer.domain.reminder import next_reminder, parse_time_of_day, seconds_between
from backpain_timer.storage.library import Library
from backpain_timer.storage.settings import Settings
from backpain_timer.ui.home.view import COOL_DOWN_ROUTINE
from backpain_timer.ui.settings.store import SettingsStore

APP_TITLE = "Backpain Timer"
REMINDER_TEXT = "Time for your back: a few minutes of stretching. Click to open."
_MESSAGE_MILLISECONDS = 15_000


class TrayController(QObject):
    """``start_requested(routine_id)`` asks the app to start a routine; ``show_requested()`` follows a
    request to bring the window up; ``reminded(text)`` fires when the daily reminder is due, as the
    settings store says (and moves or stops when they change)."""

    start_requested = Signal(str)
    show_requested = Signal()
    reminded = Signal(str)

    def __init__(
        self,
        window: QWidget | Callable[[], QWidget],
        library: Library,
        store: SettingsStore,
        *,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        """``window``: the window, or what builds it when first needed (the app in the background)."""
        built = window if isinstance(window, QWidget) else None
        super().__init__(built)
        self._window_source = window
        self._built = built
        self._now = now
        self.menu = QMenu(built)
        self.menu.setAccessibleName(self.tr("Backpain Timer tray menu"))
        self._build_menu(library)
        self.menu.aboutToShow.connect(self._update_show_hide)

        # One single-shot timer set to the next reminder: nothing runs between reminders.
        self.reminder_timer = QTimer(self)
        self.reminder_timer.setSingleShot(True)
        self.reminder_timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self.reminder_timer.timeout.connect(self._remind)
        self.next_reminder_at: datetime | None = None
        self._at: time | None = None
        self._follow_reminder(store.settings)
        store.changed.connect(self._settings_changed)

        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            icon = built.windowIcon() if built is not None else QApplication.windowIcon()
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip(APP_TITLE)
            self.tray.setContextMenu(self.menu)
            self.tray.activated.connect(self._activated)
            self.tray.messageClicked.connect(self.show_window)
            self.tray.show()

    # --- menu ---------------------------------------------------------------------------------------

    def _build_menu(self, library: Library) -> None:
        cool_down = self.menu.addAction(self.tr("Cool down now"))
        bold = QFont(cool_down.font())
        bold.setBold(True)
        cool_down.setFont(bold)
        cool_down.triggered.connect(self._starter(COOL_DOWN_ROUTINE))
        self.menu.addSection("Quick start")
        self.preset_actions: dict[str, QAction] = {}
        for info in library.list_routines():
            if not library.has_builtin(info.id):
                continue  # presets only: the user's own routines live in the window
            action = self.menu.addAction(info.name.replace("&", "&&"))
            action.setData(info.id)
            action.triggered.connect(
                lambda _checked=False, routine_id=info.id: self.start_requested.emit(routine_id)
            )
            self.preset_actions[info.id] = action
        self.menu.addSeparator()
        self.show_hide_action = self.menu.addAction(self.tr("Show window"))
        self.show_hide_action.triggered.connect(self.toggle_window)
        self.menu.addSeparator()
        self.quit_action = self.menu.addAction(self.tr("Quit"))
        self.quit_action.triggered.connect(self.quit)

    def _starter(self, routine_id: str) -> Callable[[], None]:
        return lambda: self.start_requested.emit(routine_id)

    @property
    def window(self) -> QWidget:
        """The window, built now if it was not yet."""
        if self._built is None:
            assert callable(self._window_source)
            self._built = self._window_source()
        return self._built

    def _window_visible(self) -> bool:
        return self._built is not None and self._built.isVisible()

    def _update_show_hide(self) -> None:
        self.show_hide_action.setText(
            self.tr("Hide window") if self._window_visible() else self.tr("Show window")
        )

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.toggle_window()

    def toggle_window(self) -> None:
        if self._window_visible() and not self.window.isMinimized():
            self.window.hide()
        else:
            self.show_window()

    def show_window(self) -> None:
        self.window.show()
        if self.window.isMinimized():
            self.window.setWindowState(self.window.windowState() & ~Qt.WindowState.WindowMinimized)
        self.window.raise_()
        self.window.activateWindow()
        self.show_requested.emit()

    def quit(self) -> None:
        """Close the window first (a running session is ended and recorded there), then leave."""
        if self._built is None or self._built.close():
            QCoreApplication.quit()

    # --- daily reminder -----------------------------------------------------------------------------

    def _settings_changed(self, changed: frozenset[str], settings: Settings) -> None:
        if changed & {"reminder_enabled", "reminder_time"}:
            self._follow_reminder(settings)

    def _follow_reminder(self, settings: Settings) -> None:
        """Start, move or stop the reminder."""
        self.reminder_timer.stop()
        self.next_reminder_at = None
        self._at = parse_time_of_day(settings.reminder_time) if settings.reminder_enabled else None
        self._schedule(self._now())

    def _schedule(self, after: datetime) -> None:
        if self._at is None:
            return
        now = self._now()
        self.next_reminder_at = next_reminder(after, self._at)
        milliseconds = max(0.0, seconds_between(now, self.next_reminder_at)) * 1000
        self.reminder_timer.start(round(milliseconds))

    def show_message(self, text: str) -> None:
        """A message from the tray icon (nothing without a tray); clicking it shows the window."""
        if self.tray is not None:
            self.tray.showMessage(
                APP_TITLE, text, QSystemTrayIcon.MessageIcon.Information, _MESSAGE_MILLISECONDS
            )

    def _remind(self) -> None:
        due = self.next_reminder_at
        if due is None:
            return
        now = self._now()
        if seconds_between(now, due) > 1:
            self._schedule(now)  # woke early (coarse timer, clock changed): aim again, no message yet
            return
        self.reminded.emit(REMINDER_TEXT)
        self.show_message(REMINDER_TEXT)
        # From the due time, not from now: a timer that fired a little early must not fire twice today.
        self._schedule(max(now, due))
