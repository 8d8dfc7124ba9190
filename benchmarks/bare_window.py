"""The baseline: a bare PySide6 main window, titled and sized like the app's, and nothing else."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMainWindow


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Backpain Timer")
    window.resize(1100, 720)  # the app's main window size: same backing store to pay for
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
