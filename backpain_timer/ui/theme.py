"""Light and dark appearance: follows the system colour scheme unless the user picked one in settings.

Fusion plus our own palette looks the same on every desktop. Widgets that paint themselves read
``current_colors()`` at paint time; ``apply_theme`` sets a new application palette, which repaints them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from backpain_timer.domain.plan import SegmentKind
from backpain_timer.storage.settings import THEMES
from backpain_timer.ui.colors import LIGHT, SCHEMES, Scheme, ThemeColors

if TYPE_CHECKING:
    from backpain_timer.storage.settings import Settings
    from backpain_timer.ui.settings.store import SettingsStore

BASE_POINT_SIZE = 11.0
# QApplication arguments that make it in Fusion. Setting Fusion afterwards (``setStyle``) hands the style back
# to Python, and PySide builds the Python types of QStyle and QCommonStyle for it: about 5 ms of a start-up.
FUSION_ARGUMENTS = ("-style", "fusion")


def resolve_scheme(choice: str, system: Qt.ColorScheme) -> Scheme:
    """The scheme to show for a settings choice ("system" | "light" | "dark") and the system's scheme."""
    if choice == "light" or (choice != "dark" and system != Qt.ColorScheme.Dark):
        return "light"  # also when the platform does not say (Unknown)
    return "dark"


def phase_color(colors: ThemeColors, kind: SegmentKind) -> QColor:
    by_kind = {
        SegmentKind.PREPARE: colors.prepare,
        SegmentKind.HOLD: colors.hold,
        SegmentKind.SWITCH: colors.switch,
        SegmentKind.REST: colors.rest,
    }
    return QColor(by_kind[kind])


