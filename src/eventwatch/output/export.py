"""Export stored events: JSON Lines, CSV, Parquet or the GDELT 2.0 event table."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, Any

from eventwatch.errors import EventwatchError, InputError
from eventwatch.output.gdelt import COLUMNS as GDELT_COLUMNS
from eventwatch.output.gdelt import gdelt_row
from eventwatch.output.tabular import EVENT_COLUMNS, flatten

EXPORT_FORMATS = ("jsonl", "csv", "parquet", "gdelt")
Numbered = Iterable[tuple[int, dict[str, Any]]]


def export_events(
    fmt: str, events: Numbered, out: Path | None, stdout: IO[str], partition_by: str | None = None
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

        return write_parquet((line for _, line in events), out, partition_by)
    if out is None:
        return write_text_export(fmt, events, stdout)
    try:
        with out.open("w", encoding="utf-8", newline="") as stream:
            return write_text_export(fmt, events, stream)
    except OSError as exc:
        raise EventwatchError(f"cannot write {out}: {exc.strerror}; choose a writable --out path") from exc


def write_text_export(fmt: str, events: Numbered, stream: IO[str]) -> int:
    """Write `events` ((store number, contract line) pairs) as jsonl, csv or gdelt; returns the count."""
    write = _line_writer(fmt, stream)
    count = 0
    for number, line in events:
        write(number, line)
        count += 1
    return count


def _line_writer(fmt: str, stream: IO[str]) -> Callable[[int, dict[str, Any]], object]:
    if fmt == "csv":
        rows = csv.DictWriter(stream, fieldnames=EVENT_COLUMNS, extrasaction="ignore")
        rows.writeheader()
        return lambda _number, line: rows.writerow(flatten(line))
    if fmt == "gdelt":
        return lambda number, line: stream.write("\t".join(gdelt_row(number, line)) + "\n")
    return lambda _number, line: stream.write(json.dumps(line, ensure_ascii=False) + "\n")


__all__ = ["EXPORT_FORMATS", "GDELT_COLUMNS", "export_events", "write_text_export"]
