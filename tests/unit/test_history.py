"""Session records, streaks and minutes per week (local days, not UTC days)."""

from __future__ import annotations

import json
from dataclasses import fields
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from backpain_timer.domain.history import (
    RECORD_FIELDS,
    SessionRecord,
    local_dates,
    minutes_per_week,
    noticeable_change,
    parse_timestamp,
    streak_days,
    week_minutes,
)

NEW_YORK_WINTER = timezone(timedelta(hours=-5))
TOKYO = timezone(timedelta(hours=9))


def make_record(started_at: datetime, active_seconds: float = 300.0, **changes: object) -> SessionRecord:
    fields: dict[str, object] = {
        "routine_id": "post-run-cool-down",
        "routine_name": "Post-run cool-down",
        "started_at": started_at,
        "ended_at": started_at + timedelta(seconds=active_seconds + 20),
        "planned_seconds": 300.0,
        "active_seconds": active_seconds,
        "elapsed_seconds": active_seconds + 20,
        "completed": True,
        "holds_done": 8,
        "holds_skipped": 0,
    }
    fields.update(changes)
    return SessionRecord(**fields)  # type: ignore[arg-type]


def test_to_json_has_the_public_field_names_and_exact_timestamps() -> None:
    record = make_record(
        datetime(2026, 11, 25, 14, 3, 46, 120000, tzinfo=UTC),
        pain_before=4,
        symptoms=("tingling",),
        tags=("post-run", "upper-back"),
        symptoms_after=("weakness",),
        id=7,
    )
    data = record.to_json()
    # The public order is RECORD_FIELDS, pinned name by name in test_history_export (the CSV header).
    assert list(data) == list(RECORD_FIELDS)
    assert data["started_at"] == "2026-11-25T14:03:46.120+00:00"
    assert data["ended_at"] == "2026-11-25T14:09:06.120+00:00"
    assert data["symptoms"] == ["tingling"]
    assert data["tags"] == ["post-run", "upper-back"]
    assert data["symptoms_after"] == ["weakness"]
    assert data["pain_after"] is None
    json.dumps(data)  # plain JSON types only


def test_the_field_order_names_every_record_field_once() -> None:
    assert sorted(RECORD_FIELDS) == sorted(field.name for field in fields(SessionRecord))


def test_timestamps_are_written_in_utc_whatever_zone_they_came_in() -> None:
    started = datetime(2026, 11, 25, 9, 3, 46, 120999, tzinfo=NEW_YORK_WINTER)
    record = make_record(started)
    assert record.to_json()["started_at"] == "2026-11-25T14:03:46.120+00:00"
    assert record.started_at == parse_timestamp("2026-11-25T14:03:46.120+00:00")


def test_whole_seconds_still_show_milliseconds() -> None:
    record = make_record(datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC))
    assert record.to_json()["started_at"] == "2026-01-02T03:04:05.000+00:00"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"started_at": datetime(2026, 1, 1, 8, 0)}, "started_at must carry a time zone"),
        ({"pain_before": 11}, "pain_before must be a whole number from 0 to 10"),
        ({"pain_after": -1}, "pain_after must be a whole number from 0 to 10"),
        ({"pain_before": True}, "pain_before must be a whole number"),
        ({"symptoms": ("dizziness",)}, "unknown symptom 'dizziness'"),
        ({"symptoms_after": ("numb",)}, "unknown symptom 'numb' in symptoms_after"),
        ({"active_seconds": -1.0}, "active_seconds must not be negative"),
    ],
)
def test_bad_values_are_refused_with_a_message(changes: dict[str, object], message: str) -> None:
    fields: dict[str, object] = {"started_at": datetime(2026, 1, 1, 8, 0, tzinfo=UTC), **changes}
    with pytest.raises(ValueError, match=message):
        make_record(**fields)  # type: ignore[arg-type]


def test_symptoms_are_kept_in_check_in_order_without_repeats() -> None:
    record = make_record(
        datetime(2026, 1, 1, tzinfo=UTC),
        symptoms=("weakness", "numbness", "weakness"),
        symptoms_after=["fever", "tingling", "fever"],
    )
    assert record.symptoms == ("numbness", "weakness")
    assert record.symptoms_after == ("tingling", "fever")


# -- streaks -----------------------------------------------------------------------------------------

TODAY = date(2026, 11, 25)  # a Wednesday


def days_ago(*offsets: int) -> list[date]:
    return [TODAY - timedelta(days=offset) for offset in offsets]


