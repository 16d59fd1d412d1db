"""Stories: near-duplicate articles (wire copies, re-hosts, light edits) and story events across them.

An article joins the story of the most similar earlier article when the MinHash estimate of the
Jaccard similarity of their word 3-gram shingles reaches `SIMILAR`; candidates come from LSH
bands kept in the store, so the work per new article does not grow with the store. An event
joins a story event when an earlier one has the same type, compatible participants and place,
and a day within `DAY_WINDOW` days. Counts (mentions, articles, distinct sources, first and last
seen) are computed from the members when asked, so they are never stale.

`update(store)` is incremental and idempotent: it assigns the documents that have no story yet,
in store order, each in one transaction; a run killed half way is completed by the next one.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any
from urllib.parse import urlsplit

import numpy as np

from eventwatch.store.db import Store
from eventwatch.store.query import EventQuery, StoredEvent

NUM_PERM = 128
BANDS, ROWS = 32, 4  # 32 bands of 4 rows: pairs above ~0.42 similarity become candidates
SIMILAR = 0.5  # estimated Jaccard similarity of shingles for two articles to be one story
DAY_WINDOW = 2  # days between two reports of the same event
_WORD = re.compile(r"\w+")


@dataclass(slots=True, frozen=True)
class EventKey:
    """What must agree for two events to be one real-world event."""

    event_type: str
    actor: str | None
    recipient: str | None
    country: str | None
    day: str | None


def shingles(text: str) -> set[bytes]:
    """Word 3-grams of the lower-cased text (single words for very short texts)."""
    words = _WORD.findall(text.lower())
    if len(words) < 3:
        return {w.encode("utf-8") for w in words}
    return {" ".join(words[i : i + 3]).encode("utf-8") for i in range(len(words) - 2)}


def signature(text: str) -> np.ndarray:
    """The MinHash signature of a text's shingles (NUM_PERM unsigned 64-bit values)."""
    from datasketch import MinHash  # imported when needed: it takes ~1 s (scipy), which `events` need not pay

    sketch = MinHash(num_perm=NUM_PERM, seed=1)
    sketch.update_batch(sorted(shingles(text)))
    return np.asarray(sketch.hashvalues, dtype=np.uint64)


def band_hashes(sig: np.ndarray) -> list[tuple[int, int]]:
    """(band, hash) pairs: articles sharing any pair are candidates for one story."""
    out = []
    for band in range(BANDS):
        chunk = sig[band * ROWS : (band + 1) * ROWS].tobytes()
        out.append((band, int.from_bytes(hashlib.blake2b(chunk, digest_size=8).digest(), "big", signed=True)))
    return out


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """MinHash estimate of the Jaccard similarity of two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


def outlet(source: str | None, url: str | None, origin: str) -> str:
    """Who published an article: its source name, else its URL's host, else where it was read."""
    if source and source.strip():
        return source.strip().lower()
    host = urlsplit(url).hostname if url else None
    return (host or origin).lower().removeprefix("www.")


def update(store: Store, *, batch: int = 100) -> int:
    """Give every document without a story its story and its events their story events; returns how many."""
    done = 0
    while True:
        rows = store.conn.execute(
            "SELECT d.pk, d.content_hash, d.source, d.url, d.origin, d.text FROM documents d "
            "WHERE d.pk NOT IN (SELECT document FROM document_stories) ORDER BY d.pk LIMIT ?",
            (batch,),
        ).fetchall()
        if not rows:
            return done
        for row in rows:
            _in_transaction(store.conn, lambda row=row: _assign(store.conn, *row))
            done += 1


def _in_transaction(conn: sqlite3.Connection, work: Any) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        work()
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _assign(
    conn: sqlite3.Connection,
    pk: int,
    digest: str,
    source: str | None,
    url: str | None,
    origin: str,
    text: str,
) -> None:
    sig = signature(text)
    bands = band_hashes(sig)
    story, score = _closest_story(conn, sig, bands)
    story = story or f"st-{digest[:16]}"
    conn.execute(
        "INSERT INTO document_stories VALUES (?, ?, ?, ?)", (pk, story, outlet(source, url, origin), score)
    )
    conn.execute("INSERT INTO document_signatures VALUES (?, ?)", (pk, sig.tobytes()))
    conn.executemany("INSERT OR IGNORE INTO story_bands VALUES (?, ?, ?)", [(b, h, pk) for b, h in bands])
    _assign_events(conn, pk)


