"""Query parameters of the HTTP API -> `EventQuery`; a bad value raises `BadParameter` (a 422)."""

from __future__ import annotations

import math
from typing import Annotated

from fastapi import Query

from eventwatch.errors import FilterError
from eventwatch.store.query import EventQuery

Text = Annotated[str | None, Query(max_length=200)]


class BadParameter(Exception):
    """A query parameter the API cannot use; the message says what it should be."""

    def __init__(self, parameter: str, message: str) -> None:
        super().__init__(message)
        self.parameter = parameter
        self.message = message


def event_filters(
    actor: Text = None,
    recipient: Text = None,
    type: Text = None,  # noqa: A002 - the API's name for the PLOVER type, as the CLI's --type
    country: Text = None,
    status: Text = None,
    since: Text = None,
    until: Text = None,
    search: Text = None,
    min_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
    bbox: Text = None,
) -> EventQuery:
    """The `events` filters shared by every data endpoint (FastAPI dependency)."""
    try:
        return EventQuery(
            actor=actor or None,
            recipient=recipient or None,
            event_type=type or None,
            country=country or None,
            status=status or None,
            since=since or None,
            until=until or None,
            search=search if search and search.strip() else None,
            min_confidence=min_confidence,
            bbox=_bbox(bbox) if bbox else None,
        )
    except FilterError as exc:  # the store's own check of a value; its message starts with the filter's name
        named = str(exc).split(" ", 1)[0]
        raise BadParameter(named if named in _FILTER_NAMES else "filters", str(exc)) from None


_FILTER_NAMES = {"actor", "recipient", "type", "country", "status", "since", "until", "search"}


def _bbox(value: str) -> tuple[float, float, float, float]:
    """`west,south,east,north` in degrees; a west greater than east crosses the antimeridian."""
    problem = f"bbox must be west,south,east,north in degrees, not {value!r}"
    try:
        west, south, east, north = (float(x) for x in value.split(","))
    except ValueError:
        raise BadParameter("bbox", problem) from None
    if not all(map(math.isfinite, (west, south, east, north))):
        raise BadParameter("bbox", problem)
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
        raise BadParameter("bbox", problem + " (longitudes -180..180, latitudes -90..90, south <= north)")
    return west, south, east, north


def cursor_number(cursor: str | None) -> int:
    """A page cursor (the store number of the last event sent) back to its number."""
    if not cursor:
        return 0
    if not cursor.isdigit() or len(cursor) > 18:
        raise BadParameter("cursor", "cursor must be the next_cursor of a previous page")
    return int(cursor)
