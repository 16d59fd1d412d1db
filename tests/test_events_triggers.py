"""Which words are events and of which type (sentences written for these tests).

Uses the test dictionary of test_events, so only the coder is under test.
"""

from __future__ import annotations

from typing import Any

import pytest
from test_events import Case, _fits, _key, _show, coded

from eventwatch import pipeline
from eventwatch.records import Document, RawDocument

TYPES = {
    "looting-by-a-crowd-is-violence": Case(
        "Rioters looted shops in Kabul on Monday.", "ASSAULT", None, None, {"cameo": "180"}
    ),
    "ignoring-a-resolution-defies-its-author": Case(
        "Iraq ignored the UN resolution on Monday.", "REJECT", "IRQ", "UN"
    ),
    "ordering-troops-out-orders": Case(
        "Nigeria's junta ordered French troops out of the country last year.", "REQUEST", "NGA", "FRA"
    ),
    "ordering-troops-to-a-place-deploys-them": Case(
        "Kenya ordered 2,000 troops to Uganda on Saturday.", "MOBILIZE", "KEN"
    ),
    "dismissing-an-official-from-office-coerces": Case(
        "A Kenyan court dismissed the governor from office on Monday.", "COERCE", "KEN"
    ),
    "flogging-is-assault": Case(
        "The Taliban publicly flogged two men in Kabul.", "ASSAULT", "TALIBAN", None, {"cameo": "182"}
    ),
    "regaining-control-from-a-party-is-fighting-it": Case(
        "The Nigerian army regained control of the town from the rebels.", "ASSAULT", "NGA", "rebels"
    ),
    "opposing-in-the-past-rejects": Case("Kenya opposed the Ugandan plan on Monday.", "REJECT", "KEN"),
    "calling-a-party-a-friend-backs-it": Case("Kenya called Uganda a great friend.", "SUPPORT", "KEN", "UGA"),
    "describing-a-party-as-an-ally-backs-it": Case(
        "Kenya described Uganda as a close ally.", "SUPPORT", "KEN", "UGA"
    ),
    "extending-support-backs": Case("Kenya extended full support to Uganda.", "SUPPORT", "KEN", "UGA"),
    "expressing-solidarity-backs": Case("Kenya expressed solidarity with Uganda.", "SUPPORT", "KEN", "UGA"),
    "encouraging-a-party-to-act-asks-it": Case(
        "Kenya encouraged Uganda to join the talks.", "REQUEST", "KEN", "UGA"
    ),
    "a-measure-of-aid-is-aid": Case(
        "Kenya has so far provided billions of dollars of military and humanitarian aid to Uganda, and in a"
        " call last week the president vowed to continue that support.",
        "AID",
        "KEN",
        "UGA",
        {"cameo": "070"},
    ),
    "rape-is-sexual-assault": Case(
        "Kenyan soldiers raped several women in Darfur.", "ASSAULT", "KEN", None, {"cameo": "1821"}
    ),
    "attacking-an-announcement-is-criticism": Case(
        "Kenya attacked the announcement of the new border by Uganda.", "ACCUSE", "KEN"
    ),
    "naming-misparsed-as-a-clause-accuses-its-doer": Case(
        "Hamas called the Israeli strikes a war crime.", "ACCUSE", "HAMAS", "ISR"
    ),
    "issuing-an-arrest-warrant-is-coercion": Case(
        "Kenya issued an arrest warrant for Vladimir Putin.", "COERCE", "KEN", "RUS", {"mode": "arrest"}
    ),
    "took-to-the-streets-protests": Case(
        "Thousands of Kenyans took to the streets on Friday.", "PROTEST", "KEN"
    ),
    "halting-trade-with-a-state-is-an-embargo": Case(
        "Kenya halted all trade with Uganda in March.", "SANCTION", "KEN", "UGA", {"cameo": "166"}
    ),
    "freezing-grants-cuts-aid": Case(
        "Kenya froze grants to Ethiopia after the election.", "SANCTION", "KEN", "ETH", {"cameo": "162"}
    ),
    "struck-a-deal-is-agreement": Case("Britain struck a deal with India on Monday.", "AGREE", "GBR"),
    "called-a-terrorist-group-accuses": Case(
        "Kenya called Hezbollah a terrorist group.", "ACCUSE", "KEN", "HEZBOLLAH"
    ),
    "designated-a-terrorist-group-is-a-sanction": Case(
        "Kenya designated Hezbollah a terrorist group.", "SANCTION", "KEN", "HEZBOLLAH"
    ),
    "listed-as-terrorist-is-a-sanction": Case(
        "Japan listed Hamas as a terrorist organisation.", "SANCTION", "JPN", "HAMAS"
    ),
    "attacked-for-doing-hung-on-a-noun-is-criticism": Case(
        "Kenya attacked Uganda at the end of a summit of African nations for raising the border.",
        "ACCUSE",
        "KEN",
        "UGA",
    ),
    "missiles-fired-into-the-sea-show-force": Case(
        "Iran fired two missiles into the sea on Sunday.", "MOBILIZE", "IRN", None, {"cameo": "150"}
    ),
    "test-fired-missiles-show-force": Case(
        "Iran test-fired a missile on Sunday.", "MOBILIZE", "IRN", None, {"cameo": "150"}
    ),
    "missiles-fired-at-a-city-attack": Case("Russia fired missiles at Kyiv.", "ASSAULT", "RUS", "UKR"),
    "retaking-a-town-from-a-group-is-an-attack-on-it": Case(
        "Sudanese troops recaptured the town from the Rapid Support Forces.", "ASSAULT", "SDN", "RSF"
    ),
    "an-execution-kills": Case("Uganda executed two Kenyans on Monday.", "ASSAULT", "UGA", "KEN"),
    "scrambled-jets-raise-the-alert": Case(
        "Japan scrambled fighter jets on Monday.", "MOBILIZE", "JPN", None, {"cameo": "152"}
    ),
    "claimed-responsibility-for-an-attack": Case(
        "Hamas claimed responsibility for the bombing in Kabul.", "ASSAULT", "HAMAS", "AFG"
    ),
    "claimed-an-attack": Case("The Taliban claimed the attack on the checkpoint.", "ASSAULT", "TALIBAN"),
    "took-credit-for-an-attack": Case("Hezbollah took credit for the explosion.", "ASSAULT", "HEZBOLLAH"),
    "an-aid-package-is-aid": Case("Japan unveiled a new aid package for Kenya.", "AID", "JPN", "KEN"),
    "a-verb-read-as-a-modifier-of-its-object": Case(
        "A Kenyan court jailed opposition politician Emomali Rahmon for 25 years.", "COERCE", "KEN", "TJK"
    ),
    "revoking-an-agreement-cuts-relations": Case(
        "Kenya revoked its defence agreements with Uganda.", "SANCTION", "KEN", "UGA", {"cameo": "161"}
    ),
    "drones-launched-at-a-city-attack-from-the-air": Case(
        "The Rapid Support Forces launched a barrage of drones at Khartoum.",
        "ASSAULT",
        "RSF",
        "SDN",
        {"cameo": "195"},
    ),
    "a-clash-is-an-attack": Case("Hamas fighters clashed with Israeli troops.", "ASSAULT", "HAMAS", "ISR"),
    "protesters-clashing-with-police-attack": Case(
        "Kenyan protesters clashed with police.", "ASSAULT", "KEN"
    ),
    "a-blast-strikes-where-it-happens": Case(
        "A car bomb exploded outside a police station in Kabul, killing five people.", "ASSAULT", None, "AFG"
    ),
    "a-landmine-kills-where-it-lies": Case(
        "A landmine killed two children in Kabul.", "ASSAULT", None, "AFG"
    ),
    "recalled-its-ambassador-to-a-state": Case(
        "France recalled its ambassador to Japan over the deal.", "SANCTION", "FRA", "JPN"
    ),
    "agreed-sanctions-sanction": Case("The EU agreed new sanctions on Russia.", "SANCTION", "EU", "RUS"),
    "cut-a-deal-is-agreement": Case("Britain cut a deal with India on Monday.", "AGREE", "GBR", "IND"),
    "an-operation-against-a-party-is-an-attack": Case(
        "Turkey launched a cross-border operation against Hezbollah.", "ASSAULT", "TUR", "HEZBOLLAH"
    ),
    "a-rebellion-against-a-state-is-an-attack": Case(
        "The Taliban launched a rebellion against Pakistan.", "ASSAULT", "TALIBAN", "PAK"
    ),
    "trading-fire-is-an-attack-on-each-other": Case(
        "Indian and Pakistani troops traded fire on Monday.", "ASSAULT", "PAK", "IND"
    ),
    "signing-a-pact-is-agreement": Case("Kenya and Uganda signed a border pact on Monday.", "AGREE", "KEN"),
    "sentence-is-coercion": Case(
        "An Egyptian court sentenced the activist to five years in prison.", "COERCE", "EGY"
    ),
    "release-of-prisoners-is-concession": Case(
        "Russia released two Ukrainian prisoners on Sunday.", "CONCEDE", "RUS", "UKR"
    ),
    "impeachment-is-accusation": Case(
        "Kenyan lawmakers impeached the governor of Nairobi over graft.", "ACCUSE", "KEN"
    ),
    "coup-is-coercion": Case("A military coup in Mali toppled the government.", "COERCE"),
    "phone-conversation-is-consultation": Case(
        "Vladimir Putin had a phone conversation with the Turkish president on Monday.", "CONSULT", "RUS"
    ),
    "vacate-is-retreat": Case("Russian troops vacated the airport in Donetsk.", "RETREAT", "RUS"),
    "state-of-alert-is-mobilization": Case(
        "The Greek army has been in a state of alert since Friday.", "MOBILIZE", "GRC"
    ),
    "national-strikes-are-attacks": Case("Russian strikes hit Kyiv overnight.", "ASSAULT", "RUS"),
    "general-strike-is-protest": Case(
        "Kenyan unions began a general strike against the new tax.", "PROTEST", "KEN"
    ),
    "went-on-strike": Case("Nigerian doctors went on strike on Monday.", "PROTEST", "NGA"),
    "backing-an-armed-group-is-military-aid": Case(
        "Iran backed Hezbollah during the war.", "AID", "IRN", "HEZBOLLAH", {"cameo": "072"}
    ),
    "backing-a-government-is-support": Case("Kenya backed Uganda.", "SUPPORT", "KEN", "UGA"),
    "people-seized-by-an-armed-group-are-abducted": Case(
        "Hamas seized two Kenyan aid workers on Monday.", "ASSAULT", "HAMAS", None, {"cameo": "181"}
    ),
    "a-town-seized-by-an-armed-group-is-seized": Case("Hamas seized Gaza in 2007.", "COERCE", "HAMAS"),
    "seeking-help-is-a-request": Case("Kenya sought help from Uganda.", "REQUEST", "KEN", "UGA"),
    "seeking-a-party's-help-asks-it": Case("Kenya sought Uganda's help.", "REQUEST", "KEN", "UGA"),
    "voiced-concern-is-criticism": Case(
        "Kenya voiced deep concern about Uganda's troop build-up.", "ACCUSE", "KEN", "UGA"
    ),
    "concern-over-a-party": Case("Japan expressed concern over China on Monday.", "ACCUSE", "JPN", "CHN"),
    "hit-out-is-criticism": Case("The Kenyan president hit out at Uganda over the border.", "ACCUSE", "KEN"),
    "verbal-attack-is-criticism": Case(
        "Turkey launched a verbal attack on Greece over the islands.", "ACCUSE", "TUR", "GRC"
    ),
    "placing-blame-is-criticism": Case(
        "The Kenyan government placed the blame on Uganda for the raid.", "ACCUSE", "KEN", "UGA"
    ),
    "attributing-an-act-is-criticism": Case(
        "Nigeria attributed the kidnapping to Chad.", "ACCUSE", "NGA", "TCD"
    ),
    "destroying-by-force-is-assault": Case(
        "Russian soldiers destroyed a bridge near Kyiv.", "ASSAULT", "RUS"
    ),
    "torching-is-assault": Case("Sudanese gunmen torched three villages in Darfur.", "ASSAULT", "SDN"),
    "burning-down-is-assault": Case("Nigerian rioters burned down a market on Friday.", "ASSAULT", "NGA"),
    "calling-an-act-illegal-is-criticism": Case(
        "Kenya called Uganda's closure of the border illegal.", "ACCUSE", "KEN"
    ),
    "describing-as-aggression-is-criticism": Case(
        "Nigeria described the raid by Chad as an act of aggression.", "ACCUSE", "NGA"
    ),
    "calling-a-state-destructive-is-criticism": Case(
        "Kenya called Uganda the most destructive force in the region.", "ACCUSE", "KEN", "UGA"
    ),
    "describing-a-policy-as-a-failure-is-criticism": Case(
        "Nigeria described the policy of Chad as a failure.", "ACCUSE", "NGA"
    ),
    "branded-by-is-criticism": Case("The rebels were branded terrorists by Kenya.", "ACCUSE", "KEN"),
    "calling-on-to-re-open-is-a-request": Case(
        "Uganda on Tuesday called on Kenya to re-open the border.", "REQUEST", "UGA", "KEN"
    ),
    "a-signed-statement-urging-is-each-signers-request": Case(
        "Kenya, Nigeria and Chad signed a statement urging Sudan to open the border.", "REQUEST", "NGA", "SDN"
    ),
    "statement-condemning-is-the-issuers": Case(
        "Kenya released a statement condemning Uganda.", "ACCUSE", "KEN", "UGA"
    ),
    "spoke-with-consults": Case("The Kenyan president spoke with Uganda on Monday.", "CONSULT", "KEN", "UGA"),
}


