"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one document per item or entry."""

from __future__ import annotations

import codecs
import email.utils
import html
import io
import re
import time
from collections.abc import Iterator
from datetime import date
from typing import Any

import feedparser

from eventwatch.read.decode import Unreadable, looks_binary
from eventwatch.records import RawDocument, Skip

FEED_ROOTS = frozenset({"rss", "feed"})
RSS_1_0 = b"purl.org/rss/1.0/"
# Past the XML declaration, processing instructions, comments and a DOCTYPE to the first element's name.
_PROLOG = rb"(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\]\s*)?>)*"  # internal DTD subset too
_ROOT = re.compile(rb"^" + _PROLOG + rb"<(?:[\w.-]+:)?([\w.-]+)", re.DOTALL | re.IGNORECASE)
_MARKUP = re.compile(r"<!--.*?-->|</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>", re.DOTALL)
_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_DATE_KEYS = ("published", "updated", "created")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def root_element(data: bytes) -> str | None:
    """The local name of the document's first element, lower-cased (`rss`, `feed`, `rdf`, `html`, ...)."""
    match = _ROOT.match(data[:8192].removeprefix(codecs.BOM_UTF8))
    return match.group(1).decode("ascii", "replace").lower() if match else None


def is_feed(data: bytes) -> bool:
    """True when the bytes are an XML document whose root is `<rss>`, `<feed>` or an RSS 1.0 `<rdf:RDF>`."""
    root = root_element(data)
    if root == "rdf":  # RDF/XML is a feed only with the RSS 1.0 vocabulary
        return RSS_1_0 in data[:8192]
    return root in FEED_ROOTS


def read_feed(data: bytes, origin: str) -> Iterator[RawDocument | Skip]:
    """Every item or entry of a feed as a document (`origin#item N`); damage ends with a `bad feed` skip."""
    if not data.strip():
        raise Unreadable("empty", "no text in the file")
    if looks_binary(data) and not data.startswith(_UTF16_BOMS):
        raise Unreadable("binary", "not a text, HTML or feed document")
    parsed = feedparser.parse(io.BytesIO(data))  # a stream, never a str: feedparser fetches a URL it is given
    source = _plain(parsed.feed, "title")
    for n, entry in enumerate(parsed.entries, 1):
        yield _document(entry, f"{origin}#item {n}", source)
    damage = _damage(parsed, data)
    if damage:
        yield Skip(origin, "bad feed", damage)
    elif not parsed.entries:
        yield Skip(origin, "empty", "the feed has no items")


def _damage(parsed: Any, data: bytes) -> str | None:
    """Why the feed is not a sound RSS or Atom document, or None when it is."""
    if not parsed.get("version"):
        if parsed.get("bozo") and not parsed.entries:
            return f"not well-formed XML: {_where(parsed.bozo_exception)}"
        root = root_element(data)
        return f"neither RSS nor Atom (the root element is <{root}>)" if root else "neither RSS nor Atom"
    if parsed.get("bozo") and not isinstance(parsed.bozo_exception, feedparser.CharacterEncodingOverride):
        kept = f"; the {len(parsed.entries)} item(s) the parser recovered are kept" if parsed.entries else ""
        return f"not well-formed XML: {_where(parsed.bozo_exception)}{kept}"
    return None


def _where(exc: Exception) -> str:
    """The parser's message, with the line for an XML syntax error."""
    line = getattr(exc, "getLineNumber", None)
    message = getattr(exc, "getMessage", None)
    text = message() if callable(message) else str(exc)
    return f"{text} at line {line()}" if callable(line) else text


def _document(entry: Any, origin: str, source: str | None) -> RawDocument | Skip:
    """One item: its body as HTML or text, with id, link, date, headline and the feed's title as source."""
    body = _body(entry)
    if body is None:
        return Skip(origin, "no text", "the item has no content, description or summary")
    kind, value = body
    link = entry.get("link") or ""
    return RawDocument(
        id=entry.get("id") or None,
        origin=origin,
        url=link if link.startswith(("http://", "https://")) else None,
        date=entry_date(entry),
        title=_plain(entry, "title"),
        source=source,
        text=value if kind == "text" else None,
        html=value if kind == "html" else None,
    )


def _body(entry: Any) -> tuple[str, str] | None:
    """`("html", ...)` or `("text", ...)`: the full content when the item has it, else its description."""
    details = [*entry.get("content", []), entry.get("summary_detail")]
    for detail in details:
        value = (detail or {}).get("value") or ""
        if _has_text(value):
            return _kind(value, (detail.get("type") or "").lower())
    return None


def _has_text(value: str) -> bool:
    """True when a body holds words, not only whitespace, markup or an image."""
    return bool(html.unescape(_MARKUP.sub(" ", value)).strip())


def _kind(value: str, media_type: str) -> tuple[str, str]:
    """HTML when the value is marked up HTML; plain text (entities resolved) otherwise."""
    if media_type not in _HTML_TYPES:
        return "text", value
    if _MARKUP.search(value):
        return "html", value
    return "text", html.unescape(value)


def _plain(holder: Any, key: str) -> str | None:
    """A title as plain text: markup removed and entities resolved when the feed typed it as HTML."""
    value = " ".join((holder.get(key) or "").split())
    detail = holder.get(f"{key}_detail") or {}
    if detail.get("type") in _HTML_TYPES:
        value = " ".join(html.unescape(re.sub(r"<[^>]*>", " ", value)).split())
    return value or None


def entry_date(entry: Any) -> str | None:
    """`YYYY-MM-DD` from the item's pubDate, published, updated or dc:date, as the feed wrote it."""
    for key in _DATE_KEYS:
        raw, parsed = dict.get(entry, key), dict.get(entry, f"{key}_parsed")  # no feedparser key aliasing
        day = _day(raw) if raw else None
        if day is None and parsed:
            day = time.strftime("%Y-%m-%d", parsed)  # feedparser's reading, in UTC
        if day:
            return day
    return None


def _day(raw: str) -> str | None:
    """The calendar day of an ISO 8601 or RFC 822 date, in the writer's own time zone (not shifted to UTC)."""
    iso = _ISO_DAY.match(raw)
    try:
        if iso:
            return date(*map(int, iso.groups())).isoformat()
        return email.utils.parsedate_to_datetime(raw).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None