def _closest_story(
    conn: sqlite3.Connection, sig: np.ndarray, bands: list[tuple[int, int]]
) -> tuple[str | None, float]:
    """The story of the most similar earlier article at or above `SIMILAR`, with that similarity."""
    pairs = ",".join("(?, ?)" for _ in bands)
    flat = [v for pair in bands for v in pair]
    candidates = conn.execute(
        "SELECT DISTINCT s.document, s.signature, ds.story FROM story_bands b "
        "JOIN document_signatures s ON s.document = b.document "
        "JOIN document_stories ds ON ds.document = b.document "
        f"WHERE (b.band, b.hash) IN (VALUES {pairs}) ORDER BY s.document",
        flat,
    ).fetchall()
    best: tuple[str | None, float] = (None, 1.0)
    top = 0.0
    for _, blob, story in candidates:
        score = similarity(sig, np.frombuffer(blob, dtype=np.uint64))
        if score >= SIMILAR and score > top:
            best, top = (story, score), score
    return best


def _assign_events(conn: sqlite3.Connection, document: int) -> None:
    rows = conn.execute(
        "SELECT e.pk, e.event_id, e.event_type, coalesce(e.actor_code, e.actor_name), "
        "coalesce(e.recipient_code, e.recipient_name), e.location_country, e.date, d.date "
        "FROM events e JOIN documents d ON d.pk = e.document WHERE e.document = ? ORDER BY e.pk",
        (document,),
    ).fetchall()
    for pk, event_id, kind, actor, recipient, country, when, published in rows:
        key = EventKey(kind, actor, recipient, country, _day(when) or _day(published))
        found = _matching_story_event(conn, key)
        if found is None:
            cur = conn.execute(
                "INSERT INTO story_events (story_id, event_type, actor_code, recipient_code, country, day) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (f"se-{event_id[:16]}-{pk}", key.event_type, key.actor, key.recipient, key.country, key.day),
            )
            found = int(cur.lastrowid or 0)
        conn.execute("INSERT INTO story_event_members VALUES (?, ?)", (pk, found))


def _matching_story_event(conn: sqlite3.Connection, key: EventKey) -> int | None:
    if key.day is None:
        rows = conn.execute(
            "SELECT pk, actor_code, recipient_code, country FROM story_events "
            "WHERE event_type = ? AND day IS NULL ORDER BY pk",
            (key.event_type,),
        )
    else:
        start, end = _shift(key.day, -DAY_WINDOW), _shift(key.day, DAY_WINDOW)
        rows = conn.execute(
            "SELECT pk, actor_code, recipient_code, country FROM story_events "
            "WHERE event_type = ? AND day BETWEEN ? AND ? ORDER BY pk",
            (key.event_type, start, end),
        )
    for pk, actor, recipient, country in rows:
        if same_event(key, EventKey(key.event_type, actor, recipient, country, key.day)):
            return int(pk)
    return None


def same_event(a: EventKey, b: EventKey) -> bool:
    """Same type, no conflicting participant or country, and at least one participant in common."""
    if a.event_type != b.event_type:
        return False
    if any(
        x and y and x != y
        for x, y in ((a.actor, b.actor), (a.recipient, b.recipient), (a.country, b.country))
    ):
        return False
    return bool((a.actor and a.actor == b.actor) or (a.recipient and a.recipient == b.recipient))


def _day(value: str | None) -> str | None:
    return value if value and len(value) == 10 else None


def _shift(day: str, days: int) -> str:
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


_COUNTS = (
    "SELECT m.story_event, min(e.pk), sum(max(coalesce(json_array_length(e.json, '$.mentions'), 1), 1)), "
    "count(DISTINCT e.document), count(DISTINCT ds.outlet), min(d.date), max(d.date) "
    "FROM story_event_members m JOIN events e ON e.pk = m.event JOIN documents d ON d.pk = e.document "
    "JOIN document_stories ds ON ds.document = e.document "
)


def story_events(store: Store, query: EventQuery | None = None) -> Iterator[dict[str, Any]]:
    """Story events (one per real-world event) whose members match `query`: the first report's
    contract line plus `story_id`, `num_mentions`, `num_articles`, `num_sources`, `first_seen`,
    `last_seen` and `event_ids`."""
    for _, line in numbered_story_events(store, query):
        yield line


