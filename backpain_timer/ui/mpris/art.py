"""An exercise's SVG illustration as a PNG file, for media widgets that show only pictures they can load."""

from __future__ import annotations

import zlib
from pathlib import Path

from PySide6.QtCore import QSaveFile, Qt, QUrl
from PySide6.QtGui import QImage, QPainter

ART_PIXELS = 256


def art_url(svg_path: str | None, cache_dir: Path) -> str:
    """The file URL of ``svg_path`` rendered to PNG under ``cache_dir`` (made once per version of the
    picture); "" when there is no picture or it cannot be drawn or saved."""
    if svg_path is None:
        return ""
    source = Path(svg_path)
    try:
        stamp = source.stat().st_mtime_ns
    except OSError:
        return ""
    # A checksum names the version, not hashlib: that loads OpenSSL, 3.5 MiB more for the running app.
    digest = f"{zlib.crc32(f'{source}:{stamp}'.encode()):08x}"
    target = cache_dir / f"{source.stem}-{digest}.png"
    if not target.is_file() and not _render(source, target):
        return ""
    return QUrl.fromLocalFile(str(target)).toString()


def _render(source: Path, target: Path) -> bool:
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        return False
    renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
    image = QImage(ART_PIXELS, ART_PIXELS, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)  # widgets show the art on their own colours: give it its own ground
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    saved = QSaveFile(str(target))
    if not saved.open(QSaveFile.OpenModeFlag.WriteOnly) or not image.save(saved, "PNG"):  # type: ignore[call-overload]
        saved.cancelWriting()
        return False
    return saved.commit()
