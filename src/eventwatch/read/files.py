"""Load the bytes of one file, gunzipping when needed, within the size limit."""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path

from eventwatch.read.decode import Unreadable

GZIP_MAGIC = b"\x1f\x8b"


def is_gzip(path: Path) -> bool:
    """True when the file starts with the gzip magic number, whatever its name."""
    with path.open("rb") as fh:
        return fh.read(2) == GZIP_MAGIC


def load_bytes(path: Path, max_bytes: int) -> bytes:
    """All bytes of `path` (decompressed if gzipped); `Unreadable` if too large, empty or broken."""
    if path.stat().st_size == 0:
        raise Unreadable("empty", "the file is 0 bytes")
    if is_gzip(path):
        return _gunzip(path, max_bytes)
    size = path.stat().st_size
    if size > max_bytes:
        raise Unreadable("too large", f"{size} bytes, over the limit of {max_bytes} (--max-bytes)")
    return path.read_bytes()


def _gunzip(path: Path, max_bytes: int) -> bytes:
    try:
        with gzip.open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except EOFError as exc:
        raise Unreadable("truncated gzip", "the compressed stream ends early") from exc
    except (gzip.BadGzipFile, zlib.error) as exc:
        raise Unreadable("broken gzip", str(exc)) from exc
    if len(data) > max_bytes:
        raise Unreadable("too large", f"over {max_bytes} bytes once decompressed (--max-bytes)")
    return data