@pytest.mark.parametrize(
    ("dates", "expected"),
    [
        ([], 0),
        (days_ago(0), 1),
        (days_ago(0, 1, 2), 3),
        (days_ago(0, 0, 1), 2),  # two sessions on one day count once
        (days_ago(1, 2, 3), 3),  # not broken yet: today isn't over
        (days_ago(2, 3, 4), 0),  # yesterday was missed
        (days_ago(0, 1, 3, 4), 2),  # a gap ends the streak
        (days_ago(-1, 0), 1),  # a date in the future (clock was wrong) does not count
    ],
)
def test_streak_days(dates: list[date], expected: int) -> None:
    assert streak_days(dates, TODAY) == expected


def test_streak_counts_a_late_evening_session_on_its_local_day() -> None:
    tz = NEW_YORK_WINTER
    # 23:30 local on the 24th is already 04:30 UTC on the 25th.
    late_evening = make_record(datetime(2026, 11, 24, 23, 30, tzinfo=tz))
    # 00:30 local on the 24th is 05:30 UTC on the 24th; it is a different local day from the 23rd.
    just_after_midnight = make_record(datetime(2026, 11, 24, 0, 30, tzinfo=tz))
    assert late_evening.started_at.date() == date(2026, 11, 25)
    assert local_dates([late_evening, just_after_midnight], tz) == [date(2026, 11, 24), date(2026, 11, 24)]
    # Both on the 24th: in the evening of the 25th the streak is 1 (yesterday), not 2.
    assert streak_days(local_dates([late_evening, just_after_midnight], tz), TODAY) == 1


def test_streak_of_sessions_on_consecutive_local_days_that_share_a_utc_day() -> None:
    tz = TOKYO
    # 08:00 on the 25th in Tokyo and 10:00 on the 24th in Tokyo are both on the 24th in UTC.
    records = [
        make_record(datetime(2026, 11, 25, 8, 0, tzinfo=tz)),
        make_record(datetime(2026, 11, 24, 10, 0, tzinfo=tz)),
    ]
    assert {record.started_at.date() for record in records} == {date(2026, 11, 24)}
    assert streak_days(local_dates(records, tz), TODAY) == 2
    assert streak_days(local_dates(records, UTC), TODAY) == 1  # counted by UTC days, it would be one day


def test_week_minutes_counts_this_iso_week_in_local_time() -> None:
    tz = NEW_YORK_WINTER
    records = [
        make_record(datetime(2026, 11, 23, 0, 30, tzinfo=tz), active_seconds=600),  # Monday 00:30: counts
        make_record(datetime(2026, 11, 22, 23, 30, tzinfo=tz), active_seconds=900),  # Sunday before: no
        make_record(datetime(2026, 11, 25, 7, 0, tzinfo=tz), active_seconds=330),  # today
        make_record(datetime(2026, 11, 29, 23, 59, tzinfo=tz), active_seconds=60),  # Sunday this week
        make_record(datetime(2026, 11, 30, 0, 0, tzinfo=tz), active_seconds=120),  # next Monday: no
    ]
    assert week_minutes(records, TODAY, tz) == pytest.approx(16.5)
    # The Sunday 23:30 session is on Monday in UTC, so a UTC view would count it.
    assert week_minutes(records, TODAY, UTC) != pytest.approx(16.5)


def test_week_minutes_is_zero_without_sessions() -> None:
    assert week_minutes([], TODAY, UTC) == 0.0


def test_minutes_per_week_lists_every_week_oldest_first_with_gaps_as_zero() -> None:
    tz = TOKYO
    records = [
        make_record(datetime(2026, 11, 25, 7, 0, tzinfo=tz), active_seconds=300),
        make_record(datetime(2026, 11, 9, 7, 0, tzinfo=tz), active_seconds=120),  # Monday the 9th
        make_record(datetime(2026, 11, 15, 23, 0, tzinfo=tz), active_seconds=60),  # Sunday the 15th
    ]
    assert minutes_per_week(records, tz) == [
        (date(2026, 11, 9), 3.0),
        (date(2026, 11, 16), 0.0),
        (date(2026, 11, 23), 5.0),
    ]
    assert minutes_per_week([], tz) == []


@pytest.mark.parametrize(
    ("before", "after", "change"),
    [
        (6, 4, "better"),  # 2 points
        (6, 5, None),  # 1 point, 17 %
        (3, 2, "better"),  # 1 point is 33 % of 3
        (4, 3, None),  # 1 point is 25 % of 4
        (1, 0, "better"),  # 100 %
        (10, 7, "better"),  # 3 points, exactly 30 %
        (4, 6, "worse"),  # 2 points
        (3, 4, "worse"),  # 33 %
        (0, 1, None),  # 1 point from no pain: not 2 points, and no share of nothing
        (0, 2, "worse"),
        (5, 5, None),
        (None, 3, None),
        (5, None, None),
    ],
)
def test_a_change_people_notice_is_two_points_or_thirty_percent(
    before: int | None, after: int | None, change: str | None
) -> None:
    assert noticeable_change(before, after) == change
