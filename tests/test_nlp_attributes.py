"""The attribute memo gives the same POS, morphology and lemmas as spaCy's own components."""

from __future__ import annotations

import pytest

from eventwatch.nlp.attributes import SKIPPED, AttributeMemo

SENTENCES = [
    "The ministers had met in Geneva before the talks collapsed.",
    "Rebels have seized two towns and are advancing on the capital.",
    "It is not clear whether the envoy was invited.",
    "As the deadline passed, the army did nothing.",
    "The government said it would release all the detainees it had arrested.",
    "This was the third attack on the convoy this week.",
    "Police arrested dozens of protesters after they had blocked the road.",
    "She told you that the bank's loans were frozen.",
    "Officials did not say how many troops had been sent.",
    "The president is expected to visit Ankara, where talks are planned.",
    "Protesters, who were mostly students, marched through the city.",
    "What the council does next is up to its members.",
    "There were clashes in the north, and the town was shelled.",
    "Let's see whether there is a deal before the army is sent in.",
    "The convoy was attacked; there was no warning.",
]


def _attributes(docs) -> list[tuple[str, str, str, str]]:
    return [(t.text, t.pos_, str(t.morph), t.lemma_) for d in docs for t in d]


@pytest.mark.parametrize("order", ["as-written", "reversed"])
def test_memo_matches_the_full_pipeline_on_first_and_repeated_sight(nlp, order: str) -> None:
    sentences = SENTENCES if order == "as-written" else SENTENCES[::-1]
    reference = _attributes(nlp.pipe(sentences, disable=["ner"]))
    memo = AttributeMemo(nlp)
    for _ in range(2):  # first pass learns, second pass reads the memo
        parsed = nlp.pipe(sentences, disable=["ner", *SKIPPED])
        assert _attributes(memo(d) for d in parsed) == reference


def test_memo_is_bounded(nlp) -> None:
    unbounded, bounded = AttributeMemo(nlp), AttributeMemo(nlp, max_entries=20)
    for doc in nlp.pipe(SENTENCES, disable=["ner", *SKIPPED]):
        unbounded(doc)
        bounded(doc)
    longest = max(len(d) for d in nlp.pipe(SENTENCES, disable=["ner", *SKIPPED]))
    assert len(unbounded) > 20 + longest
    assert len(bounded) <= 20 + longest


@pytest.mark.parametrize(
    ("sentence", "may_match"),
    [
        ("There are new talks planned for May.", True),  # expl + "are"
        ("They are gon na sign the deal.", True),  # "gon" + "na"
        ("The talks are over and the envoy has gone home.", False),  # "are", but no expl
        ("The army withdrew from the border town.", False),
    ],
)
def test_context_patterns_run_only_where_their_literals_are(nlp, sentence: str, may_match: bool) -> None:
    memo = AttributeMemo(nlp)
    doc = next(nlp.pipe([sentence], disable=["ner", *SKIPPED]))
    columns = doc.to_array(["ORTH", "TAG", "DEP", "LOWER"]).T.tolist()
    assert memo._may_match(columns) is may_match
    if not may_match:
        assert not memo._context(doc)


def test_a_batch_learns_each_unseen_token_without_rerunning_whole_sentences(nlp) -> None:
    memo = AttributeMemo(nlp)
    calls: list[int] = []
    real = memo._learn
    memo._learn = lambda doc, keys, ctx: calls.append(len(doc)) or real(doc, keys, ctx)  # type: ignore[method-assign]
    plain = [s for s in SENTENCES if "there" not in s.lower() and "let's" not in s.lower()]
    parsed = list(nlp.pipe(plain, disable=["ner", *SKIPPED]))
    assert _attributes(memo.pipe(parsed)) == _attributes(nlp.pipe(plain, disable=["ner"]))
    assert calls == []  # no multi-token pattern here: no sentence ran the components whole
