"""Send to watch from the routine menu: onto a plugged-in watch, or saved as a file when there is none."""

from __future__ import annotations

from pathlib import Path

import pytest

from backpain_timer.ui.editor import dialogs
from backpain_timer.ui.home import send_to_watch
from backpain_timer.ui.main_window import MainWindow
from tests.helpers.fit_reading import decode_workout

ROUTINE_ID = "post-run-cool-down"


def files_under(folder: Path) -> list[str]:
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*"))


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(send_to_watch, "tell", lambda parent, title, text: said.append(text))
    monkeypatch.setattr(dialogs, "show_error", lambda *args: pytest.fail(f"unexpected error {args}"))
    return said


@pytest.fixture
def media(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "media"
    root.mkdir()
    monkeypatch.setattr(send_to_watch, "watch_roots", lambda: [root])
    return root


def test_the_workout_lands_in_the_watchs_new_files(
    window: MainWindow, media: Path, data_dir: Path, told: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    new_files = media / "FR255" / "GARMIN" / "NewFiles"
    new_files.mkdir(parents=True)
    (new_files / f"{ROUTINE_ID}.fit").write_bytes(b"another workout")
    data_before = files_under(data_dir)
    monkeypatch.setattr(send_to_watch, "choose_workout_file", lambda *args: pytest.fail("asked for a file"))

    window.home.select(ROUTINE_ID)
    window.routine_actions.watch_action.trigger()

    assert files_under(media) == [
        "FR255",
        "FR255/GARMIN",
        "FR255/GARMIN/NewFiles",
        f"FR255/GARMIN/NewFiles/{ROUTINE_ID}-2.fit",
        f"FR255/GARMIN/NewFiles/{ROUTINE_ID}.fit",
    ]
    assert (new_files / f"{ROUTINE_ID}.fit").read_bytes() == b"another workout"
    decoded = decode_workout((new_files / f"{ROUTINE_ID}-2.fit").read_bytes())
    assert decoded.workout["wkt_name"] == "Post-run cool-down"
    assert files_under(data_dir) == data_before
    assert told == ["Eject the watch; you'll find “Post-run cool-down” under Training → Workouts."]
    assert (
        window.statusBar().currentMessage() == f"Sent “Post-run cool-down” to the watch ({ROUTINE_ID}-2.fit)."
    )


def test_with_no_watch_it_says_so_and_offers_to_save(
    window: MainWindow, media: Path, tmp_path: Path, told: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (media / "USB-STICK" / "DCIM").mkdir(parents=True)
    asked: list[str] = []

    def confirm(parent: object, title: str, text: str, action: str) -> bool:
        asked.append(f"{text} [{action}]")
        return True

    out = tmp_path / "saved.fit"
    monkeypatch.setattr(dialogs, "confirm", confirm)
    monkeypatch.setattr(send_to_watch, "choose_workout_file", lambda parent, suggested: out)

    window.home.select(ROUTINE_ID)
    window.routine_actions.watch_action.trigger()

    assert asked == [f"{send_to_watch.NO_WATCH} [Save as file…]"]
    assert decode_workout(out.read_bytes()).workout["wkt_name"] == "Post-run cool-down"
    assert files_under(media) == ["USB-STICK", "USB-STICK/DCIM"]
    assert told == []
    assert window.statusBar().currentMessage() == f"Saved the watch workout to {out}."


def test_declining_to_save_writes_nothing(
    window: MainWindow, media: Path, tmp_path: Path, told: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "confirm", lambda *args: False)
    monkeypatch.setattr(send_to_watch, "choose_workout_file", lambda *args: pytest.fail("asked for a file"))
    before = files_under(tmp_path)
    window.home.select(ROUTINE_ID)
    window.routine_actions.watch_action.trigger()
    assert files_under(tmp_path) == before
