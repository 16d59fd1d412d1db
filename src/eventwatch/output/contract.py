"""The one serializer: records -> the JSON shapes of the output contract (v1)."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from eventwatch.records import Actor, Document, Event, Place, Skip


def actor_json(actor: Actor | None) -> dict[str, Any] | None:
    if actor is None:
        return None
    return {
        "text": actor.text,
        "name": actor.name,
        "code": actor.code,
        "country": actor.country,
        "kind": actor.kind,
        "sector": actor.sector,
        "role": actor.role,
    }


def place_json(place: Place | None, *, offsets: bool = False) -> dict[str, Any] | None:
    if place is None:
        return None
    out: dict[str, Any] = {
        "text": place.text,
        "name": place.name,
        "country": place.country,
        "admin1": place.admin1,
        "lat": place.lat,
        "lon": place.lon,
        "geonames_id": place.geonames_id,
        "feature": place.feature,
    }
    if place.countries:
        out["countries"] = list(place.countries)
    if offsets:
        out["start"], out["end"] = place.start, place.end
    return out


def event_id(doc: Document, event: Event) -> str:
    """Stable id: the same document and event give the same id."""
    key = "|".join(
        [
            doc.id,
            str(event.sentence.index),
            event.event_type,
            event.trigger,
            (event.actor.code or event.actor.name) if event.actor else "",
            (event.recipient.code or event.recipient.name) if event.recipient else "",
        ]
    )
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def event_json(doc: Document, event: Event) -> dict[str, Any]:
    return {
        "doc_id": doc.id,
        "event_id": event_id(doc, event),
        "event_type": event.event_type,
        "mode": event.mode,
        "context": list(event.context),
        "cameo": event.cameo,
        "quad_class": event.quad_class,
        "goldstein": event.goldstein,
        "actor": actor_json(event.actor),
        "recipient": actor_json(event.recipient),
        "location": place_json(event.location),
        "location_inferred": event.location_inferred,
        "date": event.date.value,
        "date_text": event.date.text,
        "date_inferred": event.date.inferred,
        "status": event.status,
        "speaker": actor_json(event.speaker),
        "sentence_index": event.sentence.index,
        "sentence": event.sentence.text,
        "trigger": event.trigger,
        "span": [event.sentence.start, event.sentence.end],
        "confidence": round(event.confidence, 3),
        "mentions": list(event.mentions) or [event.sentence.index],
        "doc_date": doc.date,
        "url": doc.url,
        "source": doc.source,
    }


def text_json(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id,
        "url": doc.url,
        "title": doc.title,
        "text": doc.text,
        "date": doc.date,
        "author": doc.author,
        "source": doc.source,
        "language": doc.language,
        "quality": round(doc.quality, 3),
    }


def places_json(doc_id: str, places: list[Place]) -> dict[str, Any]:
    return {"id": doc_id, "places": [place_json(p, offsets=True) for p in places]}


def document_json(doc: Document) -> dict[str, Any]:
    """A coded document: the `eventwatch text` keys plus its events as contract objects."""
    return {**text_json(doc), "events": [event_json(doc, event) for event in doc.events]}


def skip_json(skip: Skip) -> dict[str, Any]:
    return {"origin": skip.origin, "reason": skip.reason, "detail": skip.detail}
