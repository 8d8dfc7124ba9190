"""When cue sounds are *heard*: a sounds-only session played into a private PulseAudio null sink and
recorded from its monitor with ``parec``; each planned cue is matched with the sound's onset in the
recording. Reports the lateness in the first and the last minute, for the app's player (a fresh stream per
cue) and, as the baseline, one long-lived QSoundEffect per sound (the player before; it drifted late).

Needs ``pulseaudio`` and ``pulseaudio-utils`` (tools/system-deps.sh bench). Run by hand:
``python -m benchmarks.heard_cues --seconds 300``. The player side runs as
``python -m benchmarks.heard_cues --play PLAYER --seconds N`` in the private server's environment.
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

PLAYERS = ("fresh-streams", "qsoundeffect")
RATE = 44_100
ONSET_LEVEL = 0.01  # of full scale: the quietest cue at the bench's volume is far above it
SILENCE_BEFORE_ONSET = 0.04  # seconds of quiet before a sound counts as a new onset
MATCH_WINDOW = 0.6  # seconds after the planned moment in which a cue's onset is looked for
SERVER_CONFIG = """load-module module-native-protocol-unix
load-module module-null-sink sink_name=rec
set-default-sink rec
"""


class Skip(Exception):
    """The measurement cannot run here (tools missing): a clear line, not a failure."""


def missing_tools() -> list[str]:
    return [tool for tool in ("pulseaudio", "pacat", "parec") if shutil.which(tool) is None]


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
        ["pacat", "--playback", "/dev/zero"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        yield env
    finally:
        keepalive.kill()
        keepalive.wait()
        subprocess.run(["pulseaudio", "--kill"], env=env, capture_output=True, timeout=30, check=False)


def onsets(path: Path) -> list[float]:
    """Seconds into the recording where a sound begins after a stretch of quiet."""
    with wave.open(str(path), "rb") as recording:
        samples = array.array("h", recording.readframes(recording.getnframes()))
        rate = recording.getframerate()
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


def measure(env: dict[str, str], work: Path, player: str, seconds: float) -> list[tuple[float, float]]:
    """(plan time, heard lateness in seconds) of each cue of one session through ``player``."""
    recording = work / f"{player}.wav"
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
    time.sleep(1.0)  # parec connected and recording: its first sample is about now minus its latency
    started = time.monotonic() - 1.0
    app_env = {**env, "QT_QPA_PLATFORM": "offscreen", "QT_LOGGING_RULES": "qt.multimedia.*=false"}
    command = [sys.executable, "-m", "benchmarks.heard_cues", "--play", player, "--seconds", str(seconds)]
    done = subprocess.run(
        command, env=app_env, capture_output=True, text=True, timeout=seconds + 120, check=False
    )
    time.sleep(1.0)
    recorder.terminate()
    recorder.wait()
    if done.returncode != 0:
        raise RuntimeError(f"{player} session failed: {done.stderr.strip()[-1500:]}")
    session = json.loads(done.stdout.strip().splitlines()[-1])
    heard = onsets(recording)
    results: list[tuple[float, float]] = []
    for at in session["cues"]:
        expected = session["start"] + at - started
        candidates = [onset - expected for onset in heard if -0.1 <= onset - expected <= MATCH_WINDOW]
        if candidates:
            results.append((at, min(candidates)))
    return results


def summary(results: list[tuple[float, float]], seconds: float) -> tuple[float, float]:
    """Median lateness (ms) of the cues in the first and in the last minute."""
    first = [late for at, late in results if at < 60]
    last = [late for at, late in results if at >= seconds - 60]
    if not first or not last:
        raise RuntimeError("no cues were heard")
    return 1000 * statistics.median(first), 1000 * statistics.median(last)


def run(seconds: float) -> list[tuple[str, float, float, int]]:
    """(player, first-minute ms, last-minute ms, cues heard) for each player; raises Skip without tools."""
    missing = missing_tools()
    if missing:
        raise Skip(f"skipped: {', '.join(missing)} not installed (tools/system-deps.sh bench)")
    found = []
    with (
        tempfile.TemporaryDirectory(prefix="backpain-heard-", ignore_cleanup_errors=True) as folder,
        private_server(Path(folder)) as env,
    ):
        for player in PLAYERS:
            results = measure(env, Path(folder), player, seconds)
            first, last = summary(results, seconds)
            found.append((player, first, last, len(results)))
    return found


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
    QTimer.singleShot(1500, controller.start)  # the sounds are loaded and the streams ready
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
    parser.add_argument("--play", choices=PLAYERS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.play:
        return play_session(args.play, args.seconds)
    try:
        found = run(args.seconds)
    except Skip as skip:
        print(f"heard cues: {skip}")
        return 0
    for player, first, last, count in found:
        print(f"{player}: first minute {first:+.1f} ms, last minute {last:+.1f} ms late ({count} cues heard)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
