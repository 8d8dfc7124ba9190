"""An exercise's picture, in the session view and the exercise picker, with its text alternative."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from backpain_timer.domain.routine import Exercise, Position
from backpain_timer.ui.translations import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer

_ALT_TEXTS = {
    Position.STANDING: QT_TRANSLATE_NOOP("Illustration", "Illustration: {exercise}, standing"),
    Position.SEATED: QT_TRANSLATE_NOOP("Illustration", "Illustration: {exercise}, seated"),
    Position.FLOOR: QT_TRANSLATE_NOOP("Illustration", "Illustration: {exercise}, on the floor"),
}


def illustration_text(exercise: Exercise) -> str:
    """What a screen reader says for the picture: "Illustration: Child's pose, on the floor"."""
    if exercise.position:
        text = QCoreApplication.translate("Illustration", _ALT_TEXTS[exercise.position])
    else:
        text = QCoreApplication.translate("Illustration", "Illustration: {exercise}")
    return text.format(exercise=exercise.name)


class Illustration(QWidget):
    """An exercise's SVG, kept in proportion; hidden when the exercise has none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderer: QSvgRenderer | None = None
        self._path: str | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.hide()

    def show_exercise(self, exercise: Exercise | None) -> None:
        """Draw the exercise's picture, named for screen readers by ``illustration_text``."""
        self.setAccessibleName(illustration_text(exercise) if exercise else "")
        self.setAccessibleDescription(exercise.summary if exercise else "")
        self._show_image(exercise.image if exercise else None)

    def _show_image(self, path: str | None) -> None:
        if path == self._path:
            return
        self._path = path
        if path is None or not Path(path).is_file():
            self._renderer = None
            self.hide()
            return
        # QtSvg is loaded only when there is a picture to draw: it is not needed to start the app.
        from PySide6.QtSvg import QSvgRenderer

        renderer = QSvgRenderer(path, self)
        if not renderer.isValid():
            self._renderer = None
            self.hide()
            return
        renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self._renderer = renderer
        self.show()
        self.update()

    def minimumSizeHint(self) -> QSize:
        return QSize(0, 0)  # the picture shrinks first: the cues and the countdown matter more

    def sizeHint(self) -> QSize:
        return QSize(240, 240)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._renderer is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._renderer.render(painter, QRectF(self.rect()))
        painter.end()
