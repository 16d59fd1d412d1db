"""Actor mentions of a text on a day: scan, choose, coreference, rules."""

from __future__ import annotations

import re

from eventwatch.actors.context import resolve_named_owners, resolve_sentence_states
from eventwatch.actors.coref import resolve_new_surnames, resolve_nouns, resolve_possessives, resolve_pronouns
from eventwatch.actors.kb import ActorKB, today
from eventwatch.actors.load import start_date
from eventwatch.actors.match import Hit
from eventwatch.actors.pieces import Piece, choose
from eventwatch.actors.rules import combine
from eventwatch.actors.unknown import unknown_organisations
from eventwatch.records import Actor, Mention

_SENTENCE_END = re.compile(r"(?<=[.!?\u201d\"])\s+(?=[A-Z\u201c\"])|\n\s*\n")
_ABBREVIATION = re.compile(r"(?<![\w.])(?:[A-Z][a-z]{0,3}|[A-Z])\.$")
# a misspelled full name without a title is read only as someone in office within about 15 years of the day:
# "Boris Johnston" in 1995 is someone else
_NEAR = 15 * 366
_LEADING_THE = re.compile(r"^(?:the|The|THE)\s+")


def day_of(date: str | None) -> str:
    """The day knowledge is resolved on: the given date (YYYY, YYYY-MM or YYYY-MM-DD) or today."""
    if date:
        try:
            return start_date(date.strip()[:10])
        except ValueError:
            pass
    return today()


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
    day = day_of(date)
    hits = kb.index.scan(text)
    pieces = _with_misspelled_states(choose(hits, text, kb, day), hits, text, kb, day)
    pieces = resolve_nouns(pieces, text, kb)
    mentions, pronouns = combine(pieces, text, kb, day)
    spans = sentences or sentence_spans(text)
    mentions = resolve_named_owners(resolve_possessives(mentions, text, kb, day), text, kb)
    mentions = unknown_organisations(mentions, text, kb)
    mentions = resolve_sentence_states(mentions, spans, kb, text)
    mentions += resolve_new_surnames(mentions, text, kb)
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
    code = phrase.strip().upper()
    if code in kb.states or code in kb.orgs or code in kb.groups:
        return kb.entity_actor(code, phrase)
    return None
