"""Who acts on whom when the sentence pairs its actors: talks between the actors, "each other".

Sentences written for these tests; mentions come from the test dictionary of test_events.
"""

from __future__ import annotations

from typing import Any

import pytest
from test_events import _key, _pipeline_events, _show, coded

from eventwatch.events.implicit import placed
from eventwatch.records import Actor, Place


def _dyads(text: str, kit: Any, nlp: Any, type_: str) -> set[str]:
    found = coded(text, kit, nlp)
    return {f"{_key(e.actor)}->{_key(e.recipient)}" for e in found if e.event_type == type_}


@pytest.mark.parametrize(
    ("text", "type_", "dyads"),
    [
        # a two-sided act is one record, from the party named first (its reverse is the same act)
        ("Kenya and Ethiopia held talks in Geneva on Monday.", "CONSULT", {"KEN->ETH"}),
        ("Jordan and Egypt will cooperate on border security.", "COOPERATE", {"JOR->EGY"}),
        # a fight between two is each one's attack on the other
        ("Armenia and Azerbaijan blamed each other for the shelling.", "ACCUSE", {"ARM->AZE", "AZE->ARM"}),
        ("Armenia and Azerbaijan fought a short war last year.", "ASSAULT", {"ARM->AZE", "AZE->ARM"}),
        ("Armenian and Azerbaijani soldiers battled near the border.", "ASSAULT", {"ARM->AZE", "AZE->ARM"}),
        ("Armenian and Azerbaijani soldiers clashed near the border.", "ASSAULT", {"ARM->AZE", "AZE->ARM"}),
        # a verb that only tells the act began leaves the act's noun its parties
        ("Fighting broke out between Armenia and Azerbaijan in May.", "ASSAULT", {"ARM->AZE", "AZE->ARM"}),
    ],
    ids=[
        "talks-of-two-states",
        "cooperation-of-two-states",
        "each-other",
        "fought-a-war",
        "battled",
        "clashed",
        "fighting-broke-out-between",
    ],
)
def test_actors_of_a_shared_act_act_on_one_another(
    text: str, type_: str, dyads: set[str], kit: Any, nlp: Any
) -> None:
    assert _dyads(text, kit, nlp, type_) == dyads


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Armenia and Azerbaijan blamed the rebels for the shelling.", "ACCUSE"),  # a target of their own
        ("Egypt and Jordan sent aid after the floods.", "AID"),  # giving together is not giving to each other
        ("Armenia and Azerbaijan fought the rebels for a week.", "ASSAULT"),  # an opponent of their own
        ("Egypt and Jordan fought against the smugglers.", "ASSAULT"),
        ("Egypt and Jordan condemned the bombing.", "ACCUSE"),  # hostile, but not a fight between them
    ],
)
def test_actors_of_a_one_sided_act_stay_apart(text: str, type_: str, kit: Any, nlp: Any) -> None:
    found = [e for e in coded(text, kit, nlp) if e.event_type == type_]
    pairs = {(_key(e.actor), _key(e.recipient)) for e in found}
    one_another = {("ARM", "AZE"), ("AZE", "ARM"), ("EGY", "JOR"), ("JOR", "EGY")}
    assert found and not pairs & one_another, _show(found)


def test_each_other_counts_wherever_the_parser_hangs_it(kit: Any, nlp: Any) -> None:
    """ "blamed each other multiple times": the parser makes "each other" a modifier of "times"."""
    text = "Armenia and Azerbaijan blamed each other multiple times for the failure of the truce."
    assert {"ARM->AZE", "AZE->ARM"} <= _dyads(text, kit, nlp, "ACCUSE")


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan police shot two men on Monday.",
        "Traders in Nairobi and Mombasa shut their shops on Monday. Police shot at them near the market.",
    ],
    ids=["police-of-a-state", "police-of-the-article's-country"],
)
def test_police_naming_no_coded_target_act_on_their_own_people(text: str, kit: Any) -> None:
    shots = [e for e in _pipeline_events(text, kit) if e.event_type == "ASSAULT"]
    assert [(_key(e.actor), _key(e.recipient)) for e in shots] == [("KEN", "KEN")], _show(shots)