def numbered_story_events(
    store: Store, query: EventQuery | None = None, *, touched_after: int = 0
) -> Iterator[tuple[int, dict[str, Any]]]:
    """Like `story_events`, each with the store number of its first report (for GDELT ids).

    `touched_after`: only story events that gained a member after this event number.
    """
    condition, params = (query or EventQuery()).where()
    chosen = (
        "SELECT DISTINCT m.story_event FROM story_event_members m JOIN events e ON e.pk = m.event "
        f"JOIN documents d ON d.pk = e.document WHERE {condition}"
    )
    if touched_after:
        chosen += " AND m.story_event IN (SELECT story_event FROM story_event_members WHERE event > ?)"
        params = [*params, touched_after]
    sql = f"{_COUNTS} WHERE m.story_event IN ({chosen}) GROUP BY m.story_event ORDER BY min(e.pk)"
    if query is not None and query.limit is not None:
        sql += " LIMIT ?"
        params = [*params, query.limit]
    conn = store.conn
    for story_event, root, mentions, articles, sources, first, last in conn.execute(sql, params).fetchall():
        line = json.loads(conn.execute("SELECT json FROM events WHERE pk = ?", (root,)).fetchone()[0])
        sid = conn.execute("SELECT story_id FROM story_events WHERE pk = ?", (story_event,)).fetchone()[0]
        ids = [r[0] for r in conn.execute(
            "SELECT e.event_id FROM story_event_members m JOIN events e ON e.pk = m.event "
            "WHERE m.story_event = ? ORDER BY e.pk", (story_event,))]  # fmt: skip
        line.update(story_id=sid, num_mentions=mentions, num_articles=articles, num_sources=sources,
                    first_seen=first, last_seen=last, event_ids=ids, is_root_event=1)  # fmt: skip
        yield int(root), line


@dataclass(slots=True, frozen=True)
class EventCounts:
    """GDELT's counts for one stored event, from its story event."""

    num_mentions: int
    num_sources: int
    num_articles: int
    is_root: bool


def event_counts(conn: sqlite3.Connection) -> dict[int, EventCounts]:
    """Store event number -> its story event's counts (events not yet in a story are left out)."""
    out: dict[int, EventCounts] = {}
    totals = {row[0]: row[1:] for row in conn.execute(f"{_COUNTS} GROUP BY m.story_event")}
    for event, story_event in conn.execute("SELECT event, story_event FROM story_event_members"):
        root, mentions, articles, sources, _, _ = totals[story_event]
        out[int(event)] = EventCounts(int(mentions), int(sources), int(articles), event == root)
    return out


def with_counts(
    conn: sqlite3.Connection,
    events: Iterable[tuple[int, dict[str, Any]]],
    counts: dict[int, EventCounts] | None = None,
) -> Iterator[tuple[int, dict[str, Any]]]:
    """Numbered event lines with their story event's `num_mentions`, `num_sources`, `num_articles`
    and `is_root_event` (1 for the first report of a story event) added."""
    counts = event_counts(conn) if counts is None else counts
    for number, line in events:
        found = counts.get(number)
        if found is not None:
            line.update(num_mentions=found.num_mentions, num_sources=found.num_sources,
                        num_articles=found.num_articles, is_root_event=int(found.is_root))  # fmt: skip
        yield number, line


def article_stories(store: Store) -> Iterator[dict[str, Any]]:
    """Each story of near-duplicate articles: id, articles, distinct sources, first/last seen, titles."""
    rows = store.conn.execute(
        "SELECT ds.story, count(*), count(DISTINCT ds.outlet), min(d.date), max(d.date), "
        "json_group_array(d.title) FROM document_stories ds JOIN documents d ON d.pk = ds.document "
        "GROUP BY ds.story ORDER BY min(d.pk)"
    )
    for story, articles, sources, first, last, titles in rows:
        yield {"story_id": story, "num_articles": articles, "num_sources": sources,
               "first_seen": first, "last_seen": last, "titles": json.loads(titles)}  # fmt: skip


def stored_story_events(store: Store, query: EventQuery | None = None) -> Iterator[StoredEvent]:
    """Story events as the exports take them (first report's number, ingest time and article length)."""
    for number, line in numbered_story_events(store, query):
        row = store.conn.execute(
            "SELECT d.added, length(d.text) FROM events e JOIN documents d ON d.pk = e.document "
            "WHERE e.pk = ?",
            (number,),
        ).fetchone()
        yield StoredEvent(number, line, row[0] if row else None, int(row[1]) if row else 0)


def with_stored_counts(conn: sqlite3.Connection, events: Iterable[StoredEvent]) -> Iterator[StoredEvent]:
    """Stored events with their story event's counts added to the line (see `with_counts`)."""
    counts = event_counts(conn)
    for event in events:
        for _, line in with_counts(conn, [(event.number, event.line)], counts=counts):
            yield StoredEvent(event.number, line, event.added, event.doc_chars)
