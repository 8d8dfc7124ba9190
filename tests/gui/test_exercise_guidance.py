"""What the library now says about each exercise reaches the screen: what a routine needs, who should
skip or adapt a step, and an easier and a harder way to do it."""

from __future__ import annotations

from backpain_timer.ui.main_window import MainWindow
from tests.helpers.fake_clock import FakeClock
from tests.helpers.short_session import SHORT_ROUTINE_ID, advance


def test_home_detail_says_what_the_routine_needs_and_who_should_adapt_it(window: MainWindow) -> None:
    home = window.home
    assert home.select("posture-and-core")
    details = home.detail.toPlainText()
    assert "You'll need: a mat, a band, a door anchor" in details
    assert "Skip or adapt a step if:" in details
    assert "Pregnancy: skip lying face down. (Forearm plank, Prone back extension)" in details


def test_the_first_screen_of_a_session_says_what_it_needs(window: MainWindow, clock: FakeClock) -> None:
    window.start_routine(window.library.load(SHORT_ROUTINE_ID), quick_start=True)
    view = window.session_view
    assert view.phase_label.text() == "Get ready"
    assert "You'll need: a mat" in view.details_label.text()
    advance(window, clock, 3)
    assert "You'll need" not in view.details_label.text()  # said once, before it starts


def test_the_how_to_offers_an_easier_and_a_harder_way(window: MainWindow, clock: FakeClock) -> None:
    window.start_routine(window.library.load(SHORT_ROUTINE_ID), quick_start=True)
    exercise = window.library.exercises["thread-the-needle"]
    advance(window, clock, 3)
    text = window.session_view.details_label.text()
    assert f"<b>Easier:</b> {exercise.easier}" in text
    assert f"<b>Harder:</b> {exercise.harder}" in text