def test_troops_naming_no_coded_target_stay_without_one(kit: Any) -> None:
    """Soldiers may shoot across a border: only the police are taken to act at home."""
    shots = [
        e for e in _pipeline_events("Kenyan troops shot two men on Monday.", kit) if e.event_type == "ASSAULT"
    ]
    assert [(_key(e.actor), _key(e.recipient)) for e in shots] == [("KEN", None)], _show(shots)


def test_a_generic_actor_takes_no_country_from_its_own_target(kit: Any) -> None:
    """ "The foreign ministry accused Israel": the place named is the target, not the ministry's home."""
    text = "Egypt hosted talks in Cairo. The foreign ministry accused Israel of blocking aid."
    accused = [e for e in _pipeline_events(text, kit) if e.event_type == "ACCUSE"]
    assert [(_key(e.actor), _key(e.recipient)) for e in accused] == [("EGY", "ISR")], _show(accused)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Gunmen killed five villagers in Zamfara state on Sunday.", "NGA"),
        ("Unidentified attackers shot dead a police officer in Peshawar.", "PAK"),
        ("Soldiers opened fire on protesters in Khartoum.", "SDN"),
    ],
    ids=["gunmen", "unidentified-attackers", "soldiers"],
)
def test_armed_actors_of_political_violence_take_the_place_of_the_attack(
    text: str, actor: str, kit: Any
) -> None:
    """ACLED codes gunmen, soldiers and unidentified attackers by the country where they strike."""
    assaults = [e for e in _pipeline_events(text, kit) if e.event_type == "ASSAULT"]
    assert assaults and all(e.actor is not None and e.actor.country == actor for e in assaults), _show(
        assaults
    )


@pytest.mark.parametrize(
    ("text", "dyads"),
    [
        ("Protests were held in Nairobi on Sunday.", [("KEN", "KEN")]),
        ("Large demonstrations took place in Lima and Quito on Friday.", [("PER", None), ("ECU", None)]),
        ("Rallies in Nairobi against Uganda drew thousands.", [("KEN", "UGA")]),
        ("Kenya has faced violent protests since the vote.", [("KEN", "KEN")]),
    ],
    ids=["passive-protest", "protests-in-two-states", "protest-noun-with-a-target", "protests-a-state-faces"],
)
def test_unnamed_protesters_are_the_people_of_the_place(
    text: str, dyads: list[tuple[str, str | None]], kit: Any
) -> None:
    """Protests told with no protester named are the people's where they happen, one party per state."""
    protests = [e for e in _pipeline_events(text, kit) if e.event_type == "PROTEST"]
    found = [(e.actor.country if e.actor else None, _key(e.recipient)) for e in protests]
    assert sorted(found, key=str) == sorted(dyads, key=str), _show(protests)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Antonio Guterres's wife visited Kenya on Monday.", None),
        ("Vladimir Putin's daughter visited Kenya on Monday.", "RUS"),
    ],
    ids=["of-an-organisation's-official", "of-a-head-of-state"],
)
def test_an_official_s_relative_is_a_private_person(text: str, code: str | None, kit: Any) -> None:
    """The wife or the son of an official acts as a private person of the official's state: not as the
    official, nor for the organisation the official serves."""
    visits = [e for e in _pipeline_events(text, kit) if e.event_type == "CONSULT" and e.actor is not None]
    assert all(e.actor.kind == "person" and e.actor.role is None for e in visits), _show(visits)
    assert all(e.actor.code == code for e in visits), _show(visits)


def test_a_union_leader_protests_against_the_own_state_not_for_it(kit: Any) -> None:
    """A union leader acts for workers (sector LAB), not for the state: the protest is domestic."""
    text = "Kenya's top union leader joined a hunger strike by teachers on Monday."
    protests = [e for e in _pipeline_events(text, kit) if e.event_type == "PROTEST"]
    assert [(e.actor.sector, _key(e.recipient)) for e in protests if e.actor] == [("LAB", "KEN")], _show(
        protests
    )


def test_an_active_protest_verb_takes_no_protesters_from_its_place(kit: Any) -> None:
    """ "must stop any work in Kenya": the place of an active verb's act names no doers."""
    text = "The aid group must stop all work in Kenya, the ministry said."
    protests = [e for e in _pipeline_events(text, kit) if e.event_type == "PROTEST"]
    assert all(e.actor is None or e.actor.country != "KEN" for e in protests), _show(protests)


