"""Writers for the three output formats: JSON Lines, CSV and a Rich table."""

from __future__ import annotations

import csv
import json
from typing import IO, Any, Protocol

from rich import box
from rich.console import Console
from rich.table import Table

from eventwatch.output.tabular import COLUMNS, flat_rows

FORMATS = ("jsonl", "csv", "table")


class Writer(Protocol):
    def write(self, line: dict[str, Any]) -> None: ...
    def close(self) -> None: ...


class JsonlWriter:
    """One JSON object a line, as the contract says."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, line: dict[str, Any]) -> None:
        self.stream.write(json.dumps(line, ensure_ascii=False) + "\n")

    def close(self) -> None:
        self.stream.flush()


class CsvWriter:
    """Flat rows with a fixed header per kind (events, text, places)."""

    def __init__(self, stream: IO[str], kind: str) -> None:
        self.kind = kind
        self.rows = csv.DictWriter(stream, fieldnames=COLUMNS[kind], extrasaction="ignore")
        self.rows.writeheader()
        self.stream = stream

    def write(self, line: dict[str, Any]) -> None:
        self.rows.writerows(flat_rows(self.kind, line))

    def close(self) -> None:
        self.stream.flush()


def _actor(a: dict[str, Any] | None) -> str:
    return (a.get("code") or a.get("name") or "") if a else ""


# short table columns per kind: (header, how to get the cell from a flat row or a line)
_CELLS: dict[str, tuple[tuple[str, Any], ...]] = {
    "events": (
        ("doc", lambda e: e.get("title") or e["doc_id"][:8]), ("type", lambda e: e["event_type"]),
        ("cameo", lambda e: e["cameo"]),
        ("actor", lambda e: _actor(e["actor"])), ("recipient", lambda e: _actor(e["recipient"])),
        ("where", lambda e: (e["location"] or {}).get("name")), ("date", lambda e: e["date"]),
        ("status", lambda e: e["status"]), ("trigger", lambda e: e["trigger"]),
    ),
    "text": (
        ("id", lambda t: t["id"]), ("title", lambda t: t["title"]), ("date", lambda t: t["date"]),
        ("source", lambda t: t["source"]), ("quality", lambda t: t["quality"]),
        ("chars", lambda t: len(t["text"])),
    ),
    "places": (
        ("id", lambda p: p["id"]), ("text", lambda p: p["text"]), ("name", lambda p: p["name"]),
        ("country", lambda p: p["country"]), ("feature", lambda p: p["feature"]),
        ("lat", lambda p: p["lat"]), ("lon", lambda p: p["lon"]),
    ),
}  # fmt: skip


# the rest stay on one line
_WRAPPING = {"doc", "actor", "recipient", "where", "trigger", "title", "text", "name"}
_LEFT_OUT_WHEN_NARROW = {"lat", "lon"}  # under 100 columns


class TableWriter:
    """A Rich table, printed when the writer is closed."""

    def __init__(self, console: Console, kind: str, title: str | None = None) -> None:
        self.console = console
        self.kind = kind
        self.table = Table(title=title, box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True)
        narrow = console.width < 100
        self.cells = [(h, get) for h, get in _CELLS[kind] if not (narrow and h in _LEFT_OUT_WHEN_NARROW)]
        for header, _ in self.cells:  # wrapped at spaces; a word too long for its column ends in "…"
            wraps = header in _WRAPPING
            shortest = min(len(header), 9)
            self.table.add_column(header, overflow="ellipsis", no_wrap=not wraps, min_width=shortest)

    def write(self, line: dict[str, Any]) -> None:
        rows = [{"id": line["id"], **p} for p in line["places"]] if self.kind == "places" else [line]
        for row in rows:
            self.table.add_row(*(_cell(get(row)) for _, get in self.cells))

    def close(self) -> None:
        if self.table.row_count:
            self.console.print(self.table)
        else:
            self.console.print(f"no {self.kind if self.kind != 'text' else 'documents'} to show")


def _cell(value: Any) -> str:
    return "" if value is None else str(value)


def make_writer(fmt: str, kind: str, stream: IO[str], console: Console, title: str | None = None) -> Writer:
    """The writer for `fmt` (jsonl, csv or table) and `kind` (events, text or places)."""
    if fmt == "jsonl":
        return JsonlWriter(stream)
    if fmt == "csv":
        return CsvWriter(stream, kind)
    return TableWriter(console, kind, title)
