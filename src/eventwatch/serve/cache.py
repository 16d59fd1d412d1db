"""A small LRU cache of summary results, keyed on the request and the store's generation.

The store only grows (ingest adds, nothing deletes), so a result stays right until the
generation (its highest event and document numbers) moves; then every entry is dropped.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any


class ResultCache:
    """Up to `size` results; `size` 0 turns caching off (every call computes)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._entries: OrderedDict[Hashable, Any] = OrderedDict()
        self._generation: Hashable = None
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def get(self, key: Hashable, generation: Hashable, compute: Callable[[], Any]) -> Any:
        """The cached result for `key`, or `compute()` stored under it."""
        if self.size <= 0:
            return compute()
        with self._lock:
            if generation != self._generation:
                self._entries.clear()
                self._generation = generation
            if key in self._entries:
                self._entries.move_to_end(key)
                self.hits += 1
                return self._entries[key]
        result = compute()  # outside the lock: two threads may compute the same key once each
        with self._lock:
            self.misses += 1
            if generation == self._generation:
                self._entries[key] = result
                while len(self._entries) > self.size:
                    self._entries.popitem(last=False)
        return result
