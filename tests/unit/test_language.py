"""Which language is spoken: the setting, BACKPAIN_TIMER_LANG, the POSIX/gettext environment; the
settings key; the pseudo-language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from backpain_timer.domain.language import choose_language, pseudo
from backpain_timer.storage.settings import language_setting, load_settings


@pytest.mark.parametrize(
    ("setting", "environ", "expected"),
    [
        ("system", {}, "en"),
        ("system", {"LANG": "de_DE.UTF-8"}, "de"),
        ("system", {"LANG": "pt_BR.UTF-8"}, "en"),  # not supported: English
        ("fr", {"LANG": "de_DE.UTF-8"}, "fr"),  # the setting wins over the environment
        ("system", {"LC_ALL": "es_ES.UTF-8", "LANG": "de_DE.UTF-8"}, "es"),
        ("system", {"LC_MESSAGES": "fr_FR", "LANG": "de_DE.UTF-8"}, "fr"),
        ("system", {"LANGUAGE": "pt:es:de", "LANG": "fr_FR.UTF-8"}, "es"),  # first supported of the list
        ("system", {"LANGUAGE": "de", "LANG": "C"}, "en"),  # gettext ignores LANGUAGE in the C locale
        ("system", {"LANGUAGE": "de", "LC_ALL": "POSIX", "LANG": "fr_FR"}, "en"),
        ("system", {"LANGUAGE": "de", "LANG": "C.UTF-8"}, "en"),
        ("system", {"LANGUAGE": "", "LANG": "es_MX.UTF-8"}, "es"),
        ("de", {"BACKPAIN_TIMER_LANG": "xx"}, "xx"),  # the developer's per-run choice wins
        ("de", {"BACKPAIN_TIMER_LANG": "zz"}, "de"),  # an unknown value is ignored
    ],
)
def test_choose_language(setting: str, environ: dict[str, str], expected: str) -> None:
    assert choose_language(setting, environ) == expected


def test_pseudo_brackets_and_lengthens_by_40_percent_keeping_placeholders() -> None:
    text = "Pain of {pain} out of 10 is severe: get checked by a doctor today."
    wrapped = pseudo(text)
    assert wrapped.startswith("[") and wrapped.endswith("]") and "{pain}" in wrapped
    assert len(wrapped) == pytest.approx(len(text) * 1.4, abs=1)
    assert pseudo("") == ""


def test_the_language_setting_is_read_and_checked(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"language": "de"}), encoding="utf-8")
    assert language_setting(path) == ("de", [])
    path.write_text(json.dumps({"language": "klingon", "volume": "loud"}), encoding="utf-8")
    language, problems = language_setting(path)
    assert language == "system"
    assert problems == [
        f"{path}: setting 'language' has an unknown value 'klingon' "
        "(use one of: system, en, de, fr, es); using 'system'"
    ]
    assert len(load_settings(path)[1]) == 2  # the app's store hears of both
