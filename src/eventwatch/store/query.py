"""Query stored events by actor, recipient, type, country, status, dates and words of the article."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from eventwatch.errors import FilterError
from eventwatch.store.db import Store

# The values the output contract allows (../shared/contract/event.schema.json; a test compares).
EVENT_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
               "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")  # fmt: skip
STATUSES = ("occurred", "ongoing", "planned", "hypothetical", "negated")
_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(slots=True, frozen=True)
class EventQuery:
    """Filters for stored events; every one given must hold."""

    actor: str | None = None  # actor code, e.g. RUS
    recipient: str | None = None  # recipient code
    event_type: str | None = None  # PLOVER type, e.g. ACCUSE
    country: str | None = None  # ISO3 of the place, the actor or the recipient
    status: str | None = None  # occurred ongoing planned hypothetical negated
    since: str | None = None  # YYYY[-MM[-DD]]: event date, else the article's date
    until: str | None = None
    search: str | None = None  # words that must all occur in the article (full-text index)
    limit: int | None = None
    min_confidence: float | None = None  # the event's confidence is at least this
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north of the place
    after: int | None = None  # only events stored after this store number (a page's cursor)
    quad_class: int | None = None  # 1 verbal cooperation .. 4 material conflict

    def __post_init__(self) -> None:
        """Every filter value is checked here: a wrong one is an error, never a silent empty answer."""
        if self.event_type and self.event_type.upper() not in EVENT_TYPES:
            known = ", ".join(EVENT_TYPES)
            raise FilterError(f"type {self.event_type!r} is not a PLOVER type: one of {known}")
        if self.status and self.status.lower() not in STATUSES:
            raise FilterError(f"status {self.status!r} is not one of {', '.join(STATUSES)}")
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None and not _is_partial_date(value):
                raise FilterError(f"{name} {value!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")
        if self.search is not None and not self.search.split():
            raise FilterError("search needs at least one word")
        if self.limit is not None and self.limit < 0:
            raise FilterError(f"limit must be 0 or more, not {self.limit}")
        for name in ("actor", "recipient", "country"):
            value = getattr(self, name)
            if value is not None and not value.strip():
                raise FilterError(f"{name} is empty: give a code such as RUS, NATO or TALIBAN")

    def where(self) -> tuple[str, list[Any]]:
        """The SQL condition and its parameters."""
        clauses: list[str] = []
        params: list[Any] = []
        for column, value in (("e.actor_code", self.actor), ("e.recipient_code", self.recipient),
                              ("e.event_type", self.event_type), ("e.status", self.status)):  # fmt: skip
            if value:
                clauses.append(f"{column} = ?")
                params.append(value.upper() if column != "e.status" else value.lower())
        if self.country:
            clauses.append("? IN (e.location_country, e.actor_country, e.recipient_country)")
            params.append(self.country.upper())
        if self.quad_class is not None:
            clauses.append("e.quad_class = ?")
            params.append(self.quad_class)
        if self.min_confidence is not None:
            clauses.append("e.confidence >= ?")
            params.append(self.min_confidence)
        if self.bbox is not None:
            west, south, east, north = self.bbox
            clauses.append(_BBOX)
            params.extend((south, north, west, east, west, east, west, east))
        if self.after:
            clauses.append("e.pk > ?")
            params.append(self.after)
        self._dates(clauses, params)
        if self.search:
            clauses.append("e.document IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)")
            params.append(fts_phrase(self.search))
        return (" AND ".join(clauses) or "1"), params

    def _dates(self, clauses: list[str], params: list[Any]) -> None:
        # a YYYY or YYYY-MM event date sorts before its own first day, so compare on the same length
        when = "coalesce(e.date, d.date)"
        if self.since:
            clauses.append(f"{when} >= substr(?, 1, length({when}))")
            params.append(self.since)
        if self.until:
            clauses.append(f"{when} <= ?")
            params.append(self.until)


# west, south, east, north; a box whose west is east of its east crosses the antimeridian
_BBOX = (
    "e.location_lat BETWEEN ? AND ? AND (e.location_lon BETWEEN ? AND ?"
    " OR ? > ? AND (e.location_lon >= ? OR e.location_lon <= ?))"
)


def _is_partial_date(value: str) -> bool:
    """YYYY, YYYY-MM or YYYY-MM-DD naming a real year, month or day."""
    match = _PARTIAL_DATE.match(value)
    if not match:
        return False
    year, month, day = (int(g) if g else 1 for g in match.groups())
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def fts_phrase(words: str) -> str:
    """User words as an FTS5 query in which every word must occur (no FTS syntax surprises)."""
    return " ".join('"' + w.replace('"', '""') + '"' for w in words.split())


def find_events(store: Store, query: EventQuery) -> Iterator[dict[str, Any]]:
    """Stored events matching `query`, as contract lines, in ingest order."""
    for _, line in numbered_events(store, query):
        yield line


def numbered_events(store: Store, query: EventQuery) -> Iterator[tuple[int, dict[str, Any]]]:
    """Like `find_events`, with each event's number in the store (stable, for GDELT ids)."""
    for number, line in numbered_json(store, query):
        yield number, json.loads(line)


def numbered_json(store: Store, query: EventQuery) -> Iterator[tuple[int, str]]:
    """Like `numbered_events`, with each line as the stored JSON text (for adapters that pass it on)."""
    for number, line in _selected(store, query, "e.pk, e.json"):
        yield int(number), line


@dataclass(slots=True, frozen=True)
class StoredEvent:
    """A stored event line with what exports need from its article's row."""

    number: int  # the event's row number in this store
    line: dict[str, Any]  # the contract line
    added: str | None  # when the article was stored, UTC `YYYY-MM-DD HH:MM:SS` (None: before schema 3)
    doc_chars: int  # length of the article's clean text


def stored_events(store: Store, query: EventQuery) -> Iterator[StoredEvent]:
    """Stored events matching `query`, in ingest order, with their article's ingest time and length."""
    for number, line, added, chars in _selected(store, query, "e.pk, e.json, d.added, length(d.text)"):
        yield StoredEvent(int(number), json.loads(line), added, int(chars))


def _selected(store: Store, query: EventQuery, columns: str) -> Any:
    """The rows (`columns` of events `e` and their documents `d`) of the events matching `query`."""
    condition, params = query.where()
    joined = "events e JOIN documents d ON d.pk = e.document"
    sql = f"SELECT {columns} FROM {joined} WHERE {condition} ORDER BY e.pk"
    if query.limit is not None:
        sql += " LIMIT ?"
        params.append(query.limit)
    return store.conn.execute(sql, params)
