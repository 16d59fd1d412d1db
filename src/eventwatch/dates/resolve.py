"""Calendar arithmetic: turn a reading of a time expression into YYYY, YYYY-MM or YYYY-MM-DD.

Rules, each tested in tests/test_dates.py:
- A weekday alone ("on Thursday") is the nearest such day on or before the document date
  in a past or unknown-tense clause, on or after it in a future clause; the document's own
  weekday is the document date. "last Thursday" is strictly before, "next Thursday" strictly after;
  "Thursday last week" is the Thursday of the calendar week (Monday to Sunday) before the anchor's.
- A month or month-and-day without a year takes the document's year, moved back a year when
  that would lie after the document date in a past clause, forward a year when it would lie
  before it in a future clause, and to the nearest occurrence when the tense is unknown.
  "on the 14th" does the same with the anchor's month and its neighbours.
- Weeks, weekends and spans ("this week", "the past week") are not a contract granularity:
  they give YYYY-MM when every day of them falls in one month, else nothing. A range of days
  ("Sept. 16-17") gives its month.
- A season gives its year; a winter spans two years and gives nothing.
- "in a month's time", "within a month", "two years ago": the document date moved by that
  many units, at the unit's granularity (days give a day, months a month, years a year).
  Counting ahead ("in", "within", "over the next") needs a clause that is not past: "within
  a month the rebels had taken the city" counts from an unknown moment and stays unresolved.
- Chained expressions ("the previous day", "two days later") count from the last resolved
  date earlier in the same sentence, never from the document date; alone they stay unresolved.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypeVar

DAY, MONTH, YEAR = "day", "month", "year"
T = TypeVar("T")


@dataclass(slots=True, frozen=True)
class Point:
    """A resolved date and how precise it is (day, month or year)."""

    when: date
    precision: str

    @property
    def value(self) -> str:
        if self.precision == DAY:
            return self.when.isoformat()
        if self.precision == MONTH:
            return f"{self.when.year:04d}-{self.when.month:02d}"
        return f"{self.when.year:04d}"


@dataclass(slots=True, frozen=True)
class CalendarDate:
    """An absolute date, possibly without year ("Sept. 16"), day ("March 2019") or month ("the 16th")."""

    year: int | None
    month: int | None = None
    day: int | None = None
    strict: bool = False  # "last March" / "next March": the document's own month does not count
    last_day: int | None = None  # a range of days in one month ("Sept. 16-17")
    last_month: int | None = None  # a range of months in one year ("between March and May")

    @property
    def precision(self) -> str:
        if self.last_month:
            return YEAR
        return MONTH if self.last_day or (self.month and not self.day) else DAY if self.day else YEAR


@dataclass(slots=True, frozen=True)
class Season:
    """A season starting in `first_month` (12 for winter), of a year or counted from the document."""

    first_month: int
    year: int | None = None
    direction: int = 0  # -1 "last summer", +1 "next summer", 0 by tense


@dataclass(slots=True, frozen=True)
class DayShift:
    """Days from the document date: "yesterday" is -1."""

    days: int


@dataclass(slots=True, frozen=True)
class WeekdayRef:
    """A weekday; direction -1 "last", +1 "next", 0 decided by tense; or in a given week."""

    weekday: int
    direction: int = 0
    week: int | None = None  # "Thursday last week": -1, the calendar week (Monday first) before the anchor's


@dataclass(slots=True, frozen=True)
class PeriodShift:
    """A calendar week, weekend, month or year counted from the document's own (0 = this)."""

    unit: str
    count: int
    forward_only: bool = False  # "in a month": counted ahead only when the clause is not past


@dataclass(slots=True, frozen=True)
class Span:
    """The days from the document date to `count` units away ("the past week": week, -1)."""

    unit: str
    count: int
    forward_only: bool = False


@dataclass(slots=True, frozen=True)
class Chained:
    """Counted from the previous date in the sentence ("the previous day": day, -1)."""

    unit: str
    count: int


Reading = CalendarDate | Season | DayShift | WeekdayRef | PeriodShift | Span | Chained


