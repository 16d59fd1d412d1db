"""Stages 7 and 8: code PLOVER events from parsed sentences, then merge repeats."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwatch.records import Document

if TYPE_CHECKING:
    from eventwatch.toolkit import Toolkit


def code_document(doc: Document, kit: Toolkit) -> Document:
    """Fill `doc.events` from `doc.parses`. Placeholder: codes nothing."""
    doc.events = []
    return doc


def deduplicate(doc: Document) -> Document:
    return doc
