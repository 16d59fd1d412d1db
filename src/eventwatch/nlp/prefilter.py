"""Which sentences may hold an event: a trigger word form and an actor candidate.

The parser is the costliest step by far, so a multi-pattern match over the
lexicon's word forms (Aho-Corasick) decides which sentences reach it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import ahocorasick

from eventwatch.records import Document, Sentence
from eventwatch.spans import SpanIndex
from eventwatch.textcase import lower_case_text

_CAPITALISED = re.compile(r"(?<=[\s(\"“'‘-])[A-Z][\w'’.-]+")
# a pronoun may stand for a party named in an earlier sentence: "He called her plans a mistake."
_PRONOUN = re.compile(r"\b(?:he|she|they|we|his|her|their)\b", re.IGNORECASE)


class TriggerFilter:
    """Finds lexicon word forms on word boundaries in lower-cased text."""

    def __init__(self, keywords: Iterable[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        for word in {k.lower() for k in keywords if k.strip()}:
            self._automaton.add_word(word, len(word))
        self._empty = len(self._automaton) == 0
        if not self._empty:
            self._automaton.make_automaton()

    def has_trigger(self, text: str) -> bool:
        if self._empty:
            return False
        low = text.lower()
        for end, length in self._automaton.iter(low):
            start = end - length + 1
            if _boundary(low, start - 1) and _boundary(low, end + 1):
                return True
        return False


def _boundary(text: str, i: int) -> bool:
    return i < 0 or i >= len(text) or not text[i].isalnum()


def candidates(
    doc: Document, triggers: TriggerFilter, standalone: TriggerFilter | None = None
) -> list[Sentence]:
    """Sentences with a trigger form and an actor mention or a capitalised name after the first word,
    or with the form of an act told even with no party named (`standalone`: "curfew was imposed");
    in a text written all in lower case, every sentence with a trigger form."""
    out = []
    mentions = SpanIndex(doc.mentions)
    caseless = lower_case_text(doc.text)  # no capitals tell a name: any word may be one
    for sent in doc.sentences:
        if not triggers.has_trigger(sent.text):
            continue
        if (
            caseless
            or mentions.overlapping(sent.start, sent.end)
            or _CAPITALISED.search(sent.text)
            or _PRONOUN.search(sent.text)
            or (standalone is not None and standalone.has_trigger(sent.text))
        ):
            out.append(sent)
    return out
