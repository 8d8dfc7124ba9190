"""The command-line contract: output formats and exit codes (0 ok, 1 bad input, 2 usage)."""

import json
import os
from pathlib import Path

import pytest

from backpain_timer.cli import main
from tests.helpers.cli import run
from tests.helpers.presets import PRESET_IDS

USER_ROUTINE = """\
name: My evening stretch
tags: [cool-down]
prepare: 5s
steps:
  - exercise: childs-pose
    hold: 40s
  - exercise: {name: Wall slide, instructions: [Slide your arms up the wall.]}
    hold: 20s
"""


def write_user_routine(data_dir: Path, routine_id: str, text: str) -> Path:
    path = data_dir / "routines" / f"{routine_id}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_list_json_has_every_preset_with_the_documented_fields(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "list", "--json")
    assert code == 0, err
    routines = json.loads(out)
    assert {r["id"] for r in routines} >= set(PRESET_IDS)
    for routine in routines:
        assert set(routine) == {
            "id",
            "name",
            "description",
            "tags",
            "total_seconds",
            "steps",
            "source",
            "path",
        }
        assert routine["source"] == "builtin"
        assert Path(routine["path"]).is_file()


def test_user_routine_is_listed_and_overrides_a_builtin(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    write_user_routine(data_dir, "mine", USER_ROUTINE)
    write_user_routine(data_dir, "desk-break", USER_ROUTINE.replace("My evening stretch", "My desk break"))
    code, out, _ = run(capsys, "list", "--json")
    routines = {r["id"]: r for r in json.loads(out)}
    assert code == 0
    assert routines["mine"]["source"] == "user"
    assert routines["mine"]["total_seconds"] == 5 + 40 + 15 + 20
    assert routines["mine"]["steps"] == 2
    assert (routines["desk-break"]["source"], routines["desk-break"]["name"]) == ("user", "My desk break")


def test_list_filters_by_tag_and_prints_a_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "list", "--tag", "warm-up")
    assert code == 0
    assert "pre-run-warm-up" in out
    assert "post-run-cool-down" not in out


def test_list_skips_invalid_user_files_with_their_errors_on_stderr(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    write_user_routine(data_dir, "broken", "name: Broken\nsteps:\n  - exercise: childs-pose\n    hodl: 30s\n")
    for _ in range(2):  # the second run answers from the index and must say the same
        code, out, err = run(capsys, "list", "--json")
        assert code == 0
        assert "broken" not in {r["id"] for r in json.loads(out)}
        assert "broken.yaml:4:5: error: unknown key 'hodl' (did you mean 'hold'?)" in err


def test_list_notices_an_edited_file(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    path = write_user_routine(data_dir, "mine", USER_ROUTINE)
    run(capsys, "list", "--json")
    path.write_text(USER_ROUTINE.replace("My evening stretch", "Renamed stretch!"), encoding="utf-8")
    os.utime(path, ns=(1, 1))
    _, out, _ = run(capsys, "list", "--json")
    assert {r["id"]: r["name"] for r in json.loads(out)}["mine"] == "Renamed stretch!"


def test_validate_reports_every_problem_and_exits_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(USER_ROUTINE, encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: Bad\nsteps:\n  - exercise: cat-cwo\n    hold: 30s\n    reps: 0\n", encoding="utf-8")
    code, out, _ = run(capsys, "validate", str(good), str(bad))
    assert code == 1
    assert f"{good}: ok" in out
    assert f"{bad}:3:15: error: unknown exercise 'cat-cwo' (did you mean 'cat-cow'?)" in out
    assert f"{bad}:5:11: error:" in out


def test_validate_all_valid_exits_0(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(USER_ROUTINE, encoding="utf-8")
    assert run(capsys, "validate", str(good))[0] == 0


def test_validate_missing_file_is_bad_input(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, "validate", str(tmp_path / "nope.yaml"))
    assert code == 1
    assert "nope.yaml:1:1: error:" in out


def test_plan_json_matches_the_contract(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    write_user_routine(data_dir, "mine", USER_ROUTINE)
    code, out, _ = run(capsys, "plan", "mine", "--json")
    assert code == 0
    document = json.loads(out)
    assert document["id"] == "mine"
    assert document["total_seconds"] == 80
    assert [s["kind"] for s in document["segments"]] == ["prepare", "hold", "rest", "hold"]
    assert document["segments"][3] == {
        "kind": "hold",
        "start": 60.0,
        "duration": 20.0,
        "step": 2,
        "exercise": None,
        "name": "Wall slide",
        "side": None,
        "rep": 1,
    }


def test_plan_table_and_total(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "plan", "upper-back-relief")
    assert code == 0
    assert "Child's pose" in out
    assert out.strip().splitlines()[-1].startswith("total ")


def test_plan_accepts_a_file_path(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "walk.yaml"
    path.write_text(USER_ROUTINE, encoding="utf-8")
    code, out, _ = run(capsys, "plan", str(path), "--json")
    assert code == 0
    assert json.loads(out)["id"] == "walk"


def test_plan_unknown_id_suggests_the_closest(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "plan", "desk-brake")
    assert code == 1
    assert "unknown routine 'desk-brake' (did you mean 'desk-break'?)" in err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["frobnicate"], ["plan"], ["history", "--since", "yesterday"]):
        with pytest.raises(SystemExit) as exit_info:
            main(argv)
        assert exit_info.value.code == 2
    assert "not a date like 2026-11-25" in capsys.readouterr().err


def test_schema_is_json_schema_2020_12(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema")
    assert code == 0
    assert json.loads(out)["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_history_with_no_sessions_is_an_empty_array(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, out, _ = run(capsys, "history", "--json")
    assert (code, json.loads(out)) == (0, [])
    assert not (data_dir / "history.sqlite3").exists()


def test_unwritable_data_dir_still_lists_plans_and_says_why(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("", encoding="utf-8")
    data = str(blocker)  # a file where the data dir should be: nothing can be saved, even by root
    code, out, err = run(capsys, "--data-dir", data, "list", "--json")
    assert code == 0
    assert {r["id"] for r in json.loads(out)} >= set(PRESET_IDS)
    assert "cannot save anything" in err
    assert run(capsys, "--data-dir", data, "plan", "desk-break")[0] == 0
    code, out, _ = run(capsys, "--data-dir", data, "history", "--json")
    assert (code, json.loads(out)) == (0, [])


def test_validate_checks_an_exercise_library_as_a_library(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from backpain_timer.resources import routines_dir

    builtin = routines_dir()
    code, out, _ = run(capsys, "validate", *sorted(str(p) for p in builtin.glob("*.yaml")))
    assert code == 0, out
    broken = tmp_path / "exercises.yaml"
    broken.write_text("version: 1\nexercises:\n  plank: {name: Plank, hodl: 30s}\n", encoding="utf-8")
    code, out, _ = run(capsys, "validate", str(broken))
    assert code == 1
    assert f"{broken}:3:24: error: unknown key 'hodl' (did you mean 'hold'?)" in out
