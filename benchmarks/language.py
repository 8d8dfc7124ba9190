"""Start-up time and memory with the window in German against English, in the same run: each launch is a
fresh process that makes the app, chooses the language (translators, QLocale), builds and shows the main
window offscreen, and reports the time to that point and its RSS. Loading translations should cost a few
milliseconds at most.

    python -m benchmarks.language [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from statistics import median

from hatch_build import TRANSLATIONS, build_translations

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("en", "de")

CHILD = """
import json, sys, time
started = time.perf_counter()
from pathlib import Path
from PySide6.QtWidgets import QApplication
from backpain_timer.storage.library import Library
from backpain_timer.storage.paths import DataDir
from backpain_timer.ui import app as app_module, translations
translations.translations_dir = lambda: Path(sys.argv[1])
app = QApplication([])
window = app_module.build_window(app, Library(DataDir(Path(sys.argv[2]))))
window.show()
app.processEvents()
elapsed = time.perf_counter() - started
rss = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmRSS:"))
print(json.dumps({"seconds": elapsed, "rss_kib": rss, "language": translations.window_language()}))
"""


def launch(code: str, qm: Path, data: Path) -> dict[str, float]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BACKPAIN_TIMER_LANG": code}
    environment["PYTHONPATH"] = str(ROOT)
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(qm), str(data)],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    result = json.loads(done.stdout.splitlines()[-1])
    if result["language"] != code:
        raise RuntimeError(f"asked for {code}, the window speaks {result['language']}")
    return {"seconds": float(result["seconds"]), "rss_kib": float(result["rss_kib"])}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        qm = Path(work) / "qm"
        build_translations(ROOT / TRANSLATIONS, qm)
        samples: dict[str, list[dict[str, float]]] = {code: [] for code in LANGUAGES}
        for index in range(args.runs):  # interleaved: load on the machine falls on both alike
            for code in LANGUAGES:
                data = Path(work) / f"data-{code}-{index}"
                data.mkdir()
                samples[code].append(launch(code, qm, data))
    english = {key: median(s[key] for s in samples["en"]) for key in ("seconds", "rss_kib")}
    for code in LANGUAGES:
        seconds = median(s["seconds"] for s in samples[code])
        rss = median(s["rss_kib"] for s in samples[code])
        print(
            f"{code}: start-up {seconds * 1000:.0f} ms (×{seconds / english['seconds']:.3f}, "
            f"{(seconds - english['seconds']) * 1000:+.1f} ms), RSS {rss / 1024:.1f} MiB "
            f"(×{rss / english['rss_kib']:.3f}, {(rss - english['rss_kib']) / 1024:+.2f} MiB)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
