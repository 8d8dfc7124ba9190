"""The page between "Start" and the session: the check-in, then advice when the answers call for it."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from backpain_timer.ui.checkin.advice_panel import AdvicePanel
from backpain_timer.ui.checkin.flow import BeforeSessionFlow, Step
from backpain_timer.ui.checkin.questions import CheckinPanel
from backpain_timer.ui.page_stack import PageStack


class BeforeSessionView(PageStack):
    """Runs a :class:`BeforeSessionFlow` that still has a question to ask.

    ``finished(SessionStart | None)`` follows: the session to start (maybe a gentler routine than the
    one chosen), or None when the user went back.
    """

    finished = Signal(object)

    def __init__(
        self,
        routine_names: Mapping[str, str] | None = None,
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.flow: BeforeSessionFlow | None = None
        self.routine_name = ""
        self.checkin = CheckinPanel(clock)
        self.advice_panel = AdvicePanel(routine_names)
        self.addWidget(self.checkin)
        self.addWidget(self.advice_panel)
        self.checkin.answered.connect(
            lambda pain, symptoms: self._act(Step.ASK, lambda flow: flow.answer(pain, symptoms))
        )
        self.checkin.skipped.connect(lambda: self._act(Step.ASK, BeforeSessionFlow.skip))
        self.advice_panel.go_on.connect(lambda: self._act(Step.ADVISE, BeforeSessionFlow.go_on))
        self.advice_panel.back.connect(lambda: self._act(Step.ADVISE, BeforeSessionFlow.back))
        self.advice_panel.routine_chosen.connect(
            lambda chosen: self._act(Step.ADVISE, lambda flow: flow.switch_to(chosen))
        )

    def begin(self, flow: BeforeSessionFlow, routine_name: str) -> None:
        if flow.step is not Step.ASK:
            raise ValueError("the flow has nothing to ask; start the session directly")
        self.flow = flow
        self.routine_name = routine_name
        self.checkin.reset(routine_name)
        self.setCurrentWidget(self.checkin)

    def _act(self, expected: Step, action: Callable[[BeforeSessionFlow], Step]) -> None:
        flow = self.flow
        if flow is None or flow.step is not expected:
            return  # a late key press or click on a page that is already done
        step = action(flow)
        if step is Step.ADVISE:
            assert flow.advice is not None
            self.advice_panel.show_advice(flow.advice, self.routine_name)
            self.setCurrentWidget(self.advice_panel)
            self.advice_panel.setFocus()
        elif flow.finished:
            self.flow = None  # a second key press must not start a second session
            self.finished.emit(flow.outcome())
