import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backpain_timer.domain.durations import DurationError, format_clock, format_duration, parse_duration


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        (45, 45.0),
        (2.5, 2.5),
        ("45s", 45.0),
        ("2m", 120.0),
        ("1m30s", 90.0),
        ("1.5m", 90.0),
        ("1h", 3600.0),
        ("1h2m3s", 3723.0),
        ("90", 90.0),
        (" 1m 30s ", 90.0),
        ("0s", 0.0),
        ("0.5s", 0.5),
    ],
)
def test_parse_accepts_the_documented_forms(text: object, seconds: float) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize(
    ("value", "words"),
    [
        (True, "expected a duration"),
        (None, "expected a duration"),
        ([1], "expected a duration"),
        ("abc", "cannot read duration"),
        ("10x", "cannot read duration"),
        ("5s5", "cannot read duration"),
        ("1m1m", "appears twice"),
        ("", "cannot read duration"),
        (-1, "negative"),
        (math.nan, "finite"),
        (math.inf, "finite"),
    ],
)
def test_parse_rejects_bad_values_with_a_reason(value: object, words: str) -> None:
    with pytest.raises(DurationError, match=words):
        parse_duration(value)


@pytest.mark.parametrize(
    ("seconds", "text"), [(45, "45s"), (90, "1m30s"), (120, "2m"), (3600, "1h"), (3723, "1h2m3s"), (0, "0s")]
)
def test_format_duration_is_short_and_readable(seconds: float, text: str) -> None:
    assert format_duration(seconds) == text


@given(st.integers(min_value=0, max_value=10 * 3600))
def test_format_then_parse_round_trips(seconds: int) -> None:
    assert parse_duration(format_duration(seconds)) == seconds


@pytest.mark.parametrize(
    ("seconds", "face"), [(75, "01:15"), (0.2, "00:01"), (59.999, "01:00"), (0, "00:00"), (3725, "1:02:05")]
)
def test_clock_face_rounds_up_so_the_last_second_shows_one(seconds: float, face: str) -> None:
    assert format_clock(seconds) == face
