"""A small LRU cache of summary results, keyed on the request and the store's generation.

The store only grows (ingest adds, nothing deletes), so a result stays right until the
generation (its highest event and document numbers) moves; then every entry is dropped.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

_MISSING = object()


class ResultCache:
    """Up to `size` results; `size` 0 turns caching off (every call computes).

    One thread computes a missing key while the others asking for it wait for its result, so
    a burst of identical requests on a cold cache runs the query once, not once per request.
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self._entries: OrderedDict[Hashable, Any] = OrderedDict()
        self._flights: dict[Hashable, threading.Lock] = {}
        self._generation: Hashable = None
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def get(self, key: Hashable, generation: Hashable, compute: Callable[[], Any]) -> Any:
        """The cached result for `key`, or `compute()` stored under it."""
        if self.size <= 0:
            return compute()
        found = self._lookup(key, generation)
        if found is not _MISSING:
            return found
        with self._lock:
            flight = self._flights.setdefault(key, threading.Lock())
        with flight:
            found = self._lookup(key, generation)
            if found is not _MISSING:
                return found
            result = compute()
            with self._lock:
                self.misses += 1
                self._flights.pop(key, None)
                if generation == self._generation:
                    self._entries[key] = result
                    while len(self._entries) > self.size:
                        self._entries.popitem(last=False)
        return result

    def _lookup(self, key: Hashable, generation: Hashable) -> Any:
        with self._lock:
            if generation != self._generation:
                self._entries.clear()
                self._generation = generation
            if key not in self._entries:
                return _MISSING
            self._entries.move_to_end(key)
            self.hits += 1
            return self._entries[key]
