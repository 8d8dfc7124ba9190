"""`export ID FILE.fit`: a FIT workout a watch runs, read back with an independent decoder (fitdecode)."""

from __future__ import annotations

from pathlib import Path

import pytest

from backpain_timer.cli import main
from backpain_timer.domain.plan import plan
from backpain_timer.domain.workout import INTENSITIES, MAX_STEP_NAME_LENGTH, MAX_WATCH_STEPS, timed_step
from backpain_timer.storage.library import Library
from backpain_timer.storage.paths import DataDir
from tests.helpers.fit_reading import decode_workout
from tests.helpers.presets import PRESET_IDS

# 20 reps of a two-sided hold: 79 segments flat, more than a watch takes.
MANY_REPS = """\
name: Many reps
prepare: 5s
rest: 10s
switch: 3s
steps:
  - exercise: childs-pose
    hold: 20s
  - exercise: open-book
    hold: 15s
    reps: 20
    sides: both
"""


def export(tmp_path: Path, capsys: pytest.CaptureFixture[str], routine_id: str) -> bytes:
    out = tmp_path / f"{routine_id}.fit"
    assert main(["export", routine_id, str(out)]) == 0
    assert capsys.readouterr().out == f"exported {routine_id} → {out}\n"
    return out.read_bytes()


def write_user_routine(data_dir: Path, routine_id: str, text: str) -> None:
    folder = data_dir / "routines"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{routine_id}.yaml").write_text(text, encoding="utf-8")


@pytest.mark.parametrize("routine_id", PRESET_IDS)
def test_every_preset_reads_back_with_the_plans_steps(
    routine_id: str, tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    decoded = decode_workout(export(tmp_path, capsys, routine_id))
    timeline = plan(Library(DataDir(data_dir)).load(routine_id))

    assert decoded.file_id["type"] == "workout"
    assert decoded.workout["wkt_name"] == timeline.routine.name
    assert (decoded.workout["sport"], decoded.workout["sub_sport"]) == ("training", "flexibility_training")
    assert decoded.workout["num_valid_steps"] == len(decoded.steps) <= MAX_WATCH_STEPS
    assert [step["message_index"] for step in decoded.steps] == list(range(len(decoded.steps)))
    expected = [
        (timed_step(timeline, s).name, INTENSITIES[s.kind].value, round(s.duration * 1000))
        for s in timeline.segments
    ]
    assert decoded.timeline() == expected
    assert sum(ms for _, _, ms in decoded.timeline()) == timeline.total_seconds * 1000
    holds = [name for (name, intensity, _) in decoded.timeline() if intensity == "active"]
    assert [timed_step(timeline, s).name for s in timeline.holds] == holds
    assert all(0 < len(name) <= MAX_STEP_NAME_LENGTH for name, _, _ in decoded.timeline())


def test_holds_are_active_pauses_rest_and_the_get_ready_warmup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    steps = decode_workout(export(tmp_path, capsys, "post-run-cool-down")).steps
    kinds = {(step["wkt_step_name"], step["intensity"]) for step in steps}
    assert ("Get ready", "warmup") in kinds
    assert ("Switch sides", "rest") in kinds
    assert ("Rest", "rest") in kinds
    assert ("Open book L", "active") in kinds
    assert steps[0]["intensity"] == "warmup"


def test_a_hold_step_carries_the_first_form_cue(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    steps = decode_workout(export(tmp_path, capsys, "post-run-cool-down")).steps
    (childs_pose,) = [step for step in steps if step["wkt_step_name"] == "Child's pose"]
    assert childs_pose["notes"] == "Let your hips sink back towards your heels."


def test_many_reps_become_a_repeat_step_with_the_same_timeline(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_user_routine(data_dir, "many-reps", MANY_REPS)
    decoded = decode_workout(export(tmp_path, capsys, "many-reps"))
    timeline = plan(Library(DataDir(data_dir)).load("many-reps"))

    assert len(timeline.segments) > MAX_WATCH_STEPS
    repeats = [step for step in decoded.steps if step["duration_type"] == "repeat_until_steps_cmplt"]
    assert len(repeats) == 1
    assert repeats[0]["repeat_steps"] == 19  # the first rep is listed before the repeated body
    assert len(decoded.steps) <= MAX_WATCH_STEPS
    assert decoded.workout["num_valid_steps"] == len(decoded.steps)
    assert decoded.timeline() == [
        (timed_step(timeline, s).name, INTENSITIES[s.kind].value, round(s.duration * 1000))
        for s in timeline.segments
    ]
    assert sum(ms for _, _, ms in decoded.timeline()) == timeline.total_seconds * 1000


def test_a_damaged_file_fails_the_crc_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import fitdecode

    data = bytearray(export(tmp_path, capsys, "desk-break"))
    assert int.from_bytes(data[-2:], "little") != 0  # the file CRC is written
    data[40] ^= 0xFF
    with pytest.raises(fitdecode.FitCRCError):
        decode_workout(bytes(data))


def test_a_routine_a_watch_cannot_run_is_an_error(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_user_routine(data_dir, "odd", "name: Odd\nsteps:\n  - exercise: childs-pose\n    hold: 20.0005s\n")
    out = tmp_path / "odd.fit"
    assert main(["export", "odd", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("backpain-timer: error: cannot write a watch workout: ")
    assert "20.0005 s" in err and "milliseconds" in err
    assert not out.exists()


def test_an_unknown_id_keeps_the_yaml_exports_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    assert main(["export", "nope", str(out / "nope.yaml")]) == 1
    yaml_error = capsys.readouterr().err
    assert main(["export", "nope", str(out / "nope.FIT")]) == 1
    assert capsys.readouterr().err == yaml_error == "backpain-timer: error: unknown routine 'nope'\n"
    assert list(out.iterdir()) == []


def test_other_extensions_still_write_yaml(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "cool.txt"
    assert main(["export", "post-run-cool-down", str(out)]) == 0
    source = Library(DataDir(data_dir)).load("post-run-cool-down").source_path
    assert source is not None
    assert out.read_text(encoding="utf-8") == Path(source).read_text(encoding="utf-8")
