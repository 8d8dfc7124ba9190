"""The slow hardening checks: the 10,000-example loader fuzz profile and the kill -9 trials (pytest -m slow)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.report import PartResult

FUZZ_TEST = Path("tests/unit/test_loader_fuzz.py")
_SUMMARY = re.compile(r"^=*\s*(?P<counts>\d+ \w+.*) in [\d.]+s", re.MULTILINE)
# "150 passing, 0 failing, and 15 invalid test cases" (older Hypothesis: "150 passing examples, 0 failing …")
_EXAMPLES = re.compile(r"(\d+) passing(?: examples?)?, (\d+) failing(?: examples?)?, (?:and )?(\d+) invalid")


def pytest_summary(output: str) -> str:
    """ "3 passed, 140 deselected" from a pytest run's last line ("" when there is none)."""
    found = _SUMMARY.findall(output)
    return found[-1].strip(" =") if found else ""


def example_counts(output: str) -> tuple[int, int, int]:
    """(passing, failing, invalid) examples summed over `--hypothesis-show-statistics` output."""
    passing = failing = invalid = 0
    for found in _EXAMPLES.findall(output):
        passing += int(found[0])
        failing += int(found[1])
        invalid += int(found[2])
    return passing, failing, invalid


def _pytest(root: Path, *arguments: str) -> tuple[int, str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [
        sys.executable,
        "-m",
        "pytest",
        "-m",
        "slow",
        "-q",
        "-rA",
        "-p",
        "no:cacheprovider",
        *arguments,
    ]
    started = time.monotonic()
    done = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, check=False)
    return done.returncode, done.stdout + done.stderr, time.monotonic() - started


def run(root: Path) -> tuple[PartResult, bool]:
    """The notes to report, and whether every slow check passed."""
    result = PartResult()
    ok = True
    if (root / FUZZ_TEST).is_file():
        status, output, seconds = _pytest(root, "--hypothesis-show-statistics", str(FUZZ_TEST))
        passing, failing, invalid = example_counts(output)
        result.notes.append(
            f"Loader fuzz, 10,000-example profile (`pytest -m slow {FUZZ_TEST}`): {pytest_summary(output)} "
            f"in {seconds:.0f} s; {passing:,} passing, {failing:,} failing, {invalid:,} invalid examples."
        )
        ok = ok and status == 0
        if status != 0:
            result.notes.append("```\n" + "\n".join(output.splitlines()[-30:]) + "\n```")
    else:
        result.notes.append(f"Loader fuzz: {FUZZ_TEST} not written yet.")
    status, output, seconds = _pytest(root, "tests", f"--ignore={FUZZ_TEST}")
    passed = [line.split(" ", 1)[1] for line in output.splitlines() if line.startswith("PASSED ")]
    failed = [line.split(" ", 1)[1] for line in output.splitlines() if line.startswith(("FAILED ", "ERROR "))]
    result.notes.append(
        f"Other slow checks (`pytest -m slow`, kill -9 trials and the like): {pytest_summary(output)} "
        f"in {seconds:.0f} s. Passed: {', '.join(passed) or 'none'}."
        + (f" **Failed: {', '.join(failed)}**" if failed else "")
    )
    ok = ok and status in (0, 5)  # 5: no slow test collected
    return result, ok
