"""Stage 8: an act naming no target falls on the document's other main party."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any

import pytest

from eventwatch import pipeline
from eventwatch.events.calibration import features
from eventwatch.events.counterpart import counterpart, domestic, with_counterparts, with_known_attackers
from eventwatch.records import Actor, Document, Event, RawDocument, Sentence

SENTENCE = Sentence(0, 0, 10, "A sentence.")


def _state(code: str) -> Actor:
    return Actor(code.lower(), code.title(), code, code, "state")


def _event(etype: str, actor: str | None, recipient: str | None) -> Event:
    return Event(
        etype,
        etype.lower(),
        SENTENCE,
        actor=_state(actor) if actor else None,
        recipient=_state(recipient) if recipient else None,
    )


@pytest.mark.parametrize(
    ("own", "counts", "want"),
    [
        ("RUS", {"RUS": 3, "UKR": 2, "USA": 1}, "UKR"),
        ("UKR", {"RUS": 3, "UKR": 2, "USA": 1}, "RUS"),
        ("RUS", {"RUS": 1}, None),
    ],
    ids=["other-side", "first-named", "one-party-alone"],
)
def test_counterpart_is_the_most_named_other_party(
    own: str, counts: dict[str, int], want: str | None
) -> None:
    assert counterpart({own}, Counter(counts)) == want


@pytest.mark.parametrize(
    ("own", "acting", "named", "want"),
    [
        ("IND", {"IND": 8, "PAK": 1}, {"IND": 12, "PAK": 2}, True),
        ("IND", {"IND": 3, "PAK": 2}, {"IND": 5, "PAK": 3}, False),
        ("PAK", {"IND": 8, "PAK": 1}, {"IND": 12, "PAK": 2}, False),
        ("IND", {"IND": 2}, {"IND": 2}, False),
        ("TUR", {"TUR": 3}, {"TUR": 3, "UKR": 4}, False),
    ],
    ids=[
        "own-state-does-most",
        "two-sides-act",
        "minor-party",
        "two-acts-alone",
        "other-party-only-targeted",
    ],
)
def test_a_story_is_domestic_when_the_own_state_does_most_acts(
    own: str, acting: dict[str, int], named: dict[str, int], want: bool
) -> None:
    assert domestic(own, Counter(acting), Counter(named)) is want


def test_police_acts_in_a_domestic_story_fall_on_their_own_state() -> None:
    events = [_event("COERCE", "IND", "IND"), _event("ASSAULT", "IND", "IND"), _event("COERCE", "IND", None)]
    events.append(_event("ACCUSE", "IND", "PAK"))
    filled = with_counterparts(events)[2].recipient
    assert filled is not None and filled.code == "IND"


def test_an_organisation_s_untargeted_act_in_its_own_story_is_not_done_to_itself() -> None:
    """ "The AU agreed to fortify ...": an organisation acting in most of the story is no state whose
    own people an untargeted act falls on."""
    au = Actor("AU", "African Union", "AU", None, "igo")
    codes = ("SDN", "ETH", "SOM", "KEN", None)
    events = [
        replace(_event("MOBILIZE", None, code), actor=au, sentence=Sentence(i, 0, 10, "A sentence."))
        for i, code in enumerate(codes)
    ]
    assert with_counterparts(events)[4].recipient is None


def test_a_denial_without_target_falls_on_the_accuser() -> None:
    events = [
        _event("ACCUSE", "USA", "RUS"),
        _event("SANCTION", "USA", "RUS"),
        _event("REJECT", "RUS", None),
    ]
    filled = with_counterparts(events)[2].recipient
    assert filled is not None and filled.code == "USA"
    assert filled.text == ""  # inferred, never told


@pytest.mark.parametrize("etype", ["COERCE", "SUPPORT", "CONCEDE", "AID", "RETREAT"])
def test_an_act_aimed_at_no_one_in_particular_takes_no_untold_target(etype: str) -> None:
    """An arrest, a ban, praise, a concession, aid or a withdrawal told with no target is seldom
    done to the story's other party ("Russia released the crew", "Russia pulled back its troops")."""
    events = [_event("ACCUSE", "USA", "RUS"), _event("SANCTION", "USA", "RUS"), _event(etype, "RUS", None)]
    assert with_counterparts(events)[2].recipient is None


