"""POS, morphology and lemmas from a memo instead of re-running two spaCy components.

spaCy's attribute ruler and lemmatizer cost as much as the parser itself, yet their
output for a token is a function of its text, its tag and its dependency label. The
memo runs the real components on any sentence holding an unseen (text, tag, dep)
triple and copies their results otherwise; a test checks the output is the same.
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, LEMMA, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc

SKIPPED = ("attribute_ruler", "lemmatizer")
_Key = tuple[int, int, int]
_Value = tuple[int, int, int]


class AttributeMemo:
    """Fills token.pos, token.morph and token.lemma like the model's own components."""

    def __init__(self, nlp: Language, max_entries: int = 500_000) -> None:
        self._components = [nlp.get_pipe(name) for name in SKIPPED if name in nlp.pipe_names]
        self._memo: dict[_Key, _Value] = {}
        self._max = max_entries

    def __len__(self) -> int:
        return len(self._memo)

    def __call__(self, doc: Doc) -> Doc:
        keys = [tuple(row) for row in doc.to_array([ORTH, TAG, DEP]).tolist()]
        found = [self._memo.get(k) for k in keys]
        if not found or None in found:
            return self._learn(doc, keys)
        doc.from_array([POS, MORPH, LEMMA], numpy.array(found, dtype="uint64"))  # type: ignore[arg-type]
        return doc

    def _learn(self, doc: Doc, keys: list[_Key]) -> Doc:
        for component in self._components:
            doc = component(doc)
        if len(self._memo) > self._max:
            self._memo.clear()
        for token, key in zip(doc, keys, strict=True):
            self._memo[key] = (token.pos, token.morph.key, token.lemma)  # type: ignore[attr-defined]
        return doc
