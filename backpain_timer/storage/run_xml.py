"""GPX and TCX activities. The XML is parsed by defusedxml first, which refuses any DTD: no entity
expansion (billion laughs) and no external entities, so nothing from outside the file is ever read.
Every problem is a ValueError whose message describes it without quoting the file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from xml.etree.ElementTree import Element, ParseError

from backpain_timer.domain.runs import Activity
from backpain_timer.storage.run_files import as_utc

if TYPE_CHECKING:
    import gpxpy.gpx

TCX_NS = "{http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2}"


def safe_xml(data: bytes) -> Element:
    """The root element; ValueError for XML that declares a DTD (entities) or is not well formed."""
    import defusedxml
    import defusedxml.ElementTree

    try:
        return defusedxml.ElementTree.fromstring(data, forbid_dtd=True)
    except defusedxml.DefusedXmlException:
        raise ValueError(
            "the XML declares a document type or entities, which GPX and TCX files never need; "
            "refused for safety (it could expand without end or read other files)"
        ) from None
    except ParseError as error:
        line, column = error.position
        raise ValueError(f"not well-formed XML at line {line}, column {column + 1}") from None


def gpx_activities(data: bytes) -> list[Activity]:
    """One activity per track that has timed points."""
    root = safe_xml(data)
    if _local_name(root.tag) != "gpx":
        raise ValueError(f"not a GPX file (its root element is <{_local_name(root.tag)[:40]}>)")
    import gpxpy
    import gpxpy.gpx

    try:
        document = gpxpy.parse(data.decode("utf-8", errors="replace"))
    except gpxpy.gpx.GPXException as error:
        raise ValueError(f"damaged GPX file ({type(error).__name__})") from None
    activities = [activity for track in document.tracks if (activity := _gpx_track(track))]
    if document.tracks and not activities:
        raise ValueError("the GPX tracks have no times, so the run's start and duration are unknown")
    return activities


def _gpx_track(track: gpxpy.gpx.GPXTrack) -> Activity | None:
    bounds = track.get_time_bounds()
    if bounds.start_time is None or bounds.end_time is None:
        return None
    moving = track.get_moving_data()
    rates = [rate for segment in track.segments for point in segment.points for rate in _heart_rates(point)]
    return Activity(
        sport=track.type,
        sub_sport=None,
        started_at=as_utc(bounds.start_time),
        ended_at=as_utc(bounds.end_time),
        moving_seconds=float(moving.moving_time) if moving else 0.0,
        distance_m=float(track.length_2d()),
        avg_heart_rate=sum(rates) / len(rates) if rates else None,
    )


def _heart_rates(point: gpxpy.gpx.GPXTrackPoint) -> Iterator[float]:
    # Garmin's TrackPointExtension: <extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>142</gpxtpx:hr>…
    for extension in point.extensions:
        for node in extension.iter():
            if _local_name(node.tag) == "hr" and node.text:
                try:
                    yield float(node.text)
                except ValueError:
                    continue


def tcx_activities(data: bytes) -> list[Activity]:
    root = safe_xml(data)
    if _local_name(root.tag) != "TrainingCenterDatabase":
        raise ValueError(f"not a TCX file (its root element is <{_local_name(root.tag)[:40]}>)")
    return [_tcx_activity(element) for element in root.iter(f"{TCX_NS}Activity")]


def _tcx_activity(activity: Element) -> Activity:
    laps = activity.findall(f"{TCX_NS}Lap")
    if not laps:
        raise ValueError("a TCX activity has no laps, so its start and duration are unknown")
    started_at = _time(laps[0].get("StartTime"), "a TCX lap's StartTime")
    moving = sum(_float(lap.findtext(f"{TCX_NS}TotalTimeSeconds"), "TotalTimeSeconds") for lap in laps)
    distance = sum(_float(lap.findtext(f"{TCX_NS}DistanceMeters"), "DistanceMeters") for lap in laps)
    point_times = [point.text for point in activity.iter(f"{TCX_NS}Time") if point.text]
    ended_at = started_at + timedelta(seconds=moving)
    if point_times:
        ended_at = max(ended_at, _time(point_times[-1], "a TCX trackpoint's Time"))
    weighted: list[tuple[float, float]] = []
    for lap in laps:
        rate = lap.findtext(f"{TCX_NS}AverageHeartRateBpm/{TCX_NS}Value")
        if rate:
            weighted.append(
                (
                    _float(rate, "AverageHeartRateBpm"),
                    _float(lap.findtext(f"{TCX_NS}TotalTimeSeconds"), "TotalTimeSeconds"),
                )
            )
    total_weight = sum(weight for _, weight in weighted)
    return Activity(
        sport=activity.get("Sport"),
        sub_sport=None,
        started_at=started_at,
        ended_at=ended_at,
        moving_seconds=moving,
        distance_m=distance,
        avg_heart_rate=sum(rate * weight for rate, weight in weighted) / total_weight
        if total_weight
        else None,
    )


def _float(text: str | None, name: str) -> float:
    if text is None:
        return 0.0
    try:
        return float(text)
    except ValueError:
        raise ValueError(f"a TCX lap's {name} is not a number") from None


def _time(text: str | None, name: str) -> datetime:
    try:
        moment = datetime.fromisoformat((text or "").strip())
    except ValueError:
        raise ValueError(f"{name} is missing or is not an ISO 8601 time") from None
    return as_utc(moment)


def _local_name(tag: str) -> str:
    return tag.rpartition("}")[2]
