"""The emergency panel's colours: a strong red page that cannot pass for a normal screen, light and dark.

Plain data without Qt, so a unit test checks their contrast like the theme's (WCAG AA, 4.5:1).
"""

from __future__ import annotations

from dataclasses import dataclass

from backpain_timer.ui.colors import DARK, ThemeColors


@dataclass(frozen=True)
class EmergencyColors:
    background: str  # the whole page
    text: str  # headline, text, and the outline of "Go on anyway"
    button_background: str  # "Back", the safe choice, stands out on the red
    button_text: str


LIGHT_EMERGENCY = EmergencyColors(
    background="#b3261e", text="#ffffff", button_background="#ffffff", button_text="#8c1d18"
)
# Dark: a deeper red, so the page does not glare at night, but still nothing like the dark theme.
DARK_EMERGENCY = EmergencyColors(
    background="#8c1d18", text="#ffffff", button_background="#ffe9e6", button_text="#7a1711"
)
TEXT_PAIRS: tuple[tuple[str, str], ...] = (("text", "background"), ("button_text", "button_background"))


def emergency_colors(theme: ThemeColors) -> EmergencyColors:
    """The emergency colours that go with the theme on screen."""
    return DARK_EMERGENCY if theme == DARK else LIGHT_EMERGENCY
