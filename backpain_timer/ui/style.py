"""The calm light look: one palette, a few colours with meaning, and a little QSS for shapes and spacing."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from backpain_timer.domain.plan import SegmentKind

# Colours with a meaning; text on them and they on the background keep a contrast of at least 4.5:1.
ACCENT = QColor("#2f6f62")  # deep teal: start, hold
PHASE_COLORS: dict[SegmentKind, QColor] = {
    SegmentKind.PREPARE: QColor("#9a5b00"),  # amber: get ready
    SegmentKind.HOLD: ACCENT,
    SegmentKind.SWITCH: QColor("#5a4ea3"),  # violet: switch sides
    SegmentKind.REST: QColor("#2d6296"),  # blue: rest
}
WARNING = QColor("#8a4b00")

_WINDOW = "#f6f7f5"
_BASE = "#ffffff"
_TEXT = "#1f2a27"
_MUTED = "#56635f"
_BORDER = "#d3dad7"

_QSS = f"""
QPushButton {{
    min-height: 40px; padding: 6px 18px; border-radius: 10px;
    border: 1px solid {_BORDER}; background: {_BASE};
}}
QPushButton:hover {{ border-color: {ACCENT.name()}; }}
QPushButton:focus {{ border: 2px solid {ACCENT.name()}; }}
QPushButton:disabled {{ color: #8b9692; background: #eef1ef; }}
QPushButton[primary="true"] {{
    background: {ACCENT.name()}; color: white; border: none; font-weight: 600;
}}
QPushButton[primary="true"]:hover {{ background: #265b50; }}
QPushButton[primary="true"]:focus {{ border: 2px solid #163a33; }}
QPushButton[chip="true"] {{ min-height: 30px; padding: 4px 14px; border-radius: 16px; }}
QPushButton[chip="true"]:checked {{ background: #dcebe7; border-color: {ACCENT.name()}; color: #163a33; }}
QLineEdit {{ min-height: 34px; padding: 2px 10px; border-radius: 8px; border: 1px solid {_BORDER}; }}
QLineEdit:focus {{ border: 2px solid {ACCENT.name()}; }}
QTableView {{ border: 1px solid {_BORDER}; border-radius: 8px; background: {_BASE}; }}
QTableView::item {{ padding: 6px; }}
QTableView::item:selected {{ background: #dcebe7; color: {_TEXT}; }}
QHeaderView::section {{ background: {_WINDOW}; border: none; padding: 6px; color: {_MUTED}; }}
QTextBrowser {{ border: 1px solid {_BORDER}; border-radius: 8px; background: {_BASE}; padding: 8px; }}
QProgressBar {{ border: none; border-radius: 5px; background: #dfe6e3; max-height: 10px; }}
QProgressBar::chunk {{ border-radius: 5px; background: {ACCENT.name()}; }}
QLabel[muted="true"] {{ color: {_MUTED}; }}
QLabel[notice="true"] {{
    color: {WARNING.name()}; background: #fff5e6; border: 1px solid #f0d5ad; border-radius: 8px; padding: 8px;
}}
"""


def apply_light_theme(app: QApplication) -> None:
    """Fusion with our palette looks the same on every desktop; dark mode will add a second palette."""
    app.setStyle("Fusion")
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: _WINDOW,
        QPalette.ColorRole.WindowText: _TEXT,
        QPalette.ColorRole.Base: _BASE,
        QPalette.ColorRole.AlternateBase: "#eef2f0",
        QPalette.ColorRole.Text: _TEXT,
        QPalette.ColorRole.Button: _BASE,
        QPalette.ColorRole.ButtonText: _TEXT,
        QPalette.ColorRole.Highlight: ACCENT.name(),
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#ffffff",
        QPalette.ColorRole.ToolTipText: _TEXT,
        QPalette.ColorRole.PlaceholderText: _MUTED,
        QPalette.ColorRole.Link: ACCENT.name(),
    }
    for role, color in roles.items():
        palette.setColor(role, QColor(color))
    app.setPalette(palette)
    # The base size goes through the font, not the style sheet: a QSS font-size would override the
    # per-widget sizes the session view sets as the window grows.
    font = app.font()
    font.setPointSizeF(11)
    app.setFont(font)
    app.setStyleSheet(_QSS)