@pytest.mark.parametrize("case", list(TYPES.values()), ids=list(TYPES))
def test_sentence_yields_event_of_type(case: Case, kit: Any, nlp: Any) -> None:
    found = coded(case.text, kit, nlp)
    assert any(_fits(e, case) for e in found), _show(found)


NON_EVENTS = {
    "let-us-is-no-concession": ("Let us be clear: Kenya will defend its border.", "CONCEDE"),
    "halting-exports-is-no-coercion": ("Kenya halted its exports of tea to Egypt.", "COERCE"),
    "guarding-is-no-aid": ("Kenyan police guarding the embassy of Japan fled.", "AID"),
    "released-a-summary": ("Kenya released a summary of its talks with Ethiopia.", "CONCEDE"),
    "approved-a-budget": ("The Kenyan parliament approved a budget for the army.", "SUPPORT"),
    "agreements-struck": ("Agreements struck by Britain with India were praised.", "ASSAULT"),
    "clinical-trial": ("An Indian firm began a clinical trial of the vaccine.", "ACCUSE"),
    "trade-war": ("Japan wants no trade war with China.", "ASSAULT"),
    "in-the-event-of-war": ("Greece would close the bases in the event of war with Turkey.", "ASSAULT"),
    "state-of-war": ("Turkey is not in a state of war with Greece.", "ASSAULT"),
    "request-for-comment": ("The Kenyan embassy did not respond to a request for comment.", "REQUEST"),
    "phoned-a-group-described-in-apposition": ("Kenya called Hamas, a terrorist group, on Monday.", "ACCUSE"),
    "ordered-goods": ("Poland ordered 250 tanks from the US.", "REQUEST"),
    "seeking-ways-to-act": ("Britain said it was seeking ways to retaliate against Japan.", "REQUEST"),
    "seeking-no-confrontation": ("Kenya said it does not seek confrontation with Uganda.", "REQUEST"),
    "declined-to-confirm-or-deny": ("Hamas declined to confirm or deny involvement in the attack.", "REJECT"),
    "declined-to-discuss-specifics": ("Kenya declined to discuss specifics, officials said.", "REJECT"),
    "listed-among-partners": ("Kenya listed Uganda among its partners.", "SANCTION"),
    "a-rescue-operation-is-no-attack": ("The Kenyan rescue operation in Kabul continued.", "ASSAULT"),
    "ending-a-rebellion-is-no-attack": ("Kenya wants to end the rebellion against Pakistan.", "ASSAULT"),
    "trading-goods-is-no-attack": ("India and Pakistan traded goods across the border.", "ASSAULT"),
    "war-of-words": ("Kenya and Uganda are locked in a war of words.", "ASSAULT"),
    "evidence-supporting-claims": ("Ukraine has no evidence supporting the claims of Iran.", "SUPPORT"),
    "recognised-the-fact": ("The Polish minister recognised the fact last week.", "SUPPORT"),
    "signed-a-law": ("The Kenyan president signed the law on Monday.", "AGREE"),
    "attributing-to-a-cause": ("The Kenyan minister attributed the delay to heavy rain.", "ACCUSE"),
    "destroying-is-no-coercion": ("Russian soldiers destroyed a bridge near Kyiv.", "COERCE"),
    "calling-talks-useful": ("Kenya called the talks with Uganda useful.", "ACCUSE"),
    "calling-attacks-on-a-crime": ("Kenya called the attacks on the villages of Uganda a crime.", "REQUEST"),
    "calling-talks-a-step-forward": ("Kenya called the talks with Uganda a step forward.", "ACCUSE"),
    "co-signing-a-statement-is-no-agreement": (
        "The statement was signed by the foreign ministers of Kenya, Nigeria and Chad.",
        "AGREE",
    ),
    "measures-allowing": ("The Kenyan parliament approved measures allowing Uganda to sell tea.", "CONCEDE"),
    "ending-a-war-is-not-waging-it": ("Kenya wants to end the war between Uganda and Sudan.", "ASSAULT"),
    "an-end-to-the-fighting": ("Egypt called for an end to the fighting in Gaza.", "ASSAULT"),
    "warning-of-another-s-attacks": ("Kenya warned of Russian attacks on Ukraine.", "THREATEN"),
    "warning-of-a-forecast-is-no-threat": (
        "The UN warned that 1,200 women in Darfur will die within two months.",
        "THREATEN",
    ),
    "a-denied-word-of-disapproval-accuses-no-one": (
        "Kenya said the vote in Uganda was not illegal.",
        "ACCUSE",
    ),
    "responsible-for-no-hostile-act-accuses-no-one": (
        "Kenya said Uganda was responsible for security in the region.",
        "ACCUSE",
    ),
    "a-denied-responsibility-accuses-no-one": ("Kenya said Uganda was not behind the attack.", "ACCUSE"),
    "rallying-in-a-place-is-no-support": ("Kenyan protesters rallied in Geneva against the tax.", "SUPPORT"),
    "exchanging-prisoners-is-no-fire": ("Kenya and Uganda exchanged prisoners.", "ASSAULT"),
    "executing-a-plan-kills-no-one": ("The Kenyan army executed the plan on Monday.", "ASSAULT"),
    "a-price-paid-is-no-threat": ("Kenya said Uganda paid a heavy price for the war.", "THREATEN"),
    "sanctions-hitting-banks-is-no-attack": ("New Kenyan sanctions hit Ugandan banks on Monday.", "ASSAULT"),
    "tariffs-hitting-exporters-is-no-attack": ("Japan's tariffs hit exporters in Kenya.", "ASSAULT"),
    "denied-responsibility-owns-no-attack": ("Hamas denied responsibility for the bombing.", "ASSAULT"),
    "a-report-cited-is-no-critic": (
        "Uganda stepped up its aggression against Sudan, according to a report by Kenya.",
        "ACCUSE",
    ),
    "seeking-to-act-is-no-request": ("Kenya sought to impose new taxes on Ugandan goods.", "REQUEST"),
    "meeting-an-escalation-is-no-meeting": (
        "Kenya will meet any escalation by Uganda with force, the minister said.",
        "CONSULT",
    ),
    "met-by-a-response-is-no-meeting": ("Any attack on Kenya will be met by a strong response.", "CONSULT"),
    "met-with-criticism-is-no-meeting": ("Uganda's plan was met with criticism in Kenya.", "CONSULT"),
    "speaking-to-reporters-is-no-meeting": ("The Kenyan president spoke to reporters in Nairobi.", "CONSULT"),
    "having-missiles-is-no-attack": ("Iran has new anti-ship missiles that can reach Kenya.", "ASSAULT"),
    "declining-comment-is-no-rejection": (
        "The Kenyan army declined comment on the operation in Darfur.",
        "REJECT",
    ),
    "declining-to-give-details-is-no-rejection": (
        "The Kenyan army declined to give details of the operation in Darfur.",
        "REJECT",
    ),
    "a-strike-by-employees-is-no-assault": (
        "Sudan sent troops to the oil fields because of a strike by oil employees in Darfur.",
        "ASSAULT",
    ),
    "a-scheduled-meeting-is-no-promise": (
        "Kenyan and Ethiopian officials will meet in Geneva next week, Kenya said.",
        "AGREE",
    ),
    "a-sports-result-is-no-assault": (
        "Kenya beat Uganda 2-1 in a World Cup qualifier on Thursday.",
        "ASSAULT",
    ),
    "a-recall-for-consultations-is-no-meeting": (
        "Kenya recalled its ambassador to Uganda for consultations on Saturday.",
        "CONSULT",
    ),
    "regaining-control-of-a-thing-is-no-fighting": (
        "The Kenyan central bank regained control of inflation.",
        "ASSAULT",
    ),
    "what-a-question-asks-about-is-no-act": (
        "Asked whether France would recall its ambassador, the spokesman declined to comment.",
        "SANCTION",
    ),
    "what-is-unclear-is-no-act": ("It is unclear whether Russia will attack Ukraine.", "ASSAULT"),
    "a-verbal-attack-is-no-assault": ("Kenya attacked Uganda over its exports of arms to Sudan.", "ASSAULT"),
    "an-attack-on-twitter-is-no-assault": ("Kenya attacked Uganda on Twitter.", "ASSAULT"),
    "hitting-back-in-words-is-no-assault": ("Uganda hit back at Kenya.", "ASSAULT"),
    "a-tariff-as-a-topic-is-no-sanction": (
        "Kenya discussed the fallout from increased Ugandan tariffs.",
        "SANCTION",
    ),
    "attacked-for-doing-tells-a-claim": (
        "The Kenyan president attacked Uganda for sending troops to Somalia.",
        "MOBILIZE",
    ),
    "warning-of-an-assault-is-no-assault": (
        "The Israeli army warned of an unprecedented assault on Gaza.",
        "ASSAULT",
    ),
}


