"""The routine tags people filter by (home's chips, the history's tag filter): (label, tag), in order."""

from __future__ import annotations

TAG_CHIPS: tuple[tuple[str, str], ...] = (
    ("Warm-up", "warm-up"),
    ("Cool-down", "cool-down"),
    ("Post-run", "post-run"),
    ("Upper back", "upper-back"),
    ("Core", "core"),
    ("Desk", "desk"),
    ("Breathing", "breathing"),
)
