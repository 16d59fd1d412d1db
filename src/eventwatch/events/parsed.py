"""One parsed sentence with the actors and places found in it, mapped onto its tokens."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from eventwatch.records import Actor, Document, Event, Mention, Place, Sentence
from eventwatch.spans import SpanIndex

if TYPE_CHECKING:
    from eventwatch.actors.resolve import ActorResolver
    from eventwatch.dates import Grammar
    from eventwatch.events.lexicon import Lexicon

Token = Any  # spacy.tokens.Token; kept loose so mypy needs no spaCy stubs


@dataclass(slots=True)
class Parsed:
    """A sentence, its spaCy parse, and the document knowledge the coder needs."""

    sentence: Sentence
    sdoc: Any
    doc: Document
    lexicon: Lexicon
    resolver: ActorResolver | None = None
    dates: Grammar | None = None  # the run's date grammar (`Toolkit.date_grammar`)
    mention_at: dict[int, Mention] = field(default_factory=dict)
    places: list[Place] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    memo: dict[Any, Any] = field(default_factory=dict)  # per-sentence caches: dates, cues, offsets
    lemmas: dict[int, str] = field(default_factory=dict)  # token index -> lemma, filled on first use
    earlier: list[Event] = field(default_factory=list)  # events of the document's earlier sentences
    home_country: str | None = None  # the country the document is about, when one dominates its places
    index: DocIndex | None = None

    @classmethod
    def build(
        cls,
        doc: Document,
        sentence: Sentence,
        sdoc: Any,
        lexicon: Lexicon,
        resolver: ActorResolver | None,
        index: DocIndex | None = None,
    ) -> Parsed:
        index = index or DocIndex(doc)
        parsed = cls(sentence, sdoc, doc, lexicon, resolver, tokens=list(sdoc), index=index)
        inside = index.mentions.overlapping(sentence.start, sentence.end)
        for tok in parsed.tokens:
            start = tok.idx + sentence.start
            for m in inside:
                if m.start <= start < m.end:
                    parsed.mention_at[tok.i] = m
        parsed.places = index.places.starting_in(sentence.start, sentence.end)
        return parsed

    def mentions_near(self, start: int, end: int) -> list[Mention]:
        """The document's mentions overlapping [start, end), in document order."""
        return (self.index or DocIndex(self.doc)).mentions.overlapping(start, end)

    def actor_at(self, tok: Token) -> Actor | None:
        """The actor of the mention covering this token, if any."""
        mention = self.mention_at.get(tok.i)
        if mention is None:
            return None
        return _with_text(mention.actor, self.doc.text[mention.start : mention.end])

    def places_at(self, tok: Token) -> list[Place]:
        """The places the places stage found named at this token."""
        start = self.offset(tok)
        return [place for place in self.places if place.covers(start)]

    def place_country(self, tok: Token) -> str | None:
        """The country of a place named at this token ("Darfur" -> SDN), if the places stage found one."""
        return next((place.country for place in self.places_at(tok) if place.country), None)

    def offset(self, tok: Token) -> int:
        """Character offset of a token in the document text."""
        return int(tok.idx) + self.sentence.start

    def lemma(self, tok: Token) -> str:
        """The lemma the lexicon knows for this token (its own form table first, then spaCy's)."""
        i = tok.i
        lemma = self.lemmas.get(i)
        if lemma is None:
            lemma = self.lemmas[i] = str(self.lexicon.lemma_of(tok.lower_) or tok.lemma_.lower())
        return lemma

    def token_at(self, offset: int) -> Token | None:
        """The token covering a character offset of the sentence text (or the space after it)."""
        if "starts" not in self.memo:
            self.memo["starts"] = [t.idx for t in self.tokens]
            self.memo["ends"] = [t.idx + len(t.text) + 1 for t in self.tokens]
        starts, ends = self.memo["starts"], self.memo["ends"]
        i = bisect_right(starts, offset) - 1
        if i >= 1 and offset < ends[i - 1]:  # no space between: the earlier token owns the boundary
            return self.tokens[i - 1]
        return self.tokens[i] if i >= 0 and offset < ends[i] else None

    def control(self, tok: Token) -> str | None:
        """The status a governing word imposes ("plan" -> planned, "rule out" -> negated), if any."""
        lemma = self.lemma(tok)
        particles = [c.lower_ for c in tok.children if c.dep_ == "prt"]
        if particles:  # a phrasal verb is a verb of its own: "called out", "stepped up", "went ahead"
            return self.lexicon.control.get(f"{lemma} {particles[0]}")
        if lemma in self.lexicon.control:
            return self.lexicon.control[lemma]
        own = self.lexicon.control_forms.get(tok.lower_)  # a form the tagger lemmatises wrongly
        return self.lexicon.control[own] if own is not None else None

    def span_text(self, first: int, last: int) -> str:
        return str(self.sdoc[first : last + 1].text)


class DocIndex:
    """A document's mentions and places indexed by offset, built once for all its sentences."""

    __slots__ = ("mentions", "places")

    def __init__(self, doc: Document) -> None:
        self.mentions = SpanIndex(doc.mentions)
        self.places = SpanIndex(doc.places)


def _with_text(actor: Actor, text: str) -> Actor:
    return (
        actor
        if actor.text == text or not text
        else Actor(text, actor.name, actor.code, actor.country, actor.kind, actor.sector, actor.role)
    )
