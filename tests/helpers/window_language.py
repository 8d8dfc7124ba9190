"""The window's translations as the build makes them, for tests: compiled from the committed ``.ts``
(or a test's own) with the build hook's lrelease, into a temp folder; and the window language switched
for one test and back."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtWidgets import QApplication

from backpain_timer.ui import translations
from hatch_build import TRANSLATIONS, build_translations

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / TRANSLATIONS


def build_qm(target: Path, sources: Path = TS_DIR) -> Path:
    build_translations(sources, target)
    return target


@contextmanager
def window_language(code: str, folder: Path | None = None) -> Iterator[None]:
    """The window speaks ``code`` inside the block (translators and default QLocale), English after."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translations.use_window_language(app, code, folder)
    try:
        yield
    finally:
        translations.use_window_language(app, "en")
