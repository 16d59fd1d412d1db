"""Offset index over a document's mentions or places: the ones in a sentence without scanning them all.

Per-sentence scans over every mention of a document made coding quadratic in its length
(a million short sentences never finished); a sorted index makes each look-up logarithmic.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import Generic, Protocol, TypeVar


class Spanned(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=Spanned)


class SpanIndex(Generic[S]):
    """Items with `start`/`end` offsets, found by the range they start in or overlap; input order kept."""

    def __init__(self, items: Sequence[S]) -> None:
        self._items = list(items)
        self._order = sorted(range(len(self._items)), key=lambda i: self._items[i].start)
        self._starts = [self._items[i].start for i in self._order]
        self._longest = max((max(0, it.end - it.start) for it in self._items), default=0)

    def starting_in(self, start: int, end: int) -> list[S]:
        """Items with `start <= item.start < end`."""
        return self._pick(bisect_left(self._starts, start), bisect_left(self._starts, end), start, False)

    def overlapping(self, start: int, end: int) -> list[S]:
        """Items with `item.start < end` and `item.end > start`."""
        lo = bisect_left(self._starts, start - self._longest)
        return self._pick(lo, bisect_left(self._starts, end), start, True)

    def _pick(self, lo: int, hi: int, start: int, overlap: bool) -> list[S]:
        chosen = sorted(self._order[k] for k in range(lo, hi))
        return [self._items[i] for i in chosen if not overlap or self._items[i].end > start]
