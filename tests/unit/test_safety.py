"""Red-flag rules, each at its threshold, and the texts we show."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone

from backpain_timer.domain.disclaimer import DISCLAIMER
from backpain_timer.domain.history import SessionRecord
from backpain_timer.domain.safety import (
    no_improvement,
    not_improving,
    pain_rising_after_sessions,
    trend_findings,
)
from tests.helpers.records import finished_session

TODAY = date(2026, 11, 25)
TZ = timezone(timedelta(hours=-5))


def checkin(
    days_ago: int, pain_before: int | None, hour: int = 18, pain_after: int | None = None
) -> SessionRecord:
    day = TODAY - timedelta(days=days_ago)
    started = datetime(day.year, day.month, day.day, hour, 0, tzinfo=TZ)
    return finished_session(
        "upper-back-relief",
        "Upper back relief",
        started,
        holds_done=10,
        pain_before=pain_before,
        pain_after=pain_after,
    )


def series(*pains: int, every_days: int = 2) -> list[SessionRecord]:
    """Check-ins oldest first, the last one today."""
    count = len(pains)
    return [checkin((count - 1 - index) * every_days, pain) for index, pain in enumerate(pains)]


# -- trend over 14 days ------------------------------------------------------------------------------


def test_flat_pain_over_five_check_ins_suggests_a_physical_therapist() -> None:
    advice = no_improvement(series(5, 5, 5, 5, 5), TODAY, TZ)
    assert advice is not None
    assert advice.level == "see-professional"  # the advice table's level for no-improvement
    assert "physical therapist" in advice.text
    assert "5 check-ins" in advice.text


def test_four_check_ins_are_not_enough_to_judge() -> None:
    assert no_improvement(series(5, 5, 5, 5), TODAY, TZ) is None


def test_rising_pain_gets_the_note() -> None:
    assert no_improvement(series(3, 4, 4, 5, 6), TODAY, TZ) is not None


def test_falling_pain_gets_no_note() -> None:
    assert no_improvement(series(6, 5, 5, 4, 3), TODAY, TZ) is None


def test_a_slight_fall_is_not_an_improvement() -> None:
    # Changed by issue 15: this used to count as improving (any downward fit did). Now the later
    # half's mean (5, 4 → 4.5) must be at least 1 point below the earlier half's (5, 5 → 5).
    assert no_improvement(series(5, 5, 5, 5, 4), TODAY, TZ) is not None


def test_only_the_last_fourteen_local_days_count() -> None:
    old_high = [checkin(days_ago, 9) for days_ago in (20, 18, 16, 14)]  # 14 days ago is outside
    recent = series(4, 4, 4, 4, 4)
    # With the old, higher pain the trend would fall; within the window it is flat.
    assert no_improvement(old_high + recent, TODAY, TZ) is not None
    # Four recent check-ins plus the old ones: not enough inside the window.
    assert no_improvement([*old_high, *recent[1:]], TODAY, TZ) is None
    # Thirteen days ago is inside the window.
    assert no_improvement([checkin(13, 4), *recent[1:]], TODAY, TZ) is not None


def test_the_window_is_judged_by_local_day() -> None:
    # 23:30 local, 14 days ago, is already 13 days ago in UTC: outside the local window.
    at_2300 = checkin(14, 5, hour=23)
    late = replace(at_2300, started_at=at_2300.started_at + timedelta(minutes=30))
    assert late.started_at.astimezone(TZ).date() == TODAY - timedelta(days=14)
    assert late.started_at.astimezone(UTC).date() == TODAY - timedelta(days=13)
    four_recent = series(5, 5, 5, 5)
    assert no_improvement([late, *four_recent], TODAY, TZ) is None
    assert no_improvement([late, *four_recent], TODAY, UTC) is not None


def test_sessions_without_a_check_in_do_not_count() -> None:
    records = [*series(5, 5, 5, 5), checkin(1, None), checkin(3, None)]
    assert no_improvement(records, TODAY, TZ) is None


# -- no-improvement: the thresholds -------------------------------------------------------------------


def test_pain_free_and_near_pain_free_users_never_get_the_note() -> None:
    assert no_improvement(series(0, 0, 0, 0, 0), TODAY, TZ) is None
    assert no_improvement(series(1, 1, 1, 1, 1), TODAY, TZ) is None
    assert no_improvement(series(2, 2, 3, 3, 3, 3), TODAY, TZ) is None  # mean 2.67 < 3, rising


def test_six_check_ins_of_six_get_the_note() -> None:
    finding = no_improvement(series(6, 6, 6, 6, 6, 6), TODAY, TZ)
    assert finding is not None
    assert (finding.id, finding.level) == ("no-improvement", "see-professional")
    assert "6 check-ins" in finding.text


def test_high_pain_that_falls_a_little_gets_the_note() -> None:
    # Every check-in is 5 or more: a one-point drop does not count as easing.
    assert no_improvement(series(8, 8, 8, 8, 7), TODAY, TZ) is not None
    assert no_improvement(series(9, 9, 8, 8, 8, 7), TODAY, TZ) is not None
    assert no_improvement(series(9, 9, 9, 9, 8), TODAY, TZ) is not None


def test_pain_that_falls_by_a_point_or_more_is_easing() -> None:
    assert no_improvement(series(6, 5, 4, 3, 2, 2), TODAY, TZ) is None


def test_every_check_in_at_five_or_more_is_the_threshold() -> None:
    assert not_improving([9, 9, 5, 5, 5, 5])  # all >= 5, though halves fell by 2.67
    assert not not_improving([9, 9, 4, 5, 5, 5])  # one 4: the halves fell by 2.33 → easing


def test_a_mean_of_three_is_the_threshold() -> None:
    assert not_improving([3, 3, 3, 3, 3])
    assert not not_improving([3, 3, 2, 3, 3])  # mean 2.8


def test_a_fall_of_exactly_one_point_between_the_halves_is_easing() -> None:
    # Halves (odd count: the middle one belongs to neither): 4, 4 → 3, 3 is one point; 4, 4 → 4, 3 half.
    assert not not_improving([4, 4, 9, 3, 3])
    assert not_improving([4, 4, 9, 4, 3])


def test_five_check_ins_is_the_threshold() -> None:
    assert not not_improving([6, 6, 6, 6])
    assert not_improving([6, 6, 6, 6, 6])


# -- pain-rising-after-sessions -----------------------------------------------------------------------


def answered(*pairs: tuple[int | None, int | None]) -> list[SessionRecord]:
    """Sessions oldest first (one a day, the last today) with pain before and after."""
    count = len(pairs)
    return [
        checkin(count - 1 - index, before, pain_after=after) for index, (before, after) in enumerate(pairs)
    ]


def test_pain_rising_by_two_in_two_of_the_last_three_sessions() -> None:
    finding = pain_rising_after_sessions(answered((3, 5), (4, 4), (3, 6)))
    assert finding is not None
    assert (finding.id, finding.level) == ("pain-rising-after-sessions", "ease-off")
    assert "2 of your last 3 sessions" in finding.text


def test_a_rise_of_one_point_does_not_count() -> None:
    assert pain_rising_after_sessions(answered((3, 5), (4, 4), (3, 4))) is None


def test_one_rise_in_three_is_not_enough() -> None:
    assert pain_rising_after_sessions(answered((3, 5), (4, 4), (3, 3))) is None


def test_only_the_last_three_sessions_with_both_answers_count() -> None:
    # Two old rises, then three calm sessions: the old ones are not among the last three.
    assert pain_rising_after_sessions(answered((3, 5), (3, 5), (3, 3), (3, 3), (3, 3))) is None
    # Sessions missing an answer are passed over: the last three with both answers hold two rises.
    records = answered((3, 5), (3, 3), (3, 6), (4, None), (None, 5))
    assert pain_rising_after_sessions(records) is not None


def test_two_sessions_with_both_answers_both_rising_is_enough() -> None:
    assert pain_rising_after_sessions(answered((2, 4), (2, 4))) is not None
    assert pain_rising_after_sessions(answered((2, 4))) is None


def test_trend_findings_lists_every_rule_that_applies_most_serious_first() -> None:
    records = [checkin(8 - 2 * index, 6, pain_after=8) for index in range(5)]
    assert [finding.id for finding in trend_findings(records, TODAY, TZ)] == [
        "no-improvement",
        "pain-rising-after-sessions",
    ]
    assert trend_findings(series(0, 0, 0, 0, 0), TODAY, TZ) == []


# -- texts -------------------------------------------------------------------------------------------


def test_disclaimer_says_it_is_not_medical_advice() -> None:
    assert "not medical advice" in DISCLAIMER
    assert "healthcare professional" in DISCLAIMER


def test_the_rising_note_says_all_when_every_session_rose() -> None:
    finding = pain_rising_after_sessions(answered((3, 5), (3, 6), (2, 4)))
    assert finding is not None
    assert "In all of your last 3 sessions" in finding.text
