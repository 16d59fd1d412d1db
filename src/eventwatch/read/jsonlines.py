"""JSON Lines input: one document a line, from a file, a gzipped file or stdin."""

from __future__ import annotations

import gzip
import json
import re
import zlib
from collections.abc import Iterable, Iterator
from typing import Any

from eventwatch.read.decode import Unreadable, decode
from eventwatch.records import RawDocument, Skip

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_FIELDS = ("url", "title", "source")


def read_stream(stream: Iterable[bytes], name: str, max_bytes: int) -> Iterator[RawDocument | Skip]:
    """Each non-blank line as a `RawDocument`, or a `Skip` naming `name:line` and why."""
    n = 0
    try:
        for n, line in enumerate(stream, 1):
            if line.strip():
                yield _document(line, f"{name}:{n}", max_bytes)
    except EOFError:
        lost = f"the compressed stream ends early; lines from {n + 1} on are lost"
        yield Skip(f"{name}:{n + 1}", "truncated gzip", lost)
    except (gzip.BadGzipFile, zlib.error) as exc:
        yield Skip(name, "broken gzip", str(exc))


def _document(line: bytes, origin: str, max_bytes: int) -> RawDocument | Skip:
    if len(line) > max_bytes:
        return Skip(origin, "too large", f"{len(line)} bytes, over the limit of {max_bytes} (--max-bytes)")
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
    """One input-shaped mapping ({"id", "text" or "html", "url", "date", ...}) as a document."""
    text, html = _string(row.get("text")), _string(row.get("html"))
    if not (text and text.strip()) and not (html and html.strip()):
        return Skip(origin, "no text", 'the line has neither "text" nor "html"')
    date = _string(row.get("date"))
    if date and not _DATE.match(date):
        notes, date = (*notes, f"date {date!r} ignored: not YYYY-MM-DD"), None
    ident = row.get("id")
    return RawDocument(
        id=str(ident) if ident not in (None, "") else None,
        origin=origin,
        text=text,
        html=html,
        date=date[:10] if date else None,
        notes=notes,
        **{key: _string(row.get(key)) for key in _FIELDS},
    )


def _string(value: Any) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)
