"""Advice before a session, by level: a red emergency page, the urgent panel, and calmer cards below.

The user always keeps the choice to go on; the panel only makes the safer choice the easy one.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from backpain_timer.domain.advice import Advice, title
from backpain_timer.ui.checkin.emergency_colors import emergency_colors
from backpain_timer.ui.checkin.page_layout import centre_column, centred_row
from backpain_timer.ui.theme import current_colors

_HEADLINE_LEVELS = ("emergency", "urgent")


def headline(level: str) -> str:
    """The panel's big line for an emergency or urgent level ("Call your local emergency number now.");
    '' for the others."""
    return f"{title(level)}." if level in _HEADLINE_LEVELS else ""


def routine_title(routine_id: str) -> str:
    """A readable name for a routine id when the library gives none: "breathing-reset" → "Breathing reset"."""
    return routine_id.replace("-", " ").capitalize()


class AdvicePanel(QWidget):
    """Shows one Advice. ``go_on()``, ``back()`` (Esc) or ``routine_chosen(routine_id)`` answer it."""

    go_on = Signal()
    back = Signal()
    routine_chosen = Signal(str)

    def __init__(self, routine_names: Mapping[str, str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setObjectName("advice-panel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # the emergency page is red
        self.routine_names = dict(routine_names or {})
        self.level = ""
        self.card = QFrame()
        self.card.setObjectName("advice-card")
        self.headline_label = QLabel()
        self.headline_label.setWordWrap(True)
        self.headline_label.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.title_label = QLabel()
        self.title_label.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.text_label = QLabel()
        self.text_label.setWordWrap(True)
        self.text_label.setStyleSheet("font-size: 12pt;")
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        card_layout = QVBoxLayout(self.card)
        card_layout.setContentsMargins(28, 24, 28, 24)
        card_layout.setSpacing(14)
        card_layout.addWidget(self.headline_label)
        card_layout.addWidget(self.title_label)
        card_layout.addWidget(self.text_label)

        self.routine_buttons: dict[str, QPushButton] = {}
        self.routine_row = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setToolTip(self.tr("Don't start; back to the routines (Esc)"))
        self.back_button.clicked.connect(self.back)
        self.go_on_button = QPushButton()
        self.go_on_button.clicked.connect(self.go_on)

        column = QVBoxLayout()
        column.setSpacing(18)
        column.addWidget(self.card)
        column.addLayout(self.routine_row)
        column.addLayout(centred_row(self.back_button, self.go_on_button))
        centre_column(self, column, margin=40)

    def show_advice(self, advice: Advice, routine_name: str = "") -> None:
        self.level = advice.level
        urgent = advice.level in _HEADLINE_LEVELS
        self.headline_label.setText(headline(advice.level))
        self.headline_label.setVisible(urgent)
        self.title_label.setText(advice.title)
        self.title_label.setVisible(not urgent)  # the headline is the urgent panel's title
        self.text_label.setText(advice.text)
        self._paint(advice.level)
        going_on = (
            self.tr("Start “{name}”").format(name=routine_name) if routine_name else self.tr("Start anyway")
        )
        # Urgent: going on is possible but not the default; Back is the primary, safe choice.
        self.go_on_button.setText(self.tr("Go on anyway") if urgent else going_on)
        self.go_on_button.setToolTip(self.tr("Start the session you chose despite this advice"))
        self.back_button.setProperty("primary", urgent)
        self._restyle(self.back_button)
        self._set_routine_buttons(advice.suggested_routines)

    def _set_routine_buttons(self, routine_ids: tuple[str, ...]) -> None:
        for button in self.routine_buttons.values():
            self.routine_row.removeWidget(button)
            button.deleteLater()
        self.routine_buttons = {}
        while self.routine_row.count():
            self.routine_row.takeAt(0)  # the stretches of the last advice
        if not routine_ids:
            return
        self.routine_row.addStretch(1)
        for routine_id in routine_ids:
            name = self.routine_names.get(routine_id) or routine_title(routine_id)
            button = QPushButton(self.tr("Switch to {name}").format(name=name))
            button.setProperty("primary", True)
            button.setAccessibleName(button.text())
            button.setToolTip(self.tr("Start the gentler routine “{name}” instead").format(name=name))
            button.clicked.connect(lambda _checked=False, chosen=routine_id: self.routine_chosen.emit(chosen))
            self.routine_buttons[routine_id] = button
            self.routine_row.addWidget(button)
        self.routine_row.addStretch(1)

    def _paint(self, level: str) -> None:
        colors = current_colors()
        if level == "emergency":
            # The whole page turns red: it must not pass for the usual screen at a glance.
            alarm = emergency_colors(colors)
            self.setStyleSheet(
                f"QWidget#advice-panel {{ background: {alarm.background}; }}"
                f" QWidget#advice-panel QLabel {{ color: {alarm.text}; background: transparent; }}"
                " QFrame#advice-card { background: transparent; border: none; }"
                f" QWidget#advice-panel QPushButton {{ color: {alarm.text}; background: transparent;"
                f" border: 2px solid {alarm.text}; border-radius: 8px; padding: 8px 18px; }}"
                f' QWidget#advice-panel QPushButton[primary="true"] {{ color: {alarm.button_text};'
                f" background: {alarm.button_background}; border-color: {alarm.button_background};"
                " font-weight: 600; }"
            )
            self.headline_label.setStyleSheet("font-size: 24pt; font-weight: 700;")
            self.card.setStyleSheet("")
            return
        self.setStyleSheet("")
        urgent = level == "urgent"
        # The other levels use the theme's warning colours (contrast checked); urgent gets a heavier border.
        border = f"3px solid {colors.warning}" if urgent else f"1px solid {colors.warning_border}"
        self.card.setStyleSheet(
            f"QFrame#advice-card {{ background: {colors.warning_background}; border: {border};"
            " border-radius: 12px; }"
            f" QFrame#advice-card QLabel {{ color: {colors.text}; background: transparent; }}"
        )
        self.headline_label.setStyleSheet(f"font-size: 18pt; font-weight: 600; color: {colors.warning};")

    @staticmethod
    def _restyle(button: QPushButton) -> None:
        button.style().unpolish(button)
        button.style().polish(button)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.setFocus(Qt.FocusReason.OtherFocusReason)  # Esc works at once; Enter does not start by accident

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.back.emit()
        else:
            super().keyPressEvent(event)
