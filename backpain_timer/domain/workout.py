"""A plan as the steps of a watch workout: short names, whole milliseconds, repeats when steps run out.

Pure data; storage/fit_workout.py writes it as a FIT file. Watches take few steps per workout: Garmin's
Forerunner, fenix, Venu and Edge families (and Garmin Connect's workout editor) accept at most 50, counting
the repeat steps. A routine whose flat list of segments is longer repeats the holds of a step
("repeat until steps complete") instead of listing every rep and side.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from backpain_timer.domain.plan import Plan, Segment, SegmentKind

MAX_WATCH_STEPS = 50
# One line of a Forerunner-size round screen; the FIT profile itself sets no limit.
MAX_STEP_NAME_LENGTH = 16
MAX_NOTES_LENGTH = 100  # Garmin Connect's limit for a step's notes is longer; a watch shows a few lines
# Words that say where the body is rather than what it does: the first to go when a name is too long.
MIN_CUT_LETTERS = 3
POSITION_WORDS = frozenset({"seated", "standing", "prone", "supine", "kneeling", "lying"})
SIDE_LETTERS = {"left": "L", "right": "R"}
PAUSE_NAMES = {SegmentKind.PREPARE: "Get ready", SegmentKind.SWITCH: "Switch sides", SegmentKind.REST: "Rest"}
NEXT_REP = "Next rep"  # a switch between two reps of a one-sided hold


class Intensity(StrEnum):
    """The FIT intensity of a step."""

    ACTIVE = "active"
    REST = "rest"
    WARMUP = "warmup"


INTENSITIES = {
    SegmentKind.HOLD: Intensity.ACTIVE,
    SegmentKind.SWITCH: Intensity.REST,
    SegmentKind.REST: Intensity.REST,
    SegmentKind.PREPARE: Intensity.WARMUP,
}


class WorkoutError(ValueError):
    """A routine a watch workout cannot express; str() says what and why."""


@dataclass(frozen=True)
class TimedStep:
    name: str
    intensity: Intensity
    duration_ms: int
    notes: str = ""


@dataclass(frozen=True)
class RepeatStep:
    """Run the steps from ``first_index`` (0-based, in the workout) to the one before this ``times`` times."""

    first_index: int
    times: int


WorkoutStep = TimedStep | RepeatStep


@dataclass(frozen=True)
class Workout:
    name: str
    steps: tuple[WorkoutStep, ...]

    def timeline(self) -> list[TimedStep]:
        """The steps as a watch runs them, repeats unrolled."""
        done: list[TimedStep] = []
        ran_from: list[int] = []  # for each step in the file, where its first run starts in ``done``
        for step in self.steps:
            ran_from.append(len(done))
            if isinstance(step, RepeatStep):
                body = done[ran_from[step.first_index] :]
                done.extend(body * (step.times - 1))
            else:
                done.append(step)
        return done


def short_name(name: str, limit: int = MAX_STEP_NAME_LENGTH, suffix: str = "") -> str:
    """``name`` (plus `` suffix``) in at most ``limit`` characters: "Seated thoracic rotation", "L" →
    "Thoracic rota. L". Position words go first; then words are cut, from the last, to what fits (at least
    three letters and a full stop)."""
    tail = f" {suffix}" if suffix else ""
    words = name.split()

    def excess() -> int:
        return len(" ".join(words) + tail) - limit

    while excess() > 0 and len(words) > 1 and words[0].lower() in POSITION_WORDS:
        words = [words[1][:1].upper() + words[1][1:], *words[2:]]
    for index in reversed(range(len(words))):
        if excess() <= 0:
            break
        word = words[index]
        keep = max(len(word) - excess() - 1, MIN_CUT_LETTERS)
        if keep < len(word) - 1:
            words[index] = word[:keep] + "."
    shortened = " ".join(words) + tail
    if len(shortened) > limit:
        shortened = " ".join(words)[: max(limit - len(tail) - 1, 1)].rstrip() + "…" + tail
    return shortened


def _milliseconds(segment: Segment) -> int:
    milliseconds = round(segment.duration * 1000)
    if milliseconds <= 0 or abs(segment.duration * 1000 - milliseconds) > 1e-6:
        raise WorkoutError(
            f"segment {segment.index + 1} ({segment.kind.value} of '{segment.name}') lasts "
            f"{segment.duration:g} s, which is not a whole number of milliseconds"
        )
    return milliseconds


def _step_name(segment: Segment, reps_in_step: int) -> str:
    if segment.kind is SegmentKind.HOLD:
        return short_name(segment.name, suffix=SIDE_LETTERS.get(segment.side or "", ""))
    if segment.kind is SegmentKind.SWITCH and segment.side is None:
        return NEXT_REP if reps_in_step > 1 else PAUSE_NAMES[SegmentKind.SWITCH]
    return PAUSE_NAMES[segment.kind]


def _notes(plan: Plan, segment: Segment) -> str:
    cues = plan.routine.steps[segment.step - 1].exercise.cues
    cue = cues[0] if cues else ""
    if segment.kind is not SegmentKind.HOLD:
        cue = f"Next: {segment.name}. {cue}".strip()
    return cue if len(cue) <= MAX_NOTES_LENGTH else cue[: MAX_NOTES_LENGTH - 1].rstrip() + "…"


def timed_step(plan: Plan, segment: Segment) -> TimedStep:
    reps = plan.routine.steps[segment.step - 1].reps
    return TimedStep(
        _step_name(segment, reps), INTENSITIES[segment.kind], _milliseconds(segment), _notes(plan, segment)
    )


def _trailing_repeat(run: list[TimedStep]) -> tuple[int, int]:
    """The body length and count of the longest-saving repetition at the end of ``run``; (0, 0) if none."""
    best, best_saving = (0, 0), 0
    for period in range(1, len(run) // 2 + 1):
        body = run[len(run) - period :]
        times = 1
        while (times + 1) * period <= len(run) and run[len(run) - (times + 1) * period :][:period] == body:
            times += 1
        saving = period * (times - 1) - 1  # the repeat step itself is one more step
        if times > 1 and saving > best_saving:
            best, best_saving = (period, times), saving
    return best


def _groups(plan: Plan) -> list[list[TimedStep]]:
    """The timed steps grouped as they may repeat: each step's holds and switches together, any
    get-ready or rest alone."""
    groups: list[list[TimedStep]] = []
    current_step = 0
    for segment in plan.segments:
        step = timed_step(plan, segment)
        if segment.kind in (SegmentKind.HOLD, SegmentKind.SWITCH) and segment.step == current_step:
            groups[-1].append(step)
        else:
            groups.append([step])
            current_step = segment.step if segment.kind is SegmentKind.HOLD else 0
    return groups


def workout(plan: Plan, max_steps: int = MAX_WATCH_STEPS) -> Workout:
    """The watch workout of ``plan``: one step per segment, or with repeat steps when that is too many.

    Raises WorkoutError when the plan is empty, a length is not whole milliseconds, or even with repeats
    the workout needs more than ``max_steps`` steps.
    """
    if not plan.segments:
        raise WorkoutError(f"routine '{plan.routine.id}' has no steps to put on a watch")
    groups = _groups(plan)
    flat = [step for group in groups for step in group]
    if len(flat) <= max_steps:
        return Workout(plan.routine.name, tuple(flat))
    steps: list[WorkoutStep] = []
    for group in groups:
        period, times = _trailing_repeat(group)
        if times < 2:
            steps.extend(group)
            continue
        head = group[: len(group) - period * times]
        steps.extend(head)
        first = len(steps)
        steps.extend(group[len(group) - period :])
        steps.append(RepeatStep(first, times))
    if len(steps) > max_steps:
        raise WorkoutError(
            f"routine '{plan.routine.id}' needs {len(steps)} watch steps even with repeats; "
            f"watches take at most {max_steps}. Split it into shorter routines."
        )
    return Workout(plan.routine.name, tuple(steps))
