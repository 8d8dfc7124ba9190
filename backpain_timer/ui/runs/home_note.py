"""Home's "Cool down now" says which run it is for, when a recent run has no cool-down yet."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

from backpain_timer.domain.run_offer import home_words
from backpain_timer.domain.runs import Run


def show_waiting_run(button: QPushButton, run: Run | None, now: datetime) -> None:
    """ "Cool down now — after your 6.0 km run, 12 min ago", or plain "Cool down now"."""
    cool_down = QCoreApplication.translate("HomeView", "Cool down now")
    text = cool_down if run is None else f"{cool_down} — {home_words(run, now)}"
    button.setText(text)
    button.setAccessibleName(text)
