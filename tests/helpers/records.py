"""Session records for tests that need a history: a finished session, with only what the test is about."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from backpain_timer.domain.history import SessionRecord


def finished_session(
    routine_id: str,
    routine_name: str,
    started_at: datetime,
    *,
    minutes: int = 6,
    holds_done: int = 8,
    **fields: Any,
) -> SessionRecord:
    """A session done in full in ``minutes``; ``fields`` set any other field of the record."""
    seconds = minutes * 60.0
    plain: dict[str, Any] = {
        "planned_seconds": seconds,
        "active_seconds": seconds,
        "elapsed_seconds": seconds,
        "completed": True,
        "holds_skipped": 0,
    }
    return SessionRecord(
        routine_id=routine_id,
        routine_name=routine_name,
        started_at=started_at,
        ended_at=started_at + timedelta(minutes=minutes),
        holds_done=holds_done,
        **(plain | fields),
    )
