"""The orchestrator: every stage of eventwatch, in the order it runs.

    1. read      inputs (files, folders, WARC, JSON Lines, stdin) -> RawDocument
    2. extract   article text, title, date, source, quality, language -> Document
    3. segment   clean text -> sentences with offsets
    4. actors    knowledge-base names, nationalities, titles, coreference -> mentions
    5. places    gazetteer + context -> resolved places
    6. parse     candidate sentences only (trigger + actor), spaCy in batches
    7. events    PLOVER type, arguments, status, speaker, date, place, CAMEO -> events
    8. dedup     the same event told twice in one document comes out once

Stages 2-5 and 7-8 work on one document; stage 6 works on a batch so spaCy can
stream. The CLI, the store and the benchmark all call `run`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from eventwatch import actors, events, extract, nlp, places
from eventwatch.records import Document, RawDocument, Skip
from eventwatch.toolkit import Toolkit


def run(raws: Iterable[RawDocument | Skip], kit: Toolkit, *, chunk: int = 32) -> Iterator[Document | Skip]:
    """Process documents in order; bad ones come out as `Skip` and the batch goes on."""
    pending: list[Document | Skip] = []
    for raw in raws:
        pending.append(raw if isinstance(raw, Skip) else _prepare(raw, kit))
        if len(pending) >= chunk:
            yield from _finish(pending, kit)
            pending = []
    if pending:
        yield from _finish(pending, kit)


def _prepare(raw: RawDocument, kit: Toolkit) -> Document | Skip:
    doc = extract.article(raw, kit.options)  # 2
    if isinstance(doc, Skip):
        return doc
    doc = nlp.segment(doc)  # 3
    doc = actors.find_mentions(doc, kit.actors)  # 4
    return places.geoparse_document(doc, kit.gazetteer)  # 5


def _finish(batch: list[Document | Skip], kit: Toolkit) -> Iterator[Document | Skip]:
    docs = [d for d in batch if isinstance(d, Document)]
    nlp.parse_candidates(docs, kit)  # 6
    for item in batch:
        if isinstance(item, Document):
            item = events.code_document(item, kit)  # 7
            item = events.deduplicate(item)  # 8
            item.parses.clear()
        yield item


def text_only(raws: Iterable[RawDocument | Skip], kit: Toolkit) -> Iterator[Document | Skip]:
    """Stages 1-2 only: what `eventwatch text` prints."""
    for raw in raws:
        yield raw if isinstance(raw, Skip) else extract.article(raw, kit.options)
