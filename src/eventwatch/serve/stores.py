"""The server's connections: one read-only SQLite connection per worker thread, one writer for ingest."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from eventwatch.store.db import Store


class Stores:
    """Hands each request thread its own read-only `Store` over one file (WAL lets them read in parallel)."""

    def __init__(self, path: str | Path) -> None:
        Store.open(path, create=False).close()  # fail now, with the store's message, and migrate
        self.path = Path(path)
        self._local = threading.local()
        self._write = threading.Lock()
        self._opened: list[sqlite3.Connection] = []

    def reader(self) -> Store:
        """This thread's read-only store (opened on first use)."""
        store = getattr(self._local, "store", None)
        if store is None:
            conn = sqlite3.connect(
                f"{self.path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
            )
            conn.execute("PRAGMA query_only = ON")
            store = self._local.store = Store(conn, str(self.path))
            self._opened.append(conn)
        return store

    @contextmanager
    def writer(self) -> Iterator[Store]:
        """The store opened for writing, one writer at a time."""
        with self._write, Store.open(self.path, create=False) as store:
            yield store

    def generation(self) -> tuple[int, int]:
        """The highest event and document numbers: they move whenever ingest adds anything."""
        sql = "SELECT (SELECT coalesce(max(pk), 0) FROM events), (SELECT coalesce(max(pk), 0) FROM documents)"
        events, documents = self.reader().conn.execute(sql).fetchone()
        return int(events), int(documents)

    def close(self) -> None:
        for conn in self._opened:
            conn.close()
        self._opened.clear()
