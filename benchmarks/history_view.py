"""Opening the history view (and its Charts tab) on a history database, in a fresh process.

Run: QT_QPA_PLATFORM=offscreen python -m benchmarks.history_view HISTORY_DB
Prints JSON: seconds to build and show the view, and to show the Charts tab, Qt already imported.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path


def measure(history_db: Path) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from backpain_timer.ui.history.view import HistoryView

    app = QApplication.instance() or QApplication([])
    started = time.monotonic()
    view = HistoryView(history_db)
    view.resize(1100, 720)
    view.show()
    app.processEvents()
    shown = time.monotonic()
    view.tabs.setCurrentWidget(view.chart_page)
    app.processEvents()
    charts = time.monotonic()
    view.close_store()
    return {"open_seconds": shown - started, "charts_seconds": charts - shown}


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.history_view")
    parser.add_argument("history_db", type=Path)
    args = parser.parse_args()
    print(json.dumps(measure(args.history_db)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
