"""Read the activities in a watch file: FIT (fitdecode), GPX (gpxpy) and TCX (ElementTree).

Files come from anywhere (a mounted watch, a synced folder, a download), so every read is defensive: a
size limit before anything is read, CRC checks on FIT, XML parsed by defusedxml first (no DTD, so no
entity bombs and no external entities), and every failure becomes a :class:`RunFileError` whose text is
``PATH: error: what`` and never quotes the file's content. Files are only ever opened for reading.

The parsers are imported when a file of their kind is read, so commands that read no file stay fast.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from backpain_timer.domain.runs import Activity

RUN_FILE_SUFFIXES = (".fit", ".gpx", ".tcx")
# A ten-hour ultra with a point every second is about 4 MB of FIT or 15 MB of GPX; anything far bigger is
# not a run and would take long to read.
MAX_FILE_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class FileStamp:
    """A file as it was seen: a changed size or modification time means it is to be read again."""

    path: str
    size: int
    mtime_ns: int


class RunFileError(Exception):
    """A file that cannot be read as an activity; ``str()`` is ``PATH: error: message``."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(f"{path}: error: {message}")
        self.path = path
        self.message = message


def read_activities(path: Path) -> list[Activity]:
    """Every activity the file records (a multisport FIT has one per leg), whatever the sport.

    Raises RunFileError for a file that is missing, too big, not a FIT/GPX/TCX file, or damaged.
    """
    if path.is_dir():
        raise RunFileError(path, "is a folder, not a file")
    suffix = path.suffix.lower()
    if suffix not in RUN_FILE_SUFFIXES:
        raise RunFileError(path, "not a FIT, GPX or TCX file (the name must end in .fit, .gpx or .tcx)")
    data = _read_bytes(path)
    if not data.strip():
        raise RunFileError(path, "the file is empty")
    if suffix == ".fit":
        activities = _fit_activities(path, data)
    else:
        from backpain_timer.storage.run_xml import gpx_activities, tcx_activities

        reader = gpx_activities if suffix == ".gpx" else tcx_activities
        try:
            activities = reader(data)
        except ValueError as error:
            raise RunFileError(path, str(error)) from None
    if not activities:
        raise RunFileError(path, "the file records no activity")
    return activities


def _read_bytes(path: Path) -> bytes:
    try:
        # O_NONBLOCK: a FIFO named like a run file must not hang us; the fstat below then turns it away.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except IsADirectoryError:
        raise RunFileError(path, "is a folder, not a file") from None
    except OSError as error:
        raise RunFileError(path, f"cannot read: {error.strerror or error}") from None
    with os.fdopen(descriptor, "rb") as stream:
        info = os.fstat(stream.fileno())
        if stat.S_ISDIR(info.st_mode):
            raise RunFileError(path, "is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise RunFileError(path, "is not a regular file")
        if info.st_size > MAX_FILE_BYTES:
            raise RunFileError(
                path,
                f"too large for a run file ({info.st_size / 2**20:.0f} MiB; "
                f"the limit is {MAX_FILE_BYTES / 2**20:.0f} MiB)",
            )
        try:
            return stream.read(MAX_FILE_BYTES + 1)
        except OSError as error:
            raise RunFileError(path, f"cannot read: {error.strerror or error}") from None


def _fit_activities(path: Path, data: bytes) -> list[Activity]:
    import io

    import fitdecode

    sessions: list[dict[str, Any]] = []
    try:
        with fitdecode.FitReader(
            io.BytesIO(data),
            check_crc=fitdecode.CrcCheck.RAISE,
            error_handling=fitdecode.ErrorHandling.RAISE,
        ) as reader:
            for frame in reader:
                if isinstance(frame, fitdecode.FitDataMessage) and frame.name == "session":
                    sessions.append({field.name: field.value for field in frame.fields})
    except fitdecode.FitCRCError:
        raise RunFileError(path, "damaged FIT file: its checksum does not match its content") from None
    except fitdecode.FitEOFError:
        raise RunFileError(path, "damaged FIT file: it ends early (truncated)") from None
    except fitdecode.FitHeaderError:
        raise RunFileError(path, "not a FIT file (its header is not a FIT header)") from None
    except (fitdecode.FitError, ValueError, KeyError, IndexError, TypeError, OverflowError) as error:
        # The library's own errors and what a malformed record can make it raise.
        raise RunFileError(path, f"damaged FIT file ({type(error).__name__})") from None
    return [_fit_activity(path, session) for session in sessions]


def _fit_activity(path: Path, session: dict[str, Any]) -> Activity:
    started_at = session.get("start_time")
    elapsed = _number(session.get("total_elapsed_time"))
    if not isinstance(started_at, datetime) or elapsed is None:
        raise RunFileError(path, "the FIT activity summary has no start time or duration")
    moving = _number(session.get("total_timer_time"))
    return Activity(
        sport=_text(session.get("sport")),
        sub_sport=_text(session.get("sub_sport")),
        started_at=as_utc(started_at),
        ended_at=as_utc(started_at) + timedelta(seconds=elapsed),
        moving_seconds=elapsed if moving is None else moving,
        distance_m=_number(session.get("total_distance")) or 0.0,
        avg_heart_rate=_number(session.get("avg_heart_rate")),
    )


def _text(value: object) -> str | None:
    # fitdecode gives enum values it knows as names and unknown ones as numbers.
    return value if isinstance(value, str) else None


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def as_utc(moment: datetime) -> datetime:
    """Files write UTC; a time without an offset is taken as UTC."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
