"""The orchestrator: every stage of eventwatch, in the order it runs.

    1. read      inputs (files, folders, WARC, JSON Lines, stdin) -> RawDocument
    2. extract   article text, title, date, source, quality, language -> Document
    3. segment   clean text -> sentences with offsets
    4. actors    knowledge-base names, nationalities, titles, coreference -> mentions
    5. places    gazetteer + context -> resolved places
    6. parse     candidate sentences only (trigger + actor), spaCy in batches
    7. events    PLOVER type, arguments, status, speaker, date, place, CAMEO -> events
    8. dedup     the same event told twice in one document comes out once

Stage 1 runs in the calling process; stages 2-8 run on chunks of documents, in
worker processes when `options.workers` > 1 (results keep the input order, so
one worker and many give identical output). The CLI, the store and the
benchmark all call `run`.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import chain, islice
from multiprocessing.pool import AsyncResult
from typing import Any

from eventwatch import actors, article, events, nlp, places
from eventwatch.errors import EventwatchError
from eventwatch.records import Document, RawDocument, Skip
from eventwatch.toolkit import Toolkit

Item = RawDocument | Skip
Result = Document | Skip


@dataclass(frozen=True, slots=True)
class Stage:
    """A stage as documentation a test can check: what it reads from and writes to a Document."""

    number: int
    name: str
    function: Callable[..., object]
    reads: tuple[str, ...]
    writes: tuple[str, ...]


STAGES = (
    Stage(
        2,
        "extract",
        article.extract_article,
        ("raw",),
        ("text", "title", "date", "source", "quality", "language"),
    ),
    Stage(3, "segment", nlp.segment, ("text",), ("sentences",)),
    Stage(4, "actors", actors.find_mentions, ("text", "date"), ("mentions",)),
    Stage(5, "places", places.geoparse_document, ("text",), ("places",)),
    Stage(6, "parse", nlp.parse_candidates, ("sentences", "mentions"), ("parses",)),
    Stage(
        7,
        "events",
        events.code_document,
        ("sentences", "parses", "mentions", "places", "date", "quality"),
        ("events",),
    ),
    Stage(8, "dedup", events.deduplicate, ("events",), ("events",)),
)


def run(raws: Iterable[Item], kit: Toolkit, *, chunk: int = 64) -> Iterator[Result]:
    """Process documents in order; bad ones come out as `Skip` and the batch goes on.

    With several workers, input that fits in one chunk is still processed here: forking
    would only delay the first line of a short run.
    """
    kit.warm()
    chunks = _chunked(raws, chunk)
    workers = worker_count(kit.options.workers)
    if workers > 1:
        first = next(chunks, [])
        second = next(chunks, None)
        if second is not None:
            yield from _run_parallel(chain([first, second], chunks), kit, workers)
            return
        chunks = iter([first])
    for part in chunks:
        yield from process_chunk(part, kit)


def _run_parallel(chunks: Iterator[list[Item]], kit: Toolkit, workers: int) -> Iterator[Result]:
    """Chunks to forked workers, at most four per worker in flight, read in this thread.

    Input is consumed here, not in the pool's feeder thread, so readers that hold
    thread-bound resources (a SQLite lookup of known documents) keep working and
    memory stays bounded on endless input.
    """
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(workers, initializer=_adopt, initargs=(kit,)) as pool:
        in_flight: deque[AsyncResult[list[Result]]] = deque()
        for part in chunks:
            in_flight.append(pool.apply_async(_process_in_worker, (part,)))
            if len(in_flight) >= 4 * workers:
                yield from in_flight.popleft().get()
        while in_flight:
            yield from in_flight.popleft().get()


def process_chunk(part: list[Item], kit: Toolkit) -> list[Result]:
    """Stages 2-8 on a chunk of documents (stage 6 batches the chunk's sentences)."""
    prepared = [item if isinstance(item, Skip) else _guarded(_prepare, item, kit) for item in part]
    nlp.parse_candidates([d for d in prepared if isinstance(d, Document)], kit)  # 6
    return [item if isinstance(item, Skip) else _guarded(_code, item, kit) for item in prepared]


def _guarded(stage: Callable[[Any, Toolkit], Result], item: RawDocument | Document, kit: Toolkit) -> Result:
    """A fault in one document's stages skips that document with the error as its reason.

    Configuration errors (a broken dictionary, a store that cannot be written) still stop
    the run: they concern every document, not this one.
    """
    try:
        return stage(item, kit)
    except EventwatchError:
        raise
    except Exception as exc:  # the batch must go on; the reason is kept
        return Skip(item.origin, "internal error", f"{type(exc).__name__}: {exc}")


def _code(doc: Document, kit: Toolkit) -> Document:
    doc = events.code_document(doc, kit)  # 7
    doc = events.deduplicate(doc)  # 8
    doc.parses.clear()
    return doc


def _prepare(raw: RawDocument, kit: Toolkit) -> Result:
    doc = article.extract_article(raw, kit)  # 2
    if isinstance(doc, Skip):
        return doc
    doc = nlp.segment(doc)  # 3
    doc = actors.find_mentions(doc, kit.actors)  # 4
    return places.geoparse_document(doc, kit.gazetteer)  # 5


def text_only(raws: Iterable[Item], kit: Toolkit) -> Iterator[Result]:
    """Stages 1-2 only: what `eventwatch text` prints."""
    for raw in raws:
        yield raw if isinstance(raw, Skip) else article.extract_article(raw, kit)


def worker_count(setting: int) -> int:
    return setting if setting > 0 else (os.cpu_count() or 1)


def _chunked(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    it = iter(items)
    while part := list(islice(it, size)):
        yield part


# Worker processes are forked after `kit.warm()`, so they share the loaded
# knowledge and model copy-on-write; each keeps its own reference here.
_WORKER_KIT: list[Toolkit] = []


def _adopt(kit: Toolkit) -> None:
    _WORKER_KIT[:] = [kit]
    # A worker's objects live for one chunk: collect the youngest generation less often
    # (measured 2-3% faster end to end; memory is bounded by the chunk, not by the run).
    gc.set_threshold(20_000, 20, 20)


def _process_in_worker(part: list[Item]) -> list[Result]:
    return process_chunk(part, _WORKER_KIT[0])
