"""Words the translators found still in English on a German screen: the editor's plan table, the step
form's default sides, the pain chart's legend, routine tags, and the run and cool-down texts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from backpain_timer import resources
from backpain_timer.domain.runs import Run
from backpain_timer.storage.history_db import HistoryStore
from backpain_timer.storage.library import Library
from backpain_timer.storage.paths import DataDir
from backpain_timer.storage.routine_yaml import load_library_file, load_routine_file
from backpain_timer.storage.texts_files import use_language
from backpain_timer.ui.editor.window import EditorWindow
from backpain_timer.ui.history.chart import HistoryCharts
from backpain_timer.ui.history.model import HistoryModel
from backpain_timer.ui.history.runs_model import cool_down_text
from backpain_timer.ui.runs.notifier import action_list
from backpain_timer.ui.tags import tag_label, tags_text
from tests.helpers.records import finished_session
from tests.helpers.window_language import window_language
from tests.helpers.windows import show_and_activate

NOW = datetime(2026, 3, 12, 20, 0, tzinfo=UTC)


@pytest.fixture
def german(window_translations: Path) -> Iterator[None]:
    """Window and content in German, as the app starts with ``--lang de``."""
    use_language("de")
    with window_language("de", window_translations):
        yield
    use_language("en")


def builtin_tags() -> set[str]:
    folder = resources.routines_dir()
    exercises = load_library_file(folder / "exercises.yaml")
    return {
        tag
        for path in folder.glob("*.yaml")
        if path.stem != "exercises"
        for tag in load_routine_file(path, exercises).tags
    }


def test_every_builtin_tag_has_a_label_and_a_users_own_tag_shows_as_written() -> None:
    assert all(tag_label(tag) != tag for tag in builtin_tags())
    assert tags_text(("cool-down", "my-own")) == "Cool-down, my-own"


def test_tags_read_in_the_language(german: None) -> None:
    assert tags_text(("cool-down", "post-run", "calm")) == "Abwärmen, Nach dem Lauf, Ruhe"


def test_the_editors_plan_and_default_sides_speak_german(
    qtbot: QtBot, library: Library, german: None
) -> None:
    window = show_and_activate(qtbot, EditorWindow(library, library.load("upper-back-relief")))
    table = window.preview.table
    header = table.headerItem()
    assert [header.text(column) for column in range(5)] == ["Beginn", "Phase", "Übung", "Seite", "Dauer"]
    items = [table.topLevelItem(row) for row in range(table.topLevelItemCount())]
    sides = {item.text(3) for item in items if item is not None}
    assert sides == {"", "links", "rechts"}
    window.steps.select_row(2)  # the thoracic rotation: both sides by default
    assert window.step_form.sides.itemText(0) == "Standard der Übung (links und rechts)"
    window.steps.select_row(0)  # the shoulder blade squeeze: no sides
    assert window.step_form.sides.itemText(0) == "Standard der Übung (ohne Seiten)"
    window.close()


def test_the_pain_charts_legend_speaks_german(qtbot: QtBot, german: None) -> None:
    charts = HistoryCharts()
    qtbot.addWidget(charts)
    started = NOW - timedelta(days=1)
    record = finished_session("desk-break", "Desk break", started, pain_before=5, pain_after=3)
    charts.show_records([record], (NOW - timedelta(days=10)).date(), NOW.date(), UTC)
    before, _before_dots, after, _after_dots = charts.pain_chart.series()
    assert (before.name(), after.name()) == ("Davor", "Danach")


def test_a_history_rows_symptoms_and_tags_read_in_german(qtbot: QtBot, data_dir: Path, german: None) -> None:
    started = NOW - timedelta(days=1)
    record = finished_session(
        "desk-break",
        "Desk break",
        started,
        pain_before=3,
        pain_after=3,
        symptoms=("numbness", "chest-pain"),
        symptoms_after=("fever",),
        tags=("post-run",),
    )
    with HistoryStore(DataDir(data_dir).history_db) as store:
        store.append(record)
        model = HistoryModel(store, UTC)
        assert model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole) == (
            "Angegeben: Taubheit, Schmerz oder Druck in der Brust, oder Schmerz, der in Kiefer oder Arm "
            "ausstrahlt\nNach der Einheit: Fieber oder Krankheitsgefühl\nSchlagwörter: Nach dem Lauf"
        )


def test_runs_and_their_cool_downs_speak_german(german: None) -> None:
    run = Run(
        id=1,
        sport="running",
        started_at=NOW - timedelta(minutes=40),
        ended_at=NOW,
        duration_seconds=2400.0,
        distance_m=6012.0,
        avg_heart_rate=None,
        source="run.fit",
    )
    later = finished_session("post-run-cool-down", "Post-run cool-down", NOW + timedelta(minutes=12))
    assert cool_down_text(run, later, NOW + timedelta(hours=1)) == "Ja, 12 Min. danach"
    assert action_list() == ["cool-down", "Jetzt abwärmen", "later", "Später"]
