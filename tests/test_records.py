"""Records survive the trip to and from worker processes (pickle) unchanged."""

from __future__ import annotations

import copy
import pickle

import pytest

from eventwatch.records import (
    Actor,
    Document,
    Event,
    EventDate,
    Mention,
    Place,
    RawDocument,
    Sentence,
    Skip,
)

SENTENCE = Sentence(0, 0, 40, "Kenya sent aid to Somalia on Tuesday.")
KENYA = Actor("Kenya", "Kenya", "KEN", "KEN", "state")


def _records() -> list[object]:
    return [
        RawDocument("d1", "inbox/d1.txt", text="Kenya sent aid.", date="2024-03-12", notes=("x",)),
        Skip("inbox/bad.bin", "binary", "NUL bytes"),
        SENTENCE,
        KENYA,
        Mention(0, 5, KENYA),
        EventDate("2024-03-12", "on Tuesday"),
    ]


@pytest.mark.parametrize("record", _records(), ids=lambda r: type(r).__name__)
def test_frozen_records_pickle_and_copy_to_equal_objects(record: object) -> None:
    for protocol in (2, pickle.HIGHEST_PROTOCOL):
        again = pickle.loads(pickle.dumps(record, protocol=protocol))
        assert again == record and type(again) is type(record)
    assert copy.deepcopy(record) == record


def test_a_coded_document_pickles_whole(kit) -> None:
    from eventwatch import pipeline

    raw = RawDocument("k", "test:k", text="Kenya sent food aid to Somalia on Tuesday.", date="2024-03-14")
    (doc,) = pipeline.run([raw], kit)
    assert isinstance(doc, Document) and doc.events
    again = pickle.loads(pickle.dumps(doc, protocol=pickle.HIGHEST_PROTOCOL))
    assert again == doc
    assert isinstance(again.events[0], Event) and again.events[0].sentence == doc.events[0].sentence
    assert all(isinstance(p, Place) for p in again.places)
