"""Run files for tests: FIT written by fit-tool (as a watch would), GPX and TCX written by hand."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta
from pathlib import Path

from fit_tool.fit_file_builder import FitFileBuilder
from fit_tool.profile.messages.event_message import EventMessage
from fit_tool.profile.messages.file_id_message import FileIdMessage
from fit_tool.profile.messages.record_message import RecordMessage
from fit_tool.profile.messages.session_message import SessionMessage
from fit_tool.profile.profile_type import Event, EventType, FileType, Manufacturer, Sport, SubSport

START = datetime(2026, 5, 10, 6, 0, tzinfo=UTC)
EARTH_RADIUS_M = 6371000.0  # the mean radius: gpxpy's own differs by 0.1 %, well inside the 1 % asked


def _millis(moment: datetime) -> int:
    return round(moment.timestamp() * 1000)


def write_fit(
    path: Path,
    *,
    sport: Sport = Sport.RUNNING,
    sub_sport: SubSport = SubSport.GENERIC,
    start: datetime = START,
    elapsed_s: float = 1800.0,
    timer_s: float = 1750.0,
    distance_m: float = 6000.0,
    heart_rate: int | None = 150,
) -> Path:
    """An activity file as a watch writes it: file id, timer events, a record a minute, a session."""
    builder = FitFileBuilder(auto_define=True)
    file_id = FileIdMessage()
    file_id.type = FileType.ACTIVITY
    file_id.manufacturer = Manufacturer.GARMIN.value
    file_id.product = 0
    file_id.serial_number = 0x12345678
    file_id.time_created = _millis(start)
    builder.add(file_id)
    for moment, event_type in (
        (start, EventType.START),
        (start + timedelta(seconds=elapsed_s), EventType.STOP),
    ):
        event = EventMessage()
        event.event = Event.TIMER
        event.event_type = event_type
        event.timestamp = _millis(moment)
        builder.add(event)
        if event_type is EventType.START:
            for minute in range(int(elapsed_s // 60) + 1):
                record = RecordMessage()
                record.timestamp = _millis(start + timedelta(minutes=minute))
                record.distance = distance_m * min(1.0, minute * 60 / elapsed_s)
                if heart_rate is not None:
                    record.heart_rate = heart_rate
                builder.add(record)
    session = SessionMessage()
    session.timestamp = _millis(start + timedelta(seconds=elapsed_s))
    session.start_time = _millis(start)
    session.sport = sport
    session.sub_sport = sub_sport
    session.total_elapsed_time = elapsed_s
    session.total_timer_time = timer_s
    session.total_distance = distance_m
    if heart_rate is not None:
        session.avg_heart_rate = heart_rate
    builder.add(session)
    builder.build().to_file(str(path))
    return path


def gpx_text(
    *,
    start: datetime = START,
    points: int = 361,
    step_s: float = 5.0,
    step_m: float = 15.0,
    sport: str | None = "running",
    heart_rate: int | None = 148,
) -> str:
    """A straight track due north: ``points`` points, ``step_m`` metres and ``step_s`` seconds apart
    (the defaults: 5.4 km in 30 min, 5:33 min/km)."""
    step_degrees = math.degrees(step_m / EARTH_RADIUS_M)
    rows = []
    for index in range(points):
        moment = (start + timedelta(seconds=index * step_s)).strftime("%Y-%m-%dT%H:%M:%SZ")
        extension = (
            f"<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>{heart_rate}</gpxtpx:hr>"
            "</gpxtpx:TrackPointExtension></extensions>"
            if heart_rate is not None
            else ""
        )
        rows.append(
            f'<trkpt lat="{48.0 + index * step_degrees:.8f}" lon="11.0"><ele>520</ele>'
            f"<time>{moment}</time>{extension}</trkpt>"
        )
    kind = f"<type>{sport}</type>" if sport is not None else ""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1" '
        'xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">\n'
        f"<trk><name>Morning</name>{kind}<trkseg>\n" + "\n".join(rows) + "\n</trkseg></trk></gpx>\n"
    )


def write_gpx(path: Path, **options: object) -> Path:
    path.write_text(gpx_text(**options), encoding="utf-8")  # type: ignore[arg-type]
    return path


def write_tcx(path: Path, *, sport: str = "Running", start: datetime = START) -> Path:
    """Two laps: 3 km in 15:00 at 150 bpm, then 2 km in 10:00 at 160 bpm."""
    laps = []
    begin = start
    for seconds, metres, rate in ((900, 3000, 150), (600, 2000, 160)):
        laps.append(
            f'<Lap StartTime="{begin:%Y-%m-%dT%H:%M:%SZ}"><TotalTimeSeconds>{seconds}</TotalTimeSeconds>'
            f"<DistanceMeters>{metres}</DistanceMeters><AverageHeartRateBpm><Value>{rate}</Value>"
            "</AverageHeartRateBpm><Track><Trackpoint>"
            f"<Time>{begin + timedelta(seconds=seconds):%Y-%m-%dT%H:%M:%SZ}</Time></Trackpoint></Track></Lap>"
        )
        begin += timedelta(seconds=seconds)
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">'
        f'<Activities><Activity Sport="{sport}"><Id>{start:%Y-%m-%dT%H:%M:%SZ}</Id>{"".join(laps)}'
        "</Activity></Activities></TrainingCenterDatabase>\n",
        encoding="utf-8",
    )
    return path