def test_those_acting_together_are_not_each_others_target() -> None:
    events = [_event("ACCUSE", "EGY", None), _event("ACCUSE", "JOR", None), _event("PROTEST", "SDN", "EGY")]
    assert [e.recipient.code if e.recipient else None for e in with_counterparts(events)[:2]] == [
        "SDN",
        "SDN",
    ]


def test_one_act_of_many_parties_names_each_party_once() -> None:
    """ "X met Y, Z and W" is three events but one act: X is not the document's main party for it."""
    meeting = [_event("CONSULT", "GBR", other) for other in ("FRA", "DEU", "USA")]
    later = [
        replace(_event(kind, "EGY", other), sentence=Sentence(n, 20 * n, 20 * n + 10, "Another sentence."))
        for n, kind, other in ((1, "CONSULT", "QAT"), (2, "SUPPORT", "JOR"))
    ]
    refusal = replace(_event("REJECT", "ISR", None), sentence=Sentence(3, 70, 80, "A third one."))
    filled = with_counterparts([*meeting, *later, refusal])[-1].recipient
    assert filled is not None and filled.code == "EGY"


@pytest.mark.parametrize(
    ("target", "want"),
    [(Actor("the paragraph", "paragraph", None, None, "other"), "USA"), (_state("IRQ"), "IRQ")],
    ids=["common-noun-gives-way", "told-target-stays"],
)
def test_a_common_noun_target_gives_way(target: Actor, want: str) -> None:
    events = [_event("ACCUSE", "USA", "IRN"), _event("SANCTION", "USA", "IRN")]
    events.append(Event("MOBILIZE", "deployed", SENTENCE, _state("IRN"), target))
    filled = with_counterparts(events)[2]
    assert filled.recipient is not None and filled.recipient.code == want
    assert filled.recipient_inferred is (want != "IRQ")


def test_told_recipients_and_unnamed_actors_stay_as_they_are() -> None:
    events = [_event("ACCUSE", "USA", "RUS"), _event("ASSAULT", None, None)]
    assert with_counterparts(events) == events


def test_the_inferred_party_is_the_state_rather_than_one_of_its_agents() -> None:
    police = Actor("police", "police", "KEN", "KEN", "state", "POL")
    events = [Event("COERCE", "word", SENTENCE, actor=police, recipient=_state("UGA"))]
    events += [_event("ACCUSE", "UGA", "KEN"), _event("SANCTION", "UGA", None)]
    filled = with_counterparts(events)[2].recipient
    assert filled is not None and filled.sector is None and filled.code == "KEN"


def test_a_reply_in_a_later_sentence_takes_the_other_party(kit: Any) -> None:
    text = (
        "Kenya accused Uganda of arming rebels on Monday. "
        "Kenya also expelled two Ugandan diplomats. "
        "On Tuesday, Uganda rejected the accusation as baseless."
    )
    (doc,) = pipeline.run([RawDocument(id="t", origin="test", text=text, date="2024-05-08")], kit)
    assert isinstance(doc, Document)
    rejects = [e for e in doc.events if e.event_type == "REJECT"]
    assert rejects and rejects[0].recipient is not None and rejects[0].recipient.code == "KEN", rejects


def test_the_calibration_tells_an_inferred_recipient_from_a_told_one() -> None:
    """The model runs in stage 8, after the target is inferred: an inferred one is a kind of its own."""
    told = _event("REJECT", "RUS", "USA")
    inferred = replace(told, recipient_inferred=True)
    assert "recipient=coded_state" in features(told)
    assert "recipient=inferred" in features(inferred) and features(inferred)["same_country"] == 0.0


