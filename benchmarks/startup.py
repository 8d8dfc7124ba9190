"""Start-up (launch → main window mapped) and memory (after the window is shown), app vs a bare window."""

from __future__ import annotations

import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.display import (
    BenchError,
    WindowWatcher,
    gui_env,
    launched,
    memory_kib,
    qt_modules,
    shared_libraries,
)
from benchmarks.report import PartResult, Row, median

WINDOW_TITLE = "Backpain Timer"
MAP_TIMEOUT_SECONDS = 30.0
SETTLE_SECONDS = 1.0  # after the window is mapped, before memory is read
STARTUP_TARGET = 1.2
MEMORY_TARGET = 1.3
# Qt modules the home screen does not need; loading one at start-up is a regression worth naming.
LAZY_QT_MODULES = ("Multimedia", "TextToSpeech", "Charts", "Svg", "SvgWidgets", "Pdf", "PrintSupport")


def app_command(data_dir: Path, *arguments: str) -> list[str]:
    return [sys.executable, "-m", "backpain_timer", "--data-dir", str(data_dir), *arguments]


def bare_command() -> list[str]:
    return [sys.executable, str(Path(__file__).with_name("bare_window.py"))]


@dataclass(frozen=True)
class Launch:
    seconds: float  # launch → window mapped
    rss_kib: int
    pss_kib: int
    libraries: set[str]
    output: str

    @property
    def qt_modules(self) -> list[str]:
        return qt_modules(self.libraries)


def measure_launch(
    watcher: WindowWatcher, display: str, command: list[str], settle: float = SETTLE_SECONDS
) -> Launch:
    watcher.drain()
    with launched(command, gui_env(display)) as child:
        mapped = watcher.wait_mapped(WINDOW_TITLE, MAP_TIMEOUT_SECONDS)
        if mapped is None:
            raise BenchError(
                f"no window titled {WINDOW_TITLE!r} within {MAP_TIMEOUT_SECONDS:.0f} s from "
                f"`{' '.join(command[1:])}`; its output:\n{child.output_tail()}"
            )
        time.sleep(settle)
        if child.process.poll() is not None:
            raise BenchError(f"`{' '.join(command[1:])}` exited early; its output:\n{child.output_tail()}")
        rss, pss = memory_kib(child.pid)
        libraries = shared_libraries(child.pid)
        output = child.output()
    return Launch(mapped - child.launched_at, rss, pss, libraries, output)


# What any window that uses a Qt alignment, item role or key pays and the bare window does not: PySide
# builds every enum of the Qt namespace (Key, AlignmentFlag, ...) on its first use. A Qt call that hands one
# of them to Python does so too: QStyleHints.colorScheme() (the system's light or dark), or a table
# header asking a Python model's headerData (its orientation).
_QT_NAMESPACE_PROBE = """
import enum, time
from PySide6.QtWidgets import QApplication
started = time.perf_counter()
from PySide6.QtCore import Qt
print(time.perf_counter() - started, len([name for name in dir(Qt) if isinstance(getattr(Qt, name), enum.EnumType)]))
"""


def qt_namespace_cost(runs: int = 5) -> tuple[float, int]:
    """(median seconds, enum count) of the first ``from PySide6.QtCore import Qt``, each in a new process."""
    seconds: list[float] = []
    count = 0
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", _QT_NAMESPACE_PROBE],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        ).stdout.split()
        seconds.append(float(out[0]))
        count = int(out[1])
    return median(seconds), count


def slowest_imports(importtime_log: str, count: int | None = 8) -> list[tuple[str, float]]:
    """(module, milliseconds of its own import) of the slowest imports in a `-X importtime` log."""
    found: list[tuple[str, float]] = []
    for line in importtime_log.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        try:
            own, _cumulative, module = line.removeprefix("import time:").split("|")
            found.append((module.strip(), int(own) / 1000))
        except ValueError:
            continue
    return sorted(found, key=lambda item: item[1], reverse=True)[:count]


