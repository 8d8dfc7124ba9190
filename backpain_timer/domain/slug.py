"""Routine names → ids that are safe file stems: "Post-run Cool-down!" → "post-run-cool-down"."""

from __future__ import annotations

import re
import unicodedata

MAX_SLUG_LENGTH = 60
FALLBACK_SLUG = "routine"
_NOT_ID = re.compile(r"[^a-z0-9]+")


def slugify(name: str) -> str:
    """Lower-case ASCII letters and digits joined by single hyphens; "routine" when nothing is left."""
    # NFKD splits "é" into "e" + accent so accented names keep their letters instead of losing them.
    ascii_text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = _NOT_ID.sub("-", ascii_text.lower()).strip("-")
    slug = slug[:MAX_SLUG_LENGTH].rstrip("-")
    return slug or FALLBACK_SLUG


def numbered(slug: str, number: int) -> str:
    """The n-th alternative of a slug ("desk-break-2"), still within the length limit."""
    suffix = f"-{number}"
    return slug[: MAX_SLUG_LENGTH - len(suffix)].rstrip("-") + suffix
