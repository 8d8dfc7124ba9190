"""`backpain-timer runs` and `runs import`: the JSON contract and the exit codes (0 ok, 1 bad input, 2 usage)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from fit_tool.profile.profile_type import Sport

from backpain_timer.cli import main
from tests.helpers.cli import run
from tests.helpers.run_samples import START, write_fit, write_gpx
from tests.unit.test_run_files import SECRET, hostile_files

RUN_KEYS = [
    "id",
    "sport",
    "started_at",
    "ended_at",
    "duration_seconds",
    "distance_m",
    "avg_pace_s_per_km",
    "avg_heart_rate",
    "source",
    "cooled_down",
    "cool_down_session_id",
]


def test_runs_picks_up_the_inbox_and_prints_the_documented_json(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    inbox = data_dir / "runs-inbox"
    inbox.mkdir()
    write_fit(inbox / "older.fit")
    write_gpx(inbox / "newer.gpx", start=START + timedelta(days=1))
    code, out, err = run(capsys, "runs", "--json")
    assert (code, err) == (0, "")
    newer, older = json.loads(out)
    assert list(newer) == RUN_KEYS
    assert older == {
        "id": 1,
        "sport": "running",
        "started_at": "2026-05-10T06:00:00.000+00:00",
        "ended_at": "2026-05-10T06:30:00.000+00:00",
        "duration_seconds": 1750.0,
        "distance_m": 6000.0,
        "avg_pace_s_per_km": 291.7,
        "avg_heart_rate": 150.0,
        "source": str(inbox / "older.fit"),
        "cooled_down": False,
        "cool_down_session_id": None,
    }
    code, out, _ = run(capsys, "runs", "--json", "--since", "2026-05-11")
    assert [item["source"] for item in json.loads(out)] == [str(inbox / "newer.gpx")]


def test_runs_settings_folders_are_watched(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    synced = tmp_path / "synced"
    synced.mkdir()
    write_fit(synced / "run.fit")
    (data_dir / "settings.json").write_text(json.dumps({"run_folders": [str(synced)]}))
    code, out, _ = run(capsys, "runs", "--json")
    assert code == 0 and [item["source"] for item in json.loads(out)] == [str(synced / "run.fit")]


def test_runs_with_nothing_says_where_to_put_files(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, out, _ = run(capsys, "runs")
    assert code == 0 and str(data_dir / "runs-inbox") in out


def test_import_adds_runs_and_says_which_files_are_not_runs(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    fit = write_fit(tmp_path / "run.fit")
    ride = write_fit(tmp_path / "ride.fit", sport=Sport.CYCLING, start=START + timedelta(days=2))
    code, out, err = run(capsys, "runs", "import", str(fit), str(ride), str(fit))
    assert code == 0
    assert out.splitlines()[0].startswith(f"{fit}: imported run 1: ")
    assert out.splitlines()[1].startswith(f"{fit}: already known as run 1: ")
    assert err == f"{ride}: note: not a run (cycling); not imported\n"


def test_import_of_a_hostile_file_is_an_error_naming_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    good = write_gpx(tmp_path / "fine.gpx")
    files = {name: path for name, (path, _) in hostile_files(tmp_path).items()}
    code, out, err = run(capsys, "runs", "import", str(good), *map(str, files.values()))
    assert code == 1
    assert out.startswith(f"{good}: imported run 1")  # the good file still counts
    assert [line.split(": error: ")[0] for line in err.splitlines()] == [str(path) for path in files.values()]
    assert SECRET not in out + err


def test_hostile_files_end_the_real_command_cleanly(tmp_path: Path, data_dir: Path) -> None:
    """As a user runs it: no traceback, one line per file, exit 1."""
    files = [str(path) for path, _ in hostile_files(tmp_path).values()]
    result = subprocess.run(
        [sys.executable, "-m", "backpain_timer", "runs", "import", *files],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == len(files)


@pytest.mark.parametrize(
    "argv", [["runs", "--since", "yesterday"], ["runs", "import"], ["runs", "export", "x.fit"]]
)
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(argv)
    assert caught.value.code == 2


def test_a_cool_down_after_the_run_is_named_in_the_json(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    from backpain_timer.storage.history_db import HistoryStore
    from tests.unit.test_runs_db import session

    with HistoryStore(data_dir / "history.sqlite3") as store:
        session_id = store.append(session(START + timedelta(minutes=40)))
    run(capsys, "runs", "import", str(write_fit(tmp_path / "run.fit")))
    _, out, _ = run(capsys, "runs", "--json")
    (item,) = json.loads(out)
    assert (item["cooled_down"], item["cool_down_session_id"]) == (True, session_id)


def test_a_bad_run_folders_setting_is_named_and_the_inbox_still_read(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    (data_dir / "settings.json").write_text(json.dumps({"run_folders": "/mnt/watch"}))
    (data_dir / "runs-inbox").mkdir()
    write_fit(data_dir / "runs-inbox" / "run.fit")
    code, out, err = run(capsys, "runs", "--json")
    assert code == 0 and len(json.loads(out)) == 1
    assert "setting 'run_folders' has a bad value '/mnt/watch'" in err
