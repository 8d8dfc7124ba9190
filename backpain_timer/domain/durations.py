"""Durations as users write them ("45s", "1m30s", 90) and as we show them."""

from __future__ import annotations

import math
import re

_PART = re.compile(r"(\d+(?:\.\d+)?|\.\d+)\s*([hms])", re.IGNORECASE)
_UNIT_SECONDS = {"h": 3600.0, "m": 60.0, "s": 1.0}
_PLAIN_NUMBER = re.compile(r"\d+(?:\.\d+)?|\.\d+")


class DurationError(ValueError):
    """A duration that cannot be read; the message says what is wrong."""


def parse_duration(value: object) -> float:
    """Return seconds for a number or a string such as ``"1m30s"``, ``"1.5m"`` or ``"90"``."""
    if isinstance(value, bool):
        raise DurationError(f"expected a duration such as 45s or 1m30s, got {value!r}")
    if isinstance(value, int | float):
        seconds = float(value)
    elif isinstance(value, str):
        seconds = _parse_text(value)
    else:
        raise DurationError(f"expected a duration such as 45s or 1m30s, got {type(value).__name__}")
    if math.isnan(seconds) or math.isinf(seconds):
        raise DurationError(f"duration must be a finite number of seconds, got {value!r}")
    if seconds < 0:
        raise DurationError(f"duration must not be negative, got {value!r}")
    return seconds


def _parse_text(text: str) -> float:
    compact = text.strip()
    if _PLAIN_NUMBER.fullmatch(compact):
        return float(compact)
    position = 0
    total = 0.0
    units_seen: set[str] = set()
    for match in _PART.finditer(compact):
        if compact[position : match.start()].strip():
            break
        unit = match.group(2).lower()
        if unit in units_seen:
            raise DurationError(f"unit '{unit}' appears twice in duration {text!r}")
        units_seen.add(unit)
        total += float(match.group(1)) * _UNIT_SECONDS[unit]
        position = match.end()
    if not units_seen or compact[position:].strip():
        raise DurationError(f"cannot read duration {text!r} (use e.g. 45s, 2m, 1m30s or 90)")
    return total


def format_duration(seconds: float) -> str:
    """Short form for files and labels: 90 → "1m30s", 45 → "45s", 3600 → "1h", 2.5 → "2.5s"."""
    if seconds <= 0:
        return "0s"
    whole = round(seconds)
    if abs(seconds - whole) > 1e-9:
        return f"{seconds:g}s"
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    parts = [f"{hours}h" if hours else "", f"{minutes}m" if minutes else "", f"{secs}s" if secs else ""]
    return "".join(parts)


def format_clock(seconds: float) -> str:
    """A countdown face: 75 → "01:15", 3725 → "1:02:05". Rounds up so 0.2 s left shows 00:01."""
    whole = max(0, math.ceil(seconds - 1e-9))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes:02d}:{secs:02d}"
