"""A routine as the home screen's detail pane shows it, from the listing index (no routine file read)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from backpain_timer.domain.durations import format_clock
from backpain_timer.domain.routine import equipment_sentence, who_should_adapt
from backpain_timer.domain.segment_words import sides_words
from backpain_timer.storage.routine_index import RoutineInfo, StepOutline
from backpain_timer.ui.theme import current_colors
from backpain_timer.ui.translations import Counts


def _step_html(number: int, step: StepOutline, muted: str) -> str:
    details = [format_clock(step.hold_seconds)]
    sides = sides_words(step.sides)
    if sides:
        details.append(sides)
    if step.reps > 1:
        details.append(Counts().reps(step.reps))
    note = f"<br><i>{html.escape(step.note)}</i>" if step.note else ""
    return (
        f"<tr><td style='padding:4px 8px 4px 0; color:{muted}'>{number}.</td>"
        f"<td style='padding:4px 0'><b>{html.escape(step.name)}</b><br>"
        f"<span style='color:{muted}'>{html.escape(' · '.join(details))}</span>{note}</td></tr>"
    )


def routine_html(routine: RoutineInfo) -> str:
    description = f"<p>{html.escape(routine.description)}</p>" if routine.description else ""
    muted = current_colors().muted  # read when shown: the theme may have changed since start-up
    outline = routine.outline
    rows = "".join(_step_html(number, step, muted) for number, step in enumerate(outline, start=1))
    needed = equipment_sentence(item for step in outline for item in step.equipment)
    equipment = f"<p><b>{html.escape(needed)}</b></p>" if needed else ""
    adapt = "".join(
        f"<li>{html.escape(sentence)} <span style='color:{muted}'>({html.escape(', '.join(names))})</span></li>"
        for sentence, names in who_should_adapt((step.name, step.avoid_if) for step in outline)
    )
    skip = html.escape(QCoreApplication.translate("RoutineHtml", "Skip or adapt a step if:"))
    adapt_html = f"<p><b>{skip}</b></p><ul>{adapt}</ul>" if adapt else ""
    return f"{description}{equipment}<table>{rows}</table>{adapt_html}"
