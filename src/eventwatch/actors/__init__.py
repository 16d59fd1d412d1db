"""Stage 4: find the actors of a document and resolve them to codes on the document's date."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwatch.records import Document

if TYPE_CHECKING:
    from eventwatch.actors.kb import ActorKB


def find_mentions(doc: Document, kb: ActorKB) -> Document:
    """Fill `doc.mentions`. Placeholder: finds nothing."""
    doc.mentions = []
    return doc