@pytest.mark.parametrize(
    ("text", "sector", "country"),
    [
        ("A mob attacked a police station in Lahore on Friday.", "OPP", "PAK"),
        ("Bandits abducted 20 schoolchildren from a village in Kaduna.", "REB", "NGA"),
    ],
    ids=["mob", "bandits"],
)
def test_mobs_and_bandits_are_actors_of_violence(text: str, sector: str, country: str, kit: Any) -> None:
    assaults = [e for e in _pipeline_events(text, kit) if e.event_type == "ASSAULT"]
    assert [(e.actor.sector, e.actor.country) for e in assaults if e.actor] == [(sector, country)], _show(
        assaults
    )


def test_no_actor_is_its_own_recipient_when_agreeing_to_a_shared_act(kit: Any, nlp: Any) -> None:
    """The agreement to joint exercises is between the two, never Jordan->Jordan."""
    text = "Jordan and Egypt agreed to hold joint military exercises this month."
    dyads = _dyads(text, kit, nlp, "AGREE")
    assert dyads and not dyads & {"JOR->JOR", "EGY->EGY"}, dyads


def test_a_state_may_still_act_on_its_own_rebels(kit: Any, nlp: Any) -> None:
    found = coded("Syrian troops attacked Syrian rebels near Homs.", kit, nlp)
    pairs = {(_key(e.actor), e.recipient and e.recipient.country) for e in found if e.event_type == "ASSAULT"}
    assert ("SYR", "SYR") in pairs, pairs  # the rebels, unnamed, have Syria's country and no code


def test_an_armed_group_the_text_does_not_name_has_no_code(kit: Any, nlp: Any) -> None:
    found = [e for e in coded("Syrian rebels attacked Syrian troops near Homs.", kit, nlp) if e.actor]
    assert found and all(e.actor.code is None and e.actor.country == "SYR" for e in found), _show(found)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Because of the drilling, Iran is already under EU sanctions.", "EU->IRN"),
        ("Sudan has been the target of American sanctions since 1997.", "USA->SDN"),
    ],
    ids=["under-sanctions", "target-of-sanctions"],
)
def test_the_subject_bears_an_act_named_in_its_predicate(text: str, dyad: str, kit: Any, nlp: Any) -> None:
    assert dyad in _dyads(text, kit, nlp, "SANCTION")


def test_under_a_non_act_bears_nothing(kit: Any, nlp: Any) -> None:
    assert _dyads("Iran is under pressure from the EU.", kit, nlp, "SANCTION") == set()


def test_the_two_countries_are_the_pair_of_the_last_act_between_two(kit: Any) -> None:
    """A state named on the way ("independence from Britain") is not one of "the two countries"."""
    text = (
        "India and Pakistan held talks in Kashmir on Monday. "
        "Since their independence from Britain, the two countries have fought three wars."
    )
    later = [e for e in _pipeline_events(text, kit) if e.sentence.index == 1 and e.event_type == "ASSAULT"]
    assert {_key(e.actor) for e in later} == {"IND", "PAK"}, _show(later)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Peru and Ecuador held border talks in Lima on Monday. "
            "Since the 1942 treaty signed in Brazil, the two countries have fought three wars.",
            ("PER", "ECU"),
        ),
        (
            "Chile and Bolivia signed a trade deal on Friday. "
            "Since the Bolivian coast was lost, both sides have shelled border towns.",
            ("CHL", "BOL"),
        ),
    ],
    ids=["the-two-countries-fought", "both-sides-shelled"],
)
def test_a_pair_named_as_one_fights_each_other(text: str, pair: tuple[str, str], kit: Any) -> None:
    """ "The two countries fought": a fight of a pair with no target of its own is between them."""
    later = [e for e in _pipeline_events(text, kit) if e.sentence.index == 1 and e.event_type == "ASSAULT"]
    one, other = pair
    assert {(_key(e.actor), _key(e.recipient)) for e in later} == {(one, other), (other, one)}, _show(later)


