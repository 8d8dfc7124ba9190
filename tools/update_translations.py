"""Bring the window's translation sources up to date: ``pyside6-lupdate`` over the package writes every
``tr()``/``translate()`` string into ``backpain_timer/i18n/backpain_timer_<code>.ts`` (one per shipped
language), keeping the translations already made. Run it after changing window texts, then hand the
``.ts`` files to translators. ``backpain_timer_en.ts`` holds only the English plural forms: a text
written "%n step(s)" gets "%n step" / "%n steps" here; fill any other new ``%n`` text by hand. (Qt Linguist: ``pyside6-linguist FILE.ts``, or any XML editor).

    python tools/update_translations.py [--out FOLDER]

``--out`` writes into another folder (the test that checks the committed files are current).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from hatch_build import TRANSLATIONS, qt_tool  # noqa: E402  (the build hook owns finding Qt's tools)

PACKAGE = ROOT / "backpain_timer"
LANGUAGES = ("de", "fr", "es")
# English is the source; its file holds only the plural texts ("%n step(s)" → "1 step" / "5 steps").
ENGLISH = "en"


def ts_name(code: str) -> str:
    return f"backpain_timer_{code}.ts"


def update(out: Path) -> list[Path]:
    """Update (or create) the ``.ts`` of every language (and English plurals) in ``out`` from the window's
    sources."""
    out.mkdir(parents=True, exist_ok=True)
    codes = (ENGLISH, *LANGUAGES)
    files = [out / ts_name(code) for code in codes]
    sources = sorted(str(path) for path in PACKAGE.rglob("*.py") if "ui" in path.relative_to(PACKAGE).parts)
    for code, path in zip(codes, files, strict=True):
        subprocess.run(
            [
                str(qt_tool("lupdate")),
                "-silent",
                "-no-obsolete",  # a removed text is gone (git keeps its history)
                *(["-pluralonly"] if code == ENGLISH else []),
                "-locations",
                "none",  # no line numbers: the files change only when texts do
                "-source-language",
                "en",
                "-target-language",
                code,
                *sources,
                "-ts",
                str(path),
            ],
            check=True,
            timeout=300,
        )
    _fill_english_plurals(files[0])
    return files


_UNFINISHED_PLURAL = re.compile(
    r"(<source>(?P<source>[^<]*\(s\)[^<]*)</source>\s*<translation) type=\"unfinished\">"
    r"(?P<space>\s*)<numerusform>[^<]*</numerusform>\s*<numerusform>[^<]*</numerusform>"
)


def _fill_english_plurals(path: Path) -> None:
    """English's two forms of each unfinished "(s)" text: "%n step(s)" → "%n step" / "%n steps" (also
    where lupdate filled in a guess from another context's text and left it unfinished)."""

    def forms(match: re.Match[str]) -> str:
        source, space = match["source"], match["space"]
        one, many = source.replace("(s)", ""), source.replace("(s)", "s")
        return f"{match[1]}>{space}<numerusform>{one}</numerusform>{space}<numerusform>{many}</numerusform>"

    path.write_text(_UNFINISHED_PLURAL.sub(forms, path.read_text(encoding="utf-8")), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / TRANSLATIONS, help="folder for the .ts files")
    args = parser.parse_args()
    for path in update(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