def test_a_short_story_is_no_domestic_one(kit: Any) -> None:
    """One sentence: the host's two acts do not make the talks the host's own affair."""
    text = "Kenyan President William Ruto welcomed Yoweri Museveni in Nairobi before the two held talks."
    (doc,) = pipeline.run([RawDocument(id="t", origin="test", text=text, date="2024-05-08")], kit)
    assert isinstance(doc, Document)
    talks = [e for e in doc.events if e.event_type == "CONSULT"]
    assert talks and all(e.recipient is None or e.recipient.code != "KEN" for e in talks), talks


def test_a_named_group_stays_itself_as_the_inferred_party() -> None:
    group = Actor("Hamas", "Hamas", "HAMAS", "PSE", "armed_group")
    events = [Event("ASSAULT", "fired", SENTENCE, group, _state("ISR")), _event("ACCUSE", "ISR", "PSE")]
    events.append(_event("THREATEN", "ISR", None))
    events.append(Event("ASSAULT", "shelled", SENTENCE, group, _state("ISR")))
    filled = with_counterparts(events)[2].recipient
    assert filled is not None and filled.code == "HAMAS" and filled.country == "PSE"


def test_a_party_named_as_often_as_the_actor_acts_keeps_the_story_two_sided() -> None:
    events = [_event("ACCUSE", "UGA", "KEN"), _event("SANCTION", "UGA", "KEN"), _event("REJECT", "UGA", None)]
    events.append(_event("COERCE", None, "KEN"))
    filled = with_counterparts(events)[2].recipient
    assert filled is not None and filled.code == "KEN"


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "Leaders of the African Union met in Addis Ababa on Monday to discuss the crisis in Sudan.",
            "AU->ETH",
        ),
        ("The foreign ministers of ASEAN held talks in Jakarta on Friday.", "ASEAN->IDN"),
    ],
    ids=["summit-in-a-capital", "talks-in-a-capital"],
)
def test_talks_held_in_a_state_are_held_with_their_host(text: str, dyad: str, kit: Any) -> None:
    (doc,) = pipeline.run([RawDocument(id="t", origin="test", text=text, date="2024-05-08")], kit)
    assert isinstance(doc, Document)
    talks = [
        f"{e.actor.code}->{e.recipient.code}" for e in doc.events if e.event_type == "CONSULT" and e.recipient
    ]
    assert talks == [dyad], talks


def _unidentified_attack(on: str) -> Event:
    attackers = Actor("unidentified attackers", "unidentified attackers", on, on, "armed_group")
    return Event("ASSAULT", "bombed", SENTENCE, actor=attackers, recipient=_state(on))


@pytest.mark.parametrize(
    ("named", "want"),
    [
        (["GRC", "GRC"], "GRC"),
        (["GRC"], "TUR"),
        (["GRC", "GRC", "BGR", "BGR"], "TUR"),
    ],
    ids=["one-party-attacks-again-and-again", "named-once", "two-attacking-parties"],
)
def test_an_untold_attacker_is_the_party_that_keeps_attacking_the_target(named: list[str], want: str) -> None:
    """ "Greek jets struck Turkish posts ... a Turkish base was bombed": the bombing is Greece's."""
    events = [_event("ASSAULT", doer, "TUR") for doer in named] + [_unidentified_attack("TUR")]
    found = with_known_attackers(events, _state)[-1]
    assert found.actor is not None and found.actor.code == want


def test_an_untold_attacker_stays_untold_without_attacks_on_its_target() -> None:
    events = [_event("ACCUSE", "GRC", "TUR"), _event("ASSAULT", "GRC", "BGR"), _unidentified_attack("TUR")]
    assert with_known_attackers(events, _state)[-1].actor == events[-1].actor