@pytest.mark.parametrize(("text", "unwanted"), list(NON_EVENTS.values()), ids=list(NON_EVENTS))
def test_word_in_another_sense_is_no_event(text: str, unwanted: str, kit: Any, nlp: Any) -> None:
    found = coded(text, kit, nlp)
    assert not [e for e in found if e.event_type == unwanted], _show(found)


def test_the_act_a_party_is_said_to_answer_for_is_only_claimed(kit: Any, nlp: Any) -> None:
    """ "Kenya said Uganda was responsible for the attack": Kenya accuses Uganda; the attack is not
    told as Uganda's, as a blame's reason is not (ANNOTATION.md: an accusation's content)."""
    found = coded("Kenya said Uganda was responsible for the attack.", kit, nlp)
    assert not [e for e in found if e.event_type == "ASSAULT" and _key(e.actor) == "UGA"], _show(found)


def test_a_rebellion_of_a_party_s_lawmakers_is_no_attack(kit: Any) -> None:
    """ "a growing rebellion from Labour MPs": a revolt in a party, not an armed rebellion."""
    text = "Prime Minister Keir Starmer is facing a growing rebellion from Labour MPs over benefit cuts."
    (doc,) = pipeline.run([RawDocument(id="t", origin="test", text=text, date="2025-06-24")], kit)
    assert isinstance(doc, Document)
    assert not [e for e in doc.events if e.event_type == "ASSAULT"], doc.events
