"""Stage 8: one real event told in several sentences is one record with all its mentions."""

from __future__ import annotations

from typing import Any

import pytest

from eventwatch import pipeline
from eventwatch.records import Document, RawDocument


def _events(text: str, kit: Any) -> list[Any]:
    (doc,) = pipeline.run([RawDocument(id="t", origin="test", text=text, date="2024-05-08")], kit)
    assert isinstance(doc, Document)
    return doc.events


def _by(event: Any, code: str) -> bool:
    return event.actor is not None and event.actor.code == code


def test_an_act_told_again_with_another_word_is_one_record(kit: Any) -> None:
    found = _events("Israel bombed Gaza on Monday. The Israeli attack on Gaza destroyed a school.", kit)
    assaults = [e for e in found if e.event_type == "ASSAULT"]
    assert len(assaults) == 1, [(e.trigger, e.cameo) for e in assaults]
    assert assaults[0].mentions == [0, 1]


def test_acts_on_different_days_stay_apart(kit: Any) -> None:
    found = _events("Israel bombed Gaza on Monday. Israel bombed Gaza again on Tuesday.", kit)
    assert len([e for e in found if e.event_type == "ASSAULT"]) == 2


def test_a_told_consequence_is_the_same_act(kit: Any) -> None:
    found = _events("Congolese rebels attacked a police station in Goma, killing three officers.", kit)
    assert len([e for e in found if e.event_type == "ASSAULT"]) == 1, [(e.trigger, e.cameo) for e in found]


def test_a_meeting_of_many_is_the_first_named_meeting_each_other(kit: Any) -> None:
    found = _events("Kenya, Uganda, Rwanda and Burundi held talks in Arusha on Monday.", kit)
    pairs = {
        (e.actor.code, e.recipient.code)
        for e in found
        if e.event_type == "CONSULT" and e.actor and e.recipient
    }
    assert pairs == {("KEN", "UGA"), ("KEN", "RWA"), ("KEN", "BDI")}, pairs


def test_two_sub_acts_of_one_type_stay_apart_across_sentences(kit: Any) -> None:
    text = "Russia will station troops in Belarus. Russia will also hold exercises in Belarus next month."
    assert len([e for e in _events(text, kit) if e.event_type == "MOBILIZE"]) == 2


def test_one_act_told_by_two_words_of_one_sentence_is_one_record(kit: Any) -> None:
    text = "The Chilean president visited Peru on Monday, where she met Peruvian officials in Lima."
    consults = [e for e in _events(text, kit) if e.event_type == "CONSULT"]
    assert len(consults) == 1, [(e.trigger, e.cameo, e.recipient) for e in consults]


def test_two_specific_acts_of_one_sentence_stay_apart(kit: Any) -> None:
    text = "Russia will station troops in Belarus and hold exercises there next month."
    assert len([e for e in _events(text, kit) if e.event_type == "MOBILIZE"]) == 2


def test_one_speaker_named_twice_in_one_sentence_tells_one_act(kit: Any) -> None:
    text = (
        "KENYAN MINISTER SAYS HE WARNED UGANDA OF SANCTIONS NAIROBI, May 3 - A Kenyan minister said he had "
        "given the Ugandan government a clear warning that Kenya would act against Ugandan firms."
    )
    threats = [e for e in _events(text, kit) if e.event_type == "THREATEN"]
    assert len(threats) == 1, [(e.trigger, e.speaker) for e in threats]


def test_a_two_sided_act_is_one_record_from_the_party_named_first(kit: Any) -> None:
    found = _events(
        "Chile and Peru signed a fisheries agreement in Lima. They accused Bolivia of fishing illegally.", kit
    )
    agreements = {
        (e.actor.code, e.recipient.code) for e in found if e.event_type == "AGREE" and e.actor and e.recipient
    }
    accusers = {e.actor.code for e in found if e.event_type == "ACCUSE" and e.actor}
    assert agreements == {("CHL", "PER")}, agreements
    assert accusers == {"CHL", "PER"}, [(e.event_type, e.actor, e.recipient) for e in found]  # both still act


def test_two_people_doing_the_same_act_are_two_records(kit: Any) -> None:
    text = (
        "British Prime Minister Rishi Sunak urged Iran to release the tanker. "
        "Foreign Secretary David Cameron also urged Iran to release the tanker."
    )
    requests = [e for e in _events(text, kit) if e.event_type == "REQUEST"]
    assert {e.actor.name for e in requests if e.actor} == {"Rishi Sunak", "David Cameron"}, [
        (e.actor, e.mentions) for e in requests
    ]


def test_acts_in_two_places_are_two_records(kit: Any) -> None:
    text = "Russian missiles struck Kharkiv. Russian missiles also struck Odesa, the governor said."
    strikes = [e for e in _events(text, kit) if e.event_type == "ASSAULT"]
    assert {e.location.name for e in strikes if e.location} == {"Kharkiv", "Odesa"}, [
        (e.location, e.mentions) for e in strikes
    ]


@pytest.mark.parametrize(
    ("text", "kind", "actor", "records"),
    [
        (  # a town and its country are one place
            "Russian missiles struck Kharkiv on Monday. The Russian attack on Ukraine was the largest.",
            "ASSAULT",
            "RUS",
            1,
        ),
        (  # a town and its province are one place
            "Russian missiles struck Kharkiv on Monday. Russian missiles struck Kharkiv Oblast, they said.",
            "ASSAULT",
            "RUS",
            1,
        ),
        (  # the same parties act again, far apart, in other words
            "Israel bombed Gaza on Monday. Egypt condemned the raids. Qatar called for calm. "
            "Israeli tanks shelled Gaza later in the week.",
            "ASSAULT",
            "ISR",
            2,
        ),
        (  # an act retold far apart by its own word
            "Israel bombed Gaza on Monday. Egypt condemned the raids. Qatar called for calm. "
            "The Israeli bombing of Gaza was the heaviest this year.",
            "ASSAULT",
            "ISR",
            1,
        ),
        (  # "the meeting" refers back to the summit
            "Kenya and Uganda held a summit in Nairobi on Monday. Trade was on the agenda. Security came up "
            "too. The meeting between Kenya and Uganda lasted six hours.",
            "CONSULT",
            "KEN",
            1,
        ),
    ],
    ids=["town-in-country", "town-in-province", "again-in-other-words", "retold-by-its-word", "the-meeting"],
)
def test_records_of_one_party_act(text: str, kind: str, actor: str, records: int, kit: Any) -> None:
    found = [e for e in _events(text, kit) if e.event_type == kind and _by(e, actor)]
    assert len(found) == records, [(e.trigger, e.cameo, e.location, e.mentions) for e in found]
