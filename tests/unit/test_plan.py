from backpain_timer.domain.plan import Segment, SegmentKind, plan
from backpain_timer.domain.routine import Exercise, Routine, Sides, Step
from backpain_timer.domain.segment_words import sides_words, where_words

CHILD = Exercise(name="Child's pose", id="childs-pose", hold=45.0)
ROTATION = Exercise(name="Thoracic rotation", id="thoracic-rotation", sides=Sides.BOTH, hold=30.0)
INLINE = Exercise(name="Wall slide")


def kinds(routine: Routine) -> list[tuple[str, float]]:
    return [(s.kind.value, s.duration) for s in plan(routine).segments]


def test_prepare_holds_switches_and_rests_in_order() -> None:
    routine = Routine(
        id="r",
        name="R",
        prepare=10,
        rest=15,
        switch=5,
        steps=(Step(ROTATION, reps=2), Step(CHILD)),
    )
    assert kinds(routine) == [
        ("prepare", 10),
        ("hold", 30),
        ("switch", 5),
        ("hold", 30),
        ("switch", 5),
        ("hold", 30),
        ("switch", 5),
        ("hold", 30),
        ("rest", 15),
        ("hold", 45),
    ]
    timeline = plan(routine)
    assert timeline.total_seconds == 10 + 4 * 30 + 3 * 5 + 15 + 45
    starts = [s.start for s in timeline.segments]
    assert starts == [sum(s.duration for s in timeline.segments[:i]) for i in range(len(starts))]


def test_sides_and_reps_are_labelled_one_based() -> None:
    timeline = plan(Routine(id="r", name="R", steps=(Step(ROTATION, reps=2),)))
    holds = [(s.step, s.rep, s.side) for s in timeline.holds]
    assert holds == [(1, 1, "left"), (1, 1, "right"), (1, 2, "left"), (1, 2, "right")]


def test_pauses_describe_the_hold_that_comes_next() -> None:
    routine = Routine(id="r", name="R", steps=(Step(CHILD), Step(ROTATION)))
    segments = plan(routine).segments
    prepare, rest = segments[0], segments[2]
    assert (prepare.kind, prepare.exercise, prepare.step, prepare.side) == (
        SegmentKind.PREPARE,
        "childs-pose",
        1,
        None,
    )
    assert (rest.kind, rest.exercise, rest.step, rest.side, rest.rep) == (
        SegmentKind.REST,
        "thoracic-rotation",
        2,
        "left",
        1,
    )
    switch = segments[4]
    assert (switch.kind, switch.side) == (SegmentKind.SWITCH, "right")


def test_zero_prepare_rest_and_switch_leave_only_holds() -> None:
    routine = Routine(id="r", name="R", prepare=0, rest=0, switch=0, steps=(Step(ROTATION), Step(CHILD)))
    assert kinds(routine) == [("hold", 30), ("hold", 30), ("hold", 45)]


def test_no_rest_after_the_last_step_and_step_overrides_win() -> None:
    routine = Routine(
        id="r",
        name="R",
        prepare=0,
        rest=15,
        switch=5,
        steps=(Step(ROTATION, rest=20, switch=3), Step(CHILD, rest=99)),
    )
    assert kinds(routine) == [("hold", 30), ("switch", 3), ("hold", 30), ("rest", 20), ("hold", 45)]


def test_defaults_and_inline_exercises() -> None:
    routine = Routine(
        id="r", name="R", steps=(Step(INLINE, hold=20, sides=Sides.RIGHT), Step(CHILD, hold=60))
    )
    timeline = plan(routine)
    assert kinds(routine) == [("prepare", 10), ("hold", 20), ("rest", 15), ("hold", 60)]
    assert timeline.holds[0].exercise is None
    assert timeline.holds[0].name == "Wall slide"
    assert timeline.holds[0].side == "right"
    assert timeline.to_json()["segments"][1] == {
        "kind": "hold",
        "start": 10.0,
        "duration": 20,
        "step": 1,
        "exercise": None,
        "name": "Wall slide",
        "side": "right",
        "rep": 1,
    }


def test_left_only_step_has_no_switch() -> None:
    routine = Routine(id="r", name="R", prepare=0, steps=(Step(ROTATION, sides=Sides.LEFT, reps=2),))
    assert kinds(routine) == [("hold", 30), ("switch", 5), ("hold", 30)]
    assert [s.side for s in plan(routine).holds] == ["left", "left"]


def test_each_segment_says_which_side_and_rep_and_which_hold_comes_next() -> None:
    routine = Routine(
        id="r", name="R", prepare=10, rest=15, switch=5, steps=(Step(ROTATION), Step(CHILD, reps=2))
    )
    timeline = plan(routine)

    def next_hold_index(segment: Segment) -> int | None:
        hold = timeline.next_hold(segment)
        return None if hold is None else hold.index

    assert [(s.kind.value, where_words(s), next_hold_index(s)) for s in timeline.segments] == [
        ("prepare", ("starting on the LEFT side",), 1),
        ("hold", ("LEFT side",), 1),
        ("switch", ("to the RIGHT side",), 3),
        ("hold", ("RIGHT side",), 3),
        ("rest", ("rep 1 of 2",), 5),
        ("hold", ("rep 1 of 2",), 5),
        ("switch", ("rep 2 of 2",), 7),
        ("hold", ("rep 2 of 2",), 7),
    ]


def test_only_a_switch_to_the_other_side_switches_sides() -> None:
    steps = (Step(ROTATION), Step(CHILD, reps=2), Step(ROTATION, sides=Sides.LEFT, reps=2))
    timeline = plan(Routine(id="r", name="R", prepare=10, rest=15, switch=5, steps=steps))
    switches = [s for s in timeline.segments if s.kind is SegmentKind.SWITCH]
    assert [(s.side, timeline.switches_sides(s)) for s in switches] == [
        ("right", True),
        (None, False),  # between reps of a sideless exercise
        ("left", False),  # between reps on the same side
    ]
    assert not any(timeline.switches_sides(s) for s in timeline.segments if s.kind is not SegmentKind.SWITCH)


def test_sides_have_one_wording() -> None:
    assert [sides_words(sides) for sides in Sides] == ["", "left and right", "left side", "right side"]
