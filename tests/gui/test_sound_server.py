"""The sound server watch (Qt never says when PulseAudio goes) and the balance of voice and sounds."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from backpain_timer.ui.cues.player import SOUND_FULL_GAIN, VOICE_ENGINE_FULL_VOLUME, cue_levels
from backpain_timer.ui.cues.sound_server import SoundServerWatch, pulse_socket


def listen(path: Path) -> socket.socket:
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen()
    return server


def test_the_server_is_found_where_libpulse_looks_for_it() -> None:
    assert pulse_socket({"XDG_RUNTIME_DIR": "/run/user/1000"}) == Path("/run/user/1000/pulse/native")
    assert pulse_socket({"PULSE_SERVER": "unix:/tmp/p/native", "XDG_RUNTIME_DIR": "/r"}) == Path(
        "/tmp/p/native"
    )
    assert pulse_socket({"PULSE_SERVER": "tcp:host:4713"}) is None, "a remote server cannot be watched"
    assert pulse_socket({}) is None


def test_a_server_that_goes_is_lost_at_once_and_found_again_when_it_returns(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "native"
    server = listen(path)
    watch = SoundServerWatch(path)
    events: list[str] = []
    watch.lost.connect(lambda: events.append("lost"))
    watch.back.connect(lambda: events.append("back"))
    assert watch.present and watch.check()
    server.close()  # the server stopped (its socket file may stay behind, as after a crash)
    assert not watch.check()
    assert not watch.check()
    path.unlink()
    with listen(path):
        assert watch.check()
    assert events == ["lost", "back"]


@pytest.mark.parametrize("volume", [0.0, 0.2, 0.5, 0.8, 1.0])
def test_voice_and_sounds_follow_one_volume_and_the_voice_never_clips(volume: float) -> None:
    sound_gain, voice_volume = cue_levels(volume)
    assert voice_volume <= VOICE_ENGINE_FULL_VOLUME, "above this the voice clips (measured)"
    if volume > 0:
        assert sound_gain / voice_volume == pytest.approx(SOUND_FULL_GAIN / VOICE_ENGINE_FULL_VOLUME)
    assert cue_levels(0.8)[0] < cue_levels(1.0)[0]
