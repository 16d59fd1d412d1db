"""What a watch remembers between cycles, in the store: every fetch, feed validators, links to fetch.

A link goes `pending` -> `done` (its page was stored) or `failed` (a permanent problem, or
`MAX_TRIES` retryable ones). Links are written before the feed's ETag/Last-Modified, and marked
done only after their documents are committed, so a watch killed at any point loses nothing.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from eventwatch.watch.fetch import Fetched

MAX_TRIES = 3


@dataclass(slots=True, frozen=True)
class Link:
    """An article link found in a feed or sitemap, with what the feed said about it."""

    url: str
    source: str
    item: dict[str, Any]
    tries: int = 0


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def record_fetch(conn: sqlite3.Connection, source: str, fetched: Fetched) -> None:
    conn.execute(
        "INSERT INTO fetches (source, url, fetched_at, status, outcome, detail, bytes, attempts, seconds) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (source, fetched.url, now(), fetched.status, fetched.outcome, fetched.detail, len(fetched.body),
         fetched.attempts, round(fetched.seconds, 3)),
    )  # fmt: skip


def validators(conn: sqlite3.Connection, url: str) -> tuple[str | None, str | None]:
    """The ETag and Last-Modified of the last complete fetch of `url`."""
    row = conn.execute("SELECT etag, last_modified FROM validators WHERE url = ?", (url,)).fetchone()
    return (row[0], row[1]) if row else (None, None)


def save_validators(conn: sqlite3.Connection, fetched: Fetched) -> None:
    conn.execute(
        "INSERT INTO validators VALUES (?, ?, ?) ON CONFLICT (url) DO UPDATE SET "
        "etag = excluded.etag, last_modified = excluded.last_modified",
        (fetched.url, fetched.etag, fetched.last_modified),
    )


def add_links(conn: sqlite3.Connection, links: list[Link]) -> int:
    """Remember new links as pending (known ones are left as they are); returns how many were new."""
    rows = [(link.url, link.source, json.dumps(link.item, ensure_ascii=False)) for link in links]
    before = conn.total_changes
    conn.executemany(
        "INSERT OR IGNORE INTO links (url, source, state, item) VALUES (?, ?, 'pending', ?)", rows
    )
    return conn.total_changes - before


def pending_links(conn: sqlite3.Connection, source: str) -> list[Link]:
    rows = conn.execute(
        "SELECT url, item, tries FROM links WHERE source = ? AND state = 'pending' ORDER BY rowid", (source,)
    )
    return [Link(url, source, json.loads(item), tries) for url, item, tries in rows]


def mark_links(conn: sqlite3.Connection, urls: list[str], state: str) -> None:
    conn.executemany("UPDATE links SET state = ? WHERE url = ?", [(state, url) for url in urls])


def failed_try(conn: sqlite3.Connection, link: Link) -> None:
    """One more retryable failure; the link gives up after `MAX_TRIES`."""
    state = "failed" if link.tries + 1 >= MAX_TRIES else "pending"
    conn.execute("UPDATE links SET tries = tries + 1, state = ? WHERE url = ?", (state, link.url))
