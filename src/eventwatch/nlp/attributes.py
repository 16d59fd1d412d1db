"""POS, morphology and lemmas from a memo instead of re-running two spaCy components.

spaCy's attribute ruler and lemmatizer cost as much as the parser itself, yet their
output for a token is a function of its text, tag and dependency label, except where
one of the ruler's few multi-token patterns looks at a neighbour ("there is", "gon na").
The memo runs the real components on any sentence holding an unseen (text, tag, dep)
triple or a multi-token pattern match, and copies remembered results otherwise; a test
checks the output is the same.
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, LEMMA, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

SKIPPED = ("attribute_ruler", "lemmatizer")
_Key = tuple[int, ...]
_Value = tuple[int, int, int]


class AttributeMemo:
    """Fills token.pos, token.morph and token.lemma like the model's own components."""

    def __init__(self, nlp: Language, max_entries: int = 500_000) -> None:
        self._components = [nlp.get_pipe(name) for name in SKIPPED if name in nlp.pipe_names]
        self._context = _context_matcher(nlp)
        self._memo: dict[_Key, _Value] = {}
        self._max = max_entries

    def __len__(self) -> int:
        return len(self._memo)

    def __call__(self, doc: Doc) -> Doc:
        keys = [tuple(row) for row in doc.to_array([ORTH, TAG, DEP]).tolist()]
        found = [self._memo.get(k) for k in keys]
        spans = self._context(doc)
        if not found or None in found or spans:
            return self._learn(doc, keys, {i for _, start, end in spans for i in range(start, end)})
        doc.from_array([POS, MORPH, LEMMA], numpy.array(found, dtype="uint64"))  # type: ignore[arg-type]
        return doc

    def _learn(self, doc: Doc, keys: list[_Key], in_context: set[int]) -> Doc:
        """Run the real components; remember every token whose result no neighbour decided."""
        for component in self._components:
            doc = component(doc)
        if len(self._memo) > self._max:
            self._memo.clear()
        for token, key in zip(doc, keys, strict=True):
            if token.i not in in_context:
                self._memo[key] = (token.pos, token.morph.key, token.lemma)  # type: ignore[attr-defined]
        return doc


def _context_matcher(nlp: Language) -> Matcher:
    """The attribute ruler's patterns that span several tokens: where a neighbour decides."""
    matcher = Matcher(nlp.vocab)
    if "attribute_ruler" in nlp.pipe_names:
        for n, rule in enumerate(nlp.get_pipe("attribute_ruler").patterns):  # type: ignore[attr-defined]
            spanning = [p for p in rule["patterns"] if len(p) > 1]
            if spanning:
                matcher.add(f"context-{n}", spanning)
    return matcher
