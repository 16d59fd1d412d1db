"""Event pages as JSON, JSON Lines, CSV (the CLI's columns) or GeoJSON."""

from __future__ import annotations

import io
import json
from typing import Any

from fastapi.responses import Response

from eventwatch.output.writers import CsvWriter

FORMATS = ("json", "jsonl", "csv", "geojson")
_MEDIA = {
    "jsonl": "application/x-ndjson",
    "csv": "text/csv; charset=utf-8",
    "geojson": "application/geo+json",
}


def event_page(events: list[str], next_cursor: int | None, fmt: str) -> Response:
    """One page of events (their stored JSON text, passed on unparsed for json and jsonl);
    formats other than json carry the next cursor in `X-Next-Cursor`."""
    cursor = None if next_cursor is None else str(next_cursor)
    if fmt == "json":
        tail = json.dumps({"count": len(events), "next_cursor": cursor})[1:]
        return Response('{"events":[' + ",".join(events) + "]," + tail, media_type="application/json")
    headers = {"X-Next-Cursor": cursor} if cursor else {}
    if fmt == "jsonl":
        body = "".join(line + "\n" for line in events)
    elif fmt == "csv":
        body = _csv([json.loads(line) for line in events])
    else:
        body = json.dumps(geojson([json.loads(line) for line in events], cursor), ensure_ascii=False)
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
