"""Texts written all in lower case: names and places are read without their capitals."""

from __future__ import annotations

from typing import Any

import pytest

from eventwatch import pipeline
from eventwatch.actors import mentions_in
from eventwatch.actors.kb import ActorKB
from eventwatch.places import geoparse_document
from eventwatch.places.gazetteer import Gazetteer
from eventwatch.records import Document, RawDocument
from eventwatch.textcase import capitalise_words, lower_case_text

LOWER = (
    "lahore: police fired tear gas on tuesday to disperse hundreds of traders who blocked the main "
    "bazaar in lahore to protest against a new tax. the pakistani finance minister said the tax would "
    "stay, and told us that he may meet the traders next week. a spokesman for the united nations "
    "urged calm. several shops in the punjab city stayed shut until the evening."
)
SAME_CAPITALISED = (
    "Lahore: Police fired tear gas on Tuesday to disperse hundreds of traders who blocked the main "
    "bazaar in Lahore to protest against a new tax. The Pakistani finance minister said the tax would "
    "stay, and told us that he may meet the traders next week. A spokesman for the United Nations "
    "urged calm. Several shops in the Punjab city stayed shut until the evening."
)


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return ActorKB.load()


def test_a_text_in_lower_case_is_told_from_ordinary_prose() -> None:
    assert lower_case_text(LOWER)
    assert not lower_case_text(SAME_CAPITALISED)
    assert not lower_case_text("police fired tear gas.")  # too short to tell


def test_capitalised_words_keep_every_offset() -> None:
    capitalised = capitalise_words(LOWER)
    assert len(capitalised) == len(LOWER)
    assert capitalised.startswith("Lahore: Police Fired Tear Gas")


def test_names_in_a_lower_case_text_are_found(kb: ActorKB) -> None:
    found = {LOWER[m.start : m.end]: m.actor.code for m in mentions_in(LOWER, kb, "2020-01-01")}
    assert found.get("pakistani finance minister", found.get("pakistani")) == "PAK"
    assert found.get("united nations") == "UN"
    assert "us" not in found  # an acronym still needs its capitals
    assert "may" not in found  # so does a lone surname


def test_names_in_lower_case_inside_ordinary_prose_stay_unread(kb: ActorKB) -> None:
    text = SAME_CAPITALISED.replace("United Nations", "united nations")
    assert not [m for m in mentions_in(text, kb, "2020-01-01") if text[m.start : m.end] == "united nations"]


def test_places_in_a_lower_case_text_are_found() -> None:
    doc = geoparse_document(Document(id="t", origin="test", text=LOWER), Gazetteer.load())
    assert [(p.text, p.country) for p in doc.places if p.text == "lahore"] == [("lahore", "PAK")] * 2


def test_police_in_a_lower_case_article_take_its_country(kit: Any) -> None:
    (doc,) = pipeline.run([RawDocument(id="t", origin="test", text=LOWER, date="2020-01-01")], kit)
    assert isinstance(doc, Document)
    police = [e for e in doc.events if e.actor is not None and e.actor.text == "police"]
    assert police and all(e.actor is not None and e.actor.country == "PAK" for e in police)
