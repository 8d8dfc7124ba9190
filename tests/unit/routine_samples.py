"""A small fixed exercise library and sample routine texts shared by the routine-file tests.

The tests use this library rather than the built-in one so that editing routines/exercises.yaml never
moves an expected line:col or a did-you-mean.
"""

from __future__ import annotations

import textwrap
from types import MappingProxyType

from backpain_timer.domain.routine import Exercise, Sides

LIBRARY = MappingProxyType(
    {
        "cat-cow": Exercise(name="Cat–cow", id="cat-cow", hold=40.0),
        "childs-pose": Exercise(name="Child's pose", id="childs-pose", sides=Sides.NONE, hold=45.0),
        "thoracic-rotation": Exercise(name="Thoracic rotation", id="thoracic-rotation", sides=Sides.BOTH),
        "plank": Exercise(name="Plank", id="plank"),
    }
)

# The example of the format's documentation, as a user would write it.
FULL_EXAMPLE = """\
version: 1                      # optional; if present it must be 1
name: Post-run cool-down
description: Slow static holds after a run.
tags: [cool-down, post-run, upper-back]
prepare: 10s
rest: 15s
switch: 5s
steps:
  - exercise: childs-pose
    hold: 45s
    reps: 2
    sides: both
    rest: 20s
    switch: 3s
    note: Breathe into your back
    breathe: {inhale: 4s, exhale: 6s}
"""

INLINE_EXAMPLE = """\
name: Doorway stretch at work
steps:
  - exercise:
      name: Doorway chest stretch
      summary: Open the chest in a door frame.
      instructions: [Stand in a doorway., Lean forward gently.]
      cues: [Keep your ribs down.]
      caution: Stop if your hands tingle.
      targets: [chest, front shoulders]
      sides: left
      hold: 30s
    reps: 3
  - exercise: thoracic-rotation
    hold: 1m30s
"""

MINIMAL_EXAMPLE = """\
name: One stretch
steps:
  - exercise: childs-pose
"""

# Texts YAML could take for other things, unusual characters and edge values, all valid.
TRICKY_TEXTS = textwrap.dedent(
    """\
    name: "yes: no # not a comment"
    description: "  leading spaces, a 'quote', a \\"double\\" one,\\na new line and a tab\\t."
    tags: ["123", "null", "- dash", "~"]
    prepare: 0
    rest: 2.5
    switch: 10m
    steps:
      - exercise: {name: "Ünïcødé – stretch 🙂", instructions: ["true", "1:30"], hold: 1h}
        note: "on"
      - exercise: plank
        hold: 1h
        reps: 50
        sides: right
        rest: 0s
        switch: 0.25
        breathe: {inhale: 0.5, exhale: 60}
    """
)
