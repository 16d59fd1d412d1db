"""WARC input: one document per `response` record, with the record's URL."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from eventwatch.read.decode import Unreadable, decode
from eventwatch.records import RawDocument, Skip

_TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


class _QuietArchiveIterator(ArchiveIterator):
    """warcio writes a warning about a record with a wrong Content-Length straight to stderr;
    a library must not print, and the records are still read, so the warning is left empty."""

    INC_RECORD = ""


def read_warc(path: Path, max_bytes: int) -> Iterator[RawDocument | Skip]:
    """Every `response` record of a WARC (plain or gzipped) as a document; other records are ignored."""
    n = 0
    try:
        with path.open("rb") as fh:
            for n, record in enumerate(_QuietArchiveIterator(fh), 1):
                if record.rec_type == "response":
                    yield _document(record, f"{path}#{n}", max_bytes)
    except (ArchiveLoadFailed, EOFError, zlib.error, ValueError, AttributeError, TypeError) as exc:
        # warcio fails on a cut or corrupt record with whatever its parser trips over
        why = str(exc) if isinstance(exc, ArchiveLoadFailed) else "a malformed or cut record header"
        yield Skip(f"{path}#{n + 1}", "broken warc", f"cannot read past record {n}: {why}")


def _document(record: Any, origin: str, max_bytes: int) -> RawDocument | Skip:
    http = record.http_headers
    url = record.rec_headers.get_header("WARC-Target-URI")
    status = http.get_statuscode() if http is not None else None
    if status and not str(status).startswith("2"):
        return Skip(origin, f"http {status}", url or "")
    ctype = (http.get_header("Content-Type") or "") if http is not None else ""
    if ctype and not ctype.lower().startswith(_TEXT_TYPES):
        return Skip(origin, "not text", f"{ctype} at {url}")
    data = record.content_stream().read(max_bytes + 1)
    if len(data) > max_bytes:
        return Skip(origin, "too large", f"over {max_bytes} bytes (--max-bytes)")
    if getattr(record.raw_stream, "limit", 0) > 0:  # fewer bytes than its Content-Length: the file was cut
        return Skip(origin, "broken warc", f"the record of {url} ends early")
    try:
        decoded = decode(data, _charset(ctype))
    except Unreadable as exc:
        return Skip(origin, exc.reason, exc.detail)
    kind = "text" if ctype.lower().startswith("text/plain") else "html"
    return RawDocument(id=None, origin=origin, url=url, notes=decoded.notes, **{kind: decoded.text})


def _charset(ctype: str) -> str | None:
    for part in ctype.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'") or None
    return None
