"""Event pages as JSON, JSON Lines, CSV (the CLI's columns) or GeoJSON."""

from __future__ import annotations

import io
import json
from typing import Any

from fastapi.responses import JSONResponse, Response

from eventwatch.output.writers import CsvWriter

FORMATS = ("json", "jsonl", "csv", "geojson")
_MEDIA = {
    "jsonl": "application/x-ndjson",
    "csv": "text/csv; charset=utf-8",
    "geojson": "application/geo+json",
}


def event_page(events: list[dict[str, Any]], next_cursor: int | None, fmt: str) -> Response:
    """One page of events; formats other than json carry the next cursor in `X-Next-Cursor`."""
    cursor = None if next_cursor is None else str(next_cursor)
    if fmt == "json":
        return JSONResponse({"events": events, "count": len(events), "next_cursor": cursor})
    headers = {"X-Next-Cursor": cursor} if cursor else {}
    if fmt == "jsonl":
        body = "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in events)
    elif fmt == "csv":
        body = _csv(events)
    else:
        body = json.dumps(geojson(events, cursor), ensure_ascii=False)
    return Response(body, media_type=_MEDIA[fmt], headers=headers)


def _csv(events: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = CsvWriter(out, "events")
    for event in events:
        writer.write(event)
    return out.getvalue()


def geojson(events: list[dict[str, Any]], next_cursor: str | None) -> dict[str, Any]:
    """A FeatureCollection: a Point per event with a located place, a null geometry otherwise."""
    features = []
    for event in events:
        place = event.get("location") or {}
        located = place.get("lat") is not None and place.get("lon") is not None
        geometry = {"type": "Point", "coordinates": [place["lon"], place["lat"]]} if located else None
        features.append(
            {"type": "Feature", "id": event["event_id"], "geometry": geometry, "properties": event}
        )
    return {"type": "FeatureCollection", "features": features, "next_cursor": next_cursor}
