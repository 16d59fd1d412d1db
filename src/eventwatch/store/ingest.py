"""Ingest: run the pipeline over inputs and store the results, resumably and idempotently.

Inputs already stored (same raw content) are not processed again; documents commit in
batches, each document's rows inside one transaction, so a killed run loses at most the
batch in flight and a re-run completes it.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from eventwatch import pipeline
from eventwatch.records import Document, RawDocument, Skip
from eventwatch.store.db import Store, Stored
from eventwatch.toolkit import Toolkit

Progress = Callable[[Document | Skip], None]
AfterCommit = Callable[[Store], object]


@dataclass(slots=True)
class Summary:
    """What an ingest run did; `skipped` counts skips by reason."""

    read: int = 0
    stored: int = 0
    already: int = 0
    events: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    def as_dict(self) -> dict[str, object]:
        """The summary as one JSON-ready object."""
        return {
            "read": self.read,
            "stored": self.stored,
            "already": self.already,
            "skipped": dict(self.skipped),
            "events": self.events,
            "seconds": round(self.seconds, 3),
        }

    def lines(self) -> list[str]:
        """The human summary, one fact a line."""
        reasons = [f"  {reason}: {n}" for reason, n in sorted(self.skipped.items())]
        return [
            f"documents read: {self.read}",
            f"stored: {self.stored} new, {self.already} already in the store",
            f"skipped: {sum(self.skipped.values())}",
            *reasons,
            f"events: {self.events}",
            f"time: {self.seconds:.1f} s",
        ]


def raw_hash(raw: RawDocument) -> str:
    """Hash of everything the caller gave for one document (not where it was read from)."""
    given = [raw.id, raw.text, raw.html, raw.url, raw.date, raw.title, raw.source]
    return hashlib.sha256(json.dumps(given, ensure_ascii=False).encode("utf-8")).hexdigest()


def ingest(
    items: Iterable[RawDocument | Skip], kit: Toolkit, store: Store, *, batch: int = 50,
    progress: Progress | None = None, after_commit: AfterCommit | None = None,
) -> Summary:  # fmt: skip
    """Process and store `items`; returns the run summary.

    `after_commit(store)` runs after each committed batch (e.g. `stories.update`, which groups
    the new documents into stories).
    """
    started = time.monotonic()
    summary = Summary()
    hashes: dict[str, str] = {}
    fresh = _unseen(items, store, summary, hashes)
    pending: list[Stored | Skip] = []
    for item in pipeline.run(fresh, kit):
        if isinstance(item, Skip):
            summary.skipped[item.reason] += 1
            pending.append(item)
        else:
            pending.append(Stored(item, hashes.pop(item.origin, "")))
        if progress:
            progress(item)
        if len(pending) >= batch:
            _commit(store, pending, summary, after_commit)
    _commit(store, pending, summary, after_commit)
    summary.seconds = time.monotonic() - started
    return summary


def _unseen(
    items: Iterable[RawDocument | Skip], store: Store, summary: Summary, hashes: dict[str, str]
) -> Iterator[RawDocument | Skip]:
    """Pass on what is not in the store yet, looking hashes up a chunk at a time."""
    chunk: list[RawDocument | Skip] = []
    for item in items:
        summary.read += 1
        chunk.append(item)
        if len(chunk) >= 200:
            yield from _filter(chunk, store, summary, hashes)
            chunk = []
    yield from _filter(chunk, store, summary, hashes)


def _filter(
    chunk: list[RawDocument | Skip], store: Store, summary: Summary, hashes: dict[str, str]
) -> Iterator[RawDocument | Skip]:
    keyed = {id(r): raw_hash(r) for r in chunk if isinstance(r, RawDocument)}
    known = store.known_inputs(keyed.values())
    for item in chunk:
        key = keyed.get(id(item))
        if key is not None and key in known:
            summary.already += 1
            continue
        if isinstance(item, RawDocument) and key is not None:
            hashes[item.origin] = key
        yield item


def _commit(
    store: Store, pending: list[Stored | Skip], summary: Summary, after_commit: AfterCommit | None
) -> None:
    if not pending:
        return
    counts = store.save(pending)
    summary.stored += counts.documents
    summary.already += counts.duplicates
    summary.events += counts.events
    pending.clear()
    if after_commit:
        after_commit(store)
