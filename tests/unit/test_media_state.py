"""What a desktop media widget is told about the session: status, words, lengths, and when it changes."""

from backpain_timer.domain.media_state import (
    NO_TRACK,
    MediaState,
    jumped,
    media_state,
)
from backpain_timer.domain.plan import plan
from backpain_timer.domain.routine import Exercise, Routine, Sides, Step
from backpain_timer.domain.segment_words import segment_words
from backpain_timer.domain.session import SessionEngine
from tests.helpers.fake_clock import FakeClock

CHILD = Exercise(name="Child's pose", id="childs-pose", hold=30.0, image="/pictures/childs-pose.svg")
ROTATION = Exercise(name="Seated thoracic rotation", id="thoracic-rotation", sides=Sides.BOTH, hold=20.0)
ROUTINE = Routine(
    id="r", name="Morning back", prepare=5, rest=10, switch=4, steps=(Step(ROTATION), Step(CHILD))
)


def running() -> tuple[SessionEngine, FakeClock]:
    clock = FakeClock()
    engine = SessionEngine(plan(ROUTINE), clock)
    engine.start()
    return engine, clock


def test_no_session_is_stopped_with_no_track_and_play_only_when_a_routine_can_start() -> None:
    assert media_state(None, can_start=True) == MediaState(can_play=True)
    idle = media_state(None, can_start=False)
    assert (idle.status, idle.metadata, idle.can_play, idle.can_pause, idle.can_go_next) == (
        "Stopped",
        {"mpris:trackid": NO_TRACK},
        False,
        False,
        False,
    )


def test_a_hold_names_the_exercise_routine_and_length_with_the_one_words_function() -> None:
    engine, clock = running()
    clock.advance(5)
    engine.tick()  # the first hold, left side
    clock.advance(2.5)
    state = media_state(engine, can_start=False, art_url="file:///cache/rotation.png")
    segment = engine.current_segment
    assert segment is not None
    assert state.status == "Playing"
    assert state.metadata == {
        "mpris:trackid": f"/org/backpain_timer/segment/{segment.index}",
        "mpris:length": 20_000_000,
        "xesam:title": segment_words(engine.plan, segment).title,
        "xesam:artist": ["Morning back"],
        "xesam:album": "Backpain Timer",
        "mpris:artUrl": "file:///cache/rotation.png",
    }
    assert state.metadata["xesam:title"] == "Hold · Seated thoracic rotation"
    assert state.position_us == 2_500_000
    assert (state.can_play, state.can_pause, state.can_go_next, state.can_go_previous) == (True,) * 4


def test_switch_and_rest_titles_say_what_to_do_now() -> None:
    engine, _clock = running()
    titles = []
    for _ in range(4):  # prepare, hold L, switch, hold R → rest
        engine.skip()
        titles.append(media_state(engine, can_start=False).metadata["xesam:title"])
    assert titles == [
        "Hold · Seated thoracic rotation",
        "Switch sides · Seated thoracic rotation",
        "Hold · Seated thoracic rotation",
        "Rest · next: Child's pose",
    ]


def test_pause_changes_only_the_status_and_the_clock_alone_changes_nothing() -> None:
    engine, clock = running()
    before = media_state(engine, can_start=False)
    clock.advance(1.0)
    later = media_state(engine, can_start=False)
    assert later.position_us == 1_000_000
    assert later.changed_since(before) == {}  # no PropertiesChanged every second
    engine.pause()
    assert media_state(engine, can_start=False).changed_since(later) == {"PlaybackStatus": "Paused"}
    engine.resume()
    assert media_state(engine, can_start=False).changed_since(later) == {}


def test_a_new_segment_changes_the_metadata() -> None:
    engine, clock = running()
    before = media_state(engine, can_start=False)
    clock.advance(5)
    engine.tick()
    changed = media_state(engine, can_start=False).changed_since(before)
    assert list(changed) == ["Metadata"]


def test_a_stopped_or_finished_session_is_stopped() -> None:
    engine, _clock = running()
    engine.stop()
    assert media_state(engine, can_start=True) == MediaState(can_play=True)


def test_skips_and_steps_back_are_jumps_and_time_running_on_is_not() -> None:
    engine, clock = running()
    clock.advance(5)
    assert not jumped(engine.tick(), 0)  # prepare ran out: the hold began on time
    assert jumped(engine.skip(), 1)
    clock.advance(3)
    assert jumped(engine.previous(), 2)  # back to the hold before
    assert not jumped([], 1)