def test_two_states_signing_an_agreement_agree_with_each_other(kit) -> None:  # type: ignore[no-untyped-def]
    from eventwatch import pipeline
    from eventwatch.records import Document, RawDocument

    raw = RawDocument(
        id="t", origin="test", text="Peru and Chile signed a fisheries agreement in Lima.", date="2024-05-08"
    )
    (doc,) = pipeline.run([raw], kit)
    assert isinstance(doc, Document)
    pairs = {
        (e.actor.code, e.recipient.code)
        for e in doc.events
        if e.event_type == "AGREE" and e.actor and e.recipient
    }
    assert ("PER", "CHL") in pairs, [(e.event_type, e.actor, e.recipient) for e in doc.events]


@pytest.mark.parametrize(
    "text",
    [
        "Speaking during a visit to Kenya, Emomali Rahmon praised the new railway.",
        "Emomali Rahmon, on a trip last week to Kenya, praised the new railway.",
    ],
    ids=["during-a-visit", "on-a-trip"],
)
def test_the_clause_subject_makes_the_visit_it_is_on(text: str, kit: Any, nlp: Any) -> None:
    """A visit named by a noun in an adverbial ("during a visit to X", "on a trip to X") is the subject's."""
    assert "TJK->KEN" in _dyads(text, kit, nlp, "CONSULT")


def test_an_authority_reporting_a_passive_arrest_made_it(kit: Any, nlp: Any) -> None:
    """ "Police said 40 people were arrested": no agent is told, the reporting body arrested them."""
    assert _dyads("Kenyan police said 40 students were arrested on Friday.", kit, nlp, "COERCE") == {
        "KEN->students"
    }


def test_an_authority_reporting_deaths_did_not_kill(kit: Any, nlp: Any) -> None:
    dyads = _dyads(
        "Kenyan officials said 20 villagers were killed near Khartoum on Friday.", kit, nlp, "ASSAULT"
    )
    assert not [d for d in dyads if d.startswith("KEN->")]


def test_an_unknown_titled_official_serves_the_article_s_state() -> None:
    judge = Actor("Judge Ana Ruiz", "Ana Ruiz", None, None, "person", "JUD", None)
    writer = Actor("Ana Ruiz", "Ana Ruiz", None, None, "person", None, None)
    abroad = Place("Geneva", "Geneva", "CHE", None, None, "city")
    assert (placed(judge, abroad, "KEN") or judge).code == "KEN"  # the place of the act is no nationality
    assert (placed(writer, abroad, "KEN") or writer).code is None  # no office, no state


@pytest.mark.parametrize(
    ("text", "type_", "dyad"),
    [
        (
            "Kenya and Ethiopia held talks in Geneva on Monday. The pair agreed to reopen the border.",
            "AGREE",
            "KEN->ETH",
        ),
        (
            "Emomali Rahmon met Vladimir Putin in Dushanbe. The two men condemned Pakistan.",
            "ACCUSE",
            "RUS->PAK",
        ),
    ],
    ids=["the-pair", "the-two-men"],
)
def test_the_pair_and_the_two_men_are_the_two_named_before(
    text: str, type_: str, dyad: str, kit: Any, nlp: Any
) -> None:
    assert dyad in _dyads(text, kit, nlp, type_)


@pytest.mark.parametrize(
    ("text", "type_", "dyad"),
    [
        ("About 300 protesters gathered outside Israel's embassy in Jakarta.", "PROTEST", "ISR"),
        ("Protesters chanted outside the French embassy in Niamey on Friday.", "PROTEST", "FRA"),
        ("Moscow blamed the sabotage on Kyiv.", "ACCUSE", "UKR"),
        ("The pipeline blast, which Moscow blames on Kyiv, cut supplies.", "ACCUSE", "UKR"),
        ("Kenya blamed Somalia for the raid.", "ACCUSE", "SOM"),
    ],
    ids=["doers-outside-embassy", "embassy-by-nationality", "blame-on", "blame-on-relative", "blame-for"],
)
def test_the_target_told_beside_the_act(text: str, type_: str, dyad: str, kit: Any, nlp: Any) -> None:
    """Protesters' own verb tells where their protest is aimed; "blame X on Y" blames Y."""
    found = [e for e in coded(text, kit, nlp) if e.event_type == type_]
    assert any(_key(e.recipient) == dyad for e in found), _show(found)


