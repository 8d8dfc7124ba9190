"""When cue sounds are *heard*: a sounds-only session played into a private PulseAudio null sink and
recorded from its monitor with ``parec``; each planned cue is matched with the sound's onset in the
recording. Reports the lateness in the first and the last minute, for the app's player (a fresh stream per
cue) and, as the baseline, one long-lived QSoundEffect per sound (the player before).

The recording's own clock is taken out of the measurement: three times per hold, in a quiet moment, this
process plays a reference beep with ``paplay`` (a separate process and a fresh stream, Qt not involved) at a
known monotonic time. A cue's lateness is measured against the references' lateness at that moment (in a
straight line between the two around it), so a recording that slides against the monotonic clock moves
both alike; the references' own slide is reported as the recording clock's drift. The zero of the
recording is a sync beep played the same way before the session, so paplay's start-up (a process and a
fresh stream) is the zero of every figure.

Measured here over 30 minutes: the references slid 26.5 ms a minute later in the recording (781.6 ms at
minute 30), and the recording held 0.807 s more audio than the wall time it spans: about the same amount
(QSoundEffect's run, with fewer new streams: 355 ms and 0.347 s). So the monitor gains audio the wall clock
does not have — most likely repeated when a new stream makes the null sink rewind — and every sound after
it is heard that much later *in the recording*. Against the references the cues stayed put: fresh streams
+2.8 ms (minute 1) and +4.0 ms (minute 30), QSoundEffect +19.0 and +21.7 ms. Against the recording alone
every player seemed to drift late (the "0.8 s after 16 minutes" once blamed on QSoundEffect), and after 30
minutes its cues fell outside any fixed window.

Needs ``pulseaudio`` and ``pulseaudio-utils`` (tools/system-deps.sh bench). Run by hand:
``python -m benchmarks.heard_cues --seconds 300``, or ``--long --only fresh-streams`` for 30 minutes.
The player side runs as ``python -m benchmarks.heard_cues --play PLAYER --seconds N`` in the private
server's environment.
"""

from __future__ import annotations

import argparse
import array
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import wave
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

PLAYERS = ("fresh-streams", "qsoundeffect")
RATE = 44_100
ONSET_LEVEL = 0.01  # of full scale: the quietest cue at the bench's volume is far above it
SILENCE_BEFORE_ONSET = 0.04  # seconds of quiet before a sound counts as a new onset
MATCH_WINDOW = 0.6  # seconds after the planned moment in which a cue's onset is looked for
# Seconds into each hold of 20 s: no cue sounds within 1.5 s of them (cues at 0, 10, 17-20 s).
REFERENCES_INTO_HOLD = (3.0, 6.0, 13.0)
REFERENCE_TONE = (0.08, 1000.0, 0.3)  # seconds, Hz, of full scale
SERVER_CONFIG = """load-module module-native-protocol-unix
load-module module-null-sink sink_name=rec
set-default-sink rec
"""


class Skip(Exception):
    """The measurement cannot run here (tools missing): a clear line, not a failure."""


class Heard(NamedTuple):
    """One player's session: median lateness (ms) in the first and last minute, against the reference
    beeps and raw (against the recording's clock), and the reference beeps' own lateness in the recording."""

    player: str
    first: float
    last: float
    cues: int
    raw_first: float
    raw_last: float
    reference_first: float
    reference_last: float
    recording_seconds: float  # the WAV's samples / rate
    wall_seconds: float  # monotonic time from parec's start to its stop
    minutes_apart: float  # between the middles of the first and the last minute
    reference_start_up: float  # ms from paplay's launch to its stream on the server (median), the zero's part

    def drift_per_minute(self) -> tuple[float, float]:
        """ms per minute: against the references, and of the references in the recording."""
        span = self.minutes_apart
        if span <= 0:  # a session of a minute or less: no second minute to compare with
            return float("nan"), float("nan")
        return (self.last - self.first) / span, (self.reference_last - self.reference_first) / span


def missing_tools() -> list[str]:
    return [
        tool for tool in ("pulseaudio", "pacat", "parec", "paplay", "pactl") if shutil.which(tool) is None
    ]


def write_reference_tone(path: Path) -> None:
    import math

    seconds, frequency, level = REFERENCE_TONE
    frames = array.array(
        "h",
        (
            round(level * 32767 * math.sin(2 * math.pi * frequency * n / RATE))
            for n in range(round(seconds * RATE))
        ),
    )
    with wave.open(str(path), "wb") as tone:
        tone.setnchannels(1)
        tone.setsampwidth(2)
        tone.setframerate(RATE)
        tone.writeframes(frames.tobytes())


