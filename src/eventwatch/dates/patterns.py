"""Regular expressions of the date grammar, assembled from the vocabulary's word lists.

Month and weekday names match capitalised only, and a bare month, season or year needs a
date word in front of it ("in March", "since 2017", "last summer"), so the modal "may",
the verb "march", "the fall of Kabul" and counts such as "1,344-kilometer" or "about 2000
people" are not dates. Each source is named after the builder in `expressions.py` that reads it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from eventwatch.dates.lexicon import DateWords

_DAY = r"3[01]|[12]\d|0?[1-9]"
_NO_NUMBER_AFTER = r"\b(?![-–/]\w|,\d|\.\d|:\d|%)"
DAY_NUMBER = (
    rf"(?P<day>{_DAY})(?:st|nd|rd|th)?"
    rf"(?:(?:\s*[-–]\s*|\s+(?:to|and)\s+)(?P<last_day>{_DAY})(?:st|nd|rd|th)?)?{_NO_NUMBER_AFTER}"
)
YEAR_NUMBER = r"(?P<year>1[89]\d\d|20\d\d)\b(?![-–/]\d|,\d|\.\d|%)"
RELATIVE = r"(?i:this\s+past|this\s+coming|last|next|this|past|coming)"
NOT_A_NUMBER_BEFORE = r"(?<![\d.,$€£/-])"
YEAR_ONLY_EXCLUDED = frozenset({"about", "around", "of", "between", "on", "at"})
PERIOD_LAST_WORDS = r"(?:the|this|last|next|past|coming|previous|following|same)"  # how "the past" etc. end
ORDINAL_DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b"


def alternation(words: Iterable[str], ignore_case: bool = False) -> str:
    """A regex group matching any of `words`, longest first, spaces as any whitespace."""
    ordered = sorted(set(words), key=len, reverse=True)
    body = "|".join(re.escape(word).replace(r"\ ", r"\s+").replace("'", "['’]") for word in ordered)
    return f"(?i:{body})" if ignore_case else f"(?:{body})"


def fragments(w: DateWords) -> dict[str, str]:
    """Named sub-patterns (word alternations) shared by the sources."""
    weekdays = alternation(w.weekdays)
    months = alternation(w.months)
    return {
        "wd": weekdays,
        "wd_any": rf"(?:{weekdays}|{alternation(w.weekday_abbreviations)}\b\.?)",
        "month": rf"{months}\b",
        "month_any": rf"(?:{months}\b|{alternation(w.month_abbreviations)}\b\.?)",
        "month_abbr_dot": rf"{alternation(w.month_abbreviations)}\.",
        "prep": alternation(w.date_prepositions, ignore_case=True),
        "span_prep": alternation(set(w.date_prepositions) - {"of"}, ignore_case=True),
        "year_prep": alternation(set(w.date_prepositions) - YEAR_ONLY_EXCLUDED, ignore_case=True),
        "edge": rf"(?:{alternation(w.period_edges, ignore_case=True)}(?:\s+|-))",
        "part": rf"(?:(?i:the\s+)?{alternation(w.period_parts, ignore_case=True)}\s+(?i:of)\s+)",
        "num": rf"(?:{alternation(w.numbers, ignore_case=True)}|\d{{1,3}})",
        "unit": alternation(w.units, ignore_case=True),
        "day_part": alternation(w.day_parts, ignore_case=True),
        "day_word": alternation(w.day_words, ignore_case=True),
        "season": alternation(w.seasons, ignore_case=True),
        "holiday": alternation(w.holidays),
    }


def prefilter_source(f: dict[str, str]) -> str:
    """One cheap pattern that every expression with a name, a year or an ordinal contains.

    Together with `caseless_prefilter_source` (run on the lower-cased sentence): a sentence
    matching neither has no date.
    """
    return rf"{f['wd_any']}|{f['month_any']}|{f['holiday']}|\b(?:1[89]|20)\d\d\b|\d(?:st|nd|rd|th)\b"


def caseless_prefilter_source(w: DateWords) -> str:
    """The prefilter's word part, for the lower-cased sentence (fast: no case-insensitive alternation)."""
    unit, season, day_word = (_lower_alternation(words) for words in (w.units, w.seasons, w.day_words))
    return rf"\b{unit}\b|\bweekends?\b|\b{season}\b|{day_word}"


