"""The benchmark helpers that need no clock: ratios, verdicts, tables and the parsing of tool output."""

from __future__ import annotations

import pytest

from backpain_timer.domain.plan import plan
from benchmarks.hardening import example_counts, pytest_summary
from benchmarks.report import Row, format_number, markdown_table, median, text_table
from benchmarks.startup import qt_namespace_cost, slowest_imports
from benchmarks.timing import timed_routine


def test_ratio_is_value_over_baseline_and_missing_without_a_baseline() -> None:
    assert Row("start-up", "launch", 300.0, "ms", baseline=120.0).ratio == pytest.approx(2.5)
    assert Row("cpu", "idle", 0.1, "%", baseline=0.0).ratio is None
    assert Row("scale", "list", 10.0, "ms").ratio is None


def test_verdict_judges_the_ratio_or_the_absolute_value() -> None:
    assert Row("memory", "RSS", 65.0, "MiB", baseline=50.0, target=1.3).verdict == "ok"
    assert Row("memory", "RSS", 75.0, "MiB", baseline=50.0, target=1.3).verdict == "MISSED by 15%"
    assert Row("cpu", "running", 0.4, "%", baseline=0.0, target=1.0, absolute=True).verdict == "ok"
    assert Row("timing", "end", 30.0, "ms", target=20.0, absolute=True).verdict == "MISSED by 50%"
    assert Row("scale", "list", 10.0, "ms", baseline=5.0).verdict == ""


def test_median_of_an_even_count_and_of_nothing() -> None:
    assert median([4.0, 1.0, 3.0, 2.0]) == 2.5
    with pytest.raises(ValueError):
        median([])


@pytest.mark.parametrize(
    ("value", "unit", "text"),
    [(1234.5, "ms", "1234 ms"), (41.23, "ms", "41.2 ms"), (1.234, "MiB", "1.23 MiB"), (0.05, "%", "0.050 %")],
)
def test_numbers_keep_a_few_significant_digits(value: float, unit: str, text: str) -> None:
    assert format_number(value, unit) == text


def test_tables_show_every_row_with_its_baseline_ratio_and_verdict() -> None:
    rows = [
        Row(
            "start-up",
            "launch → window mapped",
            300.0,
            "ms",
            baseline=150.0,
            baseline_name="bare",
            target=1.2,
        ),
        Row("cpu", "idle", 0.0, "%", target=0.1, absolute=True, note="20 s"),
    ]
    markdown = markdown_table(rows).splitlines()
    assert markdown[0] == "| part | figure | value | baseline | ratio | target | verdict |"
    assert (
        markdown[2]
        == "| start-up | launch → window mapped | 300 ms | 150 ms (bare) | 2.00× | ≤ 1.2× | MISSED by 67% |"
    )
    assert markdown[3] == "| cpu | idle — 20 s | 0.000 % |  | – | ≤ 0.100 % | ok |"
    text = text_table(rows).splitlines()
    assert len(text) == 4
    assert text[2].index("300 ms") == text[0].index("value")  # columns line up


def test_slowest_imports_are_read_from_an_importtime_log() -> None:
    log = "\n".join(
        [
            "import time: self [us] | cumulative | imported package",
            "import time:       120 |        120 |   _io",
            "import time:     20000 |      90000 | PySide6.QtCore",
            "import time:      5000 |       5000 |     backpain_timer.ui.home.view",
            "some other output",
        ]
    )
    assert slowest_imports(log, count=2) == [("PySide6.QtCore", 20.0), ("backpain_timer.ui.home.view", 5.0)]


def test_pytest_and_hypothesis_counts_are_read_from_their_output() -> None:
    output = "\n".join(
        [
            "  - during generate phase (80.1 seconds):",
            "    - 9990 passing examples, 0 failing examples, 10 invalid examples",
            "    - 10000 passing, 0 failing, and 0 invalid test cases",
            "2 passed, 150 deselected in 161.02s (0:02:41)",
        ]
    )
    assert example_counts(output) == (19990, 0, 10)
    assert pytest_summary(output) == "2 passed, 150 deselected"
    assert pytest_summary("no summary here") == ""


@pytest.mark.parametrize("total", [30.0, 60.0, 1800.0])
def test_the_timed_routine_lasts_exactly_as_long_as_asked(total: float) -> None:
    timeline = plan(timed_routine(total))
    assert timeline.total_seconds == pytest.approx(total)
    assert len(timeline.holds) >= 2  # boundaries to cross, not one long hold


def test_the_qt_namespace_probe_times_building_its_enums() -> None:
    seconds, enums = qt_namespace_cost(runs=1)
    assert seconds > 0
    assert enums >= 50  # AlignmentFlag, Key, ItemDataRole, ... (93 in PySide 6.11)