def run(watcher: WindowWatcher, display: str, data_dir: Path, runs: int) -> PartResult:
    app = app_command(data_dir)
    bare = bare_command()
    # Warm-up, not counted: fills the OS file cache and the app's routine index, as any later start finds.
    measure_launch(watcher, display, bare, settle=0)
    measure_launch(watcher, display, app, settle=0)
    launches: dict[str, list[Launch]] = {"app": [], "bare": []}
    for number in range(runs):
        # Alternate which goes first, so a slow drift of the machine weighs on both alike.
        order = (("bare", bare), ("app", app)) if number % 2 == 0 else (("app", app), ("bare", bare))
        for name, command in order:
            launches[name].append(measure_launch(watcher, display, command))

    def median_of(name: str, field: str) -> float:
        return median([float(getattr(launch, field)) for launch in launches[name]])

    result = PartResult()
    result.rows.append(
        Row(
            "start-up",
            f"launch → window mapped (median of {runs})",
            median_of("app", "seconds") * 1000,
            "ms",
            baseline=median_of("bare", "seconds") * 1000,
            baseline_name="bare window",
            target=STARTUP_TARGET,
        )
    )
    for label, field in (("RSS", "rss_kib"), ("PSS", "pss_kib")):
        result.rows.append(
            Row(
                "memory",
                f"{label} {SETTLE_SECONDS:.0f} s after mapped (median of {runs})",
                median_of("app", field) / 1024,
                "MiB",
                baseline=median_of("bare", field) / 1024,
                baseline_name="bare window",
                target=MEMORY_TARGET if label == "RSS" else None,
            )
        )
    bare_ms = median_of("bare", "seconds") * 1000
    namespace_seconds, enum_count = qt_namespace_cost()
    result.notes.append(
        f"The {STARTUP_TARGET}× target leaves {bare_ms * (STARTUP_TARGET - 1):.0f} ms for all the app does beyond "
        f"a bare window. Of that, the first `from PySide6.QtCore import Qt` alone takes "
        f"{namespace_seconds * 1000:.1f} ms here (median of 5 new processes): PySide builds all {enum_count} "
        "enums of the Qt namespace at once, and any alignment, item role or key needs it, as does asking the "
        "system's colour scheme or a Python table model's header; the bare window never touches it."
    )
    app_modules = launches["app"][-1].qt_modules
    bare_modules = launches["bare"][-1].qt_modules
    result.notes.append(f"Qt modules loaded by the app at start-up: {', '.join(app_modules)}")
    result.notes.append(f"Qt modules loaded by the bare window: {', '.join(bare_modules)}")
    eager = [module for module in app_modules if module in LAZY_QT_MODULES]
    if eager:
        result.notes.append(
            f"**Loaded at start-up although the home screen does not need them: {', '.join(eager)}** "
            "(import them where they are first used)"
        )
    extra = sorted(
        name.split(".cpython-", 1)[0]
        for name in launches["app"][-1].libraries - launches["bare"][-1].libraries
    )
    result.notes.append(
        "Shared libraries and extension modules the app maps beyond the bare window: "
        + (", ".join(extra) if extra else "none")
    )
    traced_app = measure_launch(watcher, display, [sys.executable, "-X", "importtime", *app[1:]], settle=0)
    traced_bare = measure_launch(watcher, display, [sys.executable, "-X", "importtime", *bare[1:]], settle=0)
    bare_imports = {module for module, _ in slowest_imports(traced_bare.output, count=None)}
    own = [item for item in slowest_imports(traced_app.output, count=None) if item[0] not in bare_imports]
    if own:
        listed = ", ".join(f"{module} {milliseconds:.1f} ms" for module, milliseconds in own[:10])
        result.notes.append(
            f"Imports the bare window does not do: {sum(ms for _, ms in own):.0f} ms in all "
            f"(`-X importtime`, own time; Qt types first used by a module count for it); slowest: {listed}"
        )
    return result
