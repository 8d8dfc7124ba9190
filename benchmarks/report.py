"""Rows of figures, the table that shows them, and the machine they were measured on. No timing here."""

from __future__ import annotations

import os
import platform
import statistics
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path


@dataclass(frozen=True)
class Row:
    """One figure: ``value`` against ``baseline`` (same unit, same run), judged by ``target`` when given.

    ``target`` is the largest acceptable ratio (or, with ``absolute`` True, the largest acceptable value);
    ``None`` means the figure is reported for information only.
    """

    part: str
    name: str
    value: float
    unit: str
    baseline: float | None = None
    baseline_name: str = ""
    target: float | None = None
    absolute: bool = False
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.baseline <= 0:
            return None
        return self.value / self.baseline

    @property
    def verdict(self) -> str:
        """ "ok", "MISSED by …" or "" (no target, or no ratio to judge)."""
        if self.target is None:
            return ""
        measured = self.value if self.absolute else self.ratio
        if measured is None:
            return ""
        if measured <= self.target:
            return "ok"
        return f"MISSED by {measured / self.target - 1:.0%}"


def median(values: Sequence[float]) -> float:
    if not values:
        raise ValueError("median of no values")
    return statistics.median(values)


def format_number(value: float, unit: str) -> str:
    """Enough digits to compare, never more: 0.412 s, 41.2 ms, 123 MiB, 0.35 %."""
    magnitude = abs(value)
    if magnitude >= 100:
        text = f"{value:.0f}"
    elif magnitude >= 10:
        text = f"{value:.1f}"
    elif magnitude >= 1:
        text = f"{value:.2f}"
    else:
        text = f"{value:.3f}"
    return f"{text} {unit}".rstrip()


def format_ratio(ratio: float | None) -> str:
    return "–" if ratio is None else f"{ratio:.2f}×"


def format_target(row: Row) -> str:
    if row.target is None:
        return ""
    if row.absolute:
        return f"≤ {format_number(row.target, row.unit)}"
    return f"≤ {row.target:.2g}×"


_HEADER = ("part", "figure", "value", "baseline", "ratio", "target", "verdict")


def table_cells(rows: Sequence[Row]) -> list[tuple[str, ...]]:
    cells: list[tuple[str, ...]] = [_HEADER]
    for row in rows:
        baseline = ""
        if row.baseline is not None:
            baseline = format_number(row.baseline, row.unit)
            if row.baseline_name:
                baseline += f" ({row.baseline_name})"
        name = row.name + (f" — {row.note}" if row.note else "")
        cells.append(
            (
                row.part,
                name,
                format_number(row.value, row.unit),
                baseline,
                format_ratio(row.ratio),
                format_target(row),
                row.verdict,
            )
        )
    return cells


def markdown_table(rows: Sequence[Row]) -> str:
    cells = table_cells(rows)
    lines = ["| " + " | ".join(cells[0]) + " |", "|" + "|".join("---" for _ in cells[0]) + "|"]
    lines.extend("| " + " | ".join(line) + " |" for line in cells[1:])
    return "\n".join(lines)


def text_table(rows: Sequence[Row]) -> str:
    cells = table_cells(rows)
    widths = [max(len(line[column]) for line in cells) for column in range(len(_HEADER))]
    out = []
    for number, line in enumerate(cells):
        out.append("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip())
        if number == 0:
            out.append("  ".join("-" * width for width in widths))
    return "\n".join(out)


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _memory_gib() -> str:
    try:
        for line in Path("/proc/meminfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    return "unknown"


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "not installed"


def machine_lines() -> list[str]:
    return [
        f"- date: {datetime.now(UTC).isoformat(timespec='seconds')}",
        f"- machine: {os.cpu_count()} CPUs ({_cpu_model()}), {_memory_gib()} RAM, {platform.platform()}",
        f"- Python {platform.python_version()} ({sys.implementation.name}), "
        f"PySide6 {_version('pyside6-essentials')}, PyYAML {_version('pyyaml')}",
    ]


@dataclass
class PartResult:
    """What one benchmark part found: figures for the table, and sentences for the notes below it."""

    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
