"""The decisions around a session's pain check-ins, as plain Python the widgets only display.

No Qt here: whether to ask, what the answers mean (``advice_before_session``) and what the session
record gets are all decided by :class:`BeforeSessionFlow`, so each rule has a unit test without a window.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from backpain_timer.domain.advice import Advice, advice_before_session
from backpain_timer.domain.history import PAIN_MAX, check_pain, check_symptoms
from backpain_timer.storage.settings import Settings

# "1" then "0" within this many seconds is 10; later, the "0" is a new answer.
TEN_KEY_WINDOW_SECONDS = 1.5


def should_ask_before(settings: Settings, *, quick_start: bool) -> bool:
    """Ask "how does your back feel" before a session? Every start in the app asks (Cool down now and
    the tray too: right after a run is when the red flags matter); a ``quick_start`` (--start from the
    command line, an editor's "Try it") starts at once unless the user turned the question on there."""
    if not settings.checkin_before:
        return False
    return not quick_start or settings.checkin_before_quick_start


def should_ask_after(settings: Settings) -> bool:
    return settings.checkin_after


class Step(Enum):
    ASK = "ask"  # the check-in is on screen
    ADVISE = "advise"  # an advice panel is on screen
    START = "start"  # start the session (see ``BeforeSessionFlow.outcome``)
    CANCELLED = "cancelled"  # the user went back: start nothing


@dataclass(frozen=True)
class SessionStart:
    """What the session should run and record."""

    routine_id: str
    pain_before: int | None = None
    symptoms: tuple[str, ...] = ()


class BeforeSessionFlow:
    """From "Start" to a started session: ask (maybe), advise (maybe), then start or cancel.

    Each method answers the step to show next; calling one out of turn is a programming error.
    """

    def __init__(self, settings: Settings, routine_id: str, *, quick_start: bool = False) -> None:
        self.routine_id = routine_id
        self.pain_before: int | None = None
        self.symptoms: tuple[str, ...] = ()
        self.advice: Advice | None = None
        self.step = Step.ASK if should_ask_before(settings, quick_start=quick_start) else Step.START

    @property
    def finished(self) -> bool:
        return self.step in (Step.START, Step.CANCELLED)

    def outcome(self) -> SessionStart | None:
        """The session to start once finished; None when the user went back (or not finished yet)."""
        if self.step is not Step.START:
            return None
        return SessionStart(self.routine_id, self.pain_before, self.symptoms)

    def skip(self) -> Step:
        """The question was skipped: nothing is recorded and nothing is advised."""
        self._expect(Step.ASK)
        self.step = Step.START
        return self.step

    def answer(self, pain_before: int | None, symptoms: Iterable[str] = ()) -> Step:
        self._expect(Step.ASK)
        check_pain(pain_before, "pain_before")
        self.pain_before = pain_before
        self.symptoms = check_symptoms(symptoms)
        self.advice = advice_before_session(pain_before, self.symptoms)
        self.step = Step.START if self.advice is None else Step.ADVISE
        return self.step

    def go_on(self) -> Step:
        """Start the chosen routine despite the advice (the user's call)."""
        self._expect(Step.ADVISE)
        self.step = Step.START
        return self.step

    def switch_to(self, routine_id: str) -> Step:
        """Start one of the gentler routines the advice suggested instead."""
        self._expect(Step.ADVISE)
        assert self.advice is not None
        if routine_id not in self.advice.suggested_routines:
            raise ValueError(f"{routine_id!r} is not one of the suggested routines")
        self.routine_id = routine_id
        self.step = Step.START
        return self.step

    def back(self) -> Step:
        self._expect(Step.ADVISE)
        self.step = Step.CANCELLED
        return self.step

    def _expect(self, step: Step) -> None:
        if self.step is not step:
            raise RuntimeError(f"the check-in is at {self.step.value!r}, not {step.value!r}")


class PainKeys:
    """Turns digit keys into a 0–10 answer: "0"–"9" answer at once; "1" then "0" soon after is 10."""

    def __init__(self) -> None:
        self._one_at: float | None = None

    def press(self, digit: int, now: float) -> int:
        if not 0 <= digit <= 9:
            raise ValueError(f"a digit key is 0–9, got {digit}")
        if digit == 0 and self._one_at is not None and now - self._one_at <= TEN_KEY_WINDOW_SECONDS:
            self._one_at = None
            return PAIN_MAX
        self._one_at = now if digit == 1 else None
        return digit


@dataclass(frozen=True)
class AfterAnswer:
    """The check-in after a session, as the session's stored record gets it: the pain, a note, and the
    symptoms ticked (asked when the pain rose; () for none)."""

    pain_after: int | None
    note: str | None = None
    symptoms_after: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        check_pain(self.pain_after, "pain_after")
        object.__setattr__(self, "note", (self.note or "").strip() or None)
        object.__setattr__(self, "symptoms_after", check_symptoms(self.symptoms_after, "symptoms_after"))


class CheckinPairing:
    """Matches the after-session answer with the id of the stored record, whichever comes first.

    The record is written off the GUI thread, so the user may answer before its id is known (and the
    id may never come when the save fails). ``ready`` gives (record_id, answer) once, when both are there.
    """

    def __init__(self) -> None:
        self._record_id: int | None = None
        self._answer: AfterAnswer | None = None

    def record_written(self, record_id: int) -> tuple[int, AfterAnswer] | None:
        self._record_id = record_id
        return self._take()

    def answered(self, answer: AfterAnswer) -> tuple[int, AfterAnswer] | None:
        self._answer = answer
        return self._take()

    def _take(self) -> tuple[int, AfterAnswer] | None:
        if self._record_id is None or self._answer is None:
            return None
        ready = (self._record_id, self._answer)
        self._answer = None  # one update per answer; a corrected answer makes a new one
        return ready
