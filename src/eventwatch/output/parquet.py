"""Typed Parquet for data lakes: one explicit Arrow schema, one file or a Hive-partitioned dataset.

Contract event lines become typed rows: dates are `date32` with a `date_precision` column
(`2024-03` -> 2024-03-01, precision `month`), `event_day` is the event's date or else the
document's, lists stay lists and actors/places are structs. No column is ever typed `null`,
so any two exports (and the Spark job's output) read together in DuckDB, pandas and polars.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from eventwatch.errors import EventwatchError, InputError

PARTITIONS = ("event_day", "month")
_PRECISION = {4: "year", 7: "month", 10: "day"}

ACTOR = pa.struct(
    [(name, pa.string()) for name in ("text", "name", "code", "country", "kind", "sector", "role")]
)
PLACE = pa.struct([
    ("text", pa.string()), ("name", pa.string()), ("country", pa.string()),
    ("countries", pa.list_(pa.string())), ("admin1", pa.string()),
    ("lat", pa.float64()), ("lon", pa.float64()), ("geonames_id", pa.int64()), ("feature", pa.string()),
])  # fmt: skip
EVENT_SCHEMA = pa.schema([
    ("doc_id", pa.string()), ("event_id", pa.string()), ("event_type", pa.string()), ("mode", pa.string()),
    ("context", pa.list_(pa.string())), ("cameo", pa.string()), ("quad_class", pa.int8()),
    ("goldstein", pa.float64()), ("actor", ACTOR), ("recipient", ACTOR), ("location", PLACE),
    ("date", pa.date32()), ("date_precision", pa.string()), ("date_text", pa.string()),
    ("status", pa.string()), ("speaker", ACTOR), ("sentence_index", pa.int32()), ("sentence", pa.string()),
    ("trigger", pa.string()), ("span", pa.list_(pa.int32())), ("confidence", pa.float64()),
    ("mentions", pa.list_(pa.int32())), ("doc_date", pa.date32()), ("url", pa.string()),
    ("source", pa.string()), ("event_day", pa.date32()), ("month", pa.string()),
    ("date_inferred", pa.bool_()), ("location_inferred", pa.bool_()),
])  # fmt: skip
"""The schema of every Parquet event row; a partitioned dataset keeps its key in the folder name."""


def typed_row(line: dict[str, Any]) -> dict[str, Any]:
    """One contract event line as a row of `EVENT_SCHEMA` (dates as `date`, precision beside them)."""
    when, precision = parse_date(line.get("date"))
    published, _ = parse_date(line.get("doc_date"))
    day = when or published
    row = {name: line.get(name) for name in EVENT_SCHEMA.names}
    row.update(date=when, date_precision=precision, doc_date=published, event_day=day,
               month=day.strftime("%Y-%m") if day else None, context=line.get("context") or [],
               mentions=line.get("mentions") or [line.get("sentence_index")])  # fmt: skip
    if row["location"] is not None:
        row["location"] = {"countries": [], **row["location"]}
    return row


def parse_date(value: str | None) -> tuple[date | None, str | None]:
    """`YYYY[-MM[-DD]]` as its first day and its precision (`year`, `month` or `day`)."""
    precision = _PRECISION.get(len(value or ""))
    if not value or precision is None:
        return None, None
    try:
        return date.fromisoformat((value + "-01-01")[:10]), precision
    except ValueError:
        return None, None


def event_table(lines: Iterable[dict[str, Any]]) -> pa.Table:
    """Contract event lines as one Arrow table of `EVENT_SCHEMA`."""
    return pa.Table.from_pylist([typed_row(line) for line in lines], schema=EVENT_SCHEMA)


def write_parquet(lines: Iterable[dict[str, Any]], out: Path, partition_by: str | None = None) -> int:
    """Write events to the file `out`, or under the folder `out` partitioned Hive-style; returns the count.

    A partitioned export adds files with a fresh name, so successive exports into one folder
    make one dataset (`event_day=2024-03-06/part-<export>-0.parquet`).
    """
    table = event_table(lines)
    try:
        if partition_by is None:
            pq.write_table(table, out)
        else:
            write_partitioned(table, out, partition_by)
    except OSError as exc:
        raise EventwatchError(f"cannot write {out}: {exc}; choose a writable --out path") from exc
    return table.num_rows


def write_partitioned(table: pa.Table, root: Path, partition_by: str) -> None:
    """Write `table` under `root` as `<partition_by>=<value>/part-<unique>-<n>.parquet`."""
    ds.write_dataset(
        table, root, format="parquet", partitioning=hive_partitioning(partition_by),
        basename_template=f"part-{uuid.uuid4().hex[:12]}-{{i}}.parquet",
        existing_data_behavior="overwrite_or_ignore",
    )  # fmt: skip


def hive_partitioning(partition_by: str) -> ds.Partitioning:
    """The typed Hive partitioning of a dataset partitioned by `partition_by`, for pyarrow and pandas readers.

    `pd.read_parquet(folder, partitioning=hive_partitioning("event_day"))` reads `event_day` back
    as dates (pandas' own guess makes it categories and fails on the undated partition).
    """
    if partition_by not in PARTITIONS:
        raise InputError(f"cannot partition by {partition_by!r}: choose one of {', '.join(PARTITIONS)}")
    return ds.partitioning(pa.schema([EVENT_SCHEMA.field(partition_by)]), flavor="hive")
