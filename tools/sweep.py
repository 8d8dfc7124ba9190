"""Screenshot every view at 1280×800, 800×600 and 640×480, light and dark, to look for cut or overlapping text.

    QT_QPA_PLATFORM=offscreen [BACKPAIN_TIMER_LANG=de] python tools/sweep.py [--out DIR] [--scheme light]

Views: home with the first-run notice, a session in a hold, a switch, a
rest and paused, the end screen with the after-question, history (sessions, charts, runs), settings (each
page), the editor, home once the notice is gone, the check-in and its emergency page. Prints a line for each window that could not take the
size asked for (its minimum is larger). The language is the app's (BACKPAIN_TIMER_LANG=de, or xx for the
pseudo-language). The pictures are for looking at, not for the repository: they go to a
fresh temporary folder unless --out says where.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

# The README screenshots' sample data; importing it also puts the project on the path, offscreen.
from screenshots import _quiet_settings, _sample_history

from backpain_timer.domain.language import SYSTEM, choose_language
from backpain_timer.domain.plan import SegmentKind, plan
from backpain_timer.storage.library import Library
from backpain_timer.storage.paths import DataDir
from backpain_timer.storage.texts_files import use_language
from backpain_timer.ui.cues.player import NullCuePlayer
from backpain_timer.ui.editor.window import EditorWindow
from backpain_timer.ui.main_window import MainWindow
from backpain_timer.ui.theme import apply_theme
from backpain_timer.ui.translations import use_window_language
from tests.helpers.fake_clock import FakeClock

SIZES = ((1280, 800), (800, 600), (640, 480))
ROUTINE = "upper-back-relief"
SCHEMES = ("light", "dark")


class Sweep:
    def __init__(self, out: Path, scheme: str) -> None:
        self.out = out
        self.scheme = scheme
        self.too_small: list[str] = []

    def shoot(self, widget: QWidget, name: str) -> None:
        widget.show()
        for width, height in SIZES:
            widget.resize(width, height)
            for _ in range(3):  # layouts settle over a few rounds
                QApplication.processEvents()
            if (widget.width(), widget.height()) != (width, height):
                self.too_small.append(f"{name} {width}×{height}: got {widget.width()}×{widget.height()}")
            path = self.out / f"{name}-{width}x{height}-{self.scheme}.png"
            if not widget.grab().save(str(path)):
                raise OSError(f"cannot write {path}")


def _session_states(window: MainWindow, clock: FakeClock, sweep: Sweep) -> None:
    """A hold, paused in it, the first switch and the first rest, each 1.5 s in."""
    routine = window.library.load(ROUTINE)
    window.start_routine(routine, quick_start=True)
    controller = window.controller
    assert controller is not None
    firsts: dict[SegmentKind, float] = {}
    for segment in plan(routine).segments:
        firsts.setdefault(segment.kind, segment.start)
    now = 0.0
    for kind in sorted(firsts, key=firsts.__getitem__):
        if kind is SegmentKind.PREPARE:
            continue
        clock.advance(firsts[kind] + 1.5 - now)
        now = firsts[kind] + 1.5
        controller.poll()
        sweep.shoot(window, f"session-{kind.value}")
        if kind is SegmentKind.HOLD:
            controller.toggle()
            sweep.shoot(window, "session-paused")
            controller.toggle()
    clock.advance(plan(routine).total_seconds)
    controller.poll()
    sweep.shoot(window, "end")


def _check_in(window: MainWindow, sweep: Sweep) -> None:
    window.settings_store.update(checkin_before=True)
    window.start_routine(window.library.load(ROUTINE))
    before = window.flow.before_view
    sweep.shoot(window, "check-in")
    before.checkin.more_button.click()
    before.checkin.symptom_boxes["chest-pain"].click()
    before.checkin.submit()
    sweep.shoot(window, "emergency")
    before.advice_panel.back_button.click()


def _each_tab(sweep: Sweep, window: QWidget, tabs: object, name: str, page: Callable[[int], str]) -> None:
    for index in range(tabs.count()):  # type: ignore[attr-defined]
        tabs.setCurrentIndex(index)  # type: ignore[attr-defined]
        sweep.shoot(window, f"{name}-{page(index)}")


def render(scheme: str, out: Path) -> list[str]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, scheme)
    sweep = Sweep(out, scheme)
    with tempfile.TemporaryDirectory(prefix="backpain-sweep-") as temporary:
        data = DataDir(Path(temporary))
        data.ensure()
        _quiet_settings(data)
        data.settings_file.write_text(
            data.settings_file.read_text().replace(
                '"disclaimer_dismissed": true', '"disclaimer_dismissed": false'
            )
        )
        library = Library(data)
        _sample_history(data, library)
        clock = FakeClock()
        window = MainWindow(library, clock=clock, cue_player=NullCuePlayer())
        window.home.select(ROUTINE)
        sweep.shoot(window, "home-notice")
        window.settings_store.update(checkin_after=True)
        _session_states(window, clock, sweep)
        window.show_history()
        history = window.history_view
        assert history is not None
        _each_tab(sweep, window, history.tabs, "history", lambda index: history.tabs.tabText(index).lower())
        if window.banner is not None:
            window.banner.dismiss_button.click()
        window.show_home()
        sweep.shoot(window, "home")
        _check_in(window, sweep)  # last: the check-in with every symptom shown asks for 746 px of height
        window.show_settings()
        dialog = window.settings_dialog
        assert dialog is not None
        _each_tab(sweep, dialog, dialog.tabs, "settings", lambda index: str(index + 1))
        dialog.close()
        editor = EditorWindow(library, library.load(ROUTINE))
        sweep.shoot(editor, "editor")
        editor.close()
        window.history_writer.wait()
        window.close()
        QApplication.processEvents()
    return sweep.too_small


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="where the pictures go (default: a new temporary folder)")
    parser.add_argument("--scheme", choices=SCHEMES, action="append", help="only this theme (default: both)")
    args = parser.parse_args()
    out: Path = args.out or Path(tempfile.mkdtemp(prefix="backpain-sweep-"))
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([sys.argv[0]])
    language = choose_language(SYSTEM, os.environ)
    use_language(language)
    problem = use_window_language(app, language).problem
    if problem:  # a tree whose translations were never built: the pictures would show English
        print(problem, file=sys.stderr)
    too_small = [line for scheme in args.scheme or SCHEMES for line in render(scheme, out)]
    print(f"pictures in {out}")
    print("\n".join(too_small) or "every window took every size")
    return 0


if __name__ == "__main__":
    sys.exit(main())