@pytest.mark.parametrize(
    ("text", "dyads"),
    [
        (
            "Clashes between Indian and Pakistani troops broke out in Kashmir on Friday.",
            {"IND->PAK", "PAK->IND"},
        ),
        ("Heavy fighting between Ethiopia and Eritrea erupted along the border.", {"ETH->ERI", "ERI->ETH"}),
        # a bare gerund as the subject names the act as its noun does, whatever verb tells it went on
        ("Fighting between Kenya and Uganda continued along the border.", {"KEN->UGA", "UGA->KEN"}),
        ("Fighting between Sudan and Chad intensified on Sunday.", {"SDN->TCD", "TCD->SDN"}),
        ("Kenya and Uganda exchanged fire along their border.", {"KEN->UGA", "UGA->KEN"}),
    ],
    ids=[
        "clashes-between",
        "fighting-between",
        "gerund-fighting-continued",
        "gerund-fighting-intensified",
        "exchanged-fire",
    ],
)
def test_fighting_between_two_is_each_on_the_other(text: str, dyads: set[str], kit: Any, nlp: Any) -> None:
    assert dyads <= _dyads(text, kit, nlp, "ASSAULT"), _dyads(text, kit, nlp, "ASSAULT")


@pytest.mark.parametrize(
    ("text", "type_", "dyads"),
    [
        ("Kenya said talks with Uganda had stalled.", "CONSULT", {"KEN->UGA"}),
        ("Japan said its phone call with China went well.", "CONSULT", {"JPN->CHN"}),
    ],
    ids=["talks-told-by-a-party", "a-call-told-by-a-party"],
)
def test_the_speaker_takes_part_in_talks_it_tells_of(
    text: str, type_: str, dyads: set[str], kit: Any, nlp: Any
) -> None:
    assert _dyads(text, kit, nlp, type_) == dyads


def test_the_speaker_does_not_take_part_in_attacks_it_tells_of(kit: Any, nlp: Any) -> None:
    found = coded("Kenya said attacks on Uganda continued.", kit, nlp)
    assert not [e for e in found if e.event_type == "ASSAULT" and _key(e.actor) == "KEN"], _show(found)


@pytest.mark.parametrize(
    ("text", "dyads"),
    [
        # the authorities of the one it befell: a named person of one state
        ("Vladimir Putin was impeached in 1999.", {"ACCUSE": {"RUS->RUS"}}),
        ("Emomali Rahmon was sentenced to ten years in prison.", {"COERCE": {"TJK->TJK"}}),
        # the authorities of the place come first
        ("Emomali Rahmon was detained in Baghdad on Friday.", {"COERCE": {"IRQ->TJK"}}),
        # people told by their nation may be held abroad: no one is assumed to have held them
        ("Seven Kenyans were arrested on Friday.", {"COERCE": {"None->KEN"}}),
        # a doer named, or an active verb, leave the actor to the sentence
        ("Vladimir Putin was sentenced by a Kenyan court.", {"COERCE": {"KEN->RUS"}}),
    ],
    ids=["impeached-person", "sentenced-person", "detained-in-a-place", "people-by-nation", "agent-told"],
)
def test_an_official_act_in_the_passive_is_done_by_authorities(
    text: str, dyads: dict[str, set[str]], kit: Any, nlp: Any
) -> None:
    """An act only authorities do ("was arrested", "was impeached"), told with no doer, is theirs."""
    for type_, expected in dyads.items():
        assert _dyads(text, kit, nlp, type_) == expected


def test_people_held_where_the_article_is_set_are_held_by_its_authorities(kit: Any, nlp: Any) -> None:
    """ "Twenty students were arrested": no one named did it or underwent it, but the article is set
    in one state, whose authorities arrest its people."""
    setting = "Riots broke out in Baghdad on Monday and spread to Baghdad's suburbs. "
    found = coded(setting + "Twenty people were arrested on Friday.", kit, nlp)
    (arrest,) = [e for e in found if e.mode == "arrest"]
    assert arrest.event_type == "COERCE" and arrest.actor and arrest.actor.code == "IRQ"
    assert arrest.recipient and arrest.recipient.country == "IRQ"
    assert not _dyads("Twenty people were arrested on Friday.", kit, nlp, "COERCE")  # set nowhere


