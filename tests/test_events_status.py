"""Event status: occurred, ongoing, planned, hypothetical or negated (sentences written for these tests).

Uses the test dictionary of test_events, so only the coder is under test.
"""

from __future__ import annotations

from typing import Any

import pytest
from test_events import _show, coded

STATUS = {
    "lasting-state-in-the-present-goes-on": (
        "Israel's blockade of Gaza has complicated the talks.",
        "blockade",
        "ongoing",
    ),
    "habitual-present-goes-on": (
        "Kenyan soldiers increasingly refuse orders from Uganda.",
        "refuse",
        "ongoing",
    ),
    "single-past-act-occurred": ("Kenyan soldiers refused orders from Uganda.", "refused", "occurred"),
    "definite-blockade-below-a-request": (
        "Kenya called for an end to the blockade of Sudan by Ethiopia.",
        "blockade",
        "occurred",
    ),
    "definite-offensive-deep-below-a-request": (
        "Japan asked for an assessment of the progress of the Russian offensive in Ukraine.",
        "offensive",
        "occurred",
    ),
    "owned-invasion-in-an-adjunct": (
        "Ukraine asked for Russia to be expelled from the UN because of its invasion of Ukraine.",
        "invasion",
        "occurred",
    ),
    "asked-release-is-not-done": ("Kenya called for the release of Sudanese prisoners.", "release", None),
    "past-clause-below-a-refusal": (
        "Russia refused to meet Ukraine after Ukraine met NATO in Geneva.",
        "met",
        "occurred",
    ),
    "refused-meeting-is-no-meeting": (
        "Russia refused to meet Ukraine after Ukraine met NATO in Geneva.",
        "meet",
        None,
    ),
    "past-perfect-below-a-promise": (
        "Japan promised more aid to Sudan after Egypt had attacked the border posts.",
        "attacked",
        "occurred",
    ),
    "past-in-a-condition-stays-open": (
        "Kenya said it would retaliate if Uganda attacked its border posts.",
        "attacked",
        "hypothetical",
    ),
    "yes-no-question-asks": ("Will Russia attack Ukraine again?", "attack", "hypothetical"),
    "past-question-asks": ("Did Kenya send troops to Somalia last year?", "send", "hypothetical"),
    "why-question-takes-the-act-as-given": ("Why did Russia attack Ukraine?", "attack", "occurred"),
    # implicative words: done when told in the past, only possible in the present
    "had-to-did-it": ("Kenya had to shell the rebel camps near the border.", "shell", "occurred"),
    "was-able-to-did-it": ("Ukraine was able to attack the Russian base.", "attack", "occurred"),
    "is-able-to-may-do-it": ("Ukraine is able to strike Russian airfields.", "strike", "hypothetical"),
    "was-forced-to-did-it": ("Japan was forced to withdraw its troops from Sudan.", "withdraw", "occurred"),
    "tried-to-is-an-attempt-made": (
        "Russia tried to storm Ukrainian positions near Donetsk.",
        "storm",
        "occurred",
    ),
    # a purpose shares the status of the act it serves
    "purpose-of-a-past-act": ("Iraq sent soldiers to attack the rebels.", "attack", "occurred"),
    "purpose-of-a-future-act": ("Iraq will send soldiers to attack the rebels.", "attack", "planned"),
    "means-of-a-future-act": ("Japan will support Ukraine by sending troops to Kyiv.", "sending", "planned"),
    # a finite conjunct has a tense of its own; a relative clause tells its own event
    "finite-conjunct-keeps-its-tense": (
        "Greece said it would defend its islands and urged Turkey to leave.",
        "urged",
        "occurred",
    ),
    "conjunct-with-its-own-subject": (
        "Russia did not attack Ukraine, and Japan praises Kenya.",
        "praises",
        "occurred",
    ),
    "not-clarified-when-keeps-the-plan": (
        "Sudan has not clarified how and when it will sever ties with Kenya.",
        "sever",
        "planned",
    ),
    "participle-below-continue": (
        "Israel continued its build-up near Gaza, warning Hamas to leave.",
        "warning",
        "occurred",
    ),
    "unlikely-is-possible": ("Japan is unlikely to send troops to Ukraine.", "send", "hypothetical"),
    "noun-before-the-event-is-no-modifier": (
        "DIPLOMATS CALL RUSSIAN ATTACK ON KYIV RESTRAINED",
        "ATTACK",
        "occurred",
    ),
    # not done: instead of, rather than, without, neither ... nor, no one
    "rather-than-is-not-done": (
        "Russia attacked Kyiv rather than holding talks with Ukraine.",
        "holding",
        "negated",
    ),
    "neither-nor-subject": ("Neither Russia nor Ukraine attended the talks.", "attended", "negated"),
    "no-subject": ("No country sent troops to Ukraine.", "sent", "negated"),
    "relative-clause-below-a-future": (
        "Russia will arrest the Ukrainian soldiers who attacked the convoy.",
        "attacked",
        "occurred",
    ),
    # ongoing: kept up, under way, lasting
    "still-is-ongoing": ("Russia still occupies Ukrainian towns.", "occupies", "ongoing"),
    "subject-of-continue-is-ongoing": (
        "Protests against the Kenyan government continued on Friday.",
        "Protests",
        "ongoing",
    ),
    "subject-of-end-is-not-ongoing": (
        "Protests against the Kenyan government ended on Friday.",
        "Protests",
        "occurred",
    ),
    "kept-doing-is-ongoing": ("Russia kept shelling Ukrainian towns.", "shelling", "ongoing"),
    "ongoing-modifier": ("Japan praised the ongoing talks between Russia and Ukraine.", "talks", "ongoing"),
    "years-old-modifier": (
        "Kenya called for an end to the 30-year-old embargo against Sudan.",
        "embargo",
        "ongoing",
    ),
    "amid-is-ongoing": (
        "Egypt expelled Sudanese diplomats amid clashes between Sudan and Ethiopia.",
        "clashes",
        "ongoing",
    ),
    # planned by a modifier; a name is no status
    "impending-is-planned": (
        "Kenya criticised the impending withdrawal of Turkish troops from Iraq.",
        "withdrawal",
        "planned",
    ),
    "so-called-names": (
        "Kenya criticised the so-called talks between Russia and the Taliban.",
        "talks",
        "occurred",
    ),
    # a phrasal verb is a verb of its own, not its bare verb
    "called-out-is-no-call": (
        "Kenya called out Ugandan leaders criticising the deal.",
        "criticising",
        "occurred",
    ),
    "kept-up-is-ongoing": ("Russia kept up its attacks on Ukraine.", "attacks", "ongoing"),
    # a light verb's own sense; announcing an act is telling it
    "light-verb-plan": ("Russia planned an attack on Ukraine.", "planned", "planned"),
    "light-verb-continue": ("Russia continued its attacks on Ukraine.", "continued", "ongoing"),
    "light-verb-with-particle": ("Russia stepped up attacks on Ukraine.", "stepped", "occurred"),
    "light-verb-of-saying": ("Japan announced sanctions against Russia.", "announced", "occurred"),
    # a present with a date after the report is an arrangement
    "present-with-a-later-day": (
        "Vladimir Putin begins a state visit to India on Tuesday.",
        "begins",
        "planned",
    ),
    "progressive-with-a-later-day": (
        "Vladimir Putin is meeting Chinese leaders on Tuesday.",
        "meeting",
        "planned",
    ),
    "progressive-without-a-day": ("Russia is shelling Ukrainian towns.", "shelling", "ongoing"),
    "present-next-week": ("Vladimir Putin visits India next week.", "visits", "planned"),
    "purpose-of-a-past-act-keeps-its-month": (
        "Kenya sent troops to attack the rebels in December.",
        "attack",
        "occurred",
    ),
    "past-verb-keeps-its-tense-by-a-later-date": (
        "Russia attacked Ukraine ahead of talks in Geneva next week.",
        "attacked",
        "occurred",
    ),
    # a rejected act someone owns was done; a refused one was not
    "rejected-owned-offer-was-made": ("Ukraine rejected Russia's offer of talks.", "offer", "occurred"),
    "opposed-owned-invasion-happened": ("Kenya opposed Uganda's invasion of Sudan.", "invasion", "occurred"),
    "prevented-owned-attack-not-done": ("Kenya prevented Uganda's attack on Sudan.", "attack", "negated"),
    "not-stopped-goes-on": ("Russia did not stop attacking Ukraine.", "attacking", "occurred"),
    # the act named by "of" below a control noun takes its status
    "hopes-to-is-planned": ("Kenya hopes to sign a deal with Uganda.", "sign", "planned"),  # tagger: "hop"
    "has-yet-to-is-not-done": ("Russia has yet to withdraw its troops from Ukraine.", "withdraw", "negated"),
    "perfect-progressive-since-a-month": (
        "Israel has been bombing Gaza since October.",
        "bombing",
        "ongoing",
    ),
    # modal perfects: "may have" tells a past act unverified, "could have" an act that did not happen
    "may-have-is-a-past-act": ("Russia may have attacked the Ukrainian convoy.", "attacked", "occurred"),
    "could-have-is-hypothetical": (
        "Russia could have attacked the Ukrainian convoy.",
        "attacked",
        "hypothetical",
    ),
}


