"""Build hook: the window's translations (``backpain_timer/i18n/*.qm``) are compiled from the committed
``.ts`` sources with ``lrelease`` (it ships with PySide6) whenever the package is built. A wheel gets
them from a temporary folder; an editable install gets them beside the ``.ts`` files (ignored by git),
where the checkout's code looks for them. Built files are never committed.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

TRANSLATIONS = "backpain_timer/i18n"


def qt_tool(name: str) -> Path:
    """A Qt tool shipped inside the PySide6 wheel (``lrelease``, ``lupdate``), found without importing Qt."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        raise RuntimeError(f"PySide6 is needed to run {name}: install pyside6-essentials")
    tool = Path(spec.origin).parent / (f"{name}.exe" if sys.platform == "win32" else name)
    if not tool.is_file():
        raise RuntimeError(f"{tool}: not found; PySide6 ships {name} with its Essentials wheel")
    return tool


def build_translations(sources: Path, target: Path) -> list[Path]:
    """Compile every ``*.ts`` in ``sources`` into ``target``; return the ``.qm`` files."""
    target.mkdir(parents=True, exist_ok=True)
    built = []
    for source in sorted(sources.glob("*.ts")):
        qm = target / f"{source.stem}.qm"
        subprocess.run(
            [str(qt_tool("lrelease")), "-silent", str(source), "-qm", str(qm)], check=True, timeout=120
        )
        built.append(qm)
    return built


class TranslationsHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return  # the sdist carries the .ts sources; whoever builds from it compiles them
        sources = Path(self.root) / TRANSLATIONS
        if version == "editable":
            build_translations(sources, sources)  # the checkout is the installed package
            return
        self._built = tempfile.TemporaryDirectory(prefix="backpain-timer-qm-")
        for qm in build_translations(sources, Path(self._built.name)):
            build_data["force_include"][str(qm)] = f"{TRANSLATIONS}/{qm.name}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        built = getattr(self, "_built", None)
        if built is not None:
            built.cleanup()
