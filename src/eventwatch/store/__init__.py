"""The SQLite store: documents, events and skips, with full-text search over articles."""

from eventwatch.store.db import Store, Stored
from eventwatch.store.ingest import Summary, ingest, raw_hash
from eventwatch.store.query import EventQuery, StoredEvent, find_events, numbered_events, stored_events

__all__ = [
    "EventQuery", "Store", "Stored", "StoredEvent", "Summary", "find_events", "ingest", "numbered_events",
    "raw_hash", "stored_events",
]  # fmt: skip
