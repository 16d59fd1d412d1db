"""When and where: the date expression and the place in the event's own clause, else the dateline."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from eventwatch.events.parsed import Parsed, Token
from eventwatch.events.status import past_tense, present_tense
from eventwatch.records import Document, EventDate, Place

FindDates = Callable[..., list[Any]]
_find_dates: FindDates | None
try:  # written by the dates engineer; coding still runs without it
    from eventwatch.dates import find_dates as _find_dates
except ImportError:  # pragma: no cover - depends on another stage landing
    _find_dates = None

CLAUSE_DEPS = {"ROOT", "ccomp", "xcomp", "advcl", "relcl", "parataxis", "csubj", "acl", "pcomp", "conj"}
DATELINE = re.compile(
    r"^\s*([A-Z][A-Za-z .'-]{1,40}?)\s*(?:,[^\n]{0,40}?)?\s*(?:\([^)\n]{1,30}\))?\s*[-–—]{1,2}\s"
)
NO_DATE = EventDate(None, None)


def clause_head(tok: Token) -> Token:
    """The verb heading the clause a token belongs to."""
    steps = 0
    while tok.dep_ not in CLAUSE_DEPS or (
        tok.dep_ in ("conj", "acl", "pcomp") and tok.pos_ not in ("VERB", "AUX")
    ):
        if tok.head.i == tok.i or steps > 30:
            break
        tok, steps = tok.head, steps + 1
    return tok


def event_date(
    p: Parsed, anchor: Token, noun: Token, status: str, finder: FindDates | None = _find_dates
) -> EventDate:
    """The date expression of the event's clause, resolved against the document date and tense.

    Without a document date a relative expression ("on Thursday") keeps its words in
    `text` with no `value`: eventwatch never invents a date, but says where one was given.
    """
    if finder is None or p.dates is None:
        return NO_DATE
    told_past = _past_tense(anchor) or past_tense(anchor)  # "sent X to join the meeting on 20 March"
    past = True if status == "occurred" and told_past or status == "ongoing" and _perfect(anchor) else None
    if status == "planned" or status in ("occurred", "ongoing") and present_tense(anchor):
        past = False  # "begins a state visit on Tuesday", "is meeting Putin on Friday": ahead
    if status == "hypothetical" and not told_past:
        past = False  # "when they meet on Sunday", "could strike on Friday": a possibility lies ahead
    key = ("dates", past)
    if key not in p.memo:
        try:
            p.memo[key] = finder(p.sentence.text, p.doc.date, p.dates, past=past)
        except (ValueError, TypeError):
            p.memo[key] = []
    found = p.memo[key]
    head = clause_head(anchor)
    own = {t.i for t in noun.subtree} if noun.i != anchor.i else set()
    best: tuple[int, Any] | None = None
    for mention in found:
        tok = _token_at(p, mention.start)
        if tok is None:
            continue
        rank = 0 if tok.i in own else 1 if clause_head(tok).i == head.i else 9
        rank += 0 if getattr(mention, "value", None) is not None else 2  # resolved dates first
        if rank < 9 and (best is None or rank < best[0]):
            best = (rank, mention)
    return EventDate(best[1].value, best[1].text) if best else NO_DATE


def _perfect(anchor: Token) -> bool:
    """ "has been shelling the city since October" looks back from the report."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in anchor.children)


def _past_tense(anchor: Token) -> bool:
    verb = anchor if anchor.pos_ in ("VERB", "AUX") else clause_head(anchor)
    return bool(verb.tag_ in ("VBD", "VBN"))


def _token_at(p: Parsed, offset: int) -> Token | None:
    return p.token_at(offset)


def event_place(p: Parsed, anchor: Token, noun: Token | None, taken: set[int]) -> Place | None:
    """The place named in the event's clause (not one of its actors), else the dateline place."""
    head = clause_head(anchor)
    own = _own_span(noun) if noun is not None else set()
    ranked: list[tuple[int, int, Place]] = []
    for place in p.places:
        tok = _token_at(p, place.start - p.sentence.start)
        if tok is None or tok.i in taken or not _where(p, tok, place):
            continue
        rank = (
            0
            if tok.i in own
            else 1
            if clause_head(tok).i == head.i
            else 2
            if _same_moment(clause_head(tok), head)
            else 3
            if noun is not None and _relative_on(clause_head(tok), noun)
            else 9
        )
        if rank < 9:
            ranked.append((rank, place.feature == "country", place))
    if ranked:
        return min(ranked, key=lambda r: (r[0], r[1]))[2]
    return dateline_place(p.doc)


def _own_span(noun: Token) -> set[int]:
    """The noun phrase of a nominal event without its relative clauses and conjuncts."""
    out = {noun.i}
    for child in noun.children:
        if child.dep_ not in ("relcl", "acl", "conj", "cc", "appos", "punct"):
            out |= {t.i for t in child.subtree}
    return out


def _same_moment(clause: Token, head: Token) -> bool:
    """ "killed 23 people when they blew themselves up in Tel Aviv": a when-clause tells the same event."""
    return (
        clause.dep_ == "advcl"
        and clause.head.i == head.i
        and any(c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "as") for c in clause.children)
    )


def _relative_on(clause: Token, noun: Token) -> bool:
    """ "an offensive that led to the fall of Kabul": a relative clause whose subject is the event's noun
    tells where it struck, when its own clause names no place (not "talks mediated by Oman")."""
    return (
        clause.dep_ == "relcl"
        and clause.head.i == noun.i
        and any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in clause.children)
    )


def _where(p: Parsed, tok: Token, place: Place) -> bool:
    """A place named as where something happens: not inside an organisation's name, not an adjective."""
    mention = p.mention_at.get(tok.i)
    if mention is not None and mention.actor.kind not in ("state", "population"):
        return False
    last = _token_at(p, place.end - 1 - p.sentence.start) or tok  # "Hong Kong": the name's head is "Kong"
    if _origin(last):
        return False
    return place.feature == "border" or last.dep_ not in ("amod", "compound", "nmod", "poss")


def _origin(tok: Token) -> bool:
    """ "a missionary from Calgary": a place someone comes from is not where the event happens."""
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    return prep.lower_ == "from" and prep.head.pos_ in ("NOUN", "PROPN")


def dateline_place(doc: Document) -> Place | None:
    """ "MINSK – The foreign ministers ...": the place of the dateline at the top of the text."""
    match = DATELINE.match(doc.text[:120])
    if not match:
        return None
    start, end = match.span(1)
    return next((pl for pl in doc.places if start <= pl.start < end + 1), None)
