"""The ids of the routines that come with the app, in the library's order."""

PRESET_IDS = (
    "pre-run-warm-up",
    "post-run-cool-down",
    "upper-back-relief",
    "posture-and-core",
    "desk-break",
    "breathing-reset",
)
