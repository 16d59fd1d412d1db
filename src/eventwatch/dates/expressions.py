"""The grammar of English time expressions: regular expressions built from the vocabulary.

Each pattern finds one kind of expression and a builder turns its match into a reading
(see `resolve.py`) plus the tense the words carry themselves ("next", "ago"). Month and
weekday names are matched capitalised only, and a bare month or year needs a date word in
front of it ("in March", "since 2017"), so the modal "may", the verb "march" and counts
such as "1,344-kilometer" or "about 2000 people" are not dates.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from eventwatch.dates.lexicon import DateWords
from eventwatch.dates.resolve import (
    CalendarDate,
    Chained,
    DayShift,
    PeriodShift,
    Reading,
    Span,
    WeekdayRef,
)

PAST, FUTURE = True, False
Built = tuple[Reading, bool | None] | None

DAY_NUMBER = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?![-–/]\w|,\d|\.\d|:\d|%)"
YEAR_NUMBER = r"(?P<year>1[89]\d\d|20\d\d)\b(?![-–/]\d|,\d|\.\d|%)"
RELATIVE = r"(?i:this\s+past|this\s+coming|last|next|this|past|coming)"
NOT_A_NUMBER_BEFORE = r"(?<![\d.,$€£/-])"
YEAR_ONLY_EXCLUDED = frozenset({"about", "around", "of", "between", "on", "at"})


@dataclass(slots=True, frozen=True)
class Expression:
    """A time expression found in a sentence, not yet resolved."""

    start: int
    end: int
    reading: Reading
    tense: bool | None  # True past, False future, None: the words alone do not say


def alternation(words: Iterable[str], ignore_case: bool = False) -> str:
    """A regex group matching any of `words`, longest first, spaces as any whitespace."""
    ordered = sorted(set(words), key=len, reverse=True)
    body = "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in ordered)
    return f"(?i:{body})" if ignore_case else f"(?:{body})"


class Grammar:
    """Compiled patterns of one vocabulary; `find` lists the expressions of a sentence."""

    def __init__(self, words: DateWords) -> None:
        self.words = words
        self.lower_months = {
            name.lower(): n for name, n in (words.months | words.month_abbreviations).items()
        }
        self.lower_weekdays = {name.lower(): n for name, n in words.weekdays.items()}
        self.numbers = {name.lower(): n for name, n in words.numbers.items()}
        self.units = {name.lower(): unit for name, unit in words.units.items()}
        self.day_words = {" ".join(name.lower().split()): n for name, n in words.day_words.items()}
        self.titles = frozenset(words.weekday_titles)
        self.prefilter = re.compile(self._prefilter_source())
        self.patterns = self._compile()

    def find(self, text: str) -> list[Expression]:
        """All expressions of `text`, longest first on overlap, in text order."""
        if not self.prefilter.search(text):
            return []
        found: list[Expression] = []
        for pattern, build in self.patterns:
            for match in pattern.finditer(text):
                built = build(match)
                if built is not None:
                    found.append(Expression(match.start(), match.end(), built[0], built[1]))
        return _longest_first(found)

    def _fragments(self) -> dict[str, str]:
        w = self.words
        month_abbr = alternation(w.month_abbreviations)
        weekday_abbr = alternation(w.weekday_abbreviations)
        return {
            "wd": alternation(w.weekdays),
            "wd_any": rf"(?:{alternation(w.weekdays)}|{weekday_abbr}\b\.?)",
            "month": rf"{alternation(w.months)}\b",
            "month_any": rf"(?:{alternation(w.months)}\b|{month_abbr}\b\.?)",
            "prep": alternation(w.date_prepositions, ignore_case=True),
            "year_prep": alternation(set(w.date_prepositions) - YEAR_ONLY_EXCLUDED, ignore_case=True),
            "edge": rf"(?:{alternation(w.period_edges, ignore_case=True)}(?:\s+|-))",
            "part": rf"(?:(?i:the\s+)?{alternation(w.period_parts, ignore_case=True)}\s+(?i:of)\s+)",
            "num": rf"(?:{alternation(w.numbers, ignore_case=True)}|\d{{1,3}})",
            "unit": alternation(w.units, ignore_case=True),
            "day_part": alternation(w.day_parts, ignore_case=True),
            "day_word": alternation(w.day_words, ignore_case=True),
        }

    def _prefilter_source(self) -> str:
        f = self._fragments()
        units = r"(?i:\b(?:days?|weeks?|weekends?|months?|years?|fortnight)\b)"
        return rf"{f['wd_any']}|{f['month_any']}|{f['day_word']}|{units}|\b(?:1[89]|20)\d\d\b"

    def _compile(self) -> list[tuple[re.Pattern[str], Callable[[re.Match[str]], Built]]]:
        f = self._fragments()
        lead = rf"(?:{f['prep']}\s+)?(?:{f['wd_any']},?\s+)?(?:(?i:the)\s+)?"
        sources: list[tuple[str, Callable[[re.Match[str]], Built]]] = [
            (rf"\b{lead}(?P<month>{f['month_any']})\s+{DAY_NUMBER}(?:,?\s+{YEAR_NUMBER})?", self._calendar),
            (
                rf"{NOT_A_NUMBER_BEFORE}\b{lead}{DAY_NUMBER}(?:\s+(?i:of))?\s+(?P<month>{f['month_any']})"
                rf"(?:,?\s+{YEAR_NUMBER})?",
                self._calendar,
            ),
            (
                rf"\b(?:{f['prep']}\s+)?(?:{f['edge']}|{f['part']})?(?P<month>{f['month_any']})(?:\s+(?i:of))?,?\s+"
                rf"{YEAR_NUMBER}",
                self._calendar,
            ),
            (
                rf"\b(?:(?:(?P<rel>{RELATIVE})|{f['prep']})\s+(?:{f['edge']}|{f['part']})?|{f['edge']}|{f['part']})"
                rf"(?P<month>{f['month']})(?!\s*\d|-\w)",
                self._calendar,
            ),
            (
                rf"\b(?:(?:{f['prep']}\s+)?{f['part']}|{f['year_prep']}\s+(?:(?i:the\s+year)\s+)?{f['edge']}?|{f['edge']}|"
                rf"(?i:the\s+year)\s+){YEAR_NUMBER}",
                self._calendar,
            ),
            (
                r"(?<![\d-])\b(?P<year>(?:1[89]|20)\d\d)-(?P<month>0[1-9]|1[0-2])-(?P<day>[0-2]\d|3[01])\b(?![-\d])",
                self._iso,
            ),
            (rf"(?<!USA\s)\b(?P<word>{f['day_word']})\b(?:\s+{f['day_part']}\b)?", self._day_word),
            (
                rf"\b(?:(?P<rel>{RELATIVE})\s+|(?i:(?:early|late)\s+)?(?:(?i:on|since|by|until|till|before|after|from)\s+)?)"
                rf"(?P<wd>{f['wd']})\b(?:\s+{f['day_part']}\b)?",
                self._weekday,
            ),
            (
                r"\b(?:(?P<edge>(?i:earlier|later|early|late))\s+)?(?:(?P<prep>(?i:over|at|during|on|in))\s+)?"
                r"(?P<rel>(?i:this\s+past|this\s+coming|the\s+past|the\s+last|the\s+coming|the\s+previous|the\s+following|"
                r"the\s+next|the\s+same|the|last|this|next|previous|following|past|coming))\s+"
                r"(?P<unit>(?i:day|week|weekend|month|year))\b",
                self._period,
            ),
            (
                rf"\b(?P<n>{f['num']})\s+(?P<unit>{f['unit']})\s+(?P<dir>(?i:ago|earlier|later|from\s+now|hence))\b",
                self._counted,
            ),
            (
                rf"\b(?P<prep>(?i:in|within|over|during|for))\s+(?:(?P<the>(?i:the\s+(?:next|coming|past|last)))\s+)?"
                rf"(?:(?P<n>{f['num']})\s+)?(?P<unit>{f['unit']})(?:(?:'s|’s|s'|s’|')\s+(?i:time))?\b"
                r"(?!\s+(?i:of|that|when|which|where|after|before|since)\b)",
                self._within,
            ),
            (r"\b(?i:the\s+day\s+(?P<dir>before|after))(?=\s*[,.;:!?)]|\s*$)", self._day_before),
        ]
        return [(re.compile(source), build) for source, build in sources]

    def _calendar(self, m: re.Match[str]) -> Built:
        groups = m.groupdict()
        month = self.lower_months.get(groups["month"].rstrip(".").lower()) if groups.get("month") else None
        day = int(groups["day"]) if groups.get("day") else None
        year = int(groups["year"]) if groups.get("year") else None
        if day is not None and month is not None and day > _longest_month(month):
            return None
        rel = (groups.get("rel") or "").lower().split()
        tense = PAST if rel[:1] in (["last"], ["past"]) or rel == ["this", "past"] else None
        tense = FUTURE if rel[:1] in (["next"], ["coming"]) or rel[-1:] == ["coming"] else tense
        return CalendarDate(year, month, day, strict=tense is not None), tense

    def _iso(self, m: re.Match[str]) -> Built:
        return CalendarDate(int(m["year"]), int(m["month"]), int(m["day"])), None

    def _day_word(self, m: re.Match[str]) -> Built:
        offset = self.day_words[" ".join(m["word"].lower().split())]
        return DayShift(offset), PAST if offset < 0 else FUTURE if offset > 0 else None

    def _weekday(self, m: re.Match[str]) -> Built:
        before = m.string[: m.start()].split()
        if before and before[-1] in self.titles and not m["rel"]:
            return None
        rel = (m["rel"] or "").lower().split()
        direction = -1 if rel in (["last"], ["past"], ["this", "past"]) else 0
        direction = 1 if rel in (["next"], ["coming"], ["this", "coming"]) else direction
        tense = PAST if direction < 0 else FUTURE if direction > 0 else None
        return WeekdayRef(self.lower_weekdays[m["wd"].lower()], direction), tense

    def _period(self, m: re.Match[str]) -> Built:
        rel = " ".join(m["rel"].lower().split())
        unit = m["unit"].lower()
        edge = (m["edge"] or "").lower()
        tense = PAST if edge == "earlier" else FUTURE if edge == "later" else None
        if m["prep"] and rel in ("the next", "the coming"):
            return None  # "in the next month" is counted from the document date (see _within)
        return _period_reading(rel, unit, tense)

    def _counted(self, m: re.Match[str]) -> Built:
        count, unit = self._count(m["n"], m["unit"])
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
        count, unit = self._count(m["n"] or "1", m["unit"])
        if the in ("the past", "the last"):
            return Span(unit, -count), PAST
        if m["prep"].lower() == "for" or (m["prep"].lower() in ("over", "during") and not the):
            return None
        return PeriodShift(unit, count), FUTURE

    def _day_before(self, m: re.Match[str]) -> Built:
        return Chained("day", -1 if m["dir"].lower() == "before" else 1), None

    def _count(self, number: str, unit_word: str) -> tuple[int, str]:
        """A count and unit, with fortnights as two weeks."""
        key = " ".join(number.lower().split())
        count = int(key) if key.isdigit() else self.numbers[key]
        unit = self.units[unit_word.lower()]
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


def _longest_month(month: int) -> int:
    return 29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31


def _longest_first(found: list[Expression]) -> list[Expression]:
    """Keep the longest of overlapping expressions (the earliest on a tie), in text order."""
    kept: list[Expression] = []
    for expr in sorted(found, key=lambda e: (e.start - e.end, e.start)):
        if all(expr.end <= k.start or expr.start >= k.end for k in kept):
            kept.append(expr)
    return sorted(kept, key=lambda e: e.start)
