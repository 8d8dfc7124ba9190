"""Red-flag rules, each at its threshold, and the texts we show."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone

from backpain_timer.domain.history import SessionRecord
from backpain_timer.domain.safety import DISCLAIMER, trend_advice

TODAY = date(2026, 11, 25)
TZ = timezone(timedelta(hours=-5))


def checkin(days_ago: int, pain_before: int | None, hour: int = 18) -> SessionRecord:
    day = TODAY - timedelta(days=days_ago)
    started = datetime(day.year, day.month, day.day, hour, 0, tzinfo=TZ)
    return SessionRecord(
        routine_id="upper-back-relief",
        routine_name="Upper back relief",
        started_at=started,
        ended_at=started + timedelta(minutes=6),
        planned_seconds=360.0,
        active_seconds=360.0,
        elapsed_seconds=360.0,
        completed=True,
        holds_done=10,
        holds_skipped=0,
        pain_before=pain_before,
    )


def series(*pains: int, every_days: int = 2) -> list[SessionRecord]:
    """Check-ins oldest first, the last one today."""
    count = len(pains)
    return [checkin((count - 1 - index) * every_days, pain) for index, pain in enumerate(pains)]


# -- trend over 14 days ------------------------------------------------------------------------------


def test_flat_pain_over_five_check_ins_suggests_a_physical_therapist() -> None:
    advice = trend_advice(series(5, 5, 5, 5, 5), TODAY, TZ)
    assert advice is not None
    assert advice.level == "see-professional"  # the advice table's level for no-improvement
    assert "physical therapist" in advice.text
    assert "5 check-ins" in advice.text


def test_four_check_ins_are_not_enough_to_judge() -> None:
    assert trend_advice(series(5, 5, 5, 5), TODAY, TZ) is None


def test_rising_pain_gets_the_note() -> None:
    assert trend_advice(series(3, 4, 4, 5, 6), TODAY, TZ) is not None


def test_falling_pain_gets_no_note() -> None:
    assert trend_advice(series(6, 5, 5, 4, 3), TODAY, TZ) is None


def test_a_slight_fall_counts_as_improving() -> None:
    # The fitted line falls (slope < 0) even though most check-ins are the same.
    assert trend_advice(series(5, 5, 5, 5, 4), TODAY, TZ) is None


def test_only_the_last_fourteen_local_days_count() -> None:
    old_high = [checkin(days_ago, 9) for days_ago in (20, 18, 16, 14)]  # 14 days ago is outside
    recent = series(4, 4, 4, 4, 4)
    # With the old, higher pain the trend would fall; within the window it is flat.
    assert trend_advice(old_high + recent, TODAY, TZ) is not None
    # Four recent check-ins plus the old ones: not enough inside the window.
    assert trend_advice([*old_high, *recent[1:]], TODAY, TZ) is None
    # Thirteen days ago is inside the window.
    assert trend_advice([checkin(13, 4), *recent[1:]], TODAY, TZ) is not None


def test_the_window_is_judged_by_local_day() -> None:
    # 23:30 local, 14 days ago, is already 13 days ago in UTC: outside the local window.
    at_2300 = checkin(14, 5, hour=23)
    late = replace(at_2300, started_at=at_2300.started_at + timedelta(minutes=30))
    assert late.started_at.astimezone(TZ).date() == TODAY - timedelta(days=14)
    assert late.started_at.astimezone(UTC).date() == TODAY - timedelta(days=13)
    four_recent = series(5, 5, 5, 5)
    assert trend_advice([late, *four_recent], TODAY, TZ) is None
    assert trend_advice([late, *four_recent], TODAY, UTC) is not None


def test_sessions_without_a_check_in_do_not_count() -> None:
    records = [*series(5, 5, 5, 5), checkin(1, None), checkin(3, None)]
    assert trend_advice(records, TODAY, TZ) is None


# -- texts -------------------------------------------------------------------------------------------


def test_disclaimer_says_it_is_not_medical_advice() -> None:
    assert "not medical advice" in DISCLAIMER
    assert "healthcare professional" in DISCLAIMER
