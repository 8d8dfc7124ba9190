"""The words for each segment: the screen, the voice, the media player and notifications say the same."""

from backpain_timer.domain.cue_speech import spoken_text
from backpain_timer.domain.plan import Plan, SegmentKind, plan
from backpain_timer.domain.routine import Exercise, Routine, Sides, Step
from backpain_timer.domain.segment_words import SegmentWords, phase_word, segment_words

CHILD = Exercise(name="Child's pose", id="childs-pose", hold=45.0)
ROTATION = Exercise(name="Seated thoracic rotation", id="thoracic-rotation", sides=Sides.BOTH, hold=30.0)
SQUEEZE = Exercise(name="Shoulder blade squeeze", id="blade-squeeze", hold=5.0)
CAT_COW = Exercise(name="Cat–cow", id="cat-cow", hold=40.0)


def timeline() -> Plan:
    steps = (Step(ROTATION), Step(SQUEEZE, reps=3), Step(CAT_COW))
    return plan(Routine(id="r", name="R", prepare=10, rest=15, switch=5, steps=steps))


def words_of(kind: SegmentKind) -> list[SegmentWords]:
    whole = timeline()
    return [segment_words(whole, s) for s in whole.segments if s.kind is kind]


def test_a_switch_to_the_other_side_says_switch_sides() -> None:
    first_switch = words_of(SegmentKind.SWITCH)[0]
    assert first_switch == SegmentWords(
        phase="Switch sides",
        name="Seated thoracic rotation",
        next="Next: Seated thoracic rotation (right)",
        title="Switch sides · Seated thoracic rotation",
    )


def test_between_reps_without_sides_it_is_a_rest_and_names_the_next_rep() -> None:
    between_reps = words_of(SegmentKind.SWITCH)[1:]
    assert [(w.phase, w.next, w.title) for w in between_reps] == [
        ("Rest", "Next: rep 2 of 3", "Rest · next: rep 2 of 3"),
        ("Rest", "Next: rep 3 of 3", "Rest · next: rep 3 of 3"),
    ]


def test_a_rest_between_steps_names_what_comes_next() -> None:
    last_rest = words_of(SegmentKind.REST)[-1]
    assert (last_rest.phase, last_rest.next, last_rest.title) == (
        "Rest",
        "Next: Cat–cow",
        "Rest · next: Cat–cow",
    )


def test_a_hold_names_the_exercise_and_nothing_after_it() -> None:
    hold = words_of(SegmentKind.HOLD)[-1]
    assert (hold.phase, hold.next, hold.title) == ("Hold", "", "Hold · Cat–cow")


def test_get_ready_names_the_first_hold() -> None:
    (ready,) = words_of(SegmentKind.PREPARE)
    assert ready.title == "Get ready · Seated thoracic rotation"
    assert ready.next == "Next: Seated thoracic rotation (left)"


def test_the_phase_word_is_the_same_as_the_words_phase() -> None:
    whole = timeline()
    assert [phase_word(whole, s) for s in whole.segments] == [
        segment_words(whole, s).phase for s in whole.segments
    ]


def test_the_voice_says_the_screens_words_for_every_switch() -> None:
    """The spoken cue for a switch begins with the screen's phase word; a rest names the same next rep."""
    whole = timeline()
    said = [
        (segment_words(whole, s), spoken_text(s, whole))
        for s in whole.segments
        if s.kind is SegmentKind.SWITCH
    ]
    assert [spoken for _, spoken in said] == [
        "Switch sides",
        "Rest, 5 seconds. Next: rep 2 of 3",
        "Rest, 5 seconds. Next: rep 3 of 3",
    ]
    assert all(spoken.startswith(words.phase) for words, spoken in said)