@pytest.mark.parametrize(("text", "trigger", "status"), list(STATUS.values()), ids=list(STATUS))
def test_status_of_the_event(text: str, trigger: str, status: str | None, kit: Any, nlp: Any) -> None:
    found = [e for e in coded(text, kit, nlp) if e.trigger.split()[0] == trigger]
    if status is None:  # the act is only asked for: no event of its own, or not as done
        assert all(e.status != "occurred" for e in found), _show(found)
    else:
        assert found and all(e.status == status for e in found), _show(found)


# acts below another act that did not happen or only might: often no event of their own (the other
# act is the event: the refusal, the warning); when one is coded, it carries this status
STATUS_IF_CODED = {
    "barred-from-attacking": ("Kenya barred Uganda from attacking the rebels.", "attacking", "negated"),
    "prevented-from-sending": ("Turkey prevented Greece from sending warships.", "sending", "negated"),
    "instead-of-is-not-done": (
        "Russia attacked Kyiv instead of holding talks with Ukraine.",
        "holding",
        "negated",
    ),
    "without-is-not-done": ("Russia captured Kyiv without talks with Ukraine.", "talks", "negated"),
    "refused-release-not-done": ("Kenya refused the release of Sudanese prisoners.", "release", "negated"),
    "not-ruled-out-is-possible": (
        "Japan did not rule out sanctions against Russia.",
        "sanctions",
        "hypothetical",
    ),
    "warned-against-is-not-done": (
        "Japan warned Russia against attacking Ukraine.",
        "attacking",
        "hypothetical",
    ),
    "threat-of-sanctions": (
        "Japan raised the threat of sanctions against Russia.",
        "sanctions",
        "hypothetical",
    ),
}


@pytest.mark.parametrize(
    ("text", "trigger", "status"), list(STATUS_IF_CODED.values()), ids=list(STATUS_IF_CODED)
)
def test_status_of_the_event_if_coded(text: str, trigger: str, status: str, kit: Any, nlp: Any) -> None:
    found = [e for e in coded(text, kit, nlp) if e.trigger.split()[0] == trigger]
    assert all(e.status == status for e in found), _show(found)


def test_the_one_kept_from_an_act_is_its_doer(kit: Any, nlp: Any) -> None:
    """ "Turkey prevented Greece from sending warships": Greece would have sent them, not Turkey."""
    found = coded("Turkey prevented Greece from sending warships to Cyprus.", kit, nlp)
    turkish = [e for e in found if e.event_type == "MOBILIZE" and e.actor and e.actor.code == "TUR"]
    assert not turkish, _show(found)
