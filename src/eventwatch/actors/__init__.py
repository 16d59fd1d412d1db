"""Stage 4: find the actors of a document and resolve them to codes on the document's date.

No spaCy here: one Aho-Corasick scan of the text against the knowledge base, then rules
(`rules.py`) and in-document coreference (`coref.py`). `Mention.how` tells how an actor was found:
name, surname, title (a title or office before a name), role (an office resolved to its holder on
the day), nationality (owner + agent: "Russian troops"), people ("Afghans"), prefix ("Sino-"),
capital and seat (metonyms: "Moscow", "the Kremlin"), locative (a state or capital after "in", "at",
"near": more likely a place than an actor), agent (a generic agent: "protesters") and coref
("the bloc", "he", "its troops").
"""

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
