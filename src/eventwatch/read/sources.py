"""Stage 1 dispatch: paths, folders and stdin -> `RawDocument`s, with a `Skip` for anything unreadable."""

from __future__ import annotations

import gzip
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from eventwatch.read.decode import Unreadable, decode
from eventwatch.read.feeds import is_feed, read_feed
from eventwatch.read.files import is_gzip, load_bytes
from eventwatch.read.jsonlines import read_stream
from eventwatch.read.warc import read_warc
from eventwatch.records import RawDocument, Skip
from eventwatch.settings import Options

STDIN = "-"
KINDS = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".xhtml": "html",
         ".warc": "warc", ".jsonl": "jsonl", ".ndjson": "jsonl", ".rss": "feed", ".atom": "feed",
         ".xml": "xml", ".rdf": "xml"}  # fmt: skip


def read_inputs(
    paths: Iterable[str], options: Options, stdin: IO[bytes] | None = None
) -> Iterator[RawDocument | Skip]:
    """Documents from every input in order; folders are walked recursively in sorted order.

    A path that does not exist comes out as `Skip(reason="missing")` so the rest still runs.
    `-` reads JSON Lines from `stdin` (default: the process's standard input).
    """
    for given in paths:
        if given == STDIN:
            yield from _read_stdin(stdin, options.max_bytes)
            continue
        path = Path(given)
        if not path.exists():
            yield Skip(given, "missing", "no such file or folder")
        elif path.is_dir():
            children, unreadable = _walk(path)
            yield from unreadable
            for child in children:
                yield from read_file(child, options)
        else:
            yield from read_file(path, options, named=True)


def _read_stdin(stdin: IO[bytes] | None, max_bytes: int) -> Iterator[RawDocument | Skip]:
    """JSON Lines from standard input; a closed standard input (`<&-`) is a missing input, not a crash."""
    stream = stdin or getattr(sys.stdin, "buffer", None)
    if stream is None:
        yield Skip(STDIN, "missing", "standard input is closed (pipe JSON Lines into `-`)")
        return
    try:
        yield from read_stream(stream, "stdin", max_bytes)
    except OSError as exc:
        yield Skip(STDIN, "unreadable", exc.strerror or str(exc))


def walk(folder: Path) -> list[Path]:
    """Files of a known kind under `folder`, recursively, sorted; hidden files and folders are left out."""
    return _walk(folder)[0]


def _walk(folder: Path) -> tuple[list[Path], list[Skip]]:
    """The files `walk` finds, and a `Skip` for each subfolder that could not be listed."""
    found: list[Path] = []
    unreadable: list[Skip] = []

    def note(exc: OSError) -> None:
        unreadable.append(Skip(str(exc.filename or folder), "unreadable", exc.strerror or str(exc)))

    for root, dirs, files in os.walk(folder, onerror=note):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            p = Path(root, name)
            if not name.startswith(".") and p.is_file() and kind_of(p) is not None:
                found.append(p)
    return sorted(found, key=lambda p: p.as_posix()), unreadable


def kind_of(path: Path) -> str | None:
    """`text`, `html`, `warc`, `jsonl`, `feed` or `xml` from the file name (a `.gz` ending looked through)."""
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return KINDS.get(Path(name).suffix)


def read_file(path: Path, options: Options, *, named: bool = False) -> Iterator[RawDocument | Skip]:
    """One file: a WARC, JSON Lines or feed file gives many documents, any other file one.

    A file named on the command line with an unknown ending, or an `.xml` file that is not a feed,
    is read as text or HTML by its content; in a folder, an `.xml` file that is not a feed is left out.
    """
    kind = kind_of(path) or ("sniff" if named else None)
    try:
        if kind == "warc":
            yield from read_warc(path, options.max_bytes)
        elif kind == "jsonl":
            yield from _read_jsonl(path, options.max_bytes)
        elif kind in ("feed", "xml"):
            yield from _read_xml(path, kind, options.max_bytes, named)
        elif kind is not None:
            yield _read_page(path, kind, options.max_bytes)
    except Unreadable as exc:
        yield Skip(str(path), exc.reason, exc.detail)
    except OSError as exc:
        yield Skip(str(path), "unreadable", exc.strerror or str(exc))


def _read_jsonl(path: Path, max_bytes: int) -> Iterator[RawDocument | Skip]:
    if path.stat().st_size == 0:
        raise Unreadable("empty", "the file is 0 bytes")
    opener = gzip.open if is_gzip(path) else open
    with opener(path, "rb") as fh:
        yield from read_stream(fh, str(path), max_bytes)


def _read_xml(path: Path, kind: str, max_bytes: int, named: bool) -> Iterator[RawDocument | Skip]:
    """A `.rss`/`.atom` file is always a feed; an `.xml` file only when its root element says so."""
    data = load_bytes(path, max_bytes)
    if kind == "feed" or is_feed(data):
        yield from read_feed(data, str(path))
    elif named:
        yield _page(path, data, "sniff")


def _read_page(path: Path, kind: str, max_bytes: int) -> RawDocument:
    return _page(path, load_bytes(path, max_bytes), kind)


def _page(path: Path, data: bytes, kind: str) -> RawDocument:
    decoded = decode(data)
    if kind == "sniff":
        kind = "html" if decoded.text.lstrip()[:1] == "<" else "text"
    body = {"html": decoded.text} if kind == "html" else {"text": decoded.text}
    return RawDocument(id=None, origin=str(path), notes=decoded.notes, **body)
