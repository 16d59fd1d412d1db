"""Sentence splitting without the parser."""

from __future__ import annotations

import pytest

from eventwatch.nlp.segment import MAX_SENTENCE_CHARS, segment, split_sentences
from eventwatch.records import Document


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Troops left. Talks began.", ["Troops left.", "Talks began."], id="two-plain"),
        pytest.param(
            "Gen. Adams arrived. He spoke.", ["Gen. Adams arrived.", "He spoke."], id="title-abbrev"
        ),
        pytest.param(
            "The envoy met John F. Kennedy Jr. in Boston. Nothing followed.",
            ["The envoy met John F. Kennedy Jr. in Boston.", "Nothing followed."],
            id="initial-and-suffix",
        ),
        pytest.param(
            "Talks resume on Sept. 16 in Oslo.", ["Talks resume on Sept. 16 in Oslo."], id="month-abbrev"
        ),
        pytest.param(
            'He said: "We will not yield." Rebels fled.',
            ['He said: "We will not yield."', "Rebels fled."],
            id="closing-quote",
        ),
        pytest.param(
            "Headline without a stop\n\nBody starts here.",
            ["Headline without a stop", "Body starts here."],
            id="paragraph-break",
        ),
        pytest.param(
            "Prices rose 3.5 percent. Markets fell.",
            ["Prices rose 3.5 percent.", "Markets fell."],
            id="decimal-number",
        ),
        pytest.param(
            "Is it over? No! It goes on.", ["Is it over?", "No!", "It goes on."], id="question-exclaim"
        ),
        pytest.param("   ", [], id="blank"),
        pytest.param(
            "They agreed to act, the minister said The new plan starts soon.",
            ["They agreed to act, the minister said", "The new plan starts soon."],
            id="machine-translation-missing-stop",
        ),
        pytest.param(
            "He said The Daily Star lied.", ["He said The Daily Star lied."], id="said-before-a-title"
        ),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


def test_offsets_point_into_the_text() -> None:
    text = "  First one here.  Second one there.\n\nThird.  "
    sents = split_sentences(text)
    assert [text[s.start : s.end] for s in sents] == [s.text for s in sents]
    assert [s.index for s in sents] == [0, 1, 2]


def _doc(text: str) -> Document:
    return Document(id="d", origin="t", text=text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("word " * 5000, id="words-without-a-full-stop"),
        pytest.param("x" * 4321, id="one-unbroken-token"),
        pytest.param("troops moved, " * 400 + "and stayed.", id="clauses"),
    ],
)
def test_sentences_over_the_cap_are_split_at_breaks_with_a_note(text: str) -> None:
    doc = segment(_doc(text))
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in doc.sentences)
    assert [s.index for s in doc.sentences] == list(range(len(doc.sentences)))
    assert all(doc.text[s.start : s.end] == s.text for s in doc.sentences)
    covered = "".join(s.text for s in doc.sentences)
    assert covered.replace(" ", "") == text.replace(" ", "")
    assert len(doc.notes) == 1 and "split before parsing" in doc.notes[0]


def test_clause_breaks_are_preferred_to_word_breaks() -> None:
    doc = segment(_doc("the long march of the column went on, " * 60))
    assert all(s.text.endswith(",") for s in doc.sentences[:-1])


def test_short_sentences_are_left_alone() -> None:
    doc = segment(_doc("Troops left. Talks began."))
    assert [s.text for s in doc.sentences] == ["Troops left.", "Talks began."] and doc.notes == []
