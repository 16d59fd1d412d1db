"""Readings of time expressions: each pattern of `patterns.py` has a builder here that turns
its match into a reading (see `resolve.py`) plus the tense the words carry themselves
("next", "ago"), or rejects it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from eventwatch.dates import patterns
from eventwatch.dates.lexicon import DateWords
from eventwatch.dates.resolve import (
    CalendarDate,
    Chained,
    DayShift,
    PeriodShift,
    Reading,
    Season,
    Span,
    WeekdayRef,
)

PAST, FUTURE = True, False
Built = tuple[Reading, bool | None] | None


@dataclass(slots=True, frozen=True)
class Expression:
    """A time expression found in a sentence, not yet resolved."""

    start: int
    end: int
    reading: Reading
    tense: bool | None  # True past, False future, None: the words alone do not say


class Grammar:
    """Compiled patterns of one vocabulary; `find` lists the expressions of a sentence."""

    def __init__(self, words: DateWords) -> None:
        self.words = words
        months = words.months | words.month_abbreviations
        self.lower_months = {name.lower(): n for name, n in months.items()}
        self.lower_weekdays = {name.lower(): n for name, n in words.weekdays.items()}
        self.numbers = {name.lower(): n for name, n in words.numbers.items()}
        self.units = {name.lower(): unit for name, unit in words.units.items()}
        self.day_words = {" ".join(name.lower().split()): n for name, n in words.day_words.items()}
        self.seasons = {name.lower(): n for name, n in words.seasons.items()}
        self.titles = frozenset(words.weekday_titles)
        self.habitual = frozenset(word.lower() for word in words.habitual)
        self.holidays = {_plain(name): day for name, day in words.holidays.items()}
        fragments = patterns.fragments(words)
        self.prefilter = re.compile(patterns.prefilter_source(fragments))
        self.caseless_prefilter = re.compile(patterns.caseless_prefilter_source(words))
        builders = self._builders()
        self.keys = {name: re.compile(src) for name, src in patterns.keys(fragments).items()}
        self.caseless_keys = {name: re.compile(src) for name, src in patterns.caseless_keys(words).items()}
        self.patterns = [
            (tuple(key.split("+")), re.compile(src), builders[name])
            for name, key, src in patterns.sources(fragments)
        ]
        self._last: tuple[str, list[Expression]] = ("", [])

    def find(self, text: str) -> list[Expression]:
        """All expressions of `text`, longest first on overlap, in text order."""
        last = self._last
        if text != last[0]:  # a sentence is asked about once per tense of its events
            last = self._last = (text, self._find(text))
        return list(last[1])

    def _find(self, text: str) -> list[Expression]:
        lower = text.lower()  # word keys test the lower-cased text: much faster than (?i:...)
        if not self.prefilter.search(text) and not self.caseless_prefilter.search(lower):
            return []
        found: list[Expression] = []
        present: dict[str, bool] = {}
        for keys, pattern, build in self.patterns:
            if not all(self._has(key, text, lower, present) for key in keys):
                continue  # the source cannot match without its keys
            for match in pattern.finditer(text):
                built = build(match)
                if built is not None:
                    start, end = match.span("words") if "words" in pattern.groupindex else match.span()
                    found.append(Expression(start, end, built[0], built[1]))
        return _longest_first(found)

    def _has(self, key: str, text: str, lower: str, present: dict[str, bool]) -> bool:
        if key not in present:
            caseless = self.caseless_keys.get(key)
            found = caseless.search(lower) if caseless else self.keys[key].search(text)
            present[key] = found is not None
        return present[key]

    def _builders(self) -> dict[str, Callable[[re.Match[str]], Built]]:
        return {
            "calendar": self._calendar,
            "month_range": self._month_range,
            "current_period": self._current_period,
            "holiday": self._holiday,
            "attributive_year": self._attributive_year,
            "day_of_month": self._day_of_month,
            "iso": self._iso,
            "slashed": self._slashed,
            "season": self._season,
            "day_word": self._day_word,
            "weekday": self._weekday,
            "period": self._period,
            "counted": self._counted,
            "within": self._within,
            "unit_before": self._unit_before,
        }

    def _calendar(self, m: re.Match[str]) -> Built:
        groups = m.groupdict()
        month = self.lower_months.get(groups["month"].rstrip(".").lower()) if groups.get("month") else None
        day = int(groups["day"]) if groups.get("day") else None
        year = int(groups["year"]) if groups.get("year") else None
        last_day = int(groups["last_day"]) if groups.get("last_day") else None
        if day is not None and month is not None and max(day, last_day or 0) > _longest_month(month):
            return None
        if last_day is not None and day is not None and last_day <= day:
            return None
        tense = _direction_tense(groups.get("rel"))
        return CalendarDate(year, month, day, strict=tense is not None, last_day=last_day), tense

    def _month_range(self, m: re.Match[str]) -> Built:
        first, last = self.lower_months[m["month"].lower()], self.lower_months[m["last_month"].lower()]
        year = int(m["year"]) if m["year"] else None
        return (CalendarDate(year, first, last_month=last), None) if last != first else None

    def _current_period(self, m: re.Match[str]) -> Built:
        return PeriodShift(m["unit"].lower(), 0), None

    def _holiday(self, m: re.Match[str]) -> Built:
        name = _plain(m["holiday"])
        if not m["lead"] and not m["year"] and " " not in name:
            return None  # "Christmas shopping" is not a date; "on Christmas" is
        month, day = self.holidays[name]
        tense = _direction_tense(m["rel"])
        year = int(m["year"]) if m["year"] else None
        return CalendarDate(year, month, day, strict=tense is not None), tense

    def _attributive_year(self, m: re.Match[str]) -> Built:
        year = int(m["year"])
        return None if year % 100 == 0 else (CalendarDate(year), None)  # "the 2000 troops" is a count

    def _day_of_month(self, m: re.Match[str]) -> Built:
        return CalendarDate(None, None, int(m["day"])), None

    def _season(self, m: re.Match[str]) -> Built:
        if not m["lead"] and not m["year"]:
            return None
        tense = _direction_tense(m["rel"])
        direction = -1 if tense is PAST else 1 if tense is FUTURE else 0
        year = int(m["year"]) if m["year"] else None
        return Season(self.seasons[m["season"].lower()], year, direction), tense

    def _iso(self, m: re.Match[str]) -> Built:
        return CalendarDate(int(m["year"]), int(m["month"]), int(m["day"])), None

    def _slashed(self, m: re.Match[str]) -> Built:
        """12/09/2021 is day-first or month-first; only a part above 12 tells, else the year alone is sure."""
        first, second, year = int(m["first"]), int(m["second"]), int(m["year"])
        if not (1 <= first <= 31 and 1 <= second <= 31) or (first > 12 and second > 12):
            return None
        if first > 12 or second > 12:
            day, month = (first, second) if first > 12 else (second, first)
            return (CalendarDate(year, month, day), None) if day <= _longest_month(month) else None
        return (CalendarDate(year, None, None) if first != second else CalendarDate(year, first, first)), None

    def _day_word(self, m: re.Match[str]) -> Built:
        offset = self.day_words[" ".join(m["word"].lower().split())]
        return DayShift(offset), PAST if offset < 0 else FUTURE if offset > 0 else None

    def _weekday(self, m: re.Match[str]) -> Built:
        if not m["rel"] and self._weekday_not_a_date(m):
            return None
        rel = (m["rel"] or "").lower().split()
        direction = -1 if rel in (["last"], ["past"], ["this", "past"]) else 0
        direction = 1 if rel in (["next"], ["coming"], ["this", "coming"]) else direction
        week = {"last": -1, "this": 0, "next": 1}.get((m["week"] or "").lower())
        direction = direction if week is None else 0
        tense = PAST if direction < 0 or week == -1 else FUTURE if direction > 0 or week == 1 else None
        return WeekdayRef(self.lower_weekdays[m["wd"].lower()], direction, week), tense

    def _weekday_not_a_date(self, m: re.Match[str]) -> bool:
        """A name or a habit, not a date: "Good Friday", "the Sunday Times", "every Friday"."""
        before = m.string[: m.start()].split()[-1:]
        after = m.string[m.end() :].split()[:1]
        if before and (before[0] in self.titles or before[0].lower() in self.habitual):
            return True
        return before in (["the"], ["The"]) and bool(after) and after[0][:1].isupper()

    def _period(self, m: re.Match[str]) -> Built:
        rel = " ".join(m["rel"].lower().split())
        unit = m["unit"].lower()
        edge = (m["edge"] or "").lower()
        tense = PAST if edge == "earlier" else FUTURE if edge == "later" else None
        if m["prep"] and rel in ("the next", "the coming"):
            return None  # "in the next month" is counted from the document date (see _within)
        return _period_reading(rel, unit, tense)

    def _counted(self, m: re.Match[str]) -> Built:
        counted = self._count(m["n"], m["unit"])
        if counted is None:
            return None
        count, unit = counted
        direction = " ".join(m["dir"].lower().split())
        if direction in ("earlier", "later"):
            return Chained(unit, -count if direction == "earlier" else count), None
        sign = -1 if direction == "ago" else 1
        return PeriodShift(unit, sign * count), PAST if sign < 0 else FUTURE

    def _within(self, m: re.Match[str]) -> Built:
        the = " ".join((m["the"] or "").lower().split())
        if not m["n"] and not (
            the and m["unit"].lower() in self.units and not m["unit"].lower().endswith("s")
        ):
            return None
        counted = self._count(m["n"] or "1", m["unit"])
        prep = m["prep"].lower()
        if counted is None or (prep in ("for", "over", "during") and not the):
            return None
        count, unit = counted
        if the in ("the past", "the last"):
            return Span(unit, -count), PAST
        if prep in ("over", "during", "for"):
            return Span(unit, count, forward_only=True), None  # a stretch of time, not a point in it
        return PeriodShift(unit, count, forward_only=True), None

    def _unit_before(self, m: re.Match[str]) -> Built:
        return Chained(m["unit"].lower(), -1 if m["dir"].lower() == "before" else 1), None

    def _count(self, number: str, unit_word: str) -> tuple[int, str] | None:
        """A count and unit, fortnights as two weeks, hours as whole days (else None)."""
        key = " ".join(number.lower().split())
        count = int(key) if key.isdigit() else self.numbers[key]
        unit = self.units[unit_word.lower()]
        if unit == "hour":
            return (count // 24, "day") if count and count % 24 == 0 else None
        return (count * 2, "week") if unit == "fortnight" else (count, unit)


def _period_reading(rel: str, unit: str, tense: bool | None) -> Built:
    """Readings of "last month", "this week", "the previous day", "the past year"."""
    if rel in ("the previous", "the following", "the next", "the same", "previous", "following"):
        return Chained(unit, {"the same": 0}.get(rel, -1 if "previous" in rel else 1)), None
    if unit == "day" or (rel == "the" and unit != "weekend"):
        return None
    if rel in ("the past", "the last", "the coming"):
        return (Span(unit, -1), PAST) if rel != "the coming" else (Span(unit, 1), FUTURE)
    count = {"last": -1, "past": -1, "this past": -1, "next": 1, "coming": 1, "this coming": 1}.get(rel, 0)
    own = PAST if count < 0 else FUTURE if count > 0 else tense
    return PeriodShift(unit, count), own


def _plain(name: str) -> str:
    """A name with single spaces and straight apostrophes, for lookups."""
    return " ".join(name.replace("’", "'").split())


def _direction_tense(rel: str | None) -> bool | None:
    """The tense "last March", "next summer", "this coming May" carry; None for "this" or "in"."""
    words = (rel or "").lower().split()
    if words[:1] in (["last"], ["past"]) or words == ["this", "past"]:
        return PAST
    if words[:1] in (["next"], ["coming"]) or words[-1:] == ["coming"]:
        return FUTURE
    return None


def _longest_month(month: int) -> int:
    return 29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31


def _longest_first(found: list[Expression]) -> list[Expression]:
    """Keep the longest of overlapping expressions (the earliest on a tie), in text order."""
    kept: list[Expression] = []
    for expr in sorted(found, key=lambda e: (e.start - e.end, e.start)):
        if all(expr.end <= k.start or expr.start >= k.end for k in kept):
            kept.append(expr)
    return sorted(kept, key=lambda e: e.start)
