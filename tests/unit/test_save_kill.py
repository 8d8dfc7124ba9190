"""A save killed at any moment (kill -9) leaves the old file or the new one, never a broken one."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from backpain_timer.domain.routine import Exercise, Routine, Step
from backpain_timer.storage.routine_yaml import load_routine_file, routine_to_yaml

QUICK_TRIALS = 10
SLOW_TRIALS = 150

# The child saves two versions in turn, as fast as it can, and says "saved" after each save.
CHILD = """
import sys
from pathlib import Path
from tests.unit.test_save_kill import version
from backpain_timer.storage.routine_yaml import save_routine

path = Path(sys.argv[1])
number = 0
while True:
    save_routine(version(number % 2), path)
    number += 1
    sys.stdout.write("saved\\n")
    sys.stdout.flush()
"""


def version(number: int) -> Routine:
    """Two versions of one routine; the second is much longer, so a torn write cannot look whole."""
    steps = 3 if number == 0 else 90
    return Routine(
        id="kill-test",
        name=f"Version {number}",
        description="A routine saved again and again while being killed. " * (1 + 40 * number),
        steps=tuple(
            Step(
                Exercise(name=f"Move {index}", instructions=("Stand tall.",)),
                hold=10.0 + index,
                note="x" * 60,
            )
            for index in range(steps)
        ),
    )


def run_trials(tmp_path: Path, trials: int) -> None:
    path = tmp_path / "kill-test.yaml"
    expected = {routine_to_yaml(version(number), relative_to=tmp_path) for number in (0, 1)}
    rng = random.Random(20261125)
    environment = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    for trial in range(trials):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path)], stdout=subprocess.PIPE, env=environment, text=True
        )
        assert child.stdout is not None
        for _ in range(rng.randint(1, 6)):  # let it get into its loop: a few saves done
            assert child.stdout.readline() == "saved\n", f"trial {trial}: the child stopped"
        # The kill lands at a random point of the next save (this pause picks the point; nothing waits on it).
        time.sleep(rng.uniform(0, 0.004))
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        text = path.read_text(encoding="utf-8")
        assert text in expected, f"trial {trial}: the file is neither the old nor the new version"
        assert load_routine_file(path, {}).name in ("Version 0", "Version 1")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs kill -9")
def test_killed_saves_leave_a_whole_file(tmp_path: Path) -> None:
    run_trials(tmp_path, QUICK_TRIALS)


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs kill -9")
def test_killed_saves_leave_a_whole_file_many_times(tmp_path: Path) -> None:
    run_trials(tmp_path, SLOW_TRIALS)
