"""The window speaks the chosen language: the setting wins over the environment, our translations and
Qt's own are installed before widgets are made, plurals take the language's forms, the pseudo-language
marks every window string, and dates follow the language's locale."""

from __future__ import annotations

import textwrap
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from backpain_timer.domain import texts
from backpain_timer.domain.language import pseudo
from backpain_timer.storage.library import Library
from backpain_timer.storage.settings import Settings, save_settings
from backpain_timer.ui.app import build_window
from backpain_timer.ui.settings.appearance_page import AppearancePage
from backpain_timer.ui.translations import date_time_text, day_month_text
from backpain_timer.ui.translations import window_language as spoken_language
from tests.helpers.window_language import build_qm, window_language

GERMAN_TS = textwrap.dedent(
    """\
    <?xml version="1.0" encoding="utf-8"?>
    <!DOCTYPE TS>
    <TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>AppearancePage</name>
        <message>
            <source>Appearance &amp; reminder</source>
            <translation>Aussehen &amp; Erinnerung</translation>
        </message>
    </context>
    <context>
        <name>Test</name>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>%n Schritt</numerusform>
                <numerusform>%n Schritte</numerusform>
            </translation>
        </message>
    </context>
    </TS>
    """
)


@pytest.fixture
def german(tmp_path: Path) -> Path:
    """A German catalogue with one window string and one plural, compiled as the build does."""
    sources = tmp_path / "ts"
    sources.mkdir()
    (sources / "backpain_timer_de.ts").write_text(GERMAN_TS, encoding="utf-8")
    return build_qm(tmp_path / "qm", sources)


def test_the_setting_wins_over_the_environment(
    qapp: QApplication, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    save_settings(Settings(language="de"), library.data.settings_file)
    with window_language("en"):
        window = build_window(qapp, library)
        assert (spoken_language(), texts.language()) == ("de", "de")
        window.deleteLater()


def test_system_follows_the_environment(
    qapp: QApplication, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    with window_language("en"):
        window = build_window(qapp, library)
        assert (spoken_language(), texts.language()) == ("es", "es")
        window.deleteLater()


def test_window_strings_and_qts_own_are_translated(qapp: QApplication, german: Path) -> None:
    with window_language("de", german):
        assert AppearancePage().title == "Aussehen & Erinnerung"
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        assert close.button(QDialogButtonBox.StandardButton.Close).text() == "Schließen"
    assert AppearancePage().title == "Appearance & reminder"


def test_plurals_take_the_languages_forms(qapp: QApplication, german: Path) -> None:
    def steps(n: int) -> str:
        return QCoreApplication.translate("Test", "%n step(s)", "", n)

    with window_language("de", german):
        assert [steps(1), steps(5)] == ["1 Schritt", "5 Schritte"]


def test_english_says_one_step_and_five_steps(qapp: QApplication) -> None:
    def meta(n: int) -> str:
        return QCoreApplication.translate("HomeView", "{total} in total · %n step(s)", "", n)

    assert [meta(1), meta(5)] == ["{total} in total · 1 step", "{total} in total · 5 steps"]


def test_a_missing_catalogue_leaves_the_window_english(qapp: QApplication, tmp_path: Path) -> None:
    with window_language("fr", tmp_path):
        assert AppearancePage().title == "Appearance & reminder"


def test_the_pseudo_language_marks_every_window_string(qapp: QApplication) -> None:
    with window_language("xx"):
        page = AppearancePage()
        assert page.title == pseudo("Appearance & reminder") == "[Appearance & reminder ~~~~~]"
        assert page.theme.itemText(0).startswith("[Follow the system")
        assert page.language.itemText(1) == "English"  # names of languages are never translated


def test_dates_follow_the_languages_locale(qapp: QApplication, german: Path) -> None:
    march = QDate(2026, 3, 5)
    with window_language("de", german):
        assert QLocale().toString(march, "d. MMMM yyyy") == "5. März 2026"
        assert QLocale().toString(1234.5, "f", 1) == "1.234,5"
    with window_language("fr", german):
        assert QLocale().toString(march, "d MMMM yyyy") == "5 mars 2026"


def test_history_dates_use_the_languages_names(qapp: QApplication, german: Path) -> None:
    evening = datetime(2026, 3, 12, 18, 0)
    assert (date_time_text(evening), day_month_text(evening.date())) == ("Thu 12 Mar 2026  18:00", "12 Mar")
    with window_language("de", german):
        assert (date_time_text(evening), day_month_text(evening.date())) == (
            "Do. 12 März 2026  18:00",
            "12 März",
        )
