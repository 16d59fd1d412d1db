"""Scale-out adapter: code partitions of documents inside an existing distributed engine.

Spark, Dask, Ray and Beam all hand a function an iterator over a partition's rows and
collect what it yields; `extract_partition` is that function. Each worker process loads
the toolkit once (the first partition pays ~2 s) and reuses it for every later partition.

    # PySpark: rows shaped like eventwatch's JSON Lines input
    events = docs_df.rdd.map(lambda r: r.asDict()).mapPartitions(extract_partition)
    spark.createDataFrame(events.map(json.dumps), "string")

    # Dask
    bag.from_sequence(rows, npartitions=64).map_partitions(extract_partition)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from functools import lru_cache
from typing import Any

from eventwatch import pipeline
from eventwatch.output.contract import event_json
from eventwatch.read.jsonlines import from_row
from eventwatch.records import Document
from eventwatch.settings import Options
from eventwatch.toolkit import Toolkit


@lru_cache(maxsize=4)
def _toolkit(options: Options) -> Toolkit:
    return Toolkit(options)


def extract_partition(rows: Iterable[Mapping[str, Any]], options: Options | None = None) -> Iterator[dict]:
    """Contract event lines (dicts) for one partition of input rows; bad rows are skipped.

    A skipped row yields a line `{"doc_id": ..., "skipped": reason}` so the caller can count
    and keep the reasons, as the CLI's run summary does. The engine runs partitions in
    parallel, so each partition is processed in its own process (`workers` is set to 1).
    """
    kit = _toolkit(replace(options or Options(), workers=1))
    docs = (from_row(dict(row), f"row:{n}") for n, row in enumerate(rows))
    for item in pipeline.run(docs, kit):
        if isinstance(item, Document):
            yield from (event_json(item, event) for event in item.events)
        else:
            yield {"doc_id": item.origin, "skipped": item.reason, "detail": item.detail}
