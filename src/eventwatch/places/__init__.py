"""Stage 5: find and resolve place names, borders and regions, offline.

1. detect   capitalised word runs looked up in the gazetteer; false friends dropped
2. borders  two states joined as a border become one place
3. resolve  each remaining mention's meaning chosen with the document's context
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from eventwatch.records import Document, Place
from eventwatch.textcase import capitalise_words, lower_case_text

if TYPE_CHECKING:
    from eventwatch.places.detect import Mention
    from eventwatch.places.gazetteer import Entry, Gazetteer


def geoparse(text: str, gazetteer: Gazetteer) -> list[Place]:
    """Places named in `text`, in text order.

    Args:
        text: any text; offsets of the places refer to it as given.
        gazetteer: the loaded gazetteer (`Gazetteer.load`).
    Returns:
        One `Place` per mention, with `start`/`end` offsets; borders have feature "border".
    """
    from eventwatch.places.borders import find_borders
    from eventwatch.places.detect import find_mentions
    from eventwatch.places.resolve import resolve
    from eventwatch.places.unlisted import unlisted_places

    mentions = find_mentions(text, gazetteer)  # 1
    borders = find_borders(text, mentions, gazetteer)  # 2
    in_border = {k for border in borders for k in border.parts}
    chosen = resolve(text, mentions, gazetteer)  # 3
    places = [border.place for border in borders]
    for k, (mention, entry) in enumerate(zip(mentions, chosen, strict=True)):
        if entry is not None and k not in in_border:
            places.append(_place(text, mention, entry))
    places.extend(unlisted_places(text, places))  # 4
    return sorted(places, key=lambda p: p.start)


def geoparse_document(doc: Document, gazetteer: Gazetteer) -> Document:
    """Fill `doc.places` from the clean text; a text in lower case is read with its words capitalised."""
    if not lower_case_text(doc.text):
        doc.places = geoparse(doc.text, gazetteer)
        return doc
    found = geoparse(capitalise_words(doc.text), gazetteer)  # read like a headline Written Like This
    doc.places = [replace(p, text=doc.text[p.start : p.end]) for p in found]
    return doc


AREA_FEATURES = {
    "province": "admin1",
    "governorate": "admin1",
    "oblast": "admin1",
    "prefecture": "admin1",
    "region": "admin1",
    "state": "admin1",
}


def _place(text: str, mention: Mention, entry: Entry) -> Place:
    """The contract place; "Idlib province" is the area named after the town, at the town's point."""
    end, feature = mention.end, entry.feature
    if mention.area and entry.feature in {"city", "admin1"}:
        end = mention.area_end
        feature = AREA_FEATURES.get(mention.area, "region") if entry.feature == "city" else feature
    return Place(
        text=text[mention.start : end],
        name=entry.name,
        country=entry.country,
        lat=round(entry.lat, 5),
        lon=round(entry.lon, 5),
        feature=feature,
        admin1=entry.admin1,
        geonames_id=entry.geonames_id,
        countries=entry.countries,
        start=mention.start,
        end=end,
    )
