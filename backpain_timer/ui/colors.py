"""The two colour tables (light, dark) as plain data, and the WCAG contrast formula that checks them.

No Qt here, so a unit test can check every text/background pair without a QApplication.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Literal

Scheme = Literal["light", "dark"]


@dataclass(frozen=True)
class ThemeColors:
    """Colours by what they are for; values are ``#rrggbb``."""

    window: str  # page background
    base: str  # lists, text fields, cards
    alternate_base: str
    text: str
    muted: str  # secondary text, placeholders, table headers
    border: str  # decoration: card and table frames
    control_edge: str  # the edge that shows where a control is: check boxes, fields, buttons (3:1)
    accent: str  # primary buttons, focus, selection highlight, hold phase
    accent_hover: str
    on_accent: str  # text on an accent background
    accent_soft: str  # selected rows, checked chips (text colour stays ``text``)
    prepare: str  # phase colours: labels and the progress ring
    switch: str
    rest: str
    warning: str  # caution text
    error: str  # problems to fix (editor fields)
    warning_background: str
    warning_border: str
    disabled_text: str
    disabled_background: str
    track: str  # the empty part of progress rings and bars

    @property
    def hold(self) -> str:
        return self.accent

    def as_dict(self) -> dict[str, str]:
        return {field.name: getattr(self, field.name) for field in fields(self)}


LIGHT = ThemeColors(
    window="#f6f7f5",
    base="#ffffff",
    alternate_base="#eef2f0",
    text="#1f2a27",
    muted="#56635f",
    border="#d3dad7",
    control_edge="#7d8a86",
    accent="#2f6f62",
    accent_hover="#265b50",
    on_accent="#ffffff",
    accent_soft="#dcebe7",
    prepare="#9a5b00",
    switch="#5a4ea3",
    rest="#2d6296",
    warning="#8a4b00",
    error="#a33a16",
    warning_background="#fff5e6",
    warning_border="#f0d5ad",
    disabled_text="#8b9692",
    disabled_background="#eef1ef",
    track="#dfe6e3",
)

# Dark: not inverted light, but the same hues lifted so they read on a near-black green-grey.
DARK = ThemeColors(
    window="#161b1a",
    base="#1e2523",
    alternate_base="#242c2a",
    text="#e5ecea",
    muted="#a2b0ab",
    border="#3a4643",
    control_edge="#6f7f7a",
    accent="#5cb8a3",
    accent_hover="#73c7b4",
    on_accent="#0d1f1b",
    accent_soft="#1f4a41",
    prepare="#e3a54c",
    switch="#aea2f2",
    rest="#7fb3e8",
    warning="#f0b365",
    error="#f2937a",
    warning_background="#33291a",
    warning_border="#6b5330",
    disabled_text="#6f7c78",
    disabled_background="#222a28",
    track="#2f3936",
)

SCHEMES: dict[Scheme, ThemeColors] = {"light": LIGHT, "dark": DARK}

# (foreground, background) pairs that carry text a user must read; each must keep 4.5:1 (WCAG AA).
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("text", "window"),
    ("text", "base"),
    ("text", "alternate_base"),
    ("text", "accent_soft"),
    ("muted", "window"),
    ("muted", "base"),
    ("muted", "alternate_base"),
    ("on_accent", "accent"),
    ("on_accent", "accent_hover"),
    ("accent", "window"),
    ("accent", "base"),
    ("prepare", "window"),
    ("switch", "window"),
    ("rest", "window"),
    ("warning", "warning_background"),
    ("warning", "window"),
    ("error", "window"),
    ("error", "base"),
)

# (edge, background) pairs that show a control (WCAG 2.1 AA, 1.4.11): each must keep 3:1. The accent draws
# focus rings, slider handles, checked chips and primary buttons.
CONTROL_PAIRS: tuple[tuple[str, str], ...] = (
    ("control_edge", "window"),
    ("control_edge", "base"),
    ("control_edge", "alternate_base"),
    ("control_edge", "warning_background"),
    ("accent", "window"),
    ("accent", "base"),
    ("accent", "alternate_base"),
    ("accent", "accent_soft"),
    ("accent", "warning_background"),
)


def relative_luminance(color: str) -> float:
    """WCAG 2.x relative luminance of ``#rrggbb``."""
    digits = color.removeprefix("#")
    if len(digits) != 6:
        raise ValueError(f"expected a colour like #1f2a27, got {color!r}")
    channels = [int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG contrast ratio, 1 (none) to 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(foreground), relative_luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
