"""FIT workouts read back with fitdecode, an independent decoder (the app writes them with fit-tool)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

import fitdecode


@dataclass(frozen=True)
class DecodedWorkout:
    file_id: dict[str, Any]
    workout: dict[str, Any]
    steps: list[dict[str, Any]]

    def timeline(self) -> list[tuple[str, str, int]]:
        """(name, intensity, milliseconds) of each step as a watch runs it, repeat steps unrolled."""
        done: list[tuple[str, str, int]] = []
        first_run: list[int] = []
        for step in self.steps:
            first_run.append(len(done))
            if step["duration_type"] == "repeat_until_steps_cmplt":
                body = done[first_run[step["duration_step"]] :]
                done.extend(body * (step["repeat_steps"] - 1))
            else:
                assert step["duration_type"] == "time"
                done.append((step["wkt_step_name"], step["intensity"], round(step["duration_time"] * 1000)))
        return done


def decode_workout(data: bytes) -> DecodedWorkout:
    """Every data message of a FIT workout; raises when the file's CRC (or a header's) is wrong."""
    messages: dict[str, list[dict[str, Any]]] = {}
    with fitdecode.FitReader(io.BytesIO(data), check_crc=fitdecode.CrcCheck.RAISE) as reader:
        for frame in reader:
            if isinstance(frame, fitdecode.FitDataMessage):
                fields = {field.name: field.value for field in frame.fields}
                messages.setdefault(frame.name, []).append(fields)
    (file_id,) = messages["file_id"]
    (workout,) = messages["workout"]
    return DecodedWorkout(file_id, workout, messages["workout_step"])
