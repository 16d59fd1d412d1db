"""POS, morphology and lemmas from a memo instead of re-running two spaCy components.

spaCy's attribute ruler and lemmatizer cost as much as the parser itself, yet their
output for a token is a function of its text, tag and dependency label, except where
one of the ruler's few multi-token patterns looks at a neighbour ("there is", "gon na").
The memo runs the real components on a sentence where a multi-token pattern matches,
learns unseen (text, tag, dep) triples by running them on those tokens alone, and copies
remembered results otherwise; a test checks the output is the same. Those patterns run
only on sentences holding every literal word, tag and label one of them requires ("there"
+ expl, "gon" + "na"): most hold none.
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

SKIPPED = ("attribute_ruler", "lemmatizer")
_Key = tuple[int, int, int]  # ORTH, TAG, DEP
_Value = tuple[int, int, int]
_COLUMNS = [ORTH, TAG, DEP, LOWER]  # the memo key is the first three
_LITERAL_ATTRS = {"ORTH": 0, "TEXT": 0, "TAG": 1, "DEP": 2, "LOWER": 3}
# A pattern requires: for each (column, values), some token of the sentence with one of the values.
_Requirement = tuple[tuple[int, frozenset[int]], ...]


class AttributeMemo:
    """Fills token.pos, token.morph and token.lemma like the model's own components."""

    def __init__(self, nlp: Language, max_entries: int = 500_000) -> None:
        self._components = [nlp.get_pipe(name) for name in SKIPPED if name in nlp.pipe_names]
        self._vocab = nlp.vocab
        self._context, self._requirements = _context_matcher(nlp)
        self._memo: dict[_Key, _Value] = {}
        self._max = max_entries

    def __len__(self) -> int:
        return len(self._memo)

    def __call__(self, doc: Doc) -> Doc:
        return self.pipe([doc])[0]

    def pipe(self, docs: list[Doc]) -> list[Doc]:
        """Fill a batch of parsed sentences; unseen tokens of the whole batch are learnt at once."""
        keyed: list[list[_Key]] = []
        for doc in docs:
            columns = doc.to_array(_COLUMNS).T.tolist() if len(doc) else [[] for _ in _COLUMNS]
            keys: list[_Key] = list(zip(columns[0], columns[1], columns[2], strict=True))
            spans = self._context(doc) if self._may_match(columns) else []
            if not keys or spans:  # a neighbour decides: the real components, on this sentence
                self._learn(doc, keys, {i for _, start, end in spans for i in range(start, end)})
                keys = []
            keyed.append(keys)
        found = [list(map(self._memo.get, keys)) for keys in keyed]
        pairs = (zip(keys, got, strict=True) for keys, got in zip(keyed, found, strict=True))
        unseen = [k for pair in pairs for k, g in pair if g is None]
        learnt = self._fill(unseen) if unseen else {}
        for doc, keys, got in zip(docs, keyed, found, strict=True):
            if keys:
                values = [g if g is not None else learnt[k] for k, g in zip(keys, got, strict=True)]
                doc.from_array([POS, MORPH, LEMMA], numpy.array(values, dtype="uint64"))  # type: ignore[arg-type]
        return docs

    def _fill(self, keys: list[_Key]) -> dict[_Key, _Value]:
        """Learn unseen tokens from one made-up Doc of just them.

        Outside the multi-token patterns a token's result depends only on its key, so the
        real components run on the new tokens alone, not on whole sentences again. Should
        two made-up neighbours happen to match a multi-token pattern, the Doc is made again
        with a comma between every two tokens."""
        if len(self._memo) > self._max:
            self._memo.clear()
        keys = list(dict.fromkeys(keys))
        made_up = self._made_up(keys, separated=False)
        if self._context(made_up):
            made_up = self._made_up(keys, separated=True)
        for component in self._components:
            made_up = component(made_up)
        step = 2 if len(made_up) > len(keys) else 1
        learnt = {
            key: (token.pos, token.morph.key, token.lemma)  # type: ignore[attr-defined]
            for token, key in zip(list(made_up)[::step], keys, strict=True)
        }
        self._memo.update(learnt)
        return learnt

    def _made_up(self, keys: list[_Key], *, separated: bool) -> Doc:
        strings = self._vocab.strings
        words: list[str] = []
        tags: list[str] = []
        deps: list[str] = []
        for orth, tag, dep in keys:
            if words and separated:
                words.append(",")
                tags.append(",")
                deps.append("punct")
            words.append(strings[orth])
            tags.append(strings[tag] if tag else "")
            deps.append(strings[dep] if dep else "")
        return Doc(self._vocab, words=words, tags=tags, deps=deps, heads=list(range(len(words))))

    def _may_match(self, columns: list[list[int]]) -> bool:
        """False when no multi-token pattern can match: each misses a literal it requires."""
        return any(all(not values.isdisjoint(columns[c]) for c, values in req) for req in self._requirements)

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


def _context_matcher(nlp: Language) -> tuple[Matcher, list[_Requirement]]:
    """The attribute ruler's patterns that span several tokens (where a neighbour decides),
    and for each the literal values a sentence must hold for it to match."""
    matcher = Matcher(nlp.vocab)
    requirements: list[_Requirement] = []
    if "attribute_ruler" in nlp.pipe_names:
        for n, rule in enumerate(nlp.get_pipe("attribute_ruler").patterns):  # type: ignore[attr-defined]
            spanning = [p for p in rule["patterns"] if len(p) > 1]
            if spanning:
                matcher.add(f"context-{n}", spanning)
                requirements.extend(_literals(nlp, pattern) for pattern in spanning)
    return matcher, requirements


def _literals(nlp: Language, pattern: list[dict]) -> _Requirement:
    """(column, values) for every literal attribute of a token the pattern cannot skip."""
    out = []
    for spec in pattern:
        if spec.get("OP", "1") not in ("1", "+"):
            continue  # optional or negated: not required
        for attr, column in _LITERAL_ATTRS.items():
            value = spec.get(attr)
            words = (
                [value] if isinstance(value, str) else value.get("IN") if isinstance(value, dict) else None
            )
            if words:
                out.append((column, frozenset(nlp.vocab.strings.add(w) for w in words)))
    return tuple(out)
