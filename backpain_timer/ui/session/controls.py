"""The session's row of buttons: icons in the theme's text colour, words when there is room for all of
them, icons alone (with their names and keys in tooltips and accessible names) when there is not."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPainter, QPixmap, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStyle, QStyleOptionButton, QWidget

from backpain_timer.ui.theme import current_colors

_SPACING = 8
_ICON_GAP = 6  # between an icon and its word: some stock glyphs fill their square to the edge
_HEIGHT = 48


def tinted_icon(widget: QWidget, icon: QStyle.StandardPixmap) -> QIcon:
    """The style's icon drawn in the theme's text colour (the stock glyphs are black, unreadable in the dark
    theme), with a transparent margin on its right so that a word never touches it."""
    size = widget.style().pixelMetric(QStyle.PixelMetric.PM_ButtonIconSize)
    glyph = widget.style().standardIcon(icon).pixmap(QSize(size, size), widget.devicePixelRatioF())
    ratio = glyph.devicePixelRatio()
    square = glyph.width() + round(_ICON_GAP * ratio)  # square, so that no icon size shrinks the glyph
    tinted = QPixmap(square, square)
    tinted.setDevicePixelRatio(ratio)
    tinted.fill(Qt.GlobalColor.transparent)
    painter = QPainter(tinted)
    painter.drawPixmap(0, (square - glyph.height()) // 2, glyph)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(tinted.rect(), QColor(current_colors().text))
    painter.end()
    return QIcon(tinted)


class ControlRow(QWidget):
    """Buttons on the left (the session's own) and on the right (sound, screen), words or icons only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(_SPACING)
        self._layout.addStretch(1)
        self._buttons: list[QPushButton] = []
        self._words = True

    def add_button(
        self, name: str, key: str, icon: QStyle.StandardPixmap, *, right: bool = False
    ) -> QPushButton:
        button = QPushButton(name)
        button.setMinimumSize(_HEIGHT, _HEIGHT)  # icon-only fits; words need the room checked in resizeEvent
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_ButtonIconSize)
        button.setIconSize(QSize(size + _ICON_GAP, size + _ICON_GAP))  # the glyph with its margin
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click must not steal Space from the shortcut
        self._buttons.append(button)
        self.set_button(button, name, key, icon)
        if right:
            self._layout.addWidget(button)
        else:
            self._layout.insertWidget(self._layout.count() - 1, button)
        return button

    def set_button(self, button: QPushButton, name: str, key: str, icon: QStyle.StandardPixmap) -> None:
        """Name (the word, the accessible name and the tooltip with its key) and icon of ``button``."""
        button.setProperty("word", name)
        button.setProperty("standard_icon", icon)
        button.setAccessibleName(name)
        key_name = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)  # in Qt's language
        button.setToolTip(self.tr("{action} ({key})").format(action=name, key=key_name))
        button.setIcon(tinted_icon(self, icon))
        button.setText(name if self._words else "")
        self._choose_words()

    def retint(self) -> None:
        """A new theme: the icons are drawn again in its text colour."""
        for button in self._buttons:
            icon = button.property("standard_icon")
            if isinstance(icon, QStyle.StandardPixmap):
                button.setIcon(tinted_icon(self, icon))

    @property
    def shows_words(self) -> bool:
        return self._words

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._choose_words()

    def _choose_words(self) -> None:
        """Words when every button's word fits beside its icon, else icons alone: never a cut word."""
        needed = sum(self._width_with_word(button) for button in self._buttons)
        needed += _SPACING * len(self._buttons)
        words = self.width() >= needed
        if words != self._words:
            self._words = words
            for button in self._buttons:
                button.setText(str(button.property("word")) if words else "")

    def _width_with_word(self, button: QPushButton) -> int:
        """QPushButton's own size hint, for its word, whatever it shows now."""
        option = QStyleOptionButton()
        button.initStyleOption(option)
        word = str(button.property("word"))
        metrics = button.fontMetrics()
        content = QSize(
            metrics.horizontalAdvance(word) + option.iconSize.width() + 4,
            max(metrics.height(), option.iconSize.height()),
        )
        hint = button.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, option, content, button)
        return max(hint.width(), _HEIGHT)
