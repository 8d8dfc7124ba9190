"""The daily reminder's next time: later today, else tomorrow; on the wall clock across DST changes."""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest

from backpain_timer.domain.reminder import next_reminder, parse_time_of_day, seconds_between

BERLIN = ZoneInfo("Europe/Berlin")  # DST 2026: starts 29 March 02:00, ends 25 October 03:00


def test_later_today() -> None:
    now = datetime(2026, 6, 10, 9, 15)
    assert next_reminder(now, time(18, 0)) == datetime(2026, 6, 10, 18, 0)


def test_time_already_passed_today_gives_tomorrow() -> None:
    now = datetime(2026, 6, 10, 19, 0)
    assert next_reminder(now, time(18, 0)) == datetime(2026, 6, 11, 18, 0)


def test_exactly_now_gives_tomorrow() -> None:
    # Firing at 18:00:00 must not schedule 18:00:00 again.
    now = datetime(2026, 6, 10, 18, 0)
    assert next_reminder(now, time(18, 0)) == datetime(2026, 6, 11, 18, 0)


def test_end_of_month_and_year_roll_over() -> None:
    assert next_reminder(datetime(2026, 12, 31, 23, 30), time(7, 0)) == datetime(2027, 1, 1, 7, 0)
    assert next_reminder(datetime(2028, 2, 28, 22, 0), time(6, 30)) == datetime(2028, 2, 29, 6, 30)


def test_spring_forward_keeps_the_wall_clock_time_and_the_day_is_23_hours() -> None:
    now = datetime(2026, 3, 28, 18, 0, tzinfo=BERLIN)  # a reminder just fired, CET
    following = next_reminder(now, time(18, 0))
    assert following == datetime(2026, 3, 29, 18, 0, tzinfo=BERLIN)
    assert following.utcoffset() != now.utcoffset()  # now CEST
    assert seconds_between(now, following) == 23 * 3600


def test_fall_back_day_is_25_hours() -> None:
    now = datetime(2026, 10, 24, 18, 0, tzinfo=BERLIN)  # CEST
    following = next_reminder(now, time(18, 0))
    assert following == datetime(2026, 10, 25, 18, 0, tzinfo=BERLIN)  # CET: the clock went back at 03:00
    assert seconds_between(now, following) == 25 * 3600


def test_seconds_between_on_an_ordinary_day() -> None:
    now = datetime(2026, 6, 10, 17, 59, 30, tzinfo=BERLIN)
    assert seconds_between(now, next_reminder(now, time(18, 0))) == 30


@pytest.mark.parametrize(
    ("text", "expected"), [("18:00", time(18, 0)), ("07:05", time(7, 5)), ("0:00", time(0))]
)
def test_parse_time_of_day(text: str, expected: time) -> None:
    assert parse_time_of_day(text) == expected


@pytest.mark.parametrize("text", ["24:00", "18", "18:60", "six", "18:00:00", ""])
def test_parse_time_of_day_rejects_bad_text(text: str) -> None:
    with pytest.raises(ValueError, match="HH:MM"):
        parse_time_of_day(text)
