"""The first-run notice: general information, not medical advice. On its own, so the home screen shows it
without loading the trend rules."""

from __future__ import annotations

from backpain_timer.domain.texts import say

DISCLAIMER = (
    "Backpain Timer gives general information, not medical advice. Consult a healthcare professional "
    "before starting a new exercise routine, and stop any exercise that makes your pain worse."
)


def disclaimer() -> str:
    """The first-run notice in the language in use."""
    return say("disclaimer", DISCLAIMER)


def message_texts() -> dict[str, str]:
    return {"disclaimer": DISCLAIMER}
