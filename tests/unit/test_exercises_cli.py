"""`backpain-timer exercises [--json]`: the library, so people writing YAML by hand can find the ids."""

import json
from pathlib import Path

import pytest

from backpain_timer.cli import main
from tests.helpers.cli import run

KEYS = [
    "id",
    "name",
    "summary",
    "instructions",
    "cues",
    "caution",
    "targets",
    "sides",
    "hold",
    "kind",
    "position",
    "equipment",
    "avoid_if",
    "easier",
    "harder",
]


def test_json_lists_every_exercise_with_exactly_the_documented_keys(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "exercises", "--json")
    assert (code, err) == (0, "")
    exercises = json.loads(out)
    assert {"childs-pose", "band-row", "marching-in-place"} <= {entry["id"] for entry in exercises}
    for entry in exercises:
        assert list(entry) == KEYS
        assert entry["kind"] in {"dynamic", "static", "strength", "breathing"}
        assert entry["position"] in {"standing", "seated", "floor"}
    band_row = next(entry for entry in exercises if entry["id"] == "band-row")
    assert band_row["equipment"] == ["band", "door anchor"]
    assert band_row["hold"] == 40
    assert next(entry for entry in exercises if entry["id"] == "arm-circles")["harder"] is None


def test_human_output_lists_ids_names_and_what_each_needs(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "exercises")
    assert code == 0
    row = next(line for line in out.splitlines() if line.startswith("band-row "))
    assert "Band row" in row and "strength" in row and "band, door anchor" in row
    assert "Pull a resistance band towards you" in out  # the summary, under its name


def test_a_user_exercise_is_listed_and_a_broken_file_exits_1(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    (data_dir / "exercises.yaml").write_text(
        "exercises:\n  hop:\n    name: Hop\n    kind: dynamic\n", encoding="utf-8"
    )
    code, out, _ = run(capsys, "exercises")
    assert code == 0 and "hop  " in out
    (data_dir / "exercises.yaml").write_text(
        "exercises:\n  hop:\n    name: Hop\n    kind: jumpy\n", encoding="utf-8"
    )
    code, out, err = run(capsys, "exercises", "--json")
    assert code == 1
    assert "exercises.yaml:4:11: error: invalid kind 'jumpy'" in err
    assert "childs-pose" in {entry["id"] for entry in json.loads(out)}  # the built-in ones still list


def test_unknown_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["exercises", "--yaml"])
    assert caught.value.code == 2
