"""Stage 6: run spaCy over the sentences that may hold an event, in batches.

Each parsed sentence is its own spaCy `Doc` (token.idx + sentence.start gives the
offset in the clean text). The named-entity recognizer is not run (actors come from
the knowledge base, stage 4), and POS/morphology/lemmas come from `AttributeMemo`:
together these double parser throughput without changing what the coder sees.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwatch.nlp.attributes import SKIPPED
from eventwatch.nlp.prefilter import candidates
from eventwatch.records import Document, Sentence

if TYPE_CHECKING:
    from eventwatch.toolkit import Toolkit

UNUSED_COMPONENTS = ("ner",)


def parse_candidates(docs: list[Document], kit: Toolkit) -> None:
    """Fill `doc.parses` (sentence index -> spaCy Doc) for the candidate sentences of each document."""
    jobs: list[tuple[Document, Sentence]] = []
    for doc in docs:
        chosen = doc.sentences
        if kit.options.prefilter:
            chosen = candidates(doc, kit.trigger_filter, kit.standalone_filter)
        jobs.extend((doc, s) for s in chosen)
    if not jobs:
        return
    texts = (s.text for _, s in jobs)
    disabled = [*UNUSED_COMPONENTS, *SKIPPED]
    parsed = kit.attribute_memo.pipe(
        list(kit.nlp.pipe(texts, batch_size=kit.options.batch_size, disable=disabled))
    )
    for (doc, sent), sdoc in zip(jobs, parsed, strict=True):
        doc.parses[sent.index] = sdoc
