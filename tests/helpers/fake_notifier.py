"""A notifier that remembers what it was asked to show; the test clicks its actions."""

from __future__ import annotations

from backpain_timer.ui.runs.notifier import Notifier


class FakeNotifier(Notifier):
    """``shown`` holds (run_id, title, body) per notification; ``available=False``: no server."""

    def __init__(self, *, available: bool = True) -> None:
        super().__init__()
        self.available = available
        self.shown: list[tuple[int, str, str]] = []

    def notify(self, run_id: int, title: str, body: str) -> bool:
        if not self.available:
            return False
        self.shown.append((run_id, title, body))
        return True

    def click(self, run_id: int, action: str) -> None:
        self.action_invoked.emit(run_id, action)
