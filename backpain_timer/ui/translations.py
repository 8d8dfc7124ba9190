"""The window's language: Qt's translators for our ``.qm`` and Qt's own, and the default QLocale.

``use_window_language(app, code)`` is the one switch (called once at start-up, before widgets are made,
after ``storage.texts_files.use_language`` made the domain speak the same code). English is the source:
only the plural forms of our ``%n`` texts ("1 step" / "5 steps"). The pseudo-language ``xx`` gets a translator that brackets and lengthens every string
(domain/language.pseudo), Qt's own included, so untranslated text and cut-off layouts stand out.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QObject,
    QTime,
    QTranslator,
)

from backpain_timer.domain.language import ENGLISH, PSEUDO, pseudo
from backpain_timer.resources import translations_dir

if TYPE_CHECKING:
    from datetime import date, datetime  # the home screen needs no dates: datetime loads with the history

CATALOGUE = "backpain_timer"  # backpain_timer/i18n/backpain_timer_<code>.ts → .qm
QT_CATALOGUE = "qtbase"
_KEEP_UNTRANSLATED = frozenset({"QT_LAYOUT_DIRECTION"})  # Qt reads its own setting through translate()


class PseudoTranslator(QTranslator):
    """Every string bracketed and 40 % longer; %n and {placeholders} stay intact."""

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if source_text in _KEEP_UNTRANSLATED:
            return source_text
        return pseudo(source_text)

    def isEmpty(self) -> bool:
        return False


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` where it is written (a table of texts); translate it
    where it is shown with ``QCoreApplication.translate(context, text)``. Typed, unlike QtCore's."""
    return text


def window_locale(code: str) -> QLocale:
    """The locale for dates, times and numbers: the system's own when it speaks ``code`` (de_AT keeps
    Austria's formats), else the language's main locale; English for the pseudo-language."""
    code = ENGLISH if code == PSEUDO else code
    system = QLocale.system()
    if system.name().split("_")[0] == code:
        return system
    return QLocale(code)


class WindowLanguage(QObject):
    """The translators one language installed, kept so that choosing again removes them first."""

    def __init__(self, app: QCoreApplication, code: str, folder: Path | None = None) -> None:
        super().__init__(app)
        self.setObjectName("window-language")
        self.code = code
        self.translators: list[QTranslator] = []
        self.problem = ""  # why the window's words are not translated, if they are not
        if code == PSEUDO:
            self.translators.append(PseudoTranslator(self))
        else:
            catalogues = [(folder or translations_dir(), CATALOGUE)]
            if code != ENGLISH:  # Qt's own words (standard buttons, context menus) are English already
                qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
                catalogues.append((qt_folder, QT_CATALOGUE))
            for where, name in catalogues:
                loaded = _load(where, f"{name}_{code}", self)
                self.translators.extend(loaded)
                if not loaded and name == CATALOGUE:  # Qt's own may be missing: its words are few
                    self.problem = (
                        f"backpain-timer: warning: {where / f'{name}_{code}.qm'} is missing, so the window's "
                        "words are not translated; reinstall Backpain Timer (in a source tree, `make run` "
                        "builds it)"
                    )
        for translator in self.translators:
            QCoreApplication.installTranslator(translator)

    def remove(self) -> None:
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        self.translators.clear()
        self.setParent(None)


def _load(folder: Path, name: str, parent: QObject) -> list[QTranslator]:
    """A translator for ``folder/name.qm``; none when the file is missing (the window stays English)."""
    translator = QTranslator(parent)
    return [translator] if translator.load(name, str(folder)) else []


def use_window_language(app: QCoreApplication, code: str, folder: Path | None = None) -> WindowLanguage:
    """Translate the window into ``code`` (a domain.language code) and format dates, times and numbers
    its way; replaces the language set before. Call before widgets are made: they translate when built."""
    previous = app.findChild(WindowLanguage, "window-language")
    if previous is not None:
        previous.remove()
    QLocale.setDefault(window_locale(code))
    return WindowLanguage(app, code, folder)


def window_language() -> str:
    """The code the window speaks (English before ``use_window_language``)."""
    app = QCoreApplication.instance()
    chosen = app.findChild(WindowLanguage, "window-language") if app is not None else None
    return chosen.code if chosen is not None else ENGLISH


def date_time_text(moment: datetime) -> str:
    """A wall-clock moment as the history shows it ("Thu 12 Mar 2026  18:00"), with the language's day and
    month names; the pattern is a text translators may reorder (QLocale date format letters)."""
    pattern = QCoreApplication.translate(
        "DateFormats", "ddd dd MMM yyyy  HH:mm", "QLocale date pattern: day, month name, year, 24-hour time"
    )
    when = QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))
    return QLocale().toString(when, pattern)


def day_month_text(day: date) -> str:
    """A day in a chart axis: "2 Mar" ("2. März" in German's pattern)."""
    pattern = QCoreApplication.translate("DateFormats", "d MMM", "QLocale date pattern: day and month name")
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


class Counts(QObject):
    """Plural texts for code outside a QObject: lupdate marks a ``%n`` text as plural only in a tr() call
    whose count is not a literal (QCoreApplication.translate with a variable count is read as singular)."""

    def steps(self, n: int) -> str:
        return self.tr("%n step(s)", "", n)

    def reps(self, n: int) -> str:
        return self.tr("%n rep(s)", "", n)
