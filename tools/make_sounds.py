"""Make the cue sounds in assets/sounds/ from sine waves and envelopes, with the standard library only.

Deterministic (same bytes every run), so the sounds can be remade and their licence is ours.
Usage: python tools/make_sounds.py [--out DIR]
"""

from __future__ import annotations

import argparse
import math
import sys
import wave
from array import array
from dataclasses import dataclass
from pathlib import Path

SAMPLE_RATE = 44_100
PEAK = 0.5  # of full scale: gentle, and room for the player's volume to go up
ATTACK_SECONDS = 0.008  # a soft start: no click
RELEASE_SECONDS = 0.02  # every sound fades to exact silence at its end
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "assets" / "sounds"


@dataclass(frozen=True)
class Note:
    frequency: float  # Hz
    start: float  # seconds into the sound
    length: float  # seconds
    level: float  # 0..1 of PEAK
    decay: float  # exponential decay rate per second (0 = steady)
    overtone: float = 0.0  # level of the octave above, for a bell-like colour


# Each cue: distinct at a glance, soft, short. Ticks are the shortest; the finish is a rising triad.
SOUNDS: dict[str, tuple[Note, ...]] = {
    "chime": (Note(784.0, 0.0, 0.7, 1.0, 5.0, 0.25), Note(1174.7, 0.0, 0.7, 0.35, 7.0)),
    "tick": (Note(1000.0, 0.0, 0.07, 0.8, 40.0),),
    "tick-soft": (Note(660.0, 0.0, 0.06, 0.5, 45.0),),
    "halfway": (Note(659.3, 0.0, 0.3, 0.8, 8.0, 0.2), Note(880.0, 0.18, 0.4, 0.8, 7.0, 0.2)),
    "finish": (
        Note(523.3, 0.0, 1.1, 0.7, 3.5, 0.2),
        Note(659.3, 0.2, 0.9, 0.7, 3.5, 0.2),
        Note(784.0, 0.4, 0.9, 0.8, 3.0, 0.2),
    ),
    "breath-in": (Note(392.0, 0.0, 0.4, 0.45, 3.0),),
    "breath-out": (Note(329.6, 0.0, 0.4, 0.45, 3.0),),
}


def _envelope(t: float, note: Note) -> float:
    into = t - note.start
    if into < 0 or into >= note.length:
        return 0.0
    attack = min(1.0, into / ATTACK_SECONDS)
    release = min(1.0, (note.length - into) / RELEASE_SECONDS)
    return note.level * attack * release * math.exp(-note.decay * into)


def render(notes: tuple[Note, ...]) -> bytes:
    """16-bit little-endian mono samples of ``notes`` mixed together."""
    length = max(note.start + note.length for note in notes)
    samples = array("h")
    for i in range(round(length * SAMPLE_RATE)):
        t = i / SAMPLE_RATE
        value = 0.0
        for note in notes:
            level = _envelope(t, note)
            if level:
                phase = 2 * math.pi * note.frequency * (t - note.start)
                value += level * (math.sin(phase) + note.overtone * math.sin(2 * phase))
        samples.append(round(max(-1.0, min(1.0, value * PEAK)) * 32767))
    if sys.byteorder == "big":
        samples.byteswap()
    return samples.tobytes()


def write_wav(path: Path, frames: bytes) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(frames)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Make the cue sounds (WAV, 16-bit mono 44.1 kHz).")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder to write into")
    args = parser.parse_args(argv)
    try:
        args.out.mkdir(parents=True, exist_ok=True)
        for name, notes in SOUNDS.items():
            write_wav(args.out / f"{name}.wav", render(notes))
    except OSError as error:
        print(f"make_sounds: cannot write into {args.out}: {error}", file=sys.stderr)
        return 1
    print(f"wrote {len(SOUNDS)} sounds to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
