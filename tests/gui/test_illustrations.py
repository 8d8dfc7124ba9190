"""Every illustration and the app icon render in Qt."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from backpain_timer.resources import assets_dir, routines_dir
from backpain_timer.storage.routine_yaml import load_library_file
from backpain_timer.ui.editor.picker import ExercisePicker
from backpain_timer.ui.session.illustration import Illustration

ILLUSTRATIONS = sorted(
    Path(exercise.image)
    for exercise in load_library_file(routines_dir() / "exercises.yaml").values()
    if exercise.image is not None
)
ICON_DIR = assets_dir() / "icon"


def _painted_pixels(renderer: QSvgRenderer, width: int) -> int:
    """How many pixels of a render on a transparent canvas are not transparent."""
    size = renderer.defaultSize().scaled(QSize(width, width), renderer.aspectRatioMode())
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    pixels = ((x, y) for y in range(image.height()) for x in range(image.width()))
    return sum(1 for x, y in pixels if image.pixelColor(x, y).alpha())


@pytest.mark.parametrize("svg", ILLUSTRATIONS, ids=[path.stem for path in ILLUSTRATIONS])
def test_illustration_renders_a_figure_at_list_size(qapp: QApplication, svg: Path) -> None:
    renderer = QSvgRenderer(str(svg))
    assert renderer.isValid()
    assert renderer.defaultSize() == QSize(240, 160)
    # At 120 px wide the figure still covers a visible share of the picture, not a speck.
    assert _painted_pixels(renderer, 120) > 120 * 80 * 0.05


def test_icon_svg_renders_and_every_png_size_is_there(qapp: QApplication) -> None:
    renderer = QSvgRenderer(str(ICON_DIR / "backpain-timer.svg"))
    assert renderer.isValid()
    for size in (16, 32, 48, 64, 128, 256):
        image = QImage(str(ICON_DIR / f"backpain-timer-{size}.png"))
        assert image.size() == QSize(size, size), size


def test_an_illustration_is_named_by_its_exercise_and_position_in_session_and_picker(qtbot: QtBot) -> None:
    exercises = load_library_file(routines_dir() / "exercises.yaml")
    childs_pose = exercises["childs-pose"]
    session_picture = Illustration()
    qtbot.addWidget(session_picture)
    session_picture.show_exercise(childs_pose)
    assert session_picture.accessibleName() == "Illustration: Child's pose, on the floor"
    assert session_picture.accessibleDescription() == childs_pose.summary

    picker = ExercisePicker({"childs-pose": childs_pose})
    qtbot.addWidget(picker)
    picker.show()
    shown = picker.image_widget()
    assert shown is not None
    assert shown.accessibleName() == session_picture.accessibleName()

    session_picture.show_exercise(None)  # no picture: nothing left to announce
    assert session_picture.accessibleName() == ""
    assert session_picture.isHidden()
