"""The public Python API: code a text, stream documents through the pipeline, read a store.

A thin adapter over `pipeline.run`, like the CLI: the same stages, the same `Toolkit`
(knowledge and model loaded once, on first use, and reused by every later call), the same
records, and JSON only from `output.contract` (through the records' `to_dict`).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from eventwatch import pipeline
from eventwatch.errors import EventwatchError
from eventwatch.read.jsonlines import from_row
from eventwatch.records import Document, Event, RawDocument, Skip
from eventwatch.settings import Options
from eventwatch.store.db import Store
from eventwatch.store.ingest import ingest
from eventwatch.store.query import EventQuery, find_events
from eventwatch.toolkit import Toolkit

Row = Mapping[str, Any] | str | RawDocument


class DocumentSkipped(EventwatchError):
    """`code` was given a text it cannot code (empty, not English, ...); `skip` says why."""

    def __init__(self, skip: Skip) -> None:
        super().__init__(skip.message())
        self.skip = skip


class Pipeline:
    """Documents in, coded `Document`s (or `Skip`s, with their reason) out, in input order.

    Loaded resources (knowledge, gazetteer, model) are shared by every pipeline of the process
    with the same dictionaries: they load on first use and stay loaded. Pipelines may be used
    from several threads; their processing is serialised (the model's caches are not shared
    safely), and runs in worker processes when `options.workers` asks for them.
    """

    def __init__(self, options: Options | None = None, *, toolkit: Toolkit | None = None) -> None:
        """`toolkit` gives already loaded resources (its options then apply)."""
        self.options = toolkit.options if toolkit else options or Options()
        self._toolkit = toolkit

    @property
    def toolkit(self) -> Toolkit:
        """The loaded resources, loaded now if this process has none for these dictionaries."""
        if self._toolkit is None:
            self._toolkit = shared_toolkit(self.options)
        return self._toolkit

    def run(self, rows: Iterable[Row]) -> Iterator[Document | Skip]:
        """Code each row lazily: stages 2-8 run a chunk (64 documents) at a time.

        Args:
            rows: mappings shaped like a JSON Lines input line (`id`, `text` or `html`,
                `url`, `date`, `title`, `source`), plain strings (HTML when they start with
                `<`, else text) or `RawDocument`s, in any mix. A skipped row's origin is
                `row:N`, its position from 1.

        Returns:
            An iterator of `Document` (its `events` coded) or `Skip` (why not), one per row.
        """
        results = pipeline.run(self._raw_documents(rows), self.toolkit)
        while True:
            with _PROCESSING:  # held while a chunk is processed, never across a yield
                item = next(results, None)
            if item is None:
                return
            _attach(item)
            yield item

    def code(
        self,
        text_or_html: str,
        *,
        date: str | None = None,
        url: str | None = None,
        title: str | None = None,
        source: str | None = None,
    ) -> list[Event]:
        """The events of one article; see `eventwatch.code`."""
        row = {"text": text_or_html, "date": date, "url": url, "title": title, "source": source}
        if text_or_html.lstrip()[:1] == "<":
            row["html"] = row.pop("text")
        (result,) = self.run([row])
        if isinstance(result, Skip):
            raise DocumentSkipped(result)
        return result.events

    def ingest(self, rows: Iterable[Row], db: str | Path) -> dict[str, object]:
        """Code `rows` (as `run` takes them) into the store at `db`, created if missing.

        Rows already stored are not coded again. Returns the run summary (`read`, `stored`,
        `already`, `skipped` by reason, `events`, `seconds`), as `eventwatch ingest` prints it.
        """
        kit = self.toolkit
        with Store.open(db) as store, _PROCESSING:
            return ingest(self._raw_documents(rows), kit, store).as_dict()

    @staticmethod
    def _raw_documents(rows: Iterable[Row]) -> Iterator[RawDocument | Skip]:
        for number, row in enumerate(rows, 1):
            if isinstance(row, RawDocument):
                yield row
            elif isinstance(row, str):
                body = {"html": row} if row.lstrip()[:1] == "<" else {"text": row}
                yield from_row(body, f"row:{number}")
            else:
                yield from_row(dict(row), f"row:{number}")


def _attach(item: Document | Skip) -> None:
    """Give each event its document, so that `Event.to_dict()` can fill the document's keys."""
    if isinstance(item, Document):
        for event in item.events:
            event.document = item


