"""Ctrl+Tab / Ctrl+PgDn (and back) switch tabs wherever the focus is inside them, on every screen.

(Enter pressing a focused button everywhere is the theme's style sheet: ``qproperty-autoDefault``.)"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QWidget

_NEXT = ("Ctrl+Tab", "Ctrl+PgDown")
_PREVIOUS = ("Ctrl+Shift+Tab", "Ctrl+Backtab", "Ctrl+PgUp")


def switch_tabs_by_keys(tabs: QTabWidget, scope: QWidget) -> None:
    """The keys work wherever the focus is inside ``scope`` (a table would keep Ctrl+Tab for itself);
    the focus goes to the tab bar, so it never stays on a page that was just hidden."""

    def step(delta: int) -> None:
        if tabs.count():
            tabs.setCurrentIndex((tabs.currentIndex() + delta) % tabs.count())
            tabs.tabBar().setFocus(Qt.FocusReason.TabFocusReason)

    for keys, delta in ((_NEXT, 1), (_PREVIOUS, -1)):
        for key in keys:
            shortcut = QShortcut(QKeySequence(key), scope)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda delta=delta: step(delta))


def set_tab_order(widgets: Sequence[QWidget]) -> None:
    """Tab visits ``widgets`` in this order (hidden or disabled ones are skipped as Qt always does)."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)
