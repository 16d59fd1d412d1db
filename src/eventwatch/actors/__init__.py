"""Stage 4: find the actors of a document and resolve them to codes on the document's date.

No spaCy here: one Aho-Corasick scan of the text against the knowledge base, then rules
(`rules.py`) and in-document coreference (`coref.py`). `Mention.how` tells how an actor was found:
name, surname, title (a title or office before a name), role (an office resolved to its holder on
the day), nationality (owner + agent: "Russian troops"), people ("Afghans"), prefix ("Sino-"),
capital and seat (metonyms: "Moscow", "the Kremlin"), locative (a state or capital after "in", "at",
"near": more likely a place than an actor), agent (a generic agent: "protesters") and coref
("the bloc", "he", "its troops", "Suharto's government").

Older and noisier news is helped by `fuzzy.py` (a close misspelling of a known person's name after a
title, "President Bouteflicka"; a state name one letter off, "Afganistan") and `context.py` (a titled
person the knowledge lacks, or ownerless rebels, protesters and civilians, take the one state their
sentence names; an ethnic minority the state it lives in). `names.py` reads the shape of a name the
knowledge lacks after a title; `unknown.py` reads parties and unions the knowledge lacks from their
capitalised name ("the Homeland Union").
"""

from __future__ import annotations

from eventwatch.actors.resolve import ActorResolver, mentions_in
from eventwatch.records import Document

__all__ = ["ActorResolver", "find_mentions", "mentions_in"]


def find_mentions(doc: Document, resolver: ActorResolver) -> Document:
    """Fill `doc.mentions`: sorted, non-overlapping, offsets into `doc.text`, resolved on `doc.date`."""
    sentences = [(s.start, s.end) for s in doc.sentences] or None
    doc.mentions = resolver.mentions(doc.text, doc.date, sentences)
    return doc