def keys(f: dict[str, str]) -> dict[str, str]:
    """Cheap patterns, each contained in every match of the sources that name it (original case)."""
    return {
        "month": f["month_any"],
        "digit": r"\d",
        "year": r"(?:1[89]|20)\d\d",
        "holiday": f["holiday"],
        "weekday": f["wd"],
        "ordinal": r"\d(?:st|nd|rd|th)",
        "slash": r"\d/\d",
        "dash": r"\d-\d",
    }


def caseless_keys(w: DateWords) -> dict[str, str]:
    """Keys whose words match in any case, as patterns for the lower-cased sentence."""
    return {
        "season": _lower_alternation(w.seasons),
        "day_word": _lower_alternation(w.day_words),
        "unit": _lower_alternation(w.units),
        "period_unit": r"(?:day|week|month|year)",
        "period": rf"{PERIOD_LAST_WORDS}\s+(?:day|week|month|year)",
        "current": r"of\s+(?:the|this)\s+(?:week|month|year)",
        "direction": r"(?:ago|earlier|later|from\s+now|hence)",
        "before_after": r"(?:before|after)",
    }


def _lower_alternation(words: Iterable[str]) -> str:
    return alternation({word.lower() for word in words})


def sources(f: dict[str, str]) -> list[tuple[str, str, str]]:
    """(builder name, key, regex) of every expression kind, absolute ones first.

    The key names the patterns of `keys` (joined by "+") found in every match: a sentence
    without one of them skips the source.
    """
    lead = rf"(?:{f['span_prep']}\s+)?(?:{f['wd_any']},?\s+)?(?:(?i:the)\s+)?"
    edge_or_part = rf"(?:{f['edge']}|{f['part']})"
    return [
        (
            "calendar",
            "month+digit",
            rf"\b{lead}(?P<month>{f['month_any']})\s+{DAY_NUMBER}(?:,?\s+{YEAR_NUMBER})?",
        ),
        (
            "calendar",
            "month+digit",
            rf"{NOT_A_NUMBER_BEFORE}\b{lead}{DAY_NUMBER}(?:\s+(?i:of))?\s+(?P<month>{f['month_any']})"
            rf"(?:,?\s+{YEAR_NUMBER})?",
        ),
        (
            "calendar",
            "month+year",
            rf"\b(?:{f['span_prep']}\s+)?{edge_or_part}?(?P<month>{f['month_any']})(?:\s+(?i:of))?,?\s+{YEAR_NUMBER}",
        ),
        (
            "calendar",
            "month",
            rf"\b(?:(?:(?P<rel>{RELATIVE})|{f['prep']})\s+{edge_or_part}?|{edge_or_part})"
            rf"(?P<month>{f['month']}|{f['month_abbr_dot']})(?!\s*\d|-\w)",
        ),
        (
            "calendar",
            "year",
            rf"\b(?:(?:{f['prep']}\s+)?{f['part']}|{f['year_prep']}\s+(?:(?i:the\s+year)\s+)?{f['edge']}?|"
            rf"{f['edge']}|(?i:the\s+year)\s+){YEAR_NUMBER}",
        ),
        (
            "month_range",
            "month",
            rf"\b(?i:between|from)\s+(?P<month>{f['month']})\s+(?i:and|to|through|until|till)\s+"
            rf"(?P<last_month>{f['month']})(?:,?\s+{YEAR_NUMBER})?",
        ),
        (
            "current_period",
            "current",
            rf"\b(?:{f['prep']}\s+)?{f['part']}(?i:the|this)\s+(?P<unit>(?i:week|month|year))\b",
        ),
        (
            "holiday",
            "holiday",
            rf"\b(?P<lead>(?P<rel>{RELATIVE})\s+|(?:{f['prep']}|(?i:over))\s+)?(?P<holiday>{f['holiday']})\b"
            rf"(?:,?\s+{YEAR_NUMBER})?",
        ),
        (
            "attributive_year",
            "year",
            rf"\b(?i:the|its|their|his|her|a)\s+(?P<words>{YEAR_NUMBER})(?=\s+[a-z])",
        ),
        (
            "day_of_month",
            "ordinal",
            rf"\b(?i:on\s+the)\s+{ORDINAL_DAY}(?=\s*[,.;:!?)]|\s*$|\s+(?i:and|when|as|at|in)\b)",
        ),
        (
            "slashed",
            "slash",
            r"(?<![\d/.])\b(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d)/(?P<year>(?:1[89]|20)\d\d)\b(?![/\d])",
        ),
        (
            "iso",
            "dash",
            r"(?<![\d-])\b(?P<year>(?:1[89]|20)\d\d)-(?P<month>0[1-9]|1[0-2])-(?P<day>[0-2]\d|3[01])\b(?![-\d])",
        ),
        (
            "season",
            "season",
            rf"\b(?P<lead>(?:(?P<rel>{RELATIVE})|{f['year_prep']}|(?i:over))\s+(?:(?i:the)\s+)?{f['edge']}?|{f['edge']})?"
            rf"(?P<season>{f['season']})(?:(?:\s+(?i:of))?\s+{YEAR_NUMBER})?\b(?!\s+(?i:of)\s+(?!\d))",
        ),
        ("day_word", "day_word", rf"(?<!USA\s)\b(?P<word>{f['day_word']})\b(?:\s+{f['day_part']}\b)?"),
        (
            "weekday",
            "weekday",
            rf"\b(?:(?P<rel>{RELATIVE})\s+|(?i:(?:earlier|later|early|late)\s+)?(?:(?i:on|since|by|until|till|before|after|from)\s+)?)"
            rf"(?P<wd>{f['wd']})\b(?:\s+{f['day_part']}\b)?"
            r"(?:\s+(?i:of\s+)?(?P<week>(?i:last|this|next))\s+(?i:week)\b)?",
        ),
        (
            "period",
            "period",
            r"\b(?:(?P<edge>(?i:earlier|later|early|late))\s+)?(?:(?P<prep>(?i:over|at|during|on|in))\s+)?"
            r"(?P<rel>(?i:this\s+past|this\s+coming|the\s+past|the\s+last|the\s+coming|the\s+previous|the\s+following|"
            r"the\s+next|the\s+same|the|last|this|next|previous|following|past|coming))\s+"
            r"(?P<unit>(?i:day|week|weekend|month|year))\b",
        ),
        (
            "counted",
            "unit+direction",
            rf"\b(?P<n>{f['num']})\s+(?P<unit>{f['unit']})\s+(?P<dir>(?i:ago|earlier|later|from\s+now|hence))\b",
        ),
        (
            "within",
            "unit",
            rf"\b(?P<prep>(?i:in|within|over|during|for))\s+(?:(?P<the>(?i:the\s+(?:next|coming|past|last)))\s+)?"
            rf"(?:(?P<n>{f['num']})\s+)?(?P<unit>{f['unit']})(?:(?:'s|’s|s'|s’|')\s+(?i:time))?\b"
            r"(?!\s+(?i:of|that|when|which|where|after|before|since)\b)",
        ),
        (
            "unit_before",
            "period_unit+before_after",
            r"\b(?i:the\s+(?P<unit>day|week|month|year)\s+(?P<dir>before|after))(?=\s*[,.;:!?)]|\s*$)",
        ),
    ]