def test_an_arrest_in_other_words_is_an_official_act(kit: Any, nlp: Any) -> None:
    """ "Six protesters were picked up": an arrest however worded is the authorities'."""
    setting = "Riots broke out in Baghdad on Monday and spread to Baghdad's suburbs. "
    text = setting + "Six men were picked up on Friday."
    (arrest,) = [e for e in coded(text, kit, nlp) if e.mode == "arrest"]
    assert arrest.actor and arrest.actor.code == "IRQ", _show([arrest])


def test_a_ban_with_no_one_named_is_the_authorities_of_its_place(kit: Any, nlp: Any) -> None:
    """ "Unauthorised protests have been banned in Baghdad": only authorities ban."""
    (ban,) = [
        e for e in coded("Unauthorised protests have been banned in Baghdad.", kit, nlp) if e.mode == "ban"
    ]
    assert ban.actor and ban.actor.code == "IRQ", _show([ban])


@pytest.mark.parametrize(
    "text",
    [
        "A curfew was imposed in Baghdad on Friday.",
        "Riots broke out in Baghdad on Monday and spread to Baghdad's suburbs. The curfew stayed in force.",
    ],
    ids=["placed", "article-set"],
)
def test_a_curfew_with_no_one_named_is_the_authorities_of_its_place(text: str, kit: Any, nlp: Any) -> None:
    (curfew,) = [e for e in coded(text, kit, nlp) if e.mode == "curfew"]
    assert curfew.actor and curfew.actor.code == "IRQ", _show([curfew])


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kenyan troops were deployed to the border with Uganda.", "MOBILIZE"),
        ("Kenyan soldiers were put on high alert.", "MOBILIZE"),
        ("Kenyan troops were withdrawn from Somalia.", "RETREAT"),
    ],
)
def test_forces_moved_in_the_passive_are_moved_by_their_own_side(text: str, kind: str, kit: Any) -> None:
    (moved,) = [e for e in _pipeline_events(text, kit) if e.event_type == kind]
    assert moved.actor is not None and moved.actor.code == "KEN", _show([moved])


@pytest.mark.parametrize(
    ("text", "type_", "actor"),
    [
        ("Hundreds of students marched in Nairobi to protest against the new tax.", "PROTEST", "KEN"),
        ("Farmers clashed with herders in Kenya on Tuesday.", "ASSAULT", "KEN"),
    ],
    ids=["students-protest", "farmers-clash"],
)
def test_students_and_farmers_act_for_the_people_of_their_place(
    text: str, type_: str, actor: str, kit: Any
) -> None:
    """Students, farmers, herders, traders are civilians of the place they act in, as villagers are
    (ACLED codes protests by students and farmer-herder clashes): no nationality needed."""
    found = [e for e in _pipeline_events(text, kit) if e.event_type == type_]
    assert any(e.actor is not None and e.actor.home == actor and e.actor.sector == "CVL" for e in found), (
        _show(found)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Thousands protested in Tbilisi against the law.",
        "Thousands of people marched in Tbilisi on Sunday.",
        "Thousands rallied in Tbilisi against the foreign agents law.",
    ],
    ids=["thousands-protested-in", "thousands-of-people-marched-in", "thousands-rallied-in"],
)
def test_a_crowd_protesting_in_a_capital_is_of_its_state(text: str, kit: Any) -> None:
    """The capital a crowd protests in is read as the state protested against; the crowd, naming no
    state of its own, is that state's people (as the place of any act homes an unnamed actor)."""
    found = [e for e in _pipeline_events(text, kit) if e.event_type == "PROTEST"]
    assert any(e.actor is not None and e.actor.country == "GEO" for e in found), _show(found)


def test_traded_accusations_are_each_on_the_other(kit: Any, nlp: Any) -> None:
    """ "traded accusations": a verb of mutual hostility whose object is the act itself."""
    assert {"KEN->UGA", "UGA->KEN"} <= _dyads("Kenya and Uganda traded accusations.", kit, nlp, "ACCUSE")


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Kenya and Uganda restored diplomatic relations.", "SUPPORT"),
        ("Kenya and Uganda severed ties on Monday.", "SANCTION"),
    ],
    ids=["restored-relations", "severed-ties"],
)
def test_relations_are_between_those_who_restore_or_break_them(
    text: str, type_: str, kit: Any, nlp: Any
) -> None:
    assert {"KEN->UGA", "UGA->KEN"} <= _dyads(text, kit, nlp, type_), _dyads(text, kit, nlp, type_)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya lodged a protest with Uganda over the detention of a Kenyan businessman.",
        "Kenya condemned Uganda over the arrest of two Kenyans.",
    ],
    ids=["protest-with-over", "condemned-over"],
)
def test_an_official_act_one_is_taken_to_task_over_is_one_s_own(text: str, kit: Any, nlp: Any) -> None:
    """The state a party protests to over an arrest or detention made it, not the state of the
    people it befell."""
    held = [e for e in coded(text, kit, nlp) if e.event_type == "COERCE"]
    assert held and all(_key(e.actor) == "UGA" for e in held), _show(held)


