"""After a run: the cool-down offered once, taken from the notification, and the session linked to the run."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from backpain_timer.domain.plan import plan
from backpain_timer.domain.run_offer import short_clock
from backpain_timer.storage.library import Library
from backpain_timer.storage.runs_db import RunStore
from backpain_timer.storage.settings import Settings
from backpain_timer.ui.home.view import COOL_DOWN_ROUTINE
from backpain_timer.ui.main_window import MainWindow
from backpain_timer.ui.resident import Resident
from backpain_timer.ui.settings.store import SettingsStore
from tests.helpers.fake_clock import FakeClock
from tests.helpers.fake_notifier import FakeNotifier
from tests.helpers.run_samples import START, write_fit
from tests.helpers.short_session import advance, start_short

RUN_END = START + timedelta(seconds=1800)  # write_fit's run: 6.0 km, 30 min


class WallClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def make_resident(
    library: Library, clock: FakeClock, notifier: FakeNotifier, now: WallClock, settings: Settings
) -> Resident:
    store = SettingsStore(library.data.settings_file, settings)

    def make_window() -> MainWindow:
        return MainWindow(library, clock=clock, settings=store)

    return Resident(library, store, make_window, notifier=notifier, now=now)


@pytest.fixture
def notifier() -> FakeNotifier:
    return FakeNotifier()


def drop_run(qtbot: QtBot, resident: Resident, name: str = "run.fit", start: datetime = START) -> None:
    resident.library.data.runs_inbox.mkdir(exist_ok=True)
    write_fit(resident.library.data.runs_inbox / name, start=start)
    with qtbot.waitSignal(resident.watcher.looked, timeout=5000):
        resident.watcher.scan()


def cool_down_length(library: Library) -> str:
    return short_clock(plan(library.load(COOL_DOWN_ROUTINE)).total_seconds)


def test_offer_then_cool_down_links_the_session_to_the_run(
    qtbot: QtBot, library: Library, clock: FakeClock, notifier: FakeNotifier
) -> None:
    now = WallClock(RUN_END + timedelta(minutes=12))
    resident = make_resident(library, clock, notifier, now, Settings(checkin_before=False))
    assert resident.window_built is None  # in the background: no window until it is needed

    drop_run(qtbot, resident)
    ((run_id, title, body),) = notifier.shown
    assert (title, body) == ("6.0 km run finished 12 min ago", f"Cool down now? {cool_down_length(library)}")

    notifier.click(run_id, "cool-down")
    window = resident.window_built
    assert window is not None and window.isVisible()
    qtbot.addWidget(window)
    assert window.controller is not None
    assert window.controller.engine.plan.routine.id == COOL_DOWN_ROUTINE
    with qtbot.waitSignal(window.history_writer.written, timeout=5000) as saved:
        advance(window, clock, 3600)  # to the end of the routine
    with RunStore(library.data.history_db) as runs:
        ((_run, cool_down),) = runs.runs_with_cool_downs()  # linked: the session began hours later
    assert cool_down is not None and cool_down.id == saved.args[0]

    # The same run again (touched, or from a GPX export): never a second offer.
    drop_run(qtbot, resident, "run-again.fit")
    assert len(notifier.shown) == 1


def test_taking_the_offer_asks_how_the_back_feels_first(
    qtbot: QtBot, library: Library, clock: FakeClock, notifier: FakeNotifier
) -> None:
    resident = make_resident(library, clock, notifier, WallClock(RUN_END + timedelta(minutes=5)), Settings())
    drop_run(qtbot, resident)
    notifier.click(notifier.shown[0][0], "cool-down")
    window = resident.window_built
    assert window is not None
    qtbot.addWidget(window)
    assert window.stack.currentWidget() is window.before_view


def test_later_and_old_runs_start_nothing(
    qtbot: QtBot, library: Library, clock: FakeClock, notifier: FakeNotifier
) -> None:
    now = WallClock(RUN_END + timedelta(hours=3, minutes=1))
    resident = make_resident(library, clock, notifier, now, Settings())
    drop_run(qtbot, resident)
    assert notifier.shown == []  # imported quietly
    with RunStore(library.data.history_db) as runs:
        assert len(runs.runs()) == 1

    now.now = START + timedelta(days=1, minutes=40)
    drop_run(qtbot, resident, "today.fit", start=START + timedelta(days=1))
    notifier.click(notifier.shown[0][0], "later")
    assert resident.window_built is None


def test_no_offer_during_a_session_until_it_ends(
    qtbot: QtBot, library: Library, clock: FakeClock, notifier: FakeNotifier
) -> None:
    now = WallClock(RUN_END + timedelta(minutes=1))
    resident = make_resident(library, clock, notifier, now, Settings(checkin_before=False))
    window = resident.window()
    qtbot.addWidget(window)
    start_short(window)
    drop_run(qtbot, resident)
    assert notifier.shown == []
    with qtbot.waitSignal(window.history_writer.written, timeout=5000):
        advance(window, clock, 60)
    assert len(notifier.shown) == 1


def test_without_a_notification_server_the_tray_and_window_offer_it(
    qtbot: QtBot, library: Library, clock: FakeClock
) -> None:
    now = WallClock(RUN_END + timedelta(minutes=12))
    resident = make_resident(library, clock, FakeNotifier(available=False), now, Settings())
    window = resident.window()
    qtbot.addWidget(window)
    drop_run(qtbot, resident)
    assert window.statusBar().currentMessage().startswith("6.0 km run finished 12 min ago — Cool down now?")
    assert window.home.cool_down_button.text() == "Cool down now — after your 6.0 km run, 12 min ago"
