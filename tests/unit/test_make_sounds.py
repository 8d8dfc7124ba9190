"""The cue sounds come from a script: same bytes every run, the right format, shipped ones current."""

from __future__ import annotations

import subprocess
import sys
import wave
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "tools" / "make_sounds.py"
NAMES = ["breath-in", "breath-out", "chime", "finish", "halfway", "tick", "tick-soft"]


def make(out: Path) -> dict[str, bytes]:
    subprocess.run([sys.executable, str(SCRIPT), "--out", str(out)], check=True, capture_output=True)
    return {path.stem: path.read_bytes() for path in sorted(out.glob("*.wav"))}


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    return make(tmp_path_factory.mktemp("sounds"))


def test_every_cue_sound_is_made(made: dict[str, bytes]) -> None:
    assert sorted(made) == NAMES


def test_same_bytes_twice(made: dict[str, bytes], tmp_path: Path) -> None:
    assert make(tmp_path) == made


def test_sounds_are_short_16_bit_mono_44k(tmp_path: Path) -> None:
    make(tmp_path)
    for path in tmp_path.glob("*.wav"):
        with wave.open(str(path), "rb") as sound:
            assert (sound.getnchannels(), sound.getsampwidth(), sound.getframerate()) == (1, 2, 44_100)
            assert 0 < sound.getnframes() / sound.getframerate() <= 1.5, path.name


def test_shipped_sounds_are_the_scripts_output(made: dict[str, bytes]) -> None:
    shipped = {name: (ROOT / "assets" / "sounds" / f"{name}.wav").read_bytes() for name in NAMES}
    assert shipped == made, "assets/sounds is stale: run tools/make_sounds.py"


def test_unwritable_folder_is_a_clear_message(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--out", str(blocker / "sounds")], capture_output=True, text=True
    )
    assert result.returncode == 1
    assert result.stderr.startswith("make_sounds: cannot write into")
    assert "Traceback" not in result.stderr
