"""The heard-cues benchmark's analysis, on made-up recordings: onsets, and cues measured against the
reference beeps while the recording's timeline slides (as it does on a PulseAudio null sink)."""

from __future__ import annotations

import array
import wave
from pathlib import Path

import pytest

from benchmarks.heard_cues import RATE, follow_references, onsets, reference_shift

SLIDE_PER_SECOND = 0.025 / 60  # 25 ms a minute: 750 ms after 30 minutes, far outside the match window
PAPLAY_START = 0.012  # the references' own start-up
CUE_LATE = 0.004  # the player under test, against the references


def slide(at: float) -> float:
    return SLIDE_PER_SECOND * at


def test_cues_keep_their_lateness_against_references_through_a_sliding_half_hour() -> None:
    references = [(float(at), at + 2.0) for at in range(8, 1800, 20)]  # (plan moment, expected in recording)
    cues = list(range(5, 1800, 20))
    heard = sorted(
        [when + slide(at) + PAPLAY_START for at, when in references]
        + [at + 2.0 + slide(at) + PAPLAY_START + CUE_LATE for at in cues]
    )

    found = follow_references(heard, references)

    assert [at for at, _ in found] == [at for at, _ in references]  # every beep, the last ones too
    assert found[-1][1] == pytest.approx(slide(1788) + PAPLAY_START)
    for at in (cues[1], cues[-1]):  # between two references
        shift = reference_shift(found, at)
        assert shift == pytest.approx(slide(at) + PAPLAY_START, abs=1e-9)
        onset = next(o for o in heard if o > at + 2.0 + shift)
        assert onset - (at + 2.0 + shift) == pytest.approx(CUE_LATE)


def test_the_shift_before_the_first_and_after_the_last_reference_is_theirs() -> None:
    found = [(10.0, 0.010), (20.0, 0.030)]
    assert reference_shift(found, 0.0) == pytest.approx(0.010)
    assert reference_shift(found, 15.0) == pytest.approx(0.020)
    assert reference_shift(found, 99.0) == pytest.approx(0.030)
    assert reference_shift([], 5.0) == 0.0


def test_onsets_are_read_from_a_recording_still_being_written(tmp_path: Path) -> None:
    quiet, loud = [0] * round(0.5 * RATE), [8000] * round(0.05 * RATE)
    path = tmp_path / "rec.wav"
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(array.array("h", quiet + loud + quiet + loud).tobytes())
    data = path.read_bytes()
    # parec's header while it records: the data chunk's length is not known yet.
    at = data.index(b"data") + 4
    path.write_bytes(data[:at] + (0).to_bytes(4, "little") + data[at + 4 :] + b"\x00")

    assert onsets(path) == pytest.approx([0.5, 1.05], abs=1 / RATE)
