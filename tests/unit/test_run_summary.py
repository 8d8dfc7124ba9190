"""The history's run figures: cool-downs after N of the last M runs, and km per local week; the words that
say how far and how long ago a run was, in the language in use."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from backpain_timer.domain.history import SessionRecord
from backpain_timer.domain.run_offer import ago_words, elapsed_words, home_words, offer_words
from backpain_timer.domain.run_summary import CoolDownShare, cool_down_share, distance_per_week
from backpain_timer.domain.runs import Run
from backpain_timer.storage.texts_files import use_language
from tests.helpers.records import finished_session

NOW = datetime(2026, 3, 12, 20, 0, tzinfo=UTC)


def run(started_at: datetime, distance_m: float = 5000.0) -> Run:
    return Run(
        id=None,
        sport="running",
        started_at=started_at,
        ended_at=started_at + timedelta(minutes=30),
        duration_seconds=1800.0,
        distance_m=distance_m,
        avg_heart_rate=None,
        source="run.fit",
    )


def cool_down(after: Run) -> SessionRecord:
    start = after.ended_at + timedelta(minutes=10)
    return finished_session("post-run-cool-down", "Post-run cool-down", start, tags=("cool-down",))


def days_ago(days: int) -> Run:
    return run(NOW - timedelta(days=days, hours=2))


def test_counts_the_cool_downs_of_the_last_runs_only() -> None:
    runs = [days_ago(day) for day in range(1, 13)]  # newest first
    pairs = [(each, cool_down(each) if day % 3 == 0 else None) for day, each in enumerate(runs)]
    share = cool_down_share(pairs, NOW, last=10)
    assert share == CoolDownShare(cooled=4, runs=10)  # days 0, 3, 6, 9 of the first ten
    assert share.text == "Cool-down after 4 of the last 10 runs"


def test_a_run_that_may_still_get_its_cool_down_is_not_counted_as_missed() -> None:
    just_now = run(NOW - timedelta(minutes=50))  # ended 20 minutes ago
    earlier = days_ago(2)
    share = cool_down_share([(just_now, None), (earlier, cool_down(earlier))], NOW)
    assert share == CoolDownShare(cooled=1, runs=1)
    assert share.text == "Cool-down after your last run"
    # Once it has its cool-down it counts at once.
    assert cool_down_share([(just_now, cool_down(just_now)), (earlier, None)], NOW).text == (
        "Cool-down after 1 of the last 2 runs"
    )


def test_no_runs_no_line() -> None:
    assert cool_down_share([], NOW).text == ""
    assert cool_down_share([(days_ago(1), None)], NOW).text == "No cool-down after your last run"


def test_distance_is_summed_by_local_week_with_empty_weeks_kept() -> None:
    monday = date(2026, 2, 23)
    runs = [
        run(datetime(2026, 2, 23, 7, tzinfo=UTC), 5000.0),
        run(datetime(2026, 2, 26, 7, tzinfo=UTC), 7500.0),
        run(datetime(2026, 3, 12, 7, tzinfo=UTC), 10000.0),
        run(datetime(2026, 1, 5, 7, tzinfo=UTC), 42000.0),  # before the first week: left out
    ]
    weeks = distance_per_week(runs, monday, date(2026, 3, 12), UTC)
    assert weeks == [
        (date(2026, 2, 23), 12.5),
        (date(2026, 3, 2), 0.0),
        (date(2026, 3, 9), 10.0),
    ]


def test_a_sunday_night_run_belongs_to_the_local_week() -> None:
    # Monday 00:30 at UTC+2 is still Sunday in UTC: it counts for the week the runner lived it in.
    plus_two = timezone(timedelta(hours=2))
    monday_early = run(datetime(2026, 3, 8, 22, 30, tzinfo=UTC))  # Mon 9 Mar 00:30 at UTC+2
    assert distance_per_week([monday_early], date(2026, 3, 2), date(2026, 3, 12), plus_two) == [
        (date(2026, 3, 2), 0.0),
        (date(2026, 3, 9), 5.0),
    ]
    assert distance_per_week([monday_early], date(2026, 3, 2), date(2026, 3, 12), UTC) == [
        (date(2026, 3, 2), 5.0),
        (date(2026, 3, 9), 0.0),
    ]


def test_run_words_speak_the_language_in_use() -> None:
    use_language("de")
    finished = run(NOW - timedelta(hours=2, minutes=5), distance_m=6012)
    assert offer_words(finished, NOW, 390) == (
        "Lauf über 6,0 km vor 1 Std. 35 Min. beendet",
        "Jetzt abwärmen? 6:30",
    )
    assert (
        home_words(finished, finished.ended_at + timedelta(hours=2))
        == "nach Ihrem Lauf über 6,0 km, vor 2 Std."
    )
    assert ago_words(NOW, NOW) == "gerade eben"
    assert cool_down_share([(days_ago(4), None)], NOW).text == "Kein Abwärmen nach Ihrem letzten Lauf"
    use_language("en")
    assert offer_words(finished, NOW, 390) == ("6.0 km run finished 1 h 35 min ago", "Cool down now? 6:30")
    assert elapsed_words(NOW, NOW + timedelta(seconds=59)) == ""  # under a minute: "right after"
