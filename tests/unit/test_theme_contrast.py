"""Every text/background pair of both colour tables keeps WCAG AA contrast (4.5:1), every control edge 3:1."""

from __future__ import annotations

import pytest

from backpain_timer.ui.checkin.emergency_colors import (
    DARK_EMERGENCY,
    LIGHT_EMERGENCY,
    EmergencyColors,
    emergency_colors,
)
from backpain_timer.ui.checkin.emergency_colors import TEXT_PAIRS as EMERGENCY_TEXT_PAIRS
from backpain_timer.ui.colors import CONTROL_PAIRS, SCHEMES, TEXT_PAIRS, ThemeColors, contrast_ratio


def test_contrast_formula_matches_known_values() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    # #767676 on white is the classic "just passes AA" grey.
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#777777", "#ffffff") < 4.5


@pytest.mark.parametrize("colors", list(SCHEMES.values()), ids=list(SCHEMES))
@pytest.mark.parametrize(("foreground", "background"), TEXT_PAIRS)
def test_text_contrast_is_at_least_aa(colors: ThemeColors, foreground: str, background: str) -> None:
    ratio = contrast_ratio(getattr(colors, foreground), getattr(colors, background))
    assert ratio >= 4.5, f"{foreground} on {background} is only {ratio:.2f}:1"


@pytest.mark.parametrize("colors", list(SCHEMES.values()), ids=list(SCHEMES))
@pytest.mark.parametrize(("edge", "background"), CONTROL_PAIRS)
def test_control_edges_are_at_least_aa(colors: ThemeColors, edge: str, background: str) -> None:
    ratio = contrast_ratio(getattr(colors, edge), getattr(colors, background))
    assert ratio >= 3.0, f"{edge} on {background} is only {ratio:.2f}:1"


def test_pairs_name_real_colours() -> None:
    names = set(SCHEMES["light"].as_dict())
    assert {name for pair in (*TEXT_PAIRS, *CONTROL_PAIRS) for name in pair} <= names


def test_decorative_border_is_not_a_control_edge() -> None:
    # The faint border only frames cards and tables; a control drawn with it would be ~1.5:1.
    for colors in SCHEMES.values():
        assert (
            contrast_ratio(colors.border, colors.window)
            < 3.0
            <= contrast_ratio(colors.control_edge, colors.window)
        )


def test_dark_is_dark_and_light_is_light() -> None:
    light, dark = SCHEMES["light"], SCHEMES["dark"]
    # Text must be darker than the window in light mode and lighter in dark mode.
    assert contrast_ratio(dark.window, "#000000") < contrast_ratio(light.window, "#000000")
    assert contrast_ratio(dark.text, "#000000") > contrast_ratio(dark.window, "#000000")
    assert contrast_ratio(light.text, "#000000") < contrast_ratio(light.window, "#000000")


@pytest.mark.parametrize("alarm", [LIGHT_EMERGENCY, DARK_EMERGENCY], ids=["light", "dark"])
@pytest.mark.parametrize(("foreground", "background"), EMERGENCY_TEXT_PAIRS)
def test_the_emergency_page_reads_well_and_looks_like_no_theme_page(
    alarm: EmergencyColors, foreground: str, background: str
) -> None:
    ratio = contrast_ratio(getattr(alarm, foreground), getattr(alarm, background))
    assert ratio >= 4.5, f"emergency {foreground} on {background} is only {ratio:.2f}:1"
    for colors in SCHEMES.values():
        assert alarm.background not in colors.as_dict().values()


def test_the_emergency_colours_follow_the_theme() -> None:
    assert emergency_colors(SCHEMES["light"]) is LIGHT_EMERGENCY
    assert emergency_colors(SCHEMES["dark"]) is DARK_EMERGENCY
