"""Bytes of one document -> text, or the reason it is not a readable document."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

_MAGIC = (b"%PDF-", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x7fELF", b"Rar!", b"7z\xbc\xaf")
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.IGNORECASE)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_CONTROL = frozenset(range(0, 9)) | frozenset(range(14, 32))


class Unreadable(Exception):
    """A document that cannot be read; `reason` is the short key counted in the run summary."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


@dataclass(slots=True, frozen=True)
class Decoded:
    """Text of a document and any non-fatal remark made while decoding it."""

    text: str
    notes: tuple[str, ...] = ()


def decode(data: bytes, charset: str | None = None) -> Decoded:
    """Decode bytes: BOM, strict UTF-8, the declared charset, else UTF-8 with replacement (and a note)."""
    if not data.strip():
        raise Unreadable("empty", "no text in the file")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _checked(Decoded(data.decode(codec, errors="replace")))
    if looks_binary(data):
        raise Unreadable("binary", "not a text or HTML document")
    try:
        return _checked(Decoded(data.decode("utf-8")))
    except UnicodeDecodeError as exc:
        declared = _usable_codec(charset or sniff_charset(data))
        if declared and declared != "utf-8":
            return _checked(Decoded(data.decode(declared, errors="replace"), (f"decoded as {declared}",)))
        text = data.decode("utf-8", errors="replace")
        bad = text.count("\ufffd")
        note = f"invalid UTF-8 at byte {exc.start}: {bad} character(s) replaced with U+FFFD"
        return _checked(Decoded(text, (note,)))


def looks_binary(data: bytes) -> bool:
    """True for known binary formats, NUL bytes or many control characters in the first 8 KB."""
    head = data[:8192]
    if head.startswith(_MAGIC) or b"\x00" in head:
        return True
    controls = sum(1 for b in head if b in _CONTROL)
    return controls > max(8, len(head) // 50)


def sniff_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a `<meta>` tag near its top, if any."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", errors="ignore") if m else None


def _usable_codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _checked(decoded: Decoded) -> Decoded:
    if not decoded.text.strip():
        raise Unreadable("empty", "no text in the file")
    return decoded
