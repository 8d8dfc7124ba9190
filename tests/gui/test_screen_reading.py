"""What a screen reader hears beyond the names of controls: the countdown's value, the form cues' words,
each end-screen figure once, and what each history filter is for."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QLabel

from backpain_timer.ui.main_window import MainWindow
from backpain_timer.ui.session.end_view import FigureCaption
from tests.helpers.fake_clock import FakeClock
from tests.helpers.short_session import SHORT_ROUTINE_SECONDS, advance, start_short


def test_the_ring_says_the_time_left_and_changes_its_name_only_when_the_digits_do(
    window: MainWindow, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    start_short(window)
    ring = window.session_view.ring
    advance(window, clock, 3.2)
    assert ring.accessibleName() == f"Time left in this part: {ring.text}"
    assert ring.text == "00:05"  # 4.8 s of the 5 s hold left
    names: list[str] = []
    monkeypatch.setattr(ring, "setAccessibleName", names.append)
    for _ in range(6):  # six polls within one second of the countdown: the arc moves, the digits do not
        advance(window, clock, 0.1)
    assert names == []
    advance(window, clock, 0.5)
    assert names == ["Time left in this part: 00:04"]


def test_paused_is_part_of_the_rings_name(window: MainWindow, clock: FakeClock) -> None:
    start_short(window)
    advance(window, clock, 4)
    window.session_view.pause_button.click()
    assert window.session_view.ring.accessibleName().endswith(", paused")


def test_the_form_cues_are_read_as_words(window: MainWindow, clock: FakeClock) -> None:
    start_short(window)
    advance(window, clock, 3)
    exercise = window.library.exercises["thread-the-needle"]
    name = window.session_view.cue_label.accessibleName()
    assert name.startswith("Form cues: ")
    for cue in exercise.cues:
        assert f"• {cue}" in name  # every cue, each after a space, even those the box had no room for
    assert exercise.caution in name


def test_each_end_screen_figure_is_read_once_with_its_caption(window: MainWindow, clock: FakeClock) -> None:
    start_short(window)
    advance(window, clock, SHORT_ROUTINE_SECONDS)
    end = window.end_view
    texts = {label.text() for label in end.findChildren(QLabel)}
    assert not texts & {"Planned", "Actual", "Holds"}  # no bare caption read before its figure
    assert end.actual_value.accessibleName() == f"Actual: {end.actual_value.text()}"
    captions = [caption.text for caption in end.findChildren(FigureCaption) if caption.isVisibleTo(end)]
    assert captions == ["Planned", "Actual", "Holds"]  # still on screen for the eye


def test_history_filters_are_labelled_by_what_they_filter(window: MainWindow) -> None:
    window.show_history()
    history = window.history_view
    assert history is not None
    buddies = {label.buddy(): label.text() for label in history.findChildren(QLabel) if label.buddy()}
    combos = history.findChildren(QComboBox)
    assert {buddies.get(combo) for combo in combos} == {"Routine", "Tag"}
    for combo in combos:
        label = next(label for label in history.findChildren(QLabel) if label.buddy() is combo)
        assert label.isVisibleTo(history)
