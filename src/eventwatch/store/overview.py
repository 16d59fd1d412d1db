"""Summaries of the stored events for browsing: pages, single events, documents with evidence,
dyads, actors, places and countries. Each takes the `events` filters (`EventQuery`)."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import pycountry

from eventwatch.store.db import Store
from eventwatch.store.query import EventQuery, numbered_json

_FROM = "FROM events e JOIN documents d ON d.pk = e.document"


def event_page(store: Store, query: EventQuery, limit: int, after: int = 0) -> tuple[list[str], int | None]:
    """Up to `limit` events after store number `after` in ingest order, as their stored JSON text,
    and the cursor of the next page (None on the last page)."""
    rows = list(numbered_json(store, replace(query, after=after, limit=limit + 1)))
    more = len(rows) > limit
    rows = rows[:limit]
    return [line for _, line in rows], (rows[-1][0] if more else None)


def find_event(store: Store, event_id: str) -> dict[str, Any] | None:
    """The contract line of one event (the first stored, should two documents share an id)."""
    row = store.conn.execute("SELECT json FROM events WHERE event_id = ? ORDER BY pk LIMIT 1", (event_id,))
    found = row.fetchone()
    return json.loads(found[0]) if found else None


def find_document(store: Store, doc_id: str) -> dict[str, Any] | None:
    """One stored article: its clean text, metadata and the evidence span of each of its events."""
    cursor = store.conn.execute(
        "SELECT pk, id, title, url, source, date, author, language, text FROM documents WHERE id = ? "
        "ORDER BY pk LIMIT 1",
        (doc_id,),
    )
    row = cursor.fetchone()
    if row is None:
        return None
    pk, *fields = row
    doc = dict(
        zip(("id", "title", "url", "source", "date", "author", "language", "text"), fields, strict=True)
    )
    events = store.conn.execute("SELECT json FROM events WHERE document = ? ORDER BY pk", (pk,))
    doc["events"] = [_evidence(json.loads(line)) for (line,) in events]
    return doc


def _evidence(line: dict[str, Any]) -> dict[str, Any]:
    keys = ("event_id", "event_type", "cameo", "status", "date", "trigger", "sentence_index", "span")
    return {k: line.get(k) for k in keys} | {
        "actor": (line.get("actor") or {}).get("name"),
        "recipient": (line.get("recipient") or {}).get("name"),
    }


def dyads(store: Store, query: EventQuery, limit: int = 100) -> list[dict[str, Any]]:
    """Actor -> recipient pairs (by code) with their event count and mean Goldstein, most events first."""
    condition, params = query.where()
    sql = (
        "SELECT e.actor_code, max(e.actor_name), e.recipient_code, max(e.recipient_name), count(*), "
        f"avg(e.goldstein) {_FROM} WHERE {condition} AND e.actor_code IS NOT NULL "
        "AND e.recipient_code IS NOT NULL GROUP BY 1, 3 ORDER BY 5 DESC, 1, 3 LIMIT ?"
    )
    keys = ("actor", "actor_name", "recipient", "recipient_name", "count", "goldstein")
    return [_row(keys, r) for r in store.conn.execute(sql, [*params, limit])]


def actors(store: Store, query: EventQuery, limit: int = 100) -> list[dict[str, Any]]:
    """Actors by code: how many events they did and how many were done to them."""
    condition, params = query.where()
    sides = " UNION ALL ".join(
        f"SELECT e.{side}_code AS code, e.{side}_name AS name, e.{side}_country AS country, "
        f"{int(side == 'actor')} AS did {_FROM} WHERE {condition} AND e.{side}_code IS NOT NULL"
        for side in ("actor", "recipient")
    )
    sql = (
        f"SELECT code, max(name), max(country), sum(did), count(*) - sum(did) FROM ({sides}) "
        "GROUP BY code ORDER BY count(*) DESC, code LIMIT ?"
    )
    keys = ("code", "name", "country", "as_actor", "as_recipient")
    return [_row(keys, r) for r in store.conn.execute(sql, [*params, *params, limit])]


def places(store: Store, query: EventQuery, limit: int = 500) -> list[dict[str, Any]]:
    """Places with coordinates where events happened, with counts and mean Goldstein."""
    condition, params = query.where()
    sql = (
        "SELECT e.location_name, e.location_country, avg(e.location_lat), avg(e.location_lon), count(*), "
        f"avg(e.goldstein) {_FROM} WHERE {condition} AND e.location_lat IS NOT NULL "
        "GROUP BY 1, 2 ORDER BY 5 DESC, 1 LIMIT ?"
    )
    keys = ("name", "country", "lat", "lon", "count", "goldstein")
    return [_row(keys, r) for r in store.conn.execute(sql, [*params, limit])]


def countries(store: Store, query: EventQuery) -> list[dict[str, Any]]:
    """Per country (the place's, else the actor's, as `trends` counts them): events, material
    conflict events (quad class 4) and the Goldstein sum; with the ISO numeric code maps use."""
    condition, params = query.where()
    sql = (
        "SELECT coalesce(e.location_country, e.actor_country) AS c, count(*), "
        f"sum(e.quad_class = 4), coalesce(sum(e.goldstein), 0) {_FROM} WHERE {condition} AND c IS NOT NULL "
        "GROUP BY 1 ORDER BY 2 DESC, 1"
    )
    found = []
    for code, count, conflict, goldstein in store.conn.execute(sql, params):
        country = pycountry.countries.get(alpha_3=code)
        found.append({"code": code, "name": country.name if country else code,
                      "numeric": country.numeric if country else None, "events": count,
                      "conflict": int(conflict or 0), "goldstein": round(goldstein, 3)})  # fmt: skip
    return found


def _row(keys: tuple[str, ...], values: tuple[Any, ...]) -> dict[str, Any]:
    return {k: round(v, 3) if isinstance(v, float) else v for k, v in zip(keys, values, strict=True)}
