"""JSON Lines input: one document a line, from a file, a gzipped file or stdin."""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from datetime import date as Date
from typing import Any, Protocol

from eventwatch.read.decode import Unreadable, decode
from eventwatch.records import RawDocument, Skip

_FIELDS = ("url", "title", "source")
_STRINGS = ("text", "html", "date", *_FIELDS)
_DRAIN = 1 << 20  # an over-long line is skipped by reading it in pieces of this size
DRAIN_LIMIT = 4  # ... up to this many times --max-bytes; then the rest of its file is left unread
DRAIN_FLOOR = 64 << 20


class Lines(Protocol):
    """A binary stream read line by line with a size limit (a file, a gzip file, stdin)."""

    def readline(self, size: int = -1, /) -> bytes: ...


def read_stream(stream: Lines, name: str, max_bytes: int) -> Iterator[RawDocument | Skip]:
    """Each non-blank line as a `RawDocument`, or a `Skip` naming `name:line` and why.

    A line is read at most `max_bytes + 1` bytes at a time, so one huge line (a 5 GB line in a
    small `.jsonl.gz`) costs no more memory than the limit; its rest is read and dropped, up to
    `DRAIN_LIMIT` times the limit (at least `DRAIN_FLOOR` bytes): past that, reading it would cost
    unbounded time, so the rest of the file is left unread (and the skip says so).
    """
    n = 0
    try:
        while line := stream.readline(max_bytes + 1):
            n += 1
            if len(line) > max_bytes and not line.endswith(b"\n"):
                size, ended = _drain_line(stream, max(DRAIN_LIMIT * max_bytes, DRAIN_FLOOR))
                if not ended:
                    rest = f"over {len(line) + size} bytes, over the limit of {max_bytes} (--max-bytes)"
                    yield Skip(f"{name}:{n}", "too large", f"{rest}; the rest of the file is not read")
                    return
                yield Skip(f"{name}:{n}", "too large", _too_large(len(line) + size, max_bytes))
            elif line.strip():
                yield _document(line, f"{name}:{n}", max_bytes)
    except EOFError:
        lost = f"the compressed stream ends early; lines from {n + 1} on are lost"
        yield Skip(f"{name}:{n + 1}", "truncated gzip", lost)
    except (gzip.BadGzipFile, zlib.error) as exc:
        yield Skip(name, "broken gzip", str(exc))


def _too_large(size: int, max_bytes: int) -> str:
    return f"{size} bytes, over the limit of {max_bytes} (--max-bytes)"


def _drain_line(stream: Lines, most: int) -> tuple[int, bool]:
    """Read and drop the rest of the current line, at most `most` bytes: (bytes dropped, line ended)."""
    dropped = 0
    while dropped < most and (piece := stream.readline(min(_DRAIN, most - dropped))):
        dropped += len(piece)
        if piece.endswith(b"\n"):
            return dropped, True
    return dropped, dropped < most


def _document(line: bytes, origin: str, max_bytes: int) -> RawDocument | Skip:
    if len(line) > max_bytes:
        return Skip(origin, "too large", _too_large(len(line), max_bytes))
    try:
        decoded = decode(line)
        row = json.loads(decoded.text)
    except Unreadable as exc:
        return Skip(origin, exc.reason, exc.detail)
    except json.JSONDecodeError as exc:
        return Skip(origin, "bad json", f"{exc.msg} at column {exc.colno}")
    if not isinstance(row, dict):
        return Skip(origin, "bad json", f"a line must be a JSON object, not {type(row).__name__}")
    return from_row(row, origin, decoded.notes)


def from_row(row: dict[str, Any], origin: str, notes: tuple[str, ...] = ()) -> RawDocument | Skip:
    """One input-shaped mapping ({"id", "text" or "html", "url", "date", ...}) as a document.

    `text`, `html`, `date`, `url`, `title` and `source` must be strings (or null) and `id` a
    string or a number: anything else skips the row (`bad field`) rather than storing `12345`
    or a list as text. A `date` that is not a real `YYYY-MM-DD` day is dropped with a note.
    """
    wrong = next((k for k in _STRINGS if not isinstance(row.get(k), str | None)), None)
    if wrong is not None:
        return Skip(origin, "bad field", f'"{wrong}" must be a string, not {_json_type(row[wrong])}')
    ident = row.get("id")
    if isinstance(ident, bool) or not isinstance(ident, str | int | float | None):
        return Skip(origin, "bad field", f'"id" must be a string or a number, not {_json_type(ident)}')
    text, html = row.get("text"), row.get("html")
    if not (text and text.strip()) and not (html and html.strip()):
        return Skip(origin, "no text", 'the line has neither "text" nor "html"')
    date = row.get("date") or None
    if date is not None and real_day(date) is None:
        notes, date = (*notes, f"date {date!r} ignored: not YYYY-MM-DD, or not a real day"), None
    return RawDocument(
        id=str(ident) if ident not in (None, "") else None,
        origin=origin,
        text=text,
        html=html,
        date=date[:10] if date else None,
        notes=notes,
        **{key: row.get(key) for key in _FIELDS},
    )


def real_day(value: str) -> Date | None:
    """The calendar day a `YYYY-MM-DD...` string starts with, or None ("2025-02-30", "9999-99-99")."""
    head = value[:10]
    if len(head) != 10 or head[4] != "-" or head[7] != "-" or not head.replace("-", "").isdigit():
        return None
    try:
        return Date.fromisoformat(head)
    except ValueError:
        return None


def _json_type(value: Any) -> str:
    names = {bool: "a boolean", int: "a number", float: "a number", list: "a list", dict: "an object"}
    return names.get(type(value), type(value).__name__)
