"""Where the built-in routines and assets are: inside the package once installed, at the top of a checkout."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def _data_root() -> Path:
    installed = _PACKAGE_DIR / "_data"
    if (installed / "routines").is_dir():
        return installed
    return _PACKAGE_DIR.parent


def routines_dir() -> Path:
    return _data_root() / "routines"


def assets_dir() -> Path:
    return _data_root() / "assets"


def translations_dir() -> Path:
    """The window's compiled translations (``*.qm``, built from the ``.ts`` beside them by the build hook)."""
    return _PACKAGE_DIR / "i18n"


def schema_path() -> Path:
    return _PACKAGE_DIR / "schema" / "routine.schema.json"
