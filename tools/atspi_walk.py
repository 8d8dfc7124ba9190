"""What a screen reader sees: walk the app's AT-SPI tree on home, a session, the end screen and history.

Not part of the test suite (it needs a session bus, the AT-SPI registry and Debian's python3-pyatspi).
Run with the system python, under X (Xvfb is fine), from the project root:

    apt-get install at-spi2-core python3-pyatspi xvfb
    xvfb-run -a dbus-run-session -- sh -c \
        '/usr/libexec/at-spi-bus-launcher --launch-immediately & sleep 1; /usr/bin/python3 tools/atspi_walk.py'

It starts tools/atspi_app.py with .venv/bin/python (or --python PATH) and QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1,
prints each screen's tree (role, name, value or text) and, at the end, the interactive objects without a name.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pyatspi  # type: ignore[import-not-found]  # Debian's python3-pyatspi: the system python only

ROOT = Path(__file__).resolve().parent.parent
INTERACTIVE = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "text",
    "slider",
    "spin button",
    "table",
    "list",
    "tree table",
    "page tab",
    "link",
    "menu item",
}


def _value(node: Any) -> str:
    try:
        return f" value={node.queryValue().currentValue:g}"
    except NotImplementedError:
        pass
    try:
        text = node.queryText()
        content = text.getText(0, min(text.characterCount, 80))
        return f" text={content!r}" if content else ""
    except NotImplementedError:
        return ""


def walk(node: Any, depth: int, unnamed: list[str], out: list[str]) -> None:
    try:
        states = node.getState()
        if not states.contains(pyatspi.STATE_SHOWING):
            return
        role, name = node.getRoleName(), node.name
    except Exception:  # an object gone while walking
        return
    if role not in {"filler", "panel"} or name:
        out.append(f"{'  ' * depth}{role}: {name!r}{_value(node)}")
    if role in INTERACTIVE and not name:
        unnamed.append(f"{role} under {node.parent.name!r} ({node.parent.getRoleName()})")
    for index in range(min(node.childCount, 300)):
        walk(node.getChildAtIndex(index), depth + 1, unnamed, out)


def app_node(pid: int) -> Any:
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        child = desktop.getChildAtIndex(index)
        if child is not None and child.get_process_id() == pid:
            return child
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", default=str(ROOT / ".venv" / "bin" / "python"))
    args = parser.parse_args()
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb")
    app = subprocess.Popen(
        [args.python, str(ROOT / "tools" / "atspi_app.py")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert app.stdin is not None and app.stdout is not None
    unnamed_everywhere: list[str] = []
    for line in app.stdout:
        if not line.startswith("screen: "):
            continue
        screen = line.split(": ", 1)[1].strip()
        time.sleep(1)
        node = app_node(app.pid)
        print(f"=== {screen} ===")
        if node is None:
            print("the app is not on the AT-SPI desktop")
        else:
            out: list[str] = []
            unnamed: list[str] = []
            walk(node, 0, unnamed, out)
            print("\n".join(out))
            unnamed_everywhere += [f"{screen}: {entry}" for entry in unnamed]
        app.stdin.write("next\n")
        app.stdin.flush()
    app.wait()
    print("=== interactive objects without a name ===")
    print("\n".join(unnamed_everywhere) or "none")
    return 1 if unnamed_everywhere else 0


if __name__ == "__main__":
    sys.exit(main())
