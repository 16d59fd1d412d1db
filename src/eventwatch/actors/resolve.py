"""The actor resolver: mentions of a text on a day (scan, choose, coreference, rules), and lookups."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Self

from eventwatch.actors.context import resolve_named_owners, resolve_sentence_states
from eventwatch.actors.coref import (
    resolve_defined_acronyms,
    resolve_definite_agents,
    resolve_foreign_organs,
    resolve_halves,
    resolve_new_surnames,
    resolve_nouns,
    resolve_possessives,
    resolve_pronouns,
)
from eventwatch.actors.kb import ActorKB
from eventwatch.actors.load import start_date
from eventwatch.actors.match import Hit
from eventwatch.actors.pieces import Piece, choose
from eventwatch.actors.rules import combine
from eventwatch.actors.unknown import unknown_organisations
from eventwatch.records import Actor, Mention
from eventwatch.textcase import lower_case_text

_SENTENCE_END = re.compile(r"(?<=[.!?\u201d\"])\s+(?=[A-Z\u201c\"])|\n\s*\n")
_ABBREVIATION = re.compile(r"(?<![\w.])(?:[A-Z][a-z]{0,3}|[A-Z])\.$")
# a misspelled full name without a title is read only as someone in office within about 15 years of the day:
# "Boris Johnston" in 1995 is someone else
_NEAR = 15 * 366
_LEADING_THE = re.compile(r"^(?:the|The|THE)\s+")
_LOOKUPS_KEPT = 20_000  # answers remembered; the pipeline asks the same names again and again


class ActorResolver:
    """Finds and resolves actors in text with one loaded `ActorKB`; remembers recent lookups."""

    def __init__(self, kb: ActorKB) -> None:
        self.kb = kb
        self._lookups: dict[tuple[str, str | None], Actor | None] = {}

    @classmethod
    def load(cls, extra: Sequence[Path] = ()) -> Self:
        """Built-in knowledge plus user files; `KnowledgeError` naming file and line if one is bad."""
        return cls(ActorKB.load(extra))

    def mentions(
        self, text: str, date: str | None = None, sentences: list[tuple[int, int]] | None = None
    ) -> list[Mention]:
        """Every actor mention of `text` on `date` (see `mentions_in`)."""
        return mentions_in(text, self.kb, date, sentences)

    def lookup(self, name: str, date: str | None = None) -> Actor | None:
        """The actor a name or phrase stands for on `date` ("Putin", "the Tajik president", "NATO")."""
        key = (name.strip(), date)
        if key not in self._lookups:
            if len(self._lookups) >= _LOOKUPS_KEPT:
                self._lookups.clear()
            self._lookups[key] = resolve_phrase(self.kb, key[0], date)
        return self._lookups[key]


def day_of(date: str | None, kb: ActorKB) -> str:
    """The day knowledge is resolved on: the given date (YYYY, YYYY-MM or YYYY-MM-DD), else its latest."""
    if date:
        try:
            return start_date(date.strip()[:10])
        except ValueError:
            pass
    return kb.latest_day


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Rough sentence boundaries, used only when the document has no sentences yet."""
    spans, start = [], 0
    for gap in _SENTENCE_END.finditer(text):
        if _ABBREVIATION.search(text, max(0, gap.start() - 6), gap.start()):
            continue  # "Gen. Tomas Varga", "Mr. Smith": a title's full stop ends no sentence
        spans.append((start, gap.start()))
        start = gap.end()
    spans.append((start, len(text)))
    return spans


def mentions_in(
    text: str, kb: ActorKB, date: str | None = None, sentences: list[tuple[int, int]] | None = None
) -> list[Mention]:
    """Every actor mention of `text`, sorted by start and non-overlapping, resolved on `date`."""
    day = day_of(date, kb)
    hits = kb.index.scan(text, caseless=lower_case_text(text))
    pieces = _with_misspelled_states(choose(hits, text, kb, day), hits, text, kb, day)
    pieces = resolve_nouns(pieces, text, kb)
    mentions, pronouns = combine(pieces, text, kb, day)
    spans = sentences or sentence_spans(text)
    mentions = resolve_named_owners(resolve_possessives(mentions, text, kb, day), text, kb)
    mentions = resolve_foreign_organs(mentions, text, kb)
    mentions = resolve_defined_acronyms(unknown_organisations(mentions, text, kb), text)
    mentions = resolve_definite_agents(resolve_sentence_states(mentions, spans, kb, text), text)
    mentions += resolve_new_surnames(mentions, text, kb)
    mentions += resolve_halves(mentions, text)
    if pronouns:
        mentions += resolve_pronouns(mentions, pronouns, spans, text)
    return sorted(mentions, key=lambda m: m.start)


def _with_misspelled_states(
    pieces: list[Piece], hits: list[Hit], text: str, kb: ActorKB, day: str
) -> list[Piece]:
    """The chosen pieces plus misspelled states ("Afganistan") and full names ("Hosni Moubarak")."""
    taken = [(h.start, h.end) for h in hits]
    extra = [Piece(start, end, "state", code, "name") for start, end, code in kb.spellings.find(text, taken)]
    chosen = [(p.start, p.end) for p in pieces if p.what != "pronoun"]
    near = [
        (s, e, n) for s, e, n in kb.fuzzy.full_names(text, chosen) if kb.persons[n].days_from(day) < _NEAR
    ]
    extra += [Piece(s, e, "person", number, "name") for s, e, number in near]
    return sorted(pieces + extra, key=lambda p: p.start) if extra else pieces


def resolve_phrase(kb: ActorKB, phrase: str, date: str | None = None) -> Actor | None:
    """The actor a whole phrase stands for ("the Tajik president", "NATO", "RUS"), or None."""
    for candidate in (phrase, _LEADING_THE.sub("", phrase), phrase.rstrip(" .,;:")):
        whole = [m for m in mentions_in(candidate, kb, date) if m.start == 0 and m.end == len(candidate)]
        if whole:
            return whole[0].actor
    code = phrase.strip()  # a code as written: "BEN" is Benin, the name "Ben" is not
    if code.isupper() and (code in kb.states or code in kb.orgs or code in kb.groups):
        return kb.entity_actor(code, phrase)
    return None
