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


def test_lower_cased_text_splits_before_lower_case_words() -> None:
    text = (
        "pune: police fired tear gas at a crowd near the station on friday. the crowd fled towards "
        "the market. two shops were set on fire, officials said. curfew was imposed in the old city."
    )
    assert [s.text[:12] for s in split_sentences(text)] == [
        "pune: police",
        "the crowd fl",
        "two shops we",
        "curfew was i",
    ]


def test_cased_text_keeps_lower_case_words_after_a_stop_together() -> None:
    text = "Talks in the city of St. petersburg ended. Troops left the area on Friday, officials said."
    assert [s.text for s in split_sentences(text)] == [
        "Talks in the city of St. petersburg ended.",
        "Troops left the area on Friday, officials said.",
    ]


def test_lower_cased_text_keeps_abbreviations_and_initials() -> None:
    text = "the u.s. envoy met j. smith in the capital on monday. talks on trade and aid went on."
    assert [s.text for s in split_sentences(text)] == [
        "the u.s. envoy met j. smith in the capital on monday.",
        "talks on trade and aid went on.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "MANILA (Reuters) - Police detained two men.",
            ["MANILA (Reuters) -", "Police detained two men."],
            id="city-agency-dash",
        ),
        pytest.param(
            "ST. PAUL, Minn. (AP) — Police detained two men.",
            ["ST. PAUL, Minn. (AP) —", "Police detained two men."],
            id="city-state-agency",
        ),
        pytest.param(
            "Washington (CNN)Police detained two men.",
            ["Washington (CNN)", "Police detained two men."],
            id="cnn",
        ),
        pytest.param(
            "NAIROBI — Police detained two men.", ["NAIROBI —", "Police detained two men."], id="city-dash"
        ),
        pytest.param(
            "KENYA DETAINS TWO MEN NAIROBI, March 19 - Police detained two men.",
            ["KENYA DETAINS TWO MEN", "NAIROBI, March 19 -", "Police detained two men."],
            id="headline-then-wire-dateline",
        ),
        pytest.param(
            "TALKS END NEW DELHI, Oct. 3 - India said talks ended.",
            ["TALKS END", "NEW DELHI, Oct. 3 -", "India said talks ended."],
            id="two-word-city",
        ),
        pytest.param(
            "Police said on March 19 - the day after the vote - that two men were held.",
            ["Police said on March 19 - the day after the vote - that two men were held."],
            id="a-date-aside-is-no-dateline",
        ),
        pytest.param(
            "Kenya - the largest economy in the region - voted.",
            ["Kenya - the largest economy in the region - voted."],
            id="aside-is-no-dateline",
        ),
        pytest.param(
            "The talks (held in Geneva) - ended early.",
            ["The talks (held in Geneva) - ended early."],
            id="bracket-is-no-agency",
        ),
    ],
)
def test_a_dateline_is_no_part_of_the_first_sentence(text: str, expected: list[str]) -> None:
    """Cut off, the dateline's agency cannot be parsed as the subject of the story's first act."""
    assert [s.text for s in split_sentences(text)] == expected
