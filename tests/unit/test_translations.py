"""Translated content: the overlay loader (line:col, unknown ids and keys, did-you-mean), the fallback to
English, the completeness of every shipped language, the texts catalogues, and the CLI in a language."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from backpain_timer import resources
from backpain_timer.cli import main
from backpain_timer.domain import texts
from backpain_timer.domain.advice import ALL_RULES, LEVELS, advise
from backpain_timer.domain.language import LANGUAGES
from backpain_timer.domain.safety import trend_findings
from backpain_timer.storage.library import Library
from backpain_timer.storage.overlay import load_overlay, overlay_gaps
from backpain_timer.storage.paths import DataDir
from backpain_timer.storage.problems import RoutineFileError
from backpain_timer.storage.routine_yaml import load_library_file, load_routine_file
from backpain_timer.storage.texts_files import load_texts, placeholders, texts_path, use_language
from tests.helpers.records import finished_session

TRANSLATED = [code for code in LANGUAGES if code != "en"]
ROUTINES_DIR = resources.routines_dir()
EXERCISES = load_library_file(ROUTINES_DIR / "exercises.yaml")
ROUTINES = {
    path.stem: load_routine_file(path, EXERCISES)
    for path in ROUTINES_DIR.glob("*.yaml")
    if path.stem != "exercises"
}
SCHEMA: dict[str, Any] = json.loads(
    (resources.schema_path().parent / "overlay.schema.json").read_text(encoding="utf-8")
)


def overlay_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "de.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_overlay_errors_are_reported_all_at_once_with_line_col_and_did_you_mean(tmp_path: Path) -> None:
    path = overlay_file(
        tmp_path,
        "version: 1\n"
        "exercises:\n"
        "  childs-pos:\n"
        "    name: Haltung des Kindes\n"
        "  cat-cow:\n"
        "    nmae: Katze\n"
        "    cues: Welle\n"
        "routines:\n"
        "  desk-brake:\n"
        "    name: Pause\n"
        "  desk-break:\n"
        "    notes: {zero: x}\n",
    )
    with pytest.raises(RoutineFileError) as caught:
        load_overlay(path, EXERCISES.keys(), ROUTINES.keys())
    assert caught.value.lines == [
        f"{path}:3:3: error: unknown exercise 'childs-pos' (did you mean 'childs-pose'?)",
        f"{path}:6:5: error: unknown key 'nmae' (did you mean 'name'?)",
        f"{path}:7:11: error: 'cues' must be a list of text, not text",
        f"{path}:9:3: error: unknown routine 'desk-brake' (did you mean 'desk-break'?)",
        f"{path}:12:13: error: a note's key must be a step number from 1, not 'zero'",
    ]


def test_a_missing_translation_falls_back_to_english_and_lists_may_differ_in_length(tmp_path: Path) -> None:
    path = overlay_file(
        tmp_path,
        "exercises:\n  cat-cow:\n    name: Katze–Kuh\n    cues: [Eine Welle.]\n"
        "routines:\n  desk-break:\n    notes: {3: Sitzen bleiben.}\n",
    )
    overlay = load_overlay(path, EXERCISES.keys(), ROUTINES.keys())
    english = EXERCISES["cat-cow"]
    translated = overlay.exercise(english)
    assert (translated.name, translated.cues) == ("Katze–Kuh", ("Eine Welle.",))
    assert translated.summary == english.summary and translated.instructions == english.instructions
    routine = overlay.routine(ROUTINES["desk-break"])
    assert routine.name == "Desk break"
    assert [step.note for step in routine.steps][2:4] == ["Sitzen bleiben.", "Stand up for this one."]
    missing, extra = overlay_gaps(overlay, EXERCISES, ROUTINES)
    assert "exercise cat-cow: summary" in missing and "routine desk-break: name" in missing
    assert "exercise cat-cow: name" not in missing and extra == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_shipped_overlay_is_complete_and_valid(language: str) -> None:
    path = ROUTINES_DIR / "i18n" / f"{language}.yaml"
    overlay = load_overlay(path, EXERCISES.keys(), ROUTINES.keys())
    missing, extra = overlay_gaps(overlay, EXERCISES, ROUTINES)
    assert missing == [], f"{language}: not translated yet:\n" + "\n".join(missing)
    assert extra == [], f"{language}: translated, but English has no such text:\n" + "\n".join(extra)
    jsonschema.Draft202012Validator(SCHEMA).validate(yaml.safe_load(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_text_has_a_translation_with_the_same_placeholders(language: str) -> None:
    catalogue = load_texts(texts_path(language))  # an unknown id or a changed placeholder raises
    source = texts.source_texts()
    missing = sorted(source.keys() - catalogue.keys())
    assert missing == [], f"{language}: not translated yet: {missing}"
    for msgid, english in source.items():
        assert placeholders(catalogue[msgid]) == placeholders(english), msgid
    advice_ids = {f"rule.{rule.id}.label" for rule in ALL_RULES} | {f"title.{level}" for level in LEVELS}
    assert advice_ids <= catalogue.keys()


def test_a_texts_file_with_an_unknown_id_or_lost_placeholder_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "texts.de.yaml"
    path.write_text(
        "texts:\n  title.urgnet: Heute\n  rule.severe-pain.text: Starker Schmerz.\n", encoding="utf-8"
    )
    with pytest.raises(RoutineFileError) as caught:
        load_texts(path)
    assert caught.value.lines == [
        f"{path}:2:3: error: unknown message id 'title.urgnet' (did you mean 'title.urgent'?)",
        f"{path}:3:26: error: 'rule.severe-pain.text' must have the placeholders of the English ({{pain}})",
    ]


def test_advice_speaks_the_language_in_use() -> None:
    use_language("de")
    advice = advise(9, ["tingling"])
    assert advice.title == "Lassen Sie sich heute ärztlich untersuchen"
    assert "9 von 10" in advice.text and "Kribbeln" in advice.text
    use_language("en")
    assert advise(9).title == "Get checked by a doctor today"


def test_builtin_content_is_translated_but_user_routines_are_shown_as_written(data_dir: Path) -> None:
    data = DataDir(data_dir)
    data.routines_dir.mkdir(parents=True)
    (data.routines_dir / "mine.yaml").write_text(
        "name: My morning\nsteps:\n  - exercise: cat-cow\n    hold: 30s\n    note: Slowly.\n",
        encoding="utf-8",
    )
    library = Library(data, language="fr")
    names = {info.id: info.name for info in library.listing().routines}
    assert names["mine"] == "My morning" and names["desk-break"] != "Desk break"
    mine = library.load("mine")
    assert mine.steps[0].note == "Slowly." and mine.steps[0].exercise.name != "Cat–cow"
    # The index keys on the language: English after French lists English names.
    assert {info.name for info in Library(data, language="en").listing().routines} >= {"Desk break"}
    assert {info.name for info in Library(data, language="fr").listing().routines} == set(names.values())


def test_pseudo_language_wraps_builtin_content_and_texts(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "xx", "list"]) == 0
    assert "[Desk break ~]" in capsys.readouterr().out
    assert main(["--lang", "xx", "check-in", "--pain", "9"]) == 0
    assert capsys.readouterr().out.startswith("[Get checked by a doctor today ~")


def test_cli_lang_de_lists_german_names(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "de", "list"]) == 0
    out = capsys.readouterr().out
    assert "Schreibtischpause" in out and "desk-break" in out and "Desk break" not in out


def test_cli_check_in_json_keeps_english_keys_and_speaks_french(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "fr", "check-in", "--pain", "9", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert set(result) == {"level", "ids", "text"} and result["ids"] == ["severe-pain"]
    assert result["level"] == "urgent" and "9 sur 10" in result["text"]


def test_cli_unknown_language_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--lang", "tlh", "list"])
    assert exited.value.code == 2
    assert "unknown language 'tlh' (known: en, de, fr, es, xx)" in capsys.readouterr().err


def test_cli_follows_the_environment_and_the_settings(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    assert main(["check-in", "--pain", "8"]) == 0
    assert "Tómatelo con calma hoy" in capsys.readouterr().out
    (data_dir / "settings.json").write_text(json.dumps({"language": "de"}), encoding="utf-8")
    assert main(["check-in", "--pain", "8"]) == 0
    assert "Lassen Sie es heute ruhig angehen" in capsys.readouterr().out
    monkeypatch.setenv("BACKPAIN_TIMER_LANG", "xx")
    assert main(["check-in", "--pain", "8"]) == 0
    assert capsys.readouterr().out.startswith("[Go easy today")


@pytest.mark.parametrize(
    ("language", "opening"),
    [
        ("en", "In all of your last 3 sessions"),
        ("de", "In jeder Ihrer letzten 3 Einheiten"),
        ("fr", "Dans chacune de vos 3 dernières séances"),
        ("es", "En cada una de tus últimas 3 sesiones"),
    ],
)
def test_pain_rising_in_every_session_reads_as_a_sentence(language: str, opening: str) -> None:
    use_language(language)
    started = datetime(2026, 3, 12, 8, 0, tzinfo=UTC)
    records = [
        finished_session(
            "desk-break", "Desk break", started - timedelta(days=day), pain_before=2, pain_after=5
        )
        for day in range(3)
    ]
    (finding,) = trend_findings(records, started.date(), UTC)
    assert finding.text.startswith(opening)
