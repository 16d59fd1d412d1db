"""Stage 3: split the clean text into sentences with offsets (rule-based, no parser needed)."""

from __future__ import annotations

import re

from eventwatch.records import Document, Sentence

_BOUNDARY = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])|\n+")


def segment(doc: Document) -> Document:
    doc.sentences = list(split_sentences(doc.text))
    return doc


def split_sentences(text: str) -> list[Sentence]:
    """Placeholder splitter: paragraph breaks and end punctuation before a capital."""
    out: list[Sentence] = []
    start = 0
    for m in [*_BOUNDARY.finditer(text), None]:
        end = m.start() if m else len(text)
        chunk = text[start:end]
        lead = len(chunk) - len(chunk.lstrip())
        s, e = start + lead, start + len(chunk.rstrip())
        if e > s:
            out.append(Sentence(len(out), s, e, text[s:e]))
        start = m.end() if m else len(text)
    return out
