"""The window's translation sources (backpain_timer/i18n/*.ts) hold every string the code asks Qt to
translate, and every shipped language translates all of them; the English file gives the plural forms."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from typing import NamedTuple

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "tools" / "update_translations.py"
TS_DIR = ROOT / "backpain_timer" / "i18n"
SHIPPED = ("de", "fr", "es")


class Message(NamedTuple):
    context: str
    source: str
    comment: str
    plural: bool


def messages(path: Path) -> dict[Message, list[str] | None]:
    """Each message of a .ts file → its translated forms, or None while unfinished or empty."""
    found: dict[Message, list[str] | None] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = Message(
                name,
                message.findtext("source", ""),
                message.findtext("comment", ""),
                message.get("numerus") == "yes",
            )
            translation = message.find("translation")
            assert translation is not None, f"{path.name}: {key} has no <translation>"
            forms = [form.text or "" for form in translation.iter("numerusform")] if key.plural else []
            forms = forms or [translation.text or ""]
            finished = translation.get("type") not in ("unfinished", "vanished", "obsolete")
            found[key] = forms if finished and all(forms) else None
    return found


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .ts files as lupdate makes them from today's sources."""
    out = tmp_path_factory.mktemp("ts")
    subprocess.run([sys.executable, str(SCRIPT), "--out", str(out)], check=True, capture_output=True)
    return out


@pytest.mark.parametrize("code", ["en", *SHIPPED])
def test_committed_sources_are_current(fresh: Path, code: str) -> None:
    name = f"backpain_timer_{code}.ts"
    committed, current = set(messages(TS_DIR / name)), set(messages(fresh / name))
    missing = sorted(f"{m.context}: {m.source!r}" for m in current - committed)
    gone = sorted(f"{m.context}: {m.source!r}" for m in committed - current)
    assert (missing, gone) == ([], []), f"{name} is out of date: run tools/update_translations.py"


def test_english_gives_every_plural_form() -> None:
    english = messages(TS_DIR / "backpain_timer_en.ts")
    assert english, "the window has %n texts: their English forms are in backpain_timer_en.ts"
    assert all(key.plural for key in english)
    unfinished = [key.source for key, forms in english.items() if forms is None]
    assert unfinished == [], "backpain_timer_en.ts: give both English forms (1 step / 5 steps)"


@pytest.mark.parametrize("code", SHIPPED)
def test_every_window_string_is_translated(code: str) -> None:
    translated = messages(TS_DIR / f"backpain_timer_{code}.ts")
    untranslated = sorted(f"{m.context}: {m.source!r}" for m, forms in translated.items() if forms is None)
    assert translated and untranslated == []