# The toolkits of this process by options; those with the same dictionaries (the only option
# that changes what loads) share the loaded resources.
_LOADED: dict[Options, Toolkit] = {}
_LOADING = threading.Lock()
_PROCESSING = threading.RLock()


def shared_toolkit(options: Options) -> Toolkit:
    """A toolkit for `options` that shares what this process already loaded for its dictionaries."""
    with _LOADING:
        kit = _LOADED.get(options)
        if kit is None:
            same = [k for k in _LOADED.values() if k.options.dictionaries == options.dictionaries]
            kit = _LOADED[options] = (same[0].with_options(options) if same else Toolkit(options)).warm()
        return kit


def code(
    text_or_html: str,
    *,
    date: str | None = None,
    url: str | None = None,
    title: str | None = None,
    source: str | None = None,
) -> list[Event]:
    """Code the events of one news article.

    The first call loads the knowledge and the language model (a few seconds); later calls
    reuse them.

    Args:
        text_or_html: the article as plain text, or as an HTML page (when it starts with `<`).
        date: publication date YYYY-MM-DD; it anchors "on Thursday" and decides who held an
            office. Without it relative dates keep their words (`date_text`) and no value.
        url, title, source: metadata carried into the events' `to_dict()`.

    Returns:
        The coded events, in text order; each `event.to_dict()` is one contract JSON object.

    Raises:
        DocumentSkipped: the text cannot be coded (empty, not English); the message says why.
    """
    return Pipeline(Options.from_env()).code(text_or_html, date=date, url=url, title=title, source=source)


class EventStore:
    """Read access to a store written by `eventwatch ingest`: events (with filters) and documents."""

    def __init__(self, store: Store) -> None:
        self._store = store

    @property
    def path(self) -> str:
        return self._store.path

    def events(self, **filters: Any) -> list[dict[str, Any]]:
        """Stored events as contract dicts, in ingest order.

        Args:
            filters: any of `actor`, `recipient` (actor codes), `event_type`, `country`,
                `status`, `since`, `until` (YYYY[-MM[-DD]]), `search` (words of the
                article) and `limit`, as the `eventwatch events` flags.
        """
        try:
            query = EventQuery(**filters)
        except TypeError:
            known = ", ".join(EventQuery.__dataclass_fields__)
            raise ValueError(f"unknown event filter in {sorted(filters)}; known: {known}") from None
        return list(find_events(self._store, query))

    def documents(self, limit: int | None = None) -> list[dict[str, Any]]:
        """Stored documents in ingest order, shaped like `eventwatch text` lines."""
        sql = f"SELECT {', '.join(_DOCUMENT_KEYS)} FROM documents ORDER BY pk"
        rows = self._store.conn.execute(sql + (" LIMIT ?" if limit is not None else ""), _limit(limit))
        return [dict(zip(_DOCUMENT_KEYS, row, strict=True)) for row in rows]

    def document(self, doc_id: str) -> dict[str, Any] | None:
        """One stored document by its id, or None."""
        sql = f"SELECT {', '.join(_DOCUMENT_KEYS)} FROM documents WHERE id = ? ORDER BY pk LIMIT 1"
        row = self._store.conn.execute(sql, (doc_id,)).fetchone()
        return dict(zip(_DOCUMENT_KEYS, row, strict=True)) if row else None

    def counts(self) -> dict[str, int]:
        """How many documents, events and skips the store holds."""
        return self._store.counts()

    def close(self) -> None:
        self._store.close()

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


_DOCUMENT_KEYS = ("id", "url", "title", "text", "date", "author", "source", "language", "quality")


def _limit(limit: int | None) -> tuple[int, ...]:
    return () if limit is None else (limit,)


def load_store(path: str | Path) -> EventStore:
    """Open an existing store for reading.

    Raises:
        StoreError: there is no store at `path`, or it cannot be used (the message says why).
    """
    return EventStore(Store.open(path, create=False))
