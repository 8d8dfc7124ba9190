"""A private Xvfb, a watcher that sees windows being mapped, and child processes that are always cleaned up.

The watcher talks to the X server through libX11 (ctypes) and waits on its socket for MapNotify events,
so a window is seen within microseconds of being mapped, without a subprocess per poll (`xdotool --sync`
polls every 0.5 s; spawning `xdotool search` every 10 ms would itself load the CPU being measured).
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import ctypes.util
import os
import select
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

# X11 protocol constants (X.h).
_SUBSTRUCTURE_NOTIFY_MASK = 1 << 19
_UNMAP_NOTIFY = 18
_MAP_NOTIFY = 19
_CLIENT_MESSAGE = 33
_NO_EVENT_MASK = 0
_ANY_PROPERTY_TYPE = 0
_XA_WM_NAME = 39


class BenchError(RuntimeError):
    """A benchmark cannot run here (missing tool, no display); the message says what to do."""


class _XMapEvent(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("event", ctypes.c_ulong),
        ("window", ctypes.c_ulong),
        ("override_redirect", ctypes.c_int),
    ]


class _XClientMessageEvent(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", ctypes.c_ulong),
        ("message_type", ctypes.c_ulong),
        ("format", ctypes.c_int),
        ("data", ctypes.c_long * 5),
    ]


class _XEvent(ctypes.Union):
    _fields_ = [
        ("type", ctypes.c_int),
        ("xmap", _XMapEvent),  # an UnmapNotify has the same first fields
        ("xclient", _XClientMessageEvent),
        ("pad", ctypes.c_long * 24),
    ]


_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)


def _ignore_x_errors(_display: int | None, _event: int | None) -> int:
    return 0


# A window may vanish between its MapNotify and our property request; Xlib's default handler would exit
# the whole benchmark for that. Kept at module level: Xlib calls it for as long as the process lives.
_X_ERROR_HANDLER = _ERROR_HANDLER(_ignore_x_errors)


class WindowWatcher:
    """Reports when a top-level window whose title contains a text is mapped on one X display."""

    def __init__(self, display: str) -> None:
        library = ctypes.util.find_library("X11") or "libX11.so.6"
        try:
            self._x = ctypes.cdll.LoadLibrary(library)
        except OSError as error:
            raise BenchError(f"libX11 is needed to watch windows ({error}); install libx11-6") from None
        x = self._x
        x.XOpenDisplay.restype = ctypes.c_void_p
        x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x.XDefaultRootWindow.restype = ctypes.c_ulong
        x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
        x.XFlush.argtypes = [ctypes.c_void_p]
        x.XPending.argtypes = [ctypes.c_void_p]
        x.XConnectionNumber.argtypes = [ctypes.c_void_p]
        x.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.POINTER(_XEvent)]
        x.XInternAtom.restype = ctypes.c_ulong
        x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        x.XGetWindowProperty.argtypes = [
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.c_ulong,
            ctypes.c_long,
            ctypes.c_long,
            ctypes.c_int,
            ctypes.c_ulong,
            ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_int),
            ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_void_p),
        ]
        x.XFree.argtypes = [ctypes.c_void_p]
        x.XSendEvent.argtypes = [
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.c_int,
            ctypes.c_long,
            ctypes.c_void_p,
        ]
        x.XCloseDisplay.argtypes = [ctypes.c_void_p]
        x.XSetErrorHandler(_X_ERROR_HANDLER)
        deadline = time.monotonic() + 2
        self._display = x.XOpenDisplay(display.encode())
        while not self._display and time.monotonic() < deadline:
            time.sleep(0.05)  # the server may still be setting up its socket
            self._display = x.XOpenDisplay(display.encode())
        if not self._display:
            raise BenchError(f"cannot open X display {display} (Xvfb started but does not accept clients)")
        x.XSelectInput(self._display, x.XDefaultRootWindow(self._display), _SUBSTRUCTURE_NOTIFY_MASK)
        x.XFlush(self._display)
        self._fd = x.XConnectionNumber(self._display)
        self._net_wm_name = x.XInternAtom(self._display, b"_NET_WM_NAME", 0)
        self.last_mapped = 0  # the window ``wait_mapped`` saw last

    def close(self) -> None:
        if self._display:
            self._x.XCloseDisplay(self._display)
            self._display = None

    def _title(self, window: int) -> str:
        for atom in (self._net_wm_name, _XA_WM_NAME):
            actual_type = ctypes.c_ulong()
            actual_format = ctypes.c_int()
            items = ctypes.c_ulong()
            after = ctypes.c_ulong()
            data = ctypes.c_void_p()
            status = self._x.XGetWindowProperty(
                self._display,
                window,
                atom,
                0,
                1024,
                0,
                _ANY_PROPERTY_TYPE,
                ctypes.byref(actual_type),
                ctypes.byref(actual_format),
                ctypes.byref(items),
                ctypes.byref(after),
                ctypes.byref(data),
            )
            if status != 0 or not data.value:
                continue
            try:
                if actual_format.value == 8 and items.value:
                    return ctypes.string_at(data.value, items.value).decode("utf-8", "replace")
            finally:
                self._x.XFree(data)
        return ""

    def drain(self) -> None:
        """Forget the events of earlier runs."""
        event = _XEvent()
        while self._x.XPending(self._display):
            self._x.XNextEvent(self._display, ctypes.byref(event))

    def wait_mapped(self, title: str, timeout: float) -> float | None:
        """time.monotonic() when a window with ``title`` in its name was mapped; None after ``timeout`` s."""
        deadline = time.monotonic() + timeout
        event = _XEvent()
        while True:
            while self._x.XPending(self._display):
                self._x.XNextEvent(self._display, ctypes.byref(event))
                if event.type == _MAP_NOTIFY:
                    seen = time.monotonic()
                    if title in self._title(event.xmap.window):
                        self.last_mapped = event.xmap.window
                        return seen
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            select.select([self._fd], [], [], remaining)

    def close_window(self, window: int, timeout: float) -> bool:
        """Ask ``window`` to close as a window manager's close button does (WM_DELETE_WINDOW); True once
        it is unmapped, False when it still shows after ``timeout`` s."""
        x = self._x
        message = _XEvent()
        message.xclient.type = _CLIENT_MESSAGE
        message.xclient.window = window
        message.xclient.message_type = x.XInternAtom(self._display, b"WM_PROTOCOLS", 0)
        message.xclient.format = 32
        message.xclient.data[0] = x.XInternAtom(self._display, b"WM_DELETE_WINDOW", 0)
        message.xclient.data[1] = 0  # CurrentTime
        self.drain()
        x.XSendEvent(self._display, window, 0, _NO_EVENT_MASK, ctypes.byref(message))
        x.XFlush(self._display)
        deadline = time.monotonic() + timeout
        event = _XEvent()
        while True:
            while x.XPending(self._display):
                x.XNextEvent(self._display, ctypes.byref(event))
                if event.type == _UNMAP_NOTIFY and event.xmap.window == window:
                    return True
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            select.select([self._fd], [], [], remaining)


FIRST_DISPLAY = 97  # away from the displays desktops and CI runners use


def _start_xvfb(number: int, log: IO[bytes]) -> tuple[subprocess.Popen[bytes], bool]:
    """Xvfb on display ``number``; True once it is ready, False when it exited (display taken)."""
    read_end, write_end = os.pipe()
    try:
        server = subprocess.Popen(
            [
                "Xvfb",
                f":{number}",
                "-displayfd",
                str(write_end),
                "-screen",
                "0",
                "1920x1080x24",
                "-nolisten",
                "tcp",
            ],
            pass_fds=(write_end,),
            stdout=log,
            stderr=log,
            start_new_session=True,
        )
    except FileNotFoundError:
        raise BenchError(
            "Xvfb is not installed: run `make bench` (it installs xvfb) or install xvfb"
        ) from None
    finally:
        os.close(write_end)
    try:
        # Xvfb writes the display number to the pipe once it accepts clients; EOF means it gave up.
        ready, _, _ = select.select([read_end], [], [], 15)
        answer = os.read(read_end, 32).decode().strip() if ready else ""
    finally:
        os.close(read_end)
    return server, answer == str(number)


@contextlib.contextmanager
def x_display() -> Iterator[tuple[str, WindowWatcher]]:
    """A private Xvfb on the first free display number from :97, and a watcher connected to it.

    A taken display makes Xvfb exit (it checks the X lock file itself); a server that starts but takes
    no clients (another one appearing on the same number at once) is stopped: either way the next
    number is tried.
    """
    with tempfile.TemporaryFile() as log:
        for number in range(FIRST_DISPLAY, FIRST_DISPLAY + 20):
            server, ready = _start_xvfb(number, log)
            if ready:
                try:
                    watcher = WindowWatcher(f":{number}")
                    break
                except BenchError:
                    pass
            stop_group(server)
        else:
            log.seek(0)
            tail = "\n".join(log.read().decode("utf-8", "replace").splitlines()[-10:])
            raise BenchError(f"Xvfb did not start on any display from :{FIRST_DISPLAY}; its output:\n{tail}")
    try:
        yield f":{number}", watcher
    finally:
        watcher.close()
        stop_group(server)


def stop_group(process: subprocess.Popen[Any]) -> None:
    """End a child started with ``start_new_session`` and everything it started: TERM, then KILL."""
    if process.poll() is not None:
        return  # it ended by itself and was reaped: its id may already belong to someone else
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=3)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    # Children of the group may outlive its leader (a group id is not reused while they live).
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)


class Child:
    """A launched program in its own process group, its output kept in a temporary file."""

    def __init__(self, command: Sequence[str], env: Mapping[str, str]) -> None:
        self.command = list(command)
        self._log = tempfile.TemporaryFile()  # noqa: SIM115 (lives as long as the child; closed in stop())
        self.launched_at = time.monotonic()
        self.process = subprocess.Popen(
            self.command,
            env=dict(env),
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    @property
    def pid(self) -> int:
        return self.process.pid

    def output(self) -> str:
        self._log.seek(0)
        return self._log.read().decode("utf-8", "replace")

    def output_tail(self, lines: int = 15) -> str:
        return "\n".join(self.output().splitlines()[-lines:])

    def stop(self) -> None:
        stop_group(self.process)
        self._log.close()


@contextlib.contextmanager
def launched(command: Sequence[str], env: Mapping[str, str]) -> Iterator[Child]:
    child = Child(command, env)
    try:
        yield child
    finally:
        child.stop()


_NOT_PASSED = frozenset({"WAYLAND_DISPLAY", "PYTHONDONTWRITEBYTECODE"})


def gui_env(display: str, runtime: str | None = None) -> dict[str, str]:
    """The environment for a program that must draw a real window on ``display``; ``runtime``: the
    XDG_RUNTIME_DIR to share with other launches (a new one of its own when None and none is set)."""
    env = {key: value for key, value in os.environ.items() if key not in _NOT_PASSED}
    # Byte code is cached as on a user's machine (a shell with PYTHONDONTWRITEBYTECODE would otherwise make
    # every launch compile every module it imports), in a folder of its own so the tree stays clean.
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "backpain-timer-bench-pycache")
    env["DISPLAY"] = display
    env["QT_QPA_PLATFORM"] = "xcb"
    if runtime is not None:
        env["XDG_RUNTIME_DIR"] = runtime
    elif "XDG_RUNTIME_DIR" not in env:
        # Every desktop session has one (logind makes it); without it the app's single-instance socket is
        # looked for elsewhere, at a cost (tempfile) no user pays. A new one per launch: a launch stopped
        # with SIGTERM leaves its socket behind, which the next would have to probe.
        runtime = tempfile.mkdtemp(prefix="backpain-timer-bench-runtime-")
        atexit.register(shutil.rmtree, runtime, ignore_errors=True)
        env["XDG_RUNTIME_DIR"] = runtime
    return env


# --- /proc readings --------------------------------------------------------------------------------


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far."""
    fields = Path(f"/proc/{pid}/stat").read_text(encoding="ascii").rsplit(")", 1)[1].split()
    # After the ")" that ends the command name: state is field 3, utime 14, stime 15 (1-based).
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def memory_kib(pid: int) -> tuple[int, int]:
    """(RSS, PSS) in KiB."""
    rss = pss = 0
    for line in Path(f"/proc/{pid}/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmRSS:"):
            rss = int(line.split()[1])
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text(encoding="ascii").splitlines():
            if line.startswith("Pss:"):
                pss = int(line.split()[1])
    return rss, pss


def shared_libraries(pid: int) -> set[str]:
    """File names of the shared libraries (and Python extension modules) a process has mapped."""
    names: set[str] = set()
    for line in Path(f"/proc/{pid}/maps").read_text(encoding="utf-8", errors="replace").splitlines():
        library = line.rsplit("/", 1)[-1]
        if ".so" in library and "/" in line:
            names.add(library)
    return names


def qt_modules(libraries: set[str]) -> list[str]:
    """The Qt modules among ``libraries``, e.g. ["Core", "Gui", "Widgets"]."""
    return sorted(
        name.removeprefix("libQt6").split(".so", 1)[0] for name in libraries if name.startswith("libQt6")
    )
