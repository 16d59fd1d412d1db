"""Stage 4: find the actors of a document and resolve them to codes on the document's date."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwatch.actors.resolve import mentions_in
from eventwatch.records import Document

if TYPE_CHECKING:
    from eventwatch.actors.kb import ActorKB

__all__ = ["find_mentions", "mentions_in"]


def find_mentions(doc: Document, kb: ActorKB) -> Document:
    """Fill `doc.mentions`: sorted, non-overlapping, offsets into `doc.text`, resolved on `doc.date`."""
    sentences = [(s.start, s.end) for s in doc.sentences] or None
    doc.mentions = mentions_in(doc.text, kb, doc.date, sentences)
    return doc