def reference_moments(seconds: float) -> list[float]:
    """Plan moments for the reference beeps: quiet moments of every 20-second hold."""
    from backpain_timer.domain.plan import SegmentKind, plan
    from benchmarks.cue_latency import routine_of

    return [
        segment.start + into
        for segment in plan(routine_of(seconds)).segments
        if segment.kind is SegmentKind.HOLD and segment.duration >= 20
        for into in REFERENCES_INTO_HOLD
    ]


@contextmanager
def private_server(work: Path) -> Iterator[dict[str, str]]:
    """A PulseAudio server of our own with a null sink kept awake; yields the environment to reach it."""
    runtime = work / "runtime"
    runtime.mkdir(mode=0o700)
    config = work / "server.pa"
    config.write_text(SERVER_CONFIG, encoding="utf-8")
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "HOME": str(work)}
    env.pop("PULSE_SERVER", None)
    command = ["pulseaudio", "-n", "-F", str(config), "--daemonize=yes", "--exit-idle-time=-1"]
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=30)
    keepalive = subprocess.Popen(
        ["pacat", "--playback", "/dev/zero"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield env
    finally:
        keepalive.kill()
        keepalive.wait()
        subprocess.run(["pulseaudio", "--kill"], env=env, capture_output=True, timeout=30, check=False)


def _samples(path: Path) -> tuple[array.array[int], int]:
    """The 16-bit mono samples of a WAV file and its rate; also of one parec is still writing (its header
    does not give the length yet: everything after the data chunk's header is read)."""
    data = path.read_bytes()
    rate = int.from_bytes(data[24:28], "little")
    start = data.index(b"data") + 8
    end = len(data) - (len(data) - start) % 2
    return array.array("h", data[start:end]), rate


def onsets(path: Path) -> list[float]:
    """Seconds into the recording where a sound begins after a stretch of quiet."""
    samples, rate = _samples(path)
    threshold = ONSET_LEVEL * 32768
    quiet_needed = round(SILENCE_BEFORE_ONSET * rate)
    found: list[float] = []
    quiet = quiet_needed
    for index, sample in enumerate(samples):
        if abs(sample) >= threshold:
            if quiet >= quiet_needed:
                found.append(index / rate)
            quiet = 0
        else:
            quiet += 1
    return found


def _late_from(heard: list[float], expected: float) -> float | None:
    candidates = [onset - expected for onset in heard if -0.1 <= onset - expected <= MATCH_WINDOW]
    return min(candidates) if candidates else None


def _play_references(tone: Path, env: dict[str, str], start: float, moments: list[float]) -> list[float]:
    """Start ``paplay`` at each plan moment; the monotonic time of each start."""
    started: list[float] = []
    running = []
    for moment in moments:
        time.sleep(max(0.0, start + moment - time.monotonic()))
        started.append(time.monotonic())
        running.append(subprocess.Popen(["paplay", "--latency-msec=20", str(tone)], env=env))
    for beep in running:
        beep.wait(timeout=30)
    return started


def _sync(recording: Path, tone: Path, env: dict[str, str]) -> float:
    """The monotonic time of the recording's first sample, found from a sync beep played by ``paplay``.

    parec connects after a while of its own (seen: 0 to 2 s on a loaded machine), so the moment it was
    started is no zero. The sync beep's onset in the recording, against the moment it was played, is; like
    every reference beep it includes paplay's start-up, the zero of the corrected figures."""
    deadline = time.monotonic() + 30
    while not recording.exists() or recording.stat().st_size < 44 + 2 * RATE // 10:  # 0.1 s recorded
        if time.monotonic() > deadline:
            raise RuntimeError("parec recorded nothing in 30 s")
        time.sleep(0.05)
    played = _play_references(tone, env, time.monotonic() + 0.3, [0.0])[0]
    time.sleep(1.0)  # the beep is over and recorded
    heard = onsets(recording)
    if not heard:
        raise RuntimeError("the sync beep was not heard in the recording")
    return played - heard[0]


def reference_start_up(tone: Path, env: dict[str, str], runs: int = 11) -> float:
    """Median ms from launching ``paplay`` to its stream appearing on the server (``pactl subscribe``).

    The part of the figures' zero that a recording cannot show; the stream then asks for 20 ms of latency."""
    events = subprocess.Popen(["pactl", "subscribe"], env=env, stdout=subprocess.PIPE, text=True)
    assert events.stdout is not None
    try:
        time.sleep(0.5)  # subscribed
        gaps = []
        for _ in range(runs):
            launched = time.monotonic()
            beep = subprocess.Popen(["paplay", "--latency-msec=20", str(tone)], env=env)
            while "'new' on sink-input" not in events.stdout.readline():
                pass
            gaps.append(time.monotonic() - launched)
            beep.wait(timeout=30)
            time.sleep(0.2)
        return 1000 * statistics.median(gaps)
    finally:
        events.kill()
        events.wait()


def measure(env: dict[str, str], work: Path, player: str, seconds: float) -> Heard:
    """Each cue of one session through ``player``, matched in the recording against the plan."""
    recording = work / f"{player}.wav"
    tone = work / "reference.wav"
    write_reference_tone(tone)
    recorder = subprocess.Popen(
        [
            "parec",
            "--channels=1",
            "--latency-msec=20",
            "-d",
            "rec.monitor",
            "--file-format=wav",
            str(recording),
        ],
        env=env,
    )
    record_start = _sync(recording, tone, env)
    app_env = {**env, "QT_QPA_PLATFORM": "offscreen", "QT_LOGGING_RULES": "qt.multimedia.*=false"}
    command = [sys.executable, "-m", "benchmarks.heard_cues", "--play", player, "--seconds", str(seconds)]
    with (work / f"{player}.log").open("w", encoding="utf-8") as log:
        app = subprocess.Popen(command, env=app_env, stdout=subprocess.PIPE, stderr=log, text=True)
        assert app.stdout is not None
        first_line = app.stdout.readline()
        if not first_line:
            app.wait(timeout=60)
            raise RuntimeError(f"{player} session failed: {(work / f'{player}.log').read_text()[-1500:]}")
        session_start = json.loads(first_line)["start"]
        moments = reference_moments(seconds)
        references = _play_references(tone, env, session_start, moments)
        rest, _ = app.communicate(timeout=seconds + 120)
    time.sleep(1.0)
    recorder.terminate()
    recorder.wait()
    wall = time.monotonic() - record_start
    if app.returncode != 0:
        raise RuntimeError(f"{player} session failed: {(work / f'{player}.log').read_text()[-1500:]}")
    session = json.loads(rest.strip().splitlines()[-1])
    heard = onsets(recording)
    with wave.open(str(recording), "rb") as wav:
        recorded = wav.getnframes() / wav.getframerate()
    ref_late = follow_references(
        heard, [(at, when - record_start) for at, when in zip(moments, references, strict=True)]
    )
    cue_late = []  # (plan moment, raw lateness, lateness against the references at that moment)
    for at in session["cues"]:
        expected = session_start + at - record_start
        shift = reference_shift(ref_late, at)
        late = _late_from(heard, expected + shift)
        if late is not None:
            cue_late.append((at, late + shift, late))
    raw_first, raw_last = summary([(at, raw) for at, raw, _ in cue_late], seconds, f"{player} cues")
    first, last = summary([(at, late) for at, _, late in cue_late], seconds, f"{player} cues")
    ref_first, ref_last = summary(ref_late, seconds, "reference beeps")
    return Heard(
        player,
        first,
        last,
        len(cue_late),
        raw_first,
        raw_last,
        ref_first,
        ref_last,
        recorded,
        wall,
        (seconds - 60) / 60,
        reference_start_up(tone, env),
    )


def follow_references(heard: list[float], expected: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """(plan moment, lateness in the recording) of each reference beep heard, in order.

    The recording's timeline slides against the monotonic clock (measured: 20–27 ms a minute on a null
    sink, for every stream alike), further than any fixed window allows over 30 minutes; each beep is
    looked for where the one before it was heard."""
    found: list[tuple[float, float]] = []
    shift = 0.0
    for at, when in expected:
        late = _late_from(heard, when + shift)
        if late is not None:
            shift += late
            found.append((at, shift))
    return found


def reference_shift(references: list[tuple[float, float]], at: float) -> float:
    """The references' lateness at plan moment ``at``: between the two around it, in a straight line."""
    if not references:
        return 0.0
    before = [(moment, late) for moment, late in references if moment <= at] or references[:1]
    after = [(moment, late) for moment, late in references if moment > at] or references[-1:]
    (start, early), (end, later) = before[-1], after[0]
    if end == start:
        return early
    return early + (later - early) * (at - start) / (end - start)


def summary(results: list[tuple[float, float]], seconds: float, what: str) -> tuple[float, float]:
    """Median lateness (ms) of the sounds in the first and in the last minute."""
    first = [late for at, late in results if at < 60]
    last = [late for at, late in results if at >= seconds - 60]
    if not first or not last:
        raise RuntimeError(f"no {what} were heard in the {'first' if not first else 'last'} minute")
    return 1000 * statistics.median(first), 1000 * statistics.median(last)


def run(seconds: float, players: tuple[str, ...] = PLAYERS) -> list[Heard]:
    """One ``Heard`` for each of ``players``; raises Skip without the tools."""
    missing = missing_tools()
    if missing:
        raise Skip(f"skipped: {', '.join(missing)} not installed (tools/system-deps.sh bench)")
    with (
        tempfile.TemporaryDirectory(prefix="backpain-heard-", ignore_cleanup_errors=True) as folder,
        private_server(Path(folder)) as env,
    ):
        return [measure(env, Path(folder), player, seconds) for player in players]


# --- the player side -------------------------------------------------------------------------------------


def play_session(player_name: str, seconds: float) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from backpain_timer.domain.cues import CueKind
    from backpain_timer.domain.plan import plan
    from backpain_timer.domain.session import SessionEngine, SessionState
    from backpain_timer.resources import assets_dir
    from backpain_timer.storage.settings import Settings
    from backpain_timer.ui.cues.player import QtCuePlayer, RecordingCuePlayer, cue_levels
    from backpain_timer.ui.cues.router import CueRouter
    from backpain_timer.ui.session.controller import SessionController
    from benchmarks.cue_latency import FirstCallClock, routine_of

    app = QApplication([])
    settings = Settings(sound=True, voice=False, countdown=True, halfway=True, flash=False, breath_tone=False)
    timeline = plan(routine_of(seconds))
    clock = FirstCallClock()
    engine = SessionEngine(timeline, clock)
    controller = SessionController(engine)
    played: list[float] = []
    if player_name == "qsoundeffect":
        from PySide6.QtCore import QUrl
        from PySide6.QtMultimedia import QSoundEffect

        effects = {}
        for kind in CueKind:
            effect = QSoundEffect()
            effect.setSource(
                QUrl.fromLocalFile(str(assets_dir() / "sounds" / f"{kind.value.replace('_', '-')}.wav"))
            )
            effect.setVolume(cue_levels(settings.volume)[0])
            effects[kind] = effect

        class EffectPlayer(RecordingCuePlayer):
            def play(self, kind: CueKind) -> None:
                played.append(engine.position())
                effects[kind].play()

        player: RecordingCuePlayer | QtCuePlayer = EffectPlayer()
    else:
        real = QtCuePlayer()
        play_sound = real.play

        def play_and_note(kind: CueKind) -> None:
            played.append(engine.position())
            play_sound(kind)

        real.play = play_and_note  # type: ignore[method-assign]
        player = real
    router = CueRouter(player, lambda: None, settings, controller)
    player.preload()
    controller.state_changed.connect(lambda state: app.quit() if state is SessionState.FINISHED else None)
    QTimer.singleShot(round((timeline.total_seconds + 10) * 1000), app.quit)

    def start() -> None:
        controller.start()
        print(json.dumps({"start": clock.first}), flush=True)  # the bench plays its references from it

    QTimer.singleShot(1500, start)  # the sounds are loaded and the streams ready
    app.exec()
    assert router.player is player
    player.shutdown()
    # The plan moments of the requests that were played: the boundary each sound belongs to.
    moments = sorted({round(at) for at in played})
    print(json.dumps({"start": clock.first, "cues": moments}))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=300.0)
    parser.add_argument(
        "--long", action="store_const", const=1800.0, dest="seconds", help="a 30-minute session"
    )
    parser.add_argument(
        "--only", choices=PLAYERS, help="measure one player (a 30-minute run of both takes an hour)"
    )
    parser.add_argument("--play", choices=PLAYERS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.play:
        return play_session(args.play, args.seconds)
    try:
        found = run(args.seconds, (args.only,) if args.only else PLAYERS)
    except Skip as skip:
        print(f"heard cues: {skip}")
        return 0
    for heard in found:
        print(
            f"{heard.player}: first minute {heard.first:+.1f} ms, last minute {heard.last:+.1f} ms late "
            f"against the reference beeps ({heard.cues} cues heard); raw {heard.raw_first:+.1f} / "
            f"{heard.raw_last:+.1f} ms; references {heard.reference_first:+.1f} / {heard.reference_last:+.1f} ms; "
            f"recording {heard.recording_seconds:.3f} s of audio in {heard.wall_seconds:.3f} s; "
            f"the references' zero: launch -> stream {heard.reference_start_up:.1f} ms, then 20 ms of latency"
        )
        drift, recording_drift = heard.drift_per_minute()
        print(
            f"  drift {drift:+.1f} ms/min against the references; the recording's clock {recording_drift:+.1f} ms/min"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
