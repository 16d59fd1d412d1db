"""Dates: find time expressions in a sentence and resolve them against the document date.

`find_dates("The ministers met on Thursday.", "2021-09-17", grammar, past=True)` gives one
`DateMention` for "on Thursday" with value "2021-09-16"; `grammar` is `default_grammar()`,
built once per run by the `Toolkit`. The rules are listed in
`resolve.py`; the words in `knowledge/dates.yaml`. Nothing is invented: without a
document date, relative expressions keep value None while absolute ones still resolve.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from eventwatch.dates.expressions import Grammar
from eventwatch.dates.lexicon import default_words
from eventwatch.dates.resolve import Point, resolve

__all__ = ["DateMention", "Grammar", "default_grammar", "find_dates", "parse_anchor"]


@dataclass(slots=True, frozen=True)
class DateMention:
    """A time expression in a sentence: offsets into it, its words, and the date it names."""

    start: int
    end: int
    text: str
    value: str | None  # YYYY, YYYY-MM or YYYY-MM-DD; None when it cannot be resolved


def default_grammar() -> Grammar:
    """The grammar of the built-in vocabulary (`Toolkit.date_grammar` keeps one per run)."""
    return Grammar(default_words())


def find_dates(
    text: str, anchor: str | None, grammar: Grammar, *, past: bool | None = None
) -> list[DateMention]:
    """Time expressions of one sentence, resolved against the document date.

    Args:
        text: one sentence.
        anchor: the document date YYYY-MM-DD, or None (relative expressions stay unresolved).
        grammar: the compiled date words (`default_grammar()`).
        past: tense of the clause: True past, False future, None unknown (the words decide,
            else past for weekdays and the nearest occurrence for month names). "in a month"
            and "within a week" count ahead from the document only when the clause is not past.

    Returns:
        Mentions sorted by offset, never overlapping.
    """
    day = parse_anchor(anchor)
    mentions: list[DateMention] = []
    previous: Point | None = None
    for expr in grammar.find(text):
        tense = expr.tense if expr.tense is not None else past
        try:
            point = resolve(expr.reading, day, tense, previous)
        except (ValueError, OverflowError):  # arithmetic past year 1 or 9999: no date rather than a crash
            point = None
        previous = point or previous
        value = point.value if point else None
        mentions.append(DateMention(expr.start, expr.end, text[expr.start : expr.end], value))
    return mentions


def parse_anchor(anchor: str | None) -> date | None:
    """The document date as a `date`; a malformed one is a clear ValueError."""
    if anchor is None:
        return None
    try:
        return date.fromisoformat(anchor[:10])
    except ValueError:
        raise ValueError(f"document date {anchor!r} is not YYYY-MM-DD") from None
