"""Stage 5: find and resolve place names, borders and regions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwatch.records import Document, Place

if TYPE_CHECKING:
    from eventwatch.places.gazetteer import Gazetteer


def geoparse(text: str, gazetteer: Gazetteer) -> list[Place]:
    """Places in `text` with offsets into it. Placeholder: finds nothing."""
    return []


def geoparse_document(doc: Document, gazetteer: Gazetteer) -> Document:
    doc.places = geoparse(doc.text, gazetteer)
    return doc
