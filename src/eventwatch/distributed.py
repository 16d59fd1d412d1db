"""Scale-out adapter: code partitions of documents inside an existing distributed engine.

Spark, Dask, Ray and Beam all hand a function a partition's rows and collect what it
returns; `extract_partition` is that function. It returns a list, not a generator, so
engines that pickle partition results between processes (Dask's processes scheduler)
can ship it. Each worker process loads the toolkit once (the first partition pays the
start-up) and reuses it for every later partition.

    # PySpark: rows shaped like eventwatch's JSON Lines input (see `eventwatch.spark` for the job)
    events = docs_df.rdd.map(lambda r: r.asDict()).mapPartitions(extract_partition)

    # Dask
    bag.from_sequence(rows, npartitions=64).map_partitions(extract_partition).compute()
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import replace
from functools import lru_cache
from typing import Any

from eventwatch import pipeline
from eventwatch.output.contract import event_json
from eventwatch.read.jsonlines import from_row
from eventwatch.records import Document, RawDocument, Skip
from eventwatch.settings import Options
from eventwatch.toolkit import Toolkit


@lru_cache(maxsize=4)
def _toolkit(options: Options) -> Toolkit:
    return Toolkit(options)


def extract_partition(rows: Iterable[Mapping[str, Any]], options: Options | None = None) -> list[dict]:
    """Contract event lines (dicts) for one partition of input rows; bad rows are skipped.

    A skipped row gives a line `{"doc_id": ..., "skipped": reason, "detail": ...}` whose
    `doc_id` is the row's own `id` (or, for a row without one, a hash of the row), so ids
    never collide across partitions and the caller can keep the reasons.
    """
    return code_documents((from_row(dict(row), row_origin(row)) for row in rows), options)


def code_documents(items: Iterable[RawDocument | Skip], options: Options | None = None) -> list[dict]:
    """Events and skip lines for documents already read; the same stages as `eventwatch extract`.

    The engine runs partitions in parallel, so each is processed in its own process
    (`workers` is set to 1).
    """
    kit = _toolkit(replace(options or Options(), workers=1))
    lines: list[dict] = []
    for item in pipeline.run(items, kit):
        if isinstance(item, Document):
            lines.extend(event_json(item, event) for event in item.events)
        else:
            lines.append({"doc_id": item.origin, "skipped": item.reason, "detail": item.detail})
    return lines


def row_origin(row: Mapping[str, Any]) -> str:
    """A row's own `id`, or `row:<hash of its content>` when it has none (stable across runs)."""
    ident = row.get("id")
    if ident not in (None, ""):
        return str(ident)
    content = json.dumps(dict(row), sort_keys=True, ensure_ascii=False, default=str)
    return "row:" + hashlib.sha1(content.encode("utf-8")).hexdigest()[:16]