def build_palette(colors: ThemeColors) -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    roles = {
        role.Window: colors.window,
        role.WindowText: colors.text,
        role.Base: colors.base,
        role.AlternateBase: colors.alternate_base,
        role.Text: colors.text,
        role.BrightText: colors.on_accent,
        role.Button: colors.base,
        role.ButtonText: colors.text,
        role.Highlight: colors.accent,
        role.HighlightedText: colors.on_accent,
        role.ToolTipBase: colors.base,
        role.ToolTipText: colors.text,
        role.PlaceholderText: colors.muted,
        role.Link: colors.accent,
        role.LinkVisited: colors.accent,
        # Fusion draws bevels and frames from these.
        role.Light: colors.alternate_base,
        role.Midlight: colors.track,
        role.Mid: colors.control_edge,
        role.Dark: colors.control_edge,
        role.Shadow: colors.window,
    }
    for color_role, value in roles.items():
        palette.setColor(color_role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for color_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(disabled, color_role, QColor(colors.disabled_text))
    palette.setColor(disabled, role.Button, QColor(colors.disabled_background))
    return palette


def stylesheet(colors: ThemeColors) -> str:
    """Shapes and spacing; the dynamic properties (primary, chip, muted, notice) are what views set.

    Every push button but a toggle takes Enter as well as Space when it has the focus (Qt does so only in
    dialogs): ``qproperty-autoDefault``, set by Qt as it styles the button."""
    c = colors
    return f"""
QPushButton {{
    min-height: 40px; padding: 6px 18px; border-radius: 10px;
    border: 1px solid {c.control_edge}; background: {c.base}; color: {c.text};
}}
QPushButton:default {{ border: 2px solid {c.accent}; }}
QPushButton {{ qproperty-autoDefault: 1; }}
QPushButton[checkable="true"] {{ qproperty-autoDefault: 0; }}
QPushButton[link="true"] {{
    min-height: 0; padding: 4px 6px; border: 2px solid transparent; border-radius: 6px;
    background: transparent; color: {c.accent}; text-decoration: underline;
}}
QPushButton[link="true"]:focus {{ border-color: {c.accent}; }}
QPushButton:hover {{ border-color: {c.accent}; }}
QPushButton:focus {{ border: 2px solid {c.accent}; }}
QPushButton:disabled {{ color: {c.disabled_text}; background: {c.disabled_background}; }}
QPushButton[primary="true"] {{
    background: {c.accent}; color: {c.on_accent}; border: none; font-weight: 600;
}}
QPushButton[primary="true"]:hover {{ background: {c.accent_hover}; }}
QPushButton[primary="true"]:focus {{ border: 2px solid {c.text}; }}
QPushButton[primary="true"]:disabled {{
    background: {c.disabled_background}; color: {c.disabled_text}; border: 1px solid {c.border};
}}
QPushButton[chip="true"] {{ min-height: 30px; padding: 4px 14px; border-radius: 16px; }}
QPushButton[chip="true"]:checked {{ background: {c.accent_soft}; border-color: {c.accent}; color: {c.text}; }}
QLineEdit {{
    min-height: 34px; padding: 2px 10px; border-radius: 8px; border: 1px solid {c.control_edge};
    background: {c.base}; color: {c.text};
}}
QLineEdit:focus {{ border: 2px solid {c.accent}; }}
QTableView, QListView, QTreeView {{
    border: 1px solid {c.border}; border-radius: 8px; background: {c.base};
    alternate-background-color: {c.alternate_base};
}}
QTableView, QListView, QTreeView {{ outline: 0; }}
QTableView:focus, QListView:focus, QTreeView:focus {{ border: 2px solid {c.accent}; }}
QAbstractSpinBox, QComboBox {{ min-height: 30px; }}
QTableView::item {{ padding: 6px; }}
QTableView::item:selected, QListView::item:selected, QTreeView::item:selected {{
    background: {c.accent_soft}; color: {c.text};
}}
QHeaderView::section {{ background: {c.window}; border: none; padding: 6px; color: {c.muted}; }}
QTextBrowser {{ border: 1px solid {c.border}; border-radius: 8px; background: {c.base}; padding: 8px; }}
QTextBrowser:focus {{ border: 2px solid {c.accent}; }}
QProgressBar {{ border: none; border-radius: 5px; background: {c.track}; max-height: 10px; }}
QProgressBar::chunk {{ border-radius: 5px; background: {c.accent}; }}
QSlider:horizontal {{ min-height: 28px; }}
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
QSlider::groove:horizontal {{ height: 6px; border-radius: 3px; background: {c.track}; }}
QSlider::sub-page:horizontal {{ border-radius: 3px; background: {c.accent}; }}
QSlider::handle:horizontal {{
    width: 18px; margin: -7px 0; border-radius: 10px; background: {c.base}; border: 2px solid {c.accent};
}}
QSlider::handle:horizontal:focus {{ background: {c.accent_soft}; border: 3px solid {c.text}; }}
QSlider::handle:horizontal:disabled {{ border-color: {c.border}; }}
QSlider::sub-page:horizontal:disabled {{ background: {c.border}; }}
QLabel[muted="true"] {{ color: {c.muted}; }}
QLabel[problem="true"] {{ color: {c.error}; }}
QLabel[notice="true"] {{
    color: {c.warning}; background: {c.warning_background}; border: 1px solid {c.warning_border};
    border-radius: 8px; padding: 8px;
}}
QToolTip {{ color: {c.text}; background: {c.base}; border: 1px solid {c.border}; }}
"""


class ThemeController(QObject):
    """Holds the user's choice and re-applies the look when it or the system scheme changes.

    ``changed(ThemeColors)`` fires after a new palette is in place, for views that cache colours.
    """

    changed = Signal(object)

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("backpain-theme")
        self._app = app
        self._choice = "system"
        self._system = app.styleHints().colorScheme()
        self._scheme: Scheme | None = None
        self._outlined = True  # the outlining style at once; see outline_controls_later
        self._in_fusion = False  # plain Fusion is the application's style already
        app.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)

    @property
    def choice(self) -> str:
        return self._choice

    @property
    def scheme(self) -> Scheme:
        return self._scheme or "light"

    @property
    def colors(self) -> ThemeColors:
        return SCHEMES[self.scheme]

    def set_choice(self, choice: str) -> None:
        if choice not in THEMES:
            raise ValueError(f"unknown theme {choice!r} (expected one of {', '.join(THEMES)})")
        self._choice = choice
        self._apply()

    def outline_controls_later(self, *, in_fusion: bool = False) -> None:
        """Start with plain Fusion; ``outline_controls`` brings in the outlining style, when the first view
        with a control it outlines is built. ``in_fusion``: the application was made with
        FUSION_ARGUMENTS, so Fusion need not be set."""
        self._outlined = False
        self._in_fusion = in_fusion

    def outline_controls(self) -> None:
        """Outline check boxes, radio buttons, combo and spin boxes."""
        if not self._outlined:
            self._outlined = True
            self._use_edge_style(self.colors)

    def _use_edge_style(self, colors: ThemeColors) -> None:
        from backpain_timer.ui.edge_style import EdgeStyle

        self._app.setStyle(EdgeStyle(colors))
        self._in_fusion = False

    def follow(self, store: SettingsStore) -> None:
        """Show the store's theme now and whenever it changes."""
        self.set_choice(store.settings.theme)
        store.changed.connect(self._settings_changed)

    def _settings_changed(self, changed: frozenset[str], settings: Settings) -> None:
        if "theme" in changed:
            self.set_choice(settings.theme)

    def _system_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        self._system = scheme
        self._apply()

    def _apply(self) -> None:
        scheme = resolve_scheme(self._choice, self._system)
        if scheme == self._scheme:
            return  # a palette change repaints every widget: only when something changed
        self._scheme = scheme
        colors = SCHEMES[scheme]
        # The outlining style is Python: Qt calls into it as it draws every widget, which costs start-up
        # time and, through PySide, about 2 MiB (see edge_style). The home screen has no control it
        # outlines, so the app may ask for it with the first view that has one (``outline_controls``);
        # until then Fusion, whose sizes are the same.
        if self._outlined:
            self._use_edge_style(colors)  # it draws in the scheme's colours: a new one for each scheme
        elif not self._in_fusion:
            self._app.setStyle("Fusion")
            self._in_fusion = True
        # The base size goes through the font, not the style sheet: a QSS font-size would win over the
        # sizes the session view sets on its labels as the window grows.
        font = self._app.font()
        font.setPointSizeF(BASE_POINT_SIZE)
        self._app.setFont(font)
        self._app.setPalette(build_palette(colors))
        self._app.setStyleSheet(stylesheet(colors))
        self.changed.emit(colors)


def theme_controller(app: QApplication) -> ThemeController:
    """The application's one ThemeController, made on first use."""
    existing = app.findChild(ThemeController, "backpain-theme")
    return existing if isinstance(existing, ThemeController) else ThemeController(app)


def outline_controls() -> None:
    """Called by each view with check boxes, radio buttons, combo or spin boxes before it is built: the
    outlining style comes in then, if it is not in use already."""
    app = QGuiApplication.instance()
    if isinstance(app, QApplication):
        theme_controller(app).outline_controls()


def apply_theme(app: QApplication, choice: str) -> None:
    """Show ``choice`` ("system" | "light" | "dark"); with "system", follow the scheme as it changes."""
    theme_controller(app).set_choice(choice)


def current_colors() -> ThemeColors:
    """The colours on screen now (light before any theme was applied or without a QApplication)."""
    app = QGuiApplication.instance()
    if not isinstance(app, QApplication):
        return LIGHT
    existing = app.findChild(ThemeController, "backpain-theme")
    return existing.colors if isinstance(existing, ThemeController) else LIGHT
