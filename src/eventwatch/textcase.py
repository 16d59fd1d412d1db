"""Texts written all in lower case (some archives and feeds): their capitals tell no names.

The actor and place stages read names by their capitals; for such a text they read a copy with
every word capitalised (same length, same offsets), as they read a headline Written Like This.
"""

from __future__ import annotations

import re

_LOWER_CASE_SHARE = 0.01  # fewer capitals than this among the letters: the text is in lower case
_LOWER_CASE_LETTERS = 200  # a shorter text is too short to tell
_WORD_START = re.compile(r"\b[a-z]")


def lower_case_text(text: str) -> bool:
    """A text of some length written all in lower case."""
    letters = sum(c.isalpha() for c in text)
    capitals = sum(c.isupper() for c in text)
    return letters >= _LOWER_CASE_LETTERS and capitals < _LOWER_CASE_SHARE * letters


def capitalise_words(text: str) -> str:
    """Every word's first letter in capitals; the length and the offsets stay those of `text`."""
    return _WORD_START.sub(lambda m: m.group().upper(), text)
