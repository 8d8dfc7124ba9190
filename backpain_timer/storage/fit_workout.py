"""A routine as a FIT workout file (file_id type workout, a workout message, one workout_step per step).

fit-tool encodes the file (definitions, little-endian records, header and file CRC); it is imported only
when a workout is written, since its profile tables cost a noticeable part of a second to load.
Sport ``training`` with sub-sport ``flexibility_training``, both in the FIT profile, is how a watch files
stretching (not as "strength").
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from backpain_timer.domain.plan import plan
from backpain_timer.domain.workout import Intensity, RepeatStep, Workout, workout
from backpain_timer.storage.atomic import atomic_write_bytes
from backpain_timer.storage.library import Library

FIT_SUFFIX = ".fit"
# FIT's "development" manufacturer with product 0: what the FIT SDK asks tools that are not a device to use.
DEVELOPMENT_MANUFACTURER = 255
# Strings are written in fields at least this long, so one definition serves every step.
MIN_STRING_BYTES = 64


def is_fit_path(path: Path) -> bool:
    return path.suffix.lower() == FIT_SUFFIX


def workout_fit_bytes(
    routine_workout: Workout, *, created: datetime | None = None, serial_number: int | None = None
) -> bytes:
    """The FIT file of ``routine_workout``. ``serial_number`` (random when None) and ``created`` (now) make
    the file's id, which a watch uses to tell workouts apart."""
    from fit_tool.fit_file_builder import FitFileBuilder
    from fit_tool.profile.messages.file_id_message import FileIdMessage
    from fit_tool.profile.messages.workout_message import WorkoutMessage
    from fit_tool.profile.messages.workout_step_message import WorkoutStepMessage
    from fit_tool.profile.profile_type import FileType, Sport, SubSport, WorkoutStepDuration
    from fit_tool.profile.profile_type import Intensity as FitIntensity

    intensities = {
        Intensity.ACTIVE: FitIntensity.ACTIVE,
        Intensity.REST: FitIntensity.REST,
        Intensity.WARMUP: FitIntensity.WARMUP,
    }
    file_id = FileIdMessage()
    file_id.type = FileType.WORKOUT
    file_id.manufacturer = DEVELOPMENT_MANUFACTURER
    file_id.product = 0
    file_id.serial_number = (
        int.from_bytes(os.urandom(4), "little") or 1 if serial_number is None else serial_number
    )
    file_id.time_created = round((created or datetime.now(UTC)).timestamp() * 1000)

    header = WorkoutMessage()
    header.workout_name = routine_workout.name
    header.sport = Sport.TRAINING
    header.sub_sport = SubSport.FLEXIBILITY_TRAINING
    header.num_valid_steps = len(routine_workout.steps)

    messages = []
    for index, step in enumerate(routine_workout.steps):
        message = WorkoutStepMessage()
        message.message_index = index
        if isinstance(step, RepeatStep):
            message.duration_type = WorkoutStepDuration.REPEAT_UNTIL_STEPS_CMPLT
            message.duration_step = step.first_index
            message.target_repeat_steps = step.times
        else:
            message.workout_step_name = step.name
            message.duration_type = WorkoutStepDuration.TIME
            message.duration_time = step.duration_ms / 1000  # the field's scale makes it milliseconds
            message.intensity = intensities[step.intensity]
            if step.notes:
                message.notes = step.notes
        messages.append(message)

    builder = FitFileBuilder(auto_define=True, min_string_size=MIN_STRING_BYTES)
    builder.add(file_id)
    builder.add(header)
    builder.add_all(messages)
    data: bytes = builder.build().to_bytes()
    return data


def export_workout(library: Library, routine_id: str, destination: Path) -> Path:
    """Write the routine as a FIT workout to ``destination`` (atomically).

    Raises UnknownRoutine or RoutineFileError (as the YAML export does), WorkoutError for a routine a
    watch cannot run, or OSError.
    """
    data = workout_fit_bytes(workout(plan(library.load(routine_id))))
    atomic_write_bytes(destination, data)
    return destination
