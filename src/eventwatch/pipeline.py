"""The orchestrator: every stage of eventwatch, in the order it runs.

    1. read      inputs (files, folders, WARC, JSON Lines, stdin) -> RawDocument
    2. extract   article text, title, date, source, quality, language -> Document
    3. segment   clean text -> sentences with offsets
    4. actors    knowledge-base names, nationalities, titles, coreference -> mentions
    5. places    gazetteer + context -> resolved places
    6. parse     candidate sentences only (trigger + actor), spaCy in batches
    7. events    PLOVER type, arguments, status, speaker, date, place, CAMEO -> events
    8. dedup     the same event told twice comes out once; untold targets inferred; confidence
                 calibrated and the floor applied; untold dates and places inferred

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
from dataclasses import dataclass, fields
from itertools import chain, islice
from multiprocessing.pool import AsyncResult
from typing import Any

from eventwatch import actors, article, events, nlp, places
from eventwatch.budget import Budget, OverBudget
from eventwatch.errors import EventwatchError
from eventwatch.records import Document, RawDocument, Skip
from eventwatch.toolkit import Toolkit

Item = RawDocument | Skip
Result = Document | Skip
StageFunction = Callable[[Any, Toolkit], Result]  # stage(doc, kit) -> doc (or a Skip)
BATCH_TEXT_LIMIT = 100_000  # characters: a longer document is staged alone, never in a batch


@dataclass(frozen=True, slots=True)
class Stage:
    """One step of the run: `function(doc, kit) -> doc`, what it reads and writes, what it loads.

    `batch`, when given, does the same work for a whole chunk at once (the parser is much
    faster on large batches); if it fails, the chunk falls back to `function` one document
    at a time, so a fault still costs only the document that caused it.
    """

    number: int
    name: str
    function: StageFunction
    reads: tuple[str, ...]
    writes: tuple[str, ...]
    needs: tuple[str, ...] = ()  # Toolkit resources the stage uses
    batch: Callable[[list[Document], Toolkit], None] | None = None


def _extract(raw: RawDocument, kit: Toolkit) -> Result:
    return article.extract_article(raw, kit)


def _segment(doc: Document, kit: Toolkit) -> Document:
    return nlp.segment(doc)


def _actors(doc: Document, kit: Toolkit) -> Document:
    return actors.find_mentions(doc, kit.actors)


def _places(doc: Document, kit: Toolkit) -> Document:
    return places.geoparse_document(doc, kit.gazetteer)


def _parse(doc: Document, kit: Toolkit) -> Document:
    nlp.parse_candidates([doc], kit)
    return doc


def _parse_batch(docs: list[Document], kit: Toolkit) -> None:
    nlp.parse_candidates(docs, kit)


def _events(doc: Document, kit: Toolkit) -> Document:
    return events.code_document(doc, kit)


def _dedup(doc: Document, kit: Toolkit) -> Document:
    doc = events.finish(doc, kit)
    doc.parses.clear()  # spaCy docs stay in the worker; only the events travel back
    return doc


def _places_as_given(raw: RawDocument, kit: Toolkit) -> Result:
    """Stage 2 and the places of the text as given (plain text), else of the clean text."""
    doc = article.extract_article(raw, kit)
    if isinstance(doc, Document):
        doc.places = places.geoparse(raw.text if raw.text is not None else doc.text, kit.gazetteer)
    return doc


EXTRACTED = ("text", "title", "date", "source", "quality", "language", "notes")
STAGES = (
    Stage(2, "extract", _extract, ("raw",), EXTRACTED, ("phrasing",)),
    Stage(3, "segment", _segment, ("text",), ("sentences", "notes")),
    Stage(4, "actors", _actors, ("text", "date"), ("mentions",), ("actors",)),
    Stage(5, "places", _places, ("text",), ("places",), ("gazetteer",)),
    Stage(
        6,
        "parse",
        _parse,
        ("sentences", "mentions"),
        ("parses",),
        ("lexicon", "trigger_filter", "nlp", "attribute_memo"),
        _parse_batch,
    ),
    Stage(
        7,
        "events",
        _events,
        ("sentences", "parses", "mentions", "places", "date", "quality"),
        ("events",),
        ("lexicon", "actors"),
    ),
    Stage(
        8,
        "dedup",
        _dedup,
        ("events", "places", "date"),
        ("events", "parses"),
        ("gazetteer", "actors", "lexicon"),
    ),
)
TEXT_STAGES = STAGES[:1]  # `eventwatch text`
PLACES_STAGES = (
    Stage(2, "extract+places", _places_as_given, ("raw",), (*EXTRACTED, "places"), ("gazetteer",)),
)


def run(
    raws: Iterable[Item], kit: Toolkit, *, chunk: int = 64, stages: tuple[Stage, ...] = STAGES
) -> Iterator[Result]:
    """Process documents in order through `stages`; bad ones come out as `Skip` and the batch goes on.

    With several workers, input that fits in one chunk is still processed here: forking
    would only delay the first line of a short run.
    """
    _load(kit, stages)
    chunks = _chunked(raws, chunk)
    workers = worker_count(kit.options.workers)
    if workers > 1:
        first = next(chunks, [])
        second = next(chunks, None)
        if second is not None:
            yield from _run_parallel(chain([first, second], chunks), kit, workers, stages)
            return
        chunks = iter([first])
    for part in chunks:
        yield from process_chunk(part, kit, stages)


def _load(kit: Toolkit, stages: tuple[Stage, ...]) -> None:
    """Load what the stages use before any document (and before forking workers)."""
    if stages == STAGES:
        kit.warm()
        return
    for stage in stages:
        for name in stage.needs:
            getattr(kit, name)


def _run_parallel(
    chunks: Iterator[list[Item]], kit: Toolkit, workers: int, stages: tuple[Stage, ...] = STAGES
) -> Iterator[Result]:
    """Chunks to forked workers, at most four per worker in flight, read in this thread.

    Input is consumed here, not in the pool's feeder thread, so readers that hold
    thread-bound resources (a SQLite lookup of known documents) keep working and
    memory stays bounded on endless input.
    """
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(workers, initializer=_adopt, initargs=(kit,)) as pool:
        in_flight: deque[AsyncResult[list[Result]]] = deque()
        for part in chunks:
            in_flight.append(pool.apply_async(_process_in_worker, (part, stages)))
            if len(in_flight) >= 4 * workers:
                yield from in_flight.popleft().get()
        while in_flight:
            yield from in_flight.popleft().get()


def process_chunk(part: list[Item], kit: Toolkit, stages: tuple[Stage, ...] = STAGES) -> list[Result]:
    """Run the stage table over a chunk: each stage over every document still in it, in order.

    Every stage of every document goes through the one guard (`_guarded`): a fault or an
    exhausted time budget turns that document into a `Skip`; the others go on.
    """
    limit = kit.options.doc_timeout
    budgets = [Budget(limit) for _ in part]
    items: list[Any] = list(part)
    for stage in stages:
        live = [i for i, item in enumerate(items) if not isinstance(item, Skip)]
        if stage.batch is not None:
            live = _batched(stage, items, live, kit, budgets)
        for i in live:
            items[i] = _guarded(stage, items[i], kit, budgets[i])
    return items


def _batched(
    stage: Stage, items: list[Any], live: list[int], kit: Toolkit, budgets: list[Budget]
) -> list[int]:
    """The stage's batch form over the chunk's documents of ordinary length; the ones left to do alone.

    A long document is staged alone, so its time is its own. The batch's timer is the
    smallest budget left and its time is charged evenly; if it fails, every document
    of the batch is staged again alone, under the guard.
    """
    together = [i for i in live if len(items[i].text) <= BATCH_TEXT_LIMIT]
    if len(together) < 2 or stage.batch is None:
        return live
    shared = Budget(min(budgets[i].left for i in together) if kit.options.doc_timeout > 0 else 0)
    try:
        with shared.running():
            stage.batch([items[i] for i in together], kit)
        done = set(together)
    except EventwatchError:
        raise
    except (Exception, OverBudget):
        done = set()
    for i in together:
        budgets[i].spent += shared.spent / len(together)
    return [i for i in live if i not in done]


def _guarded(stage: Stage, item: RawDocument | Document, kit: Toolkit, budget: Budget) -> Result:
    """The one fault guard: a fault or a timeout in one document's stage skips that document.

    Configuration errors (a broken dictionary, a store that cannot be written) still stop
    the run: they concern every document, not this one.
    """
    try:
        with budget.running():
            return stage.function(item, kit)
    except EventwatchError:
        raise
    except OverBudget:
        spent = f"{budget.limit:g} s"
        return Skip(
            item.origin, "timeout", f"over its budget of {spent} (--doc-timeout), in stage {stage.name}"
        )
    except Exception as exc:  # the batch must go on; the reason is kept
        return Skip(item.origin, "internal error", f"{type(exc).__name__}: {exc} (stage {stage.name})")


def check_stage(stage: Stage, item: RawDocument | Document, kit: Toolkit) -> Result:
    """Run one stage and check that it changed only the fields it declares (tests use it)."""
    before = _snapshot(item) if isinstance(item, Document) else None
    out = stage.function(item, kit)
    if before is not None and isinstance(out, Document):
        changed = {name for name, value in _snapshot(out).items() if value != before[name]}
        undeclared = changed - set(stage.writes)
        if undeclared:
            raise AssertionError(f"stage {stage.name} wrote {sorted(undeclared)} it does not declare")
    return out


def _snapshot(doc: Document) -> dict[str, Any]:
    return {f.name: _frozen(getattr(doc, f.name)) for f in fields(doc)}


def _frozen(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(value)
    if isinstance(value, dict):
        return tuple(value.items())
    return value


def text_only(raws: Iterable[Item], kit: Toolkit) -> Iterator[Result]:
    """Stages 1-2 only: what `eventwatch text` prints (through the same guard)."""
    return run(raws, kit, stages=TEXT_STAGES)


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


def _process_in_worker(part: list[Item], stages: tuple[Stage, ...]) -> list[Result]:
    return process_chunk(part, _WORKER_KIT[0], stages)
