"""The SQLite store: documents, events and skips, with full-text search over articles."""

from eventwatch.store.db import Store, Stored
from eventwatch.store.ingest import Summary, ingest, raw_hash
from eventwatch.store.query import EventQuery, find_events, numbered_events

__all__ = ["EventQuery", "Store", "Stored", "Summary", "find_events", "ingest", "numbered_events", "raw_hash"]
