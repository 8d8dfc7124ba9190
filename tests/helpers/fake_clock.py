"""A monotonic clock that moves only when a test says so."""

from __future__ import annotations


class FakeClock:
    """Callable like ``time.monotonic``; ``advance`` moves it forward."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError(f"a monotonic clock cannot go back ({seconds} s)")
        self.now += seconds
