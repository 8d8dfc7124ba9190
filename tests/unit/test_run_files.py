"""Reading runs from watch files: the numbers a runner sees, which activities are runs, hostile files."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest
from fit_tool.profile.profile_type import Sport, SubSport

from backpain_timer.domain.runs import as_run
from backpain_timer.storage.run_files import MAX_FILE_BYTES, RunFileError, read_activities
from tests.helpers.run_samples import START, gpx_text, write_fit, write_gpx, write_tcx


def only_run(path: Path, *, trust_pace: bool):  # type: ignore[no-untyped-def]
    (activity,) = read_activities(path)
    return as_run(activity, str(path), trust_pace=trust_pace)


def test_fit_run_keeps_start_end_moving_time_distance_and_heart_rate(tmp_path: Path) -> None:
    run = only_run(write_fit(tmp_path / "run.fit", sub_sport=SubSport.TRAIL), trust_pace=False)
    assert run is not None
    assert run.sport == "trail running"
    assert run.started_at == START
    assert run.ended_at == START + timedelta(seconds=1800)
    assert run.duration_seconds == pytest.approx(1750.0, rel=0.01)
    assert run.distance_m == pytest.approx(6000.0, rel=0.01)
    assert run.avg_pace_s_per_km == pytest.approx(1750 / 6, rel=0.01)
    assert run.avg_heart_rate == 150


def test_gpx_distance_and_duration_are_within_one_percent(tmp_path: Path) -> None:
    run = only_run(write_gpx(tmp_path / "run.gpx"), trust_pace=True)
    assert run is not None
    assert run.distance_m == pytest.approx(360 * 15.0, rel=0.01)
    assert run.duration_seconds == pytest.approx(1800.0, rel=0.01)
    assert (run.started_at, run.ended_at) == (START, START + timedelta(seconds=1800))
    assert run.avg_heart_rate == 148


def test_tcx_laps_add_up_and_heart_rate_is_time_weighted(tmp_path: Path) -> None:
    run = only_run(write_tcx(tmp_path / "run.tcx"), trust_pace=True)
    assert run is not None
    assert run.distance_m == pytest.approx(5000.0, rel=0.01)
    assert run.duration_seconds == pytest.approx(1500.0, rel=0.01)
    assert run.avg_heart_rate == pytest.approx((150 * 900 + 160 * 600) / 1500)


@pytest.mark.parametrize("sub_sport", [SubSport.GENERIC, SubSport.TREADMILL, SubSport.TRAIL, SubSport.TRACK])
def test_every_fit_running_sub_sport_is_a_run(tmp_path: Path, sub_sport: SubSport) -> None:
    assert only_run(write_fit(tmp_path / "run.fit", sub_sport=sub_sport), trust_pace=False) is not None


@pytest.mark.parametrize("sport", [Sport.CYCLING, Sport.WALKING, Sport.SWIMMING, Sport.GENERIC])
def test_fit_activities_of_other_sports_are_not_runs_even_at_running_pace(
    tmp_path: Path, sport: Sport
) -> None:
    assert only_run(write_fit(tmp_path / "other.fit", sport=sport), trust_pace=False) is None


@pytest.mark.parametrize(
    ("sport", "step_m", "is_run"),
    [
        ("running", 15.0, True),
        ("trail_running", 15.0, True),
        ("cycling", 15.0, False),  # marked as a ride: not a run whatever the pace
        ("walking", 15.0, False),
        (None, 15.0, True),  # unmarked, 5:33 min/km
        (None, 6.0, False),  # unmarked, 13:53 min/km: a walk
        (None, 60.0, False),  # unmarked, 1:23 min/km: a vehicle
    ],
)
def test_gpx_sport_or_pace_decides(tmp_path: Path, sport: str | None, step_m: float, is_run: bool) -> None:
    path = write_gpx(tmp_path / "track.gpx", sport=sport, step_m=step_m)
    assert (only_run(path, trust_pace=True) is not None) is is_run


def test_a_tcx_ride_is_not_a_run(tmp_path: Path) -> None:
    assert only_run(write_tcx(tmp_path / "ride.tcx", sport="Biking"), trust_pace=True) is None


def test_files_are_never_modified(tmp_path: Path) -> None:
    path = write_fit(tmp_path / "run.fit")
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    read_activities(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


# -- damaged and hostile files ----------------------------------------------------------------------

SECRET = "TOP-SECRET-CONTENT-OUTSIDE-THE-FILE"


def hostile_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    """name → (file, what the message says)."""
    good = write_fit(tmp_path / "good.fit").read_bytes()
    truncated = tmp_path / "truncated.fit"
    truncated.write_bytes(good[: len(good) // 2])
    bad_crc = tmp_path / "bad-crc.fit"
    bad_crc.write_bytes(good[:-2] + bytes([good[-2] ^ 0xFF, good[-1]]))
    bomb = tmp_path / "bomb.gpx"
    entities = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    bomb.write_text(f'<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY l0 "lol">{entities}]><gpx>&l9;</gpx>')
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    external = tmp_path / "external.gpx"
    external.write_text(
        f'<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY x SYSTEM "{secret.as_uri()}">]>'
        '<gpx version="1.1"><trk><name>&x;</name></trk></gpx>'
    )
    huge = tmp_path / "huge.gpx"
    with huge.open("wb") as stream:  # sparse: 200 MB on the file system's word, no disk used
        stream.truncate(200 * 1024 * 1024)
    folder = tmp_path / "folder.fit"
    folder.mkdir()
    not_xml = tmp_path / "broken.tcx"
    not_xml.write_text("<TrainingCenterDatabase><Activities>")
    return {
        "truncated FIT": (truncated, "truncated"),
        "bad CRC": (bad_crc, "checksum"),
        "XML bomb": (bomb, "refused for safety"),
        "external entity": (external, "refused for safety"),
        "200 MB file": (huge, "too large"),
        "directory": (folder, "is a folder"),
        "broken XML": (not_xml, "not well-formed XML at line 1"),
    }


@pytest.mark.parametrize(
    "name",
    ["truncated FIT", "bad CRC", "XML bomb", "external entity", "200 MB file", "directory", "broken XML"],
)
def test_a_hostile_file_is_refused_with_path_and_reason(tmp_path: Path, name: str) -> None:
    path, reason = hostile_files(tmp_path)[name]
    with pytest.raises(RunFileError) as caught:
        read_activities(path)
    assert str(caught.value).startswith(f"{path}: error: ")
    assert reason in str(caught.value)
    assert SECRET not in str(caught.value)


def test_the_size_limit_is_checked_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "just-over.gpx"
    path.write_bytes(gpx_text().encode())
    os.truncate(path, MAX_FILE_BYTES + 1)
    with pytest.raises(RunFileError, match="too large"):
        read_activities(path)


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("notes.txt", b"hello", "not a FIT, GPX or TCX file"),
        ("empty.fit", b"", "the file is empty"),
        ("junk.fit", b"this is no watch file" * 5, "not a FIT file"),
        ("page.gpx", b"<html><body/></html>", "not a GPX file"),
        ("untimed.gpx", gpx_text().replace("<time>", "<!--").replace("</time>", "-->").encode(), "no times"),
    ],
)
def test_files_that_are_not_activities_say_why(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(RunFileError, match=reason):
        read_activities(path)
