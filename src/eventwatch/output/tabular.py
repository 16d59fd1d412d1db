"""Flat rows for CSV and Parquet: nested contract objects become `actor.code`-style columns."""

from __future__ import annotations

import json
from typing import Any

ACTOR_FIELDS = ("text", "name", "code", "country", "kind", "sector", "role")
PLACE_FIELDS = ("text", "name", "country", "countries", "admin1", "lat", "lon", "geonames_id", "feature")
_EVENT_HEAD = ("doc_id", "event_id", "event_type", "mode", "context", "cameo", "quad_class", "goldstein")
_EVENT_TAIL = ("date", "date_text", "status", "sentence_index", "sentence", "trigger", "span", "confidence",
               "mentions", "doc_date", "url", "source")  # fmt: skip

EVENT_COLUMNS: tuple[str, ...] = (
    *_EVENT_HEAD,
    *(f"actor.{f}" for f in ACTOR_FIELDS),
    *(f"recipient.{f}" for f in ACTOR_FIELDS),
    *(f"location.{f}" for f in PLACE_FIELDS),
    *(f"speaker.{f}" for f in ACTOR_FIELDS),
    *_EVENT_TAIL,
)
TEXT_COLUMNS = ("id", "url", "title", "date", "author", "source", "language", "quality", "text")
PLACE_COLUMNS = ("id", *PLACE_FIELDS, "start", "end")
COLUMNS = {"events": EVENT_COLUMNS, "text": TEXT_COLUMNS, "places": PLACE_COLUMNS}


def flatten(row: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """`{"actor": {"code": "RUS"}}` -> `{"actor.code": "RUS"}`; lists become JSON text."""
    out: dict[str, Any] = {}
    for key, value in row.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(flatten(value, f"{name}."))
        elif isinstance(value, list | tuple):
            out[name] = json.dumps(value, ensure_ascii=False)
        else:
            out[name] = value
    return out


def place_rows(line: dict[str, Any]) -> list[dict[str, Any]]:
    """A `places` line (one document) as one flat row per place."""
    return [flatten({"id": line["id"], **place}) for place in line["places"]]


def flat_rows(kind: str, line: dict[str, Any]) -> list[dict[str, Any]]:
    """The flat rows of one output line of `kind` (events, text or places)."""
    return place_rows(line) if kind == "places" else [flatten(line)]
