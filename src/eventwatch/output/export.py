"""Export stored events: JSON Lines, CSV, Parquet or the GDELT 2.0 event and mentions tables."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO

from eventwatch.errors import EventwatchError, InputError
from eventwatch.output.gdelt import COLUMNS as GDELT_COLUMNS
from eventwatch.output.gdelt import GdeltTables, gdelt_row, mention_rows
from eventwatch.output.tabular import EVENT_COLUMNS, flatten
from eventwatch.store.query import StoredEvent

EXPORT_FORMATS = ("jsonl", "csv", "parquet", "gdelt", "gdelt-mentions")


def export_events(
    fmt: str,
    events: Iterable[StoredEvent],
    out: Path | None,
    stdout: IO[str],
    partition_by: str | None = None,
) -> int:
    """Write `events` in `fmt` to the file `out` (or `stdout`); returns how many were written.

    `partition_by` (event_day or month) makes a Parquet export a Hive-partitioned folder.
    """
    if partition_by is not None and fmt != "parquet":
        raise InputError(f"--partition-by applies to parquet only, not {fmt}")
    if fmt == "parquet":
        if out is None:
            raise InputError("parquet is binary: give --out FILE.parquet (or --out DIR with --partition-by)")
        from eventwatch.output.parquet import write_parquet  # pyarrow loads only for parquet

        return write_parquet((event.line for event in events), out, partition_by)
    if out is None:
        return write_text_export(fmt, events, stdout)
    try:
        with out.open("w", encoding="utf-8", newline="") as stream:
            return write_text_export(fmt, events, stream)
    except OSError as exc:
        raise EventwatchError(f"cannot write {out}: {exc.strerror}; choose a writable --out path") from exc


def write_text_export(fmt: str, events: Iterable[StoredEvent], stream: IO[str]) -> int:
    """Write stored events as jsonl, csv, gdelt or gdelt-mentions; returns how many events."""
    write = _line_writer(fmt, stream)
    count = 0
    for event in events:
        write(event)
        count += 1
    return count


def _line_writer(fmt: str, stream: IO[str]) -> Callable[[StoredEvent], object]:
    if fmt == "csv":
        rows = csv.DictWriter(stream, fieldnames=EVENT_COLUMNS, extrasaction="ignore")
        rows.writeheader()
        return lambda event: rows.writerow(flatten(event.line))
    if fmt == "gdelt":
        tables = GdeltTables.load()
        return lambda event: stream.write("\t".join(gdelt_row(event.line, tables, event.added)) + "\n")
    if fmt == "gdelt-mentions":
        return lambda event: stream.writelines(
            "\t".join(row) + "\n" for row in mention_rows(event.line, event.added, event.doc_chars)
        )
    return lambda event: stream.write(json.dumps(event.line, ensure_ascii=False) + "\n")


__all__ = ["EXPORT_FORMATS", "GDELT_COLUMNS", "export_events", "write_text_export"]