def resolve(reading: Reading, anchor: date | None, past: bool | None, previous: Point | None) -> Point | None:
    """The date a reading stands for, or None when it cannot be known without inventing."""
    if isinstance(reading, CalendarDate):
        return calendar_date(reading, anchor, past)
    if isinstance(reading, Chained):
        return chained(reading, previous)
    if isinstance(reading, Season):
        return season(reading, anchor, past)
    if anchor is None or (isinstance(reading, PeriodShift | Span) and reading.forward_only and past is True):
        return None  # "in a month" told in the past counts from an unknown moment, not from the document
    if isinstance(reading, DayShift):
        return Point(anchor + timedelta(days=reading.days), DAY)
    if isinstance(reading, WeekdayRef):
        return Point(weekday(reading, anchor, past), DAY)
    if isinstance(reading, Span):
        return span(reading, anchor)
    return period(reading.unit, reading.count, anchor, past)


def calendar_date(reading: CalendarDate, anchor: date | None, past: bool | None) -> Point | None:
    """An absolute date; a missing year (or month) comes from the anchor and the tense."""
    if reading.month and reading.last_month and reading.last_month < reading.month:
        return None  # "from November to February" spans two years
    if reading.year is not None:
        return _point(reading.year, reading.month or 1, reading.day or 1, reading.precision)
    if anchor is None or reading.day is None and reading.month is None:
        return None
    if reading.month is None:
        return _day_of_month(reading.day or 1, anchor, past)
    options = [y for y in (anchor.year - 1, anchor.year, anchor.year + 1) if _valid(y, reading)]
    keyed = [(_offset(y, reading, anchor), y) for y in options]
    chosen = _choose(keyed, past, reading.strict)
    return None if chosen is None else _point(chosen, reading.month, reading.day or 1, reading.precision)


def _day_of_month(day: int, anchor: date, past: bool | None) -> Point | None:
    """ "on the 16th": that day of the anchor's month or a neighbouring one, by tense."""
    months = (add_months(anchor.replace(day=1), n) for n in (-1, 0, 1))
    options = [
        first.replace(day=day) for first in months if day <= calendar.monthrange(first.year, first.month)[1]
    ]
    chosen = _choose([((d - anchor).days, d) for d in options], past, strict=False)
    return None if chosen is None else Point(chosen, DAY)


def _choose(keyed: list[tuple[int, T]], past: bool | None, strict: bool) -> T | None:
    """Pick a candidate by the sign of its offset from the anchor: before, after or nearest."""
    if past is True:
        fits = [(o, c) for o, c in keyed if o < 0 or (o == 0 and not strict)]
        return max(fits, key=_first)[1] if fits else None
    if past is False:
        fits = [(o, c) for o, c in keyed if o > 0 or (o == 0 and not strict)]
        return min(fits, key=_first)[1] if fits else None
    return min(keyed, key=lambda pair: (abs(pair[0]), pair[0]))[1] if keyed else None


def _first(pair: tuple[int, object]) -> int:
    return pair[0]


def _offset(year: int, reading: CalendarDate, anchor: date) -> int:
    """Signed distance from the anchor: in days for a full date, in months for a month."""
    assert reading.month is not None
    if reading.day:
        return (date(year, reading.month, reading.day) - anchor).days
    return (year - anchor.year) * 12 + reading.month - anchor.month


def _valid(year: int, reading: CalendarDate) -> bool:
    return reading.month is not None and (reading.day or 1) <= calendar.monthrange(year, reading.month)[1]


def _point(year: int, month: int, day: int, precision: str) -> Point | None:
    try:
        return Point(date(year, month, day), precision)
    except ValueError:
        return None


