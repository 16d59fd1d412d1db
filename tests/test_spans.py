"""The offset index gives exactly what a scan over every item would, in the same order."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st

from eventwatch.spans import SpanIndex


@dataclass(frozen=True)
class Item:
    start: int
    end: int


spans = st.lists(st.tuples(st.integers(0, 300), st.integers(0, 40)).map(lambda t: Item(t[0], t[0] + t[1])))
ranges = st.tuples(st.integers(-50, 350), st.integers(0, 120))


@given(spans, ranges)
def test_index_matches_a_full_scan(items: list[Item], query: tuple[int, int]) -> None:
    start, end = query[0], query[0] + query[1]
    index = SpanIndex(items)
    assert index.overlapping(start, end) == [i for i in items if i.start < end and i.end > start]
    assert index.starting_in(start, end) == [i for i in items if start <= i.start < end]


def test_empty_index() -> None:
    assert SpanIndex([]).overlapping(0, 10) == [] and SpanIndex([]).starting_in(0, 10) == []
