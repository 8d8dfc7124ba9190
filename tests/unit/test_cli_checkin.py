"""``backpain-timer check-in``: advice in the terminal, JSON format, exit codes; nothing is recorded."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from backpain_timer.checkin_cli import ask
from backpain_timer.cli import main
from backpain_timer.domain.history import SYMPTOMS
from backpain_timer.storage.paths import DataDir
from tests.helpers.cli import run


@pytest.mark.parametrize(
    ("argv", "level", "ids"),
    [
        ([], "none", []),
        (["--pain", "6"], "none", []),
        (["--pain", "7"], "ease-off", ["high-pain"]),
        (["--pain", "9"], "urgent", ["severe-pain"]),
        (["--symptom", "night-pain"], "see-professional", ["night-pain"]),
        (["--symptom", "fever", "--symptom", "tingling"], "urgent", ["tingling", "fever"]),
        (["--pain", "10", "--symptom", "bladder-bowel"], "emergency", ["bladder-bowel", "severe-pain"]),
    ],
)
def test_json_gives_the_level_the_ids_and_the_text(
    capsys: pytest.CaptureFixture[str], argv: list[str], level: str, ids: list[str]
) -> None:
    code, out, err = run(capsys, "check-in", "--json", *argv)
    assert code == 0, err
    answer = json.loads(out)
    assert set(answer) == {"level", "ids", "text"}
    assert (answer["level"], answer["ids"]) == (level, ids)
    assert answer["text"]


def test_text_output_says_what_to_do(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check-in", "--symptom", "chest-pain")
    assert code == 0
    assert out.startswith("CALL YOUR LOCAL EMERGENCY NUMBER NOW (emergency)")
    code, out, _ = run(capsys, "check-in", "--pain", "8")
    assert "Gentler routines: breathing-reset, upper-back-relief" in out


def test_an_unknown_symptom_lists_the_known_ids(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "check-in", "--symptom", "chest")
    assert code == 1 and out == ""
    assert "unknown symptom 'chest'" in err
    assert all(name in err for name in SYMPTOMS)


@pytest.mark.parametrize("pain", ["11", "-1", "seven", "7.5"])
def test_a_bad_pain_is_refused_clearly(capsys: pytest.CaptureFixture[str], pain: str) -> None:
    code, out, err = run(capsys, "check-in", f"--pain={pain}")
    assert code == 1 and out == ""
    assert f"--pain: '{pain}' is not a whole number from 0 to 10" in err


def test_usage_errors_exit_two(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["check-in", "--pain"])
    assert raised.value.code == 2


def test_nothing_is_recorded(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    before = sorted(data_dir.rglob("*")) if data_dir.exists() else []
    assert run(capsys, "check-in", "--pain", "9", "--symptom", "numbness")[0] == 0
    assert not DataDir(data_dir).history_db.exists()
    assert (sorted(data_dir.rglob("*")) if data_dir.exists() else []) == before


def test_the_questions_in_a_terminal_common_ones_first() -> None:
    answers = iter(["twelve", "4", "y", "", "", "y", "", "", "", "", "", "", "", "y"])
    prompts: list[str] = []

    def read(prompt: str) -> str:
        prompts.append(prompt)
        return next(answers)

    out = io.StringIO()
    assert ask(read, out) == (4, ["numbness", "night-pain"])
    assert "'twelve' is not a whole number" in out.getvalue()
    assert [prompt.split("?")[0] for prompt in prompts[2:5]] == ["Numbness", "Tingling", "Weakness"]
    assert prompts[5].startswith("Something else")


def test_without_a_terminal_and_options_it_advises_for_nothing_and_never_loads_qt() -> None:
    probe = (
        "import sys\nfrom backpain_timer.cli import main\ncode = main(['check-in', '--json'])\n"
        "print('QT:' + ','.join(n for n in sys.modules if n.startswith('PySide6')), file=sys.stderr)\n"
        "sys.exit(code)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["level"] == "none"
    assert "QT:\n" in result.stderr