def season(reading: Season, anchor: date | None, past: bool | None) -> Point | None:
    """The year of a season; a winter spans two years and so has none."""
    if reading.year is not None:
        return Point(date(reading.year, 1, 1), YEAR) if reading.first_month <= 10 else None
    if anchor is None:
        return None
    spans = [_season_days(year, reading.first_month) for year in range(anchor.year - 2, anchor.year + 2)]
    before = [s for s in spans if s[1] < anchor]
    after = [s for s in spans if s[0] > anchor]
    current = [s for s in spans if s[0] <= anchor <= s[1]]
    if reading.direction == 0 and current:
        chosen = current[0]
    elif reading.direction > 0 or (reading.direction == 0 and past is False):
        chosen = after[0]
    else:
        chosen = before[-1]
    return Point(chosen[0], YEAR) if chosen[0].year == chosen[1].year else None


def _season_days(year: int, first_month: int) -> tuple[date, date]:
    start = date(year, first_month, 1)
    return start, add_months(start, 3) - timedelta(days=1)


def weekday(reading: WeekdayRef, anchor: date, past: bool | None) -> date:
    """The weekday nearest the anchor in the direction the expression or the tense gives."""
    if reading.week is not None:
        return anchor + timedelta(days=7 * reading.week + reading.weekday - anchor.weekday())
    back = (anchor.weekday() - reading.weekday) % 7
    ahead = (reading.weekday - anchor.weekday()) % 7
    if reading.direction < 0:
        return anchor - timedelta(days=back or 7)
    if reading.direction > 0:
        return anchor + timedelta(days=ahead or 7)
    return anchor + timedelta(days=ahead) if past is False else anchor - timedelta(days=back)


def period(unit: str, count: int, anchor: date, past: bool | None) -> Point | None:
    """A week, weekend, month or year `count` units from the anchor's own."""
    if unit == YEAR:
        return Point(date(anchor.year + count, 1, 1), YEAR)
    if unit == MONTH:
        return Point(add_months(anchor, count), MONTH)
    if unit == DAY:
        return Point(anchor + timedelta(days=count), DAY)
    if unit == "weekend":
        return _weekend(anchor, count, past)
    target = anchor + timedelta(days=7 * count)
    monday = target - timedelta(days=target.weekday())
    return within_month(monday, monday + timedelta(days=6))


def _weekend(anchor: date, count: int, past: bool | None) -> Point | None:
    """Saturday and Sunday: this one (by tense), the last one before, or the next one after the anchor."""
    saturday = anchor - timedelta(days=(anchor.weekday() - 5) % 7)  # on or before the anchor
    in_weekend = anchor.weekday() >= 5
    if count > 0 or (count == 0 and past is False and not in_weekend):
        saturday += timedelta(days=7)
    elif count < 0 and in_weekend:
        saturday -= timedelta(days=7)
    return within_month(saturday, saturday + timedelta(days=1))


def span(reading: Span, anchor: date) -> Point | None:
    """The days between the anchor and `count` units away, if they fit in one month."""
    moved = shift(anchor, reading.unit, reading.count)
    return within_month(min(anchor, moved), max(anchor, moved))


def chained(reading: Chained, previous: Point | None) -> Point | None:
    """Count from the previous date of the sentence when it is at least as precise as the unit."""
    order = {DAY: 0, "week": 0, MONTH: 1, YEAR: 2}
    if previous is None or order[previous.precision] > order[reading.unit]:
        return None
    if reading.unit == "week":
        return period("week", reading.count, previous.when, None)
    moved = shift(previous.when, reading.unit, reading.count)
    return Point(moved, reading.unit)


def shift(start: date, unit: str, count: int) -> date:
    """`start` moved by whole days, weeks, months or years."""
    if unit == DAY:
        return start + timedelta(days=count)
    if unit == "week":
        return start + timedelta(days=7 * count)
    if unit == MONTH:
        return add_months(start, count)
    return add_months(start, 12 * count)


def add_months(start: date, count: int) -> date:
    """The same day `count` months later, clipped to the month's last day."""
    index = start.year * 12 + start.month - 1 + count
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(start.day, last))


def within_month(first: date, last: date) -> Point | None:
    """A day when first == last, the month when both fall in it, else None."""
    if first == last:
        return Point(first, DAY)
    if (first.year, first.month) == (last.year, last.month):
        return Point(first, MONTH)
    return None