@pytest.mark.parametrize(
    ("text", "type_", "dyads"),
    [
        ("The Sudanese army and the Rapid Support Forces agreed to a ceasefire.", "AGREE", {"SDN->RSF"}),
        (
            "Clashes between the Sudanese army and the Rapid Support Forces erupted in Khartoum.",
            "ASSAULT",
            {"SDN->RSF", "RSF->SDN"},
        ),
    ],
    ids=["army-and-rebels-agreed", "clashes-between-army-and-rebels"],
)
def test_a_state_and_an_armed_group_of_it_are_two_sides(
    text: str, type_: str, dyads: set[str], kit: Any, nlp: Any
) -> None:
    """A named armed group is a side of its own against its state's army or government (one state,
    two sides): their talks, truces and clashes are between them."""
    assert dyads <= _dyads(text, kit, nlp, type_), _dyads(text, kit, nlp, type_)


def test_generic_agents_of_a_story_naming_one_state_are_of_that_state(kit: Any) -> None:
    """A story that names one state and no place twice: its police, parliament and army are that
    state's (as ACLED codes "Police Forces of Kenya")."""
    text = (
        "Kenya's political crisis deepened this week. "
        "Parliament passed a law banning the main opposition party."
    )
    found = [e for e in _pipeline_events(text, kit) if e.event_type == "COERCE"]
    assert found and all(e.actor is not None and e.actor.country == "KEN" for e in found), _show(found)


def test_no_arrests_reported_is_no_arrest(kit: Any) -> None:
    """An official act told with "no" ("Police reported no arrests") was not made by anyone."""
    text = "Kenya's political crisis deepened this week. Police reported no arrests in Nairobi."
    assert not [e for e in _pipeline_events(text, kit) if e.event_type == "COERCE"]


def test_an_envoy_summoned_with_no_summoner_named_is_summoned_by_the_host(kit: Any, nlp: Any) -> None:
    """Only a state's foreign ministry summons an envoy: told in the passive, the state where it
    happens does ("The Ugandan envoy was summoned in Kabul")."""
    found = [
        e
        for e in coded("The Ugandan envoy was summoned in Kabul on Monday.", kit, nlp)
        if e.event_type == "ACCUSE"
    ]
    assert any(_key(e.actor) == "AFG" and _key(e.recipient) == "UGA" for e in found), _show(found)


@pytest.mark.parametrize(
    "text",
    [
        "Police in Lahore arrested 15 PTI supporters during a protest on Monday.",
        "Soldiers opened fire on a demonstration in Kabul on Monday.",
    ],
    ids=["arrested-during", "fired-on"],
)
def test_those_who_use_force_on_a_protest_are_not_its_protesters(text: str, kit: Any) -> None:
    found = _pipeline_events(text, kit)
    protests = [e for e in found if e.event_type == "PROTEST"]
    assert not [e for e in protests if e.actor is not None and e.actor.sector in ("POL", "MIL")], _show(found)


def test_those_arrested_at_a_protest_are_its_protesters(kit: Any) -> None:
    found = _pipeline_events("Police in Lahore arrested 15 PTI supporters during a protest on Monday.", kit)
    assert [_key(e.actor) for e in found if e.event_type == "PROTEST"] == ["PTI"], _show(found)


def test_blocking_roads_in_protest_is_the_blockers_protest(kit: Any) -> None:
    """ "in protest at" is the manner of one's own act, not the setting of another's."""
    found = _pipeline_events(
        "Farmers blocked motorways around Brussels on Tuesday in protest at EU rules.", kit
    )
    protests = [e for e in found if e.event_type == "PROTEST"]
    assert protests and all(e.actor is not None and e.actor.text == "Farmers" for e in protests), _show(found)
