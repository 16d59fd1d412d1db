"""Stage 2: from a raw page to a clean article (`Document`), or a `Skip` with its reason."""

from __future__ import annotations

import hashlib

from eventwatch.records import Document, RawDocument, Skip
from eventwatch.settings import Options


def article(raw: RawDocument, options: Options) -> Document | Skip:
    """Extract the article of one raw document. (Placeholder: keeps the text as given.)"""
    text = (raw.text or raw.html or "").strip()
    if not text:
        return Skip(raw.origin, "empty")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Document(
        id=raw.id or digest[:16], origin=raw.origin, text=text, title=raw.title, url=raw.url,
        date=raw.date, source=raw.source, content_hash=digest, notes=list(raw.notes),
    )
