"""Typed records that flow through the pipeline.

A `RawDocument` comes out of `read`; every later stage fills in one part of a
`Document`. JSON is made only at the edge, by `output.contract`: the records' `to_dict`
methods call it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import Any, TypeVar

_Frozen = TypeVar("_Frozen")


def _pickled_by_fields(cls: type[_Frozen]) -> type[_Frozen]:
    """Pickle a frozen record as its constructor call.

    Frozen slotted dataclasses otherwise pickle through per-object Python `__getstate__` /
    `__setstate__`; worker processes send every document back pickled (measured on 1,000
    coded documents: pickling 0.25 -> 0.13-0.17 s, unpickling 0.28 -> 0.22-0.25 s).
    """
    names = [f.name for f in fields(cls)]  # type: ignore[arg-type]
    get = attrgetter(*names) if len(names) > 1 else lambda record: (getattr(record, names[0]),)

    def __reduce__(self: _Frozen) -> tuple[type[_Frozen], tuple[Any, ...]]:
        return cls, get(self)

    cls.__reduce__ = __reduce__  # type: ignore[method-assign,assignment]
    return cls


@_pickled_by_fields
@dataclass(slots=True, frozen=True)
class RawDocument:
    """One input document as read from a file, a WARC record or a JSON Lines line."""

    id: str | None
    origin: str  # where it came from: "path", "path:line" or "path#record"
    text: str | None = None
    html: str | None = None
    url: str | None = None
    date: str | None = None  # YYYY-MM-DD given by the caller
    title: str | None = None
    source: str | None = None
    notes: tuple[str, ...] = ()  # non-fatal remarks, e.g. "invalid UTF-8 replaced"


@_pickled_by_fields
@dataclass(slots=True, frozen=True)
class Skip:
    """Why a document was not processed; counted in the run summary."""

    origin: str
    reason: str  # short key: "empty", "binary", "language: fr", "too large", ...
    detail: str = ""

    def message(self) -> str:
        return f"{self.origin}: skipped ({self.reason}){': ' + self.detail if self.detail else ''}"

    def to_dict(self) -> dict[str, Any]:
        """`{"origin", "reason", "detail"}`."""
        from eventwatch.output.contract import skip_json

        return skip_json(self)


@_pickled_by_fields
@dataclass(slots=True, frozen=True)
class Sentence:
    """A sentence of the clean text, with its character offsets."""

    index: int
    start: int
    end: int
    text: str


@_pickled_by_fields
@dataclass(slots=True, frozen=True)
class Actor:
    """A resolved actor: a state, organisation, group or person (contract actor object)."""

    text: str
    name: str
    code: str | None
    country: str | None
    kind: str  # state igo ngo armed_group party person media business population other
    sector: str | None = None
    role: str | None = None

    @property
    def home(self) -> str | None:
        """The state (or, for an organisation or group without one, the body) the actor stands for."""
        return self.country or self.code

    def to_dict(self) -> dict[str, Any]:
        """The contract actor object."""
        from eventwatch.output.contract import actor_json

        return actor_json(self)  # type: ignore[return-value]  # None only for no actor


@_pickled_by_fields
@dataclass(slots=True, frozen=True)
class Mention:
    """An actor found in the clean text at [start, end)."""

    start: int
    end: int
    actor: Actor
    how: str = "name"  # name, alias, nationality, title, surname, coref, ...


@_pickled_by_fields
@dataclass(slots=True, frozen=True)
class Place:
    """A resolved place (contract place object); start/end are offsets in the text it was found in."""

    text: str
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    feature: str  # country admin1 city border region water other
    admin1: str | None = None
    geonames_id: int | None = None
    countries: tuple[str, ...] = ()
    start: int = -1
    end: int = -1

    def covers(self, offset: int) -> bool:
        """The place is named at this text offset (a place of no length covers its start)."""
        return self.start <= offset < max(self.end, self.start + 1)

    def to_dict(self) -> dict[str, Any]:
        """The contract place object."""
        from eventwatch.output.contract import place_json

        return place_json(self)  # type: ignore[return-value]  # None only for no place


@_pickled_by_fields
@dataclass(slots=True, frozen=True)
class EventDate:
    """An event date: `value` is YYYY, YYYY-MM or YYYY-MM-DD; `text` the words it came from;
    `inferred` when the text gives no date and the value is the article's own date."""

    value: str | None
    text: str | None
    inferred: bool = False


@dataclass(slots=True)
class Event:
    """One coded event with its evidence."""

    event_type: str
    trigger: str
    sentence: Sentence
    actor: Actor | None = None
    recipient: Actor | None = None
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    cameo: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    location: Place | None = None
    date: EventDate = EventDate(None, None)
    status: str = "occurred"  # occurred ongoing planned hypothetical negated
    speaker: Actor | None = None
    confidence: float = 0.5
    mentions: list[int] = field(default_factory=list)  # sentence indexes telling the same event
    location_inferred: bool = False  # no place told: the country the article or the actor is about
    recipient_inferred: bool = False  # no target told: the place's state or the document's other party
    # the document it was coded in; set by the public API (`eventwatch.code`, `Pipeline.run`)
    document: Document | None = field(default=None, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """The contract event object (`../shared/contract/`), with its document's keys."""
        from eventwatch.output.contract import event_json

        if self.document is None:
            raise ValueError("this event has no document: use output.contract.event_json(doc, event)")
        return event_json(self.document, self)

    def __repr__(self) -> str:
        def who(actor: Actor | None) -> str | None:
            return (actor.code or actor.name) if actor else None

        return (
            f"Event({self.event_type} {who(self.actor)} -> {who(self.recipient)}, cameo={self.cameo}, "
            f"status={self.status}, date={self.date.value or repr(self.date.text)}, trigger={self.trigger!r})"
        )


@dataclass(slots=True)
class Document:
    """A document on its way through the pipeline; each stage fills its part."""

    id: str
    origin: str
    text: str  # clean article text: offsets of sentences, mentions and places refer to it
    title: str | None = None
    url: str | None = None
    date: str | None = None  # publication date YYYY-MM-DD, anchors relative dates
    author: str | None = None
    source: str | None = None
    language: str | None = "en"
    quality: float = 1.0
    content_hash: str = ""
    notes: list[str] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    parses: dict[int, Any] = field(default_factory=dict)  # sentence index -> spaCy Doc/Span

    def to_dict(self) -> dict[str, Any]:
        """The `eventwatch text` keys plus `events`, a list of contract event objects."""
        from eventwatch.output.contract import document_json

        return document_json(self)

    def __repr__(self) -> str:
        return f"Document(id={self.id!r}, title={self.title!r}, date={self.date}, events={len(self.events)})"
