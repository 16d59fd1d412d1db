"""Event counts per period and group over the store, with spikes against each group's own baseline.

The one timeseries computation: `eventwatch trends`, `GET /api/timeseries` and the watch
alert rules all call `timeseries`.

- An event's date is its own date, else its article's (as the `events` filters use it). An
  event whose date is coarser than the period (a bare year for `month`; a year or month for
  `day`/`week`) cannot be placed and is left out (`Trends.undated` counts them).
- Weeks are ISO weeks, named by their Monday (`2025-03-03`); days `2025-03-04`; months `2025-03`.
- Groups: `country` is the event's place, else its actor's country (one country per event, so
  each event is counted once); `actor` the actor's code; `type` the PLOVER type; `quad_class`
  1-4; `all` puts every event in one series named "all". Events without a value for the group
  are left out of it.
- Every series covers the same periods, from the first to the last period with any event under
  the filters; periods without events count 0 (a quiet week is part of the baseline).
- Spike: `z = (count - mean) / sd` over the group's previous `window` periods (8 by default),
  flagged when `z >= threshold` (3 by default). `sd` is floored at 1 event so a flat history
  (say eight zeros) needs at least `threshold` events to flag. A period with fewer than
  `window` periods before it has no z and is never a spike: a short history is no baseline.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from eventwatch.errors import EventwatchError
from eventwatch.store.db import Store
from eventwatch.store.query import EventQuery

PERIODS = ("day", "week", "month")
GROUPS = ("country", "actor", "type", "quad_class", "all")
_WHEN = "coalesce(e.date, d.date)"
_PERIOD_SQL = {  # (the period's name, the shortest date it can be computed from)
    "day": (f"substr({_WHEN}, 1, 10)", 10),
    "week": (f"date(substr({_WHEN}, 1, 10), 'weekday 0', '-6 days')", 10),
    "month": (f"substr({_WHEN}, 1, 7)", 7),
}
_GROUP_SQL = {
    "country": "coalesce(e.location_country, e.actor_country)",
    "actor": "e.actor_code",
    "type": "e.event_type",
    "quad_class": "e.quad_class",
    "all": "'all'",
}


class TrendsError(EventwatchError):
    """A period, group, window or threshold that `timeseries` cannot use."""


@dataclass(slots=True, frozen=True)
class Point:
    """One period of one group: how many events, their Goldstein sum, and the spike test."""

    period: str
    count: int
    goldstein: float
    z: float | None  # None while the group has fewer than `window` earlier periods
    spike: bool

    def to_dict(self) -> dict[str, Any]:
        z = None if self.z is None else round(self.z, 3)
        return {"period": self.period, "count": self.count, "goldstein": round(self.goldstein, 3),
                "z": z, "spike": self.spike}  # fmt: skip


@dataclass(slots=True, frozen=True)
class Series:
    """The points of one group (a country code, actor code, PLOVER type or quad class)."""

    group: str
    points: tuple[Point, ...]

    @property
    def total(self) -> int:
        return sum(p.count for p in self.points)

    @property
    def spikes(self) -> list[str]:
        return [p.period for p in self.points if p.spike]

    def to_dict(self) -> dict[str, Any]:
        return {"group": self.group, "total": self.total, "spikes": self.spikes,
                "points": [p.to_dict() for p in self.points]}  # fmt: skip


@dataclass(slots=True, frozen=True)
class Trends:
    """All series of one request, biggest total first; `periods` names the shared x axis."""

    by: str
    group: str
    periods: tuple[str, ...]
    series: tuple[Series, ...]
    undated: int  # events left out because their date is coarser than the period

    def to_dict(self) -> dict[str, Any]:
        return {"by": self.by, "group": self.group, "periods": list(self.periods), "undated": self.undated,
                "series": [s.to_dict() for s in self.series]}  # fmt: skip


def timeseries(
    store: Store,
    query: EventQuery | None = None,
    *,
    by: str = "week",
    group: str = "country",
    window: int = 8,
    threshold: float = 3.0,
    top: int | None = None,
) -> Trends:
    """Counts and Goldstein sums per period per group of the events `query` selects, with spikes.

    Args:
        store: an open store.
        query: the `events` filters (its `limit` is ignored); None for every event.
        by: "day", "week" or "month".
        group: "country", "actor", "type", "quad_class" or "all" (one series of every event).
        window: how many earlier periods form a group's baseline.
        threshold: the z score from which a period is a spike.
        top: keep only this many groups, those with the most events.

    Returns:
        `Trends` with one `Series` per group, biggest first (ties by name).

    Raises:
        TrendsError: an unknown `by` or `group`, or a window/threshold/top out of range.
    """
    _check(by, group, window, threshold, top)
    cells, undated = _cells(store, query or EventQuery(), by, group)
    periods = tuple(_period_range(min(p for _, p in cells), max(p for _, p in cells), by)) if cells else ()
    by_group: dict[str, dict[str, tuple[int, float]]] = defaultdict(dict)
    for (name, period), value in cells.items():
        by_group[name][period] = value
    series = [_series(name, periods, found, window, threshold) for name, found in by_group.items()]
    series.sort(key=lambda s: (-s.total, s.group))
    return Trends(by, group, periods, tuple(series[:top] if top else series), undated)


def _check(by: str, group: str, window: int, threshold: float, top: int | None) -> None:
    if by not in PERIODS:
        raise TrendsError(f"unknown period {by!r}: use one of {', '.join(PERIODS)}")
    if group not in GROUPS:
        raise TrendsError(f"unknown group {group!r}: use one of {', '.join(GROUPS)}")
    if not 1 <= window <= 366:
        raise TrendsError(f"window must be 1-366 periods, not {window}")
    if not math.isfinite(threshold) or threshold <= 0:
        raise TrendsError(f"threshold must be a positive number, not {threshold}")
    if top is not None and top < 1:
        raise TrendsError(f"top must be at least 1, not {top}")


def _cells(
    store: Store, query: EventQuery, by: str, group: str
) -> tuple[dict[tuple[str, str], tuple[int, float]], int]:
    """(group, period) -> (count, Goldstein sum), and how many events had too coarse a date."""
    condition, params = query.where()
    period, shortest = _PERIOD_SQL[by]
    key = _GROUP_SQL[group]
    sql = (
        f"SELECT {key}, CASE WHEN length({_WHEN}) >= {shortest} THEN {period} END AS period, "
        "count(*), coalesce(sum(e.goldstein), 0) "
        f"FROM events e JOIN documents d ON d.pk = e.document WHERE {condition} AND {key} IS NOT NULL "
        "GROUP BY 1, 2"
    )
    cells: dict[tuple[str, str], tuple[int, float]] = {}
    undated = 0
    for name, when, count, goldstein in store.conn.execute(sql, params):
        if when is None:
            undated += int(count)
        else:
            cells[(str(name), str(when))] = (int(count), float(goldstein))
    return cells, undated


def _period_range(first: str, last: str, by: str) -> Iterator[str]:
    """Every period name from `first` to `last` inclusive."""
    if by == "month":
        year, month = int(first[:4]), int(first[5:7])
        while f"{year:04d}-{month:02d}" <= last:
            yield f"{year:04d}-{month:02d}"
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return
    step = dt.timedelta(days=7 if by == "week" else 1)
    day, end = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    while day <= end:
        yield day.isoformat()
        day += step


def _series(name: str, periods: tuple[str, ...], found: dict[str, tuple[int, float]], window: int,
            threshold: float) -> Series:  # fmt: skip
    counts = [found.get(p, (0, 0.0))[0] for p in periods]
    points = []
    for i, period in enumerate(periods):
        z = spike_score(counts[i - window : i], counts[i]) if i >= window else None
        points.append(
            Point(period, counts[i], found.get(period, (0, 0.0))[1], z, z is not None and z >= threshold)
        )
    return Series(name, tuple(points))


def spike_score(baseline: list[int], count: int) -> float:
    """How many standard deviations (floored at 1 event) `count` lies above the baseline's mean."""
    mean = sum(baseline) / len(baseline)
    sd = math.sqrt(sum((c - mean) ** 2 for c in baseline) / len(baseline))
    return (count - mean) / max(sd, 1.0)
