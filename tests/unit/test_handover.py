"""A second `backpain-timer` hands over to the one running before it imports Qt, and says so."""

from __future__ import annotations

import os
import queue
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from backpain_timer.handover import BACKGROUND_REQUEST, plain_start, socket_path

PROJECT_ROOT = Path(__file__).resolve().parents[2]


class RunningApp:
    """Listens where a running app would and keeps what each start sent (b"": show the window)."""

    def __init__(self, path: Path) -> None:
        self.requests: queue.Queue[bytes] = queue.Queue()
        self._server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._server.bind(str(path))
        self._server.listen()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self._server.accept()
            except OSError:
                return  # closed
            with connection:
                received = b""
                while chunk := connection.recv(16):
                    received += chunk
                self.requests.put(received)

    def close(self) -> None:
        self._server.shutdown(socket.SHUT_RDWR)
        self._server.close()
        self._thread.join(timeout=5)


@pytest.fixture
def running_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[RunningApp]:
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    path = socket_path(tmp_path / "data")
    assert path is not None
    app = RunningApp(path)
    yield app
    app.close()


def start_again(tmp_path: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    """`python -X importtime -m backpain_timer --data-dir DATA ...`: stderr lists every module imported."""
    env = {**os.environ, "DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(PROJECT_ROOT)}
    command = [
        sys.executable,
        "-X",
        "importtime",
        "-m",
        "backpain_timer",
        "--data-dir",
        str(tmp_path / "data"),
    ]
    return subprocess.run([*command, *arguments], env=env, capture_output=True, text=True, timeout=60)


def imported(result: subprocess.CompletedProcess[str]) -> set[str]:
    return {
        line.rsplit("|", 1)[-1].strip()
        for line in result.stderr.splitlines()
        if line.startswith("import time")
    }


@pytest.mark.parametrize(
    ("arguments", "request_sent", "quick"),
    [
        ((), b"", True),
        (("--background",), BACKGROUND_REQUEST, True),
        (("--routine", "desk-break"), b"", False),  # the routine is checked first: the CLI is loaded
    ],
    ids=["plain", "background", "with-routine"],
)
def test_a_second_start_hands_over_without_importing_qt(
    tmp_path: Path, running_app: RunningApp, arguments: tuple[str, ...], request_sent: bytes, quick: bool
) -> None:
    result = start_again(tmp_path, *arguments)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "already running for" in result.stdout
    modules = imported(result)
    assert not {name for name in modules if name.split(".")[0] == "PySide6"}
    # A plain start does not even load the command line's modules.
    assert ("backpain_timer.cli" in modules) is not quick
    assert running_app.requests.get(timeout=5) == request_sent
    assert running_app.requests.empty()


def test_only_a_plain_start_skips_the_command_line() -> None:
    for arguments in (["list"], ["--data-dir", "d", "runs"], ["--start"], ["--data-dir"], ["--help"]):
        assert plain_start(arguments) is None, arguments
    assert plain_start([]) == (None, False)
    assert plain_start(["--data-dir=d"]) == ("d", False)
    assert plain_start(["--background", "--data-dir", "d"]) == ("d", True)


OPEN_PROBE = """
import sys
import backpain_timer.ui.app as app
app.run = lambda data_dir, routine, start, background: print(f"RUN {data_dir.name} {routine} {start} {background}")
sys.argv[1:] = ["--data-dir", sys.argv[1]]
from backpain_timer.handover import main
main()
print("CLI LOADED" if "backpain_timer.cli" in sys.modules else "NO CLI")
"""


def test_a_plain_start_with_no_app_running_opens_the_app_without_the_command_line(tmp_path: Path) -> None:
    """The command line's parser and its commands cost the first window about 10 ms."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(PROJECT_ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", OPEN_PROBE, str(tmp_path / "data")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.stdout.splitlines() == ["RUN data None False False", "NO CLI"], result.stderr[-2000:]
