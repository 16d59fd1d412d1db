"""Stage 6: run spaCy over the sentences that may hold an event, in batches."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwatch.records import Document

if TYPE_CHECKING:
    from eventwatch.toolkit import Toolkit


def parse_candidates(docs: list[Document], kit: Toolkit) -> None:
    """Fill `doc.parses` (sentence index -> spaCy Doc of that sentence). Placeholder: every sentence."""
    jobs = [(d, s) for d in docs for s in d.sentences]
    texts = (s.text for _, s in jobs)
    for (d, s), parsed in zip(jobs, kit.nlp.pipe(texts, batch_size=kit.options.batch_size), strict=True):
        d.parses[s.index] = parsed
