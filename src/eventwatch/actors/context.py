"""Actors whose state only their sentence tells: "Judge Ana Ruiz charged Chilean officials".

A person introduced by a title the knowledge cannot place, or rebels, protesters and civilians
named without an owner, belong to the one state their sentence names; an ethnic minority
("ethnic Greeks ... in Albania") to the one state named besides its kin state. With two states
or none in the sentence they stay as they are.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from eventwatch.actors.kb import ActorKB
from eventwatch.records import Mention
from eventwatch.spans import SpanIndex

LOCAL_SECTORS = frozenset({"OPP", "REB", "CVL"})
_ETHNIC = re.compile(r"\b[Ee]thnic\s+$")
_NO_EVIDENCE = frozenset(
    {"media", "business", "ngo", "igo", "other"}
)  # "an AP photographer" tells no nationality
# "Moscow-backed rebels" are not Moscow's: a backer names no home state
_BACKER = re.compile(r"[-\u2013](?:backed|supported|sponsored|allied|armed|funded|trained)\b")
_BACKED_BY = re.compile(r"\b(?:backed|supported|sponsored|armed|funded|trained) by\s+(?:the\s+)?$")
# "civilians killed by Russian shelling": the doer of an act on civilians names no home of theirs
_DONE_BY = re.compile(r"\bby\s+(?:the\s+|a\s+|an\s+)?$")
# a person travelling to a state is no evidence of being its citizen: "Minister X flew to Oslo"
# "Russian troops killed three civilians": nor does the doer of an act of violence told before them
_HARMED_BY = re.compile(
    r"\b(?:kill|attack|shell|shoot|shot|bomb|wound|injur|abduct|kidnap|struck|strike|massacr|execut|murder|"
    r"target|fired? on|opened fire)\w*\b",
    re.IGNORECASE,
)
_DESTINATION = re.compile(
    r"\b(?:(?<!according )(?<!due )(?<!thanks )to|visit|visits|visited|visiting|toured|tours|arrived in"
    r"|arrives in)\s+(?:the\s+)?$"
)
_POSSESSIVE_GAP = re.compile(r"^['\u2019]s?\s+$")
_GOVERNMENTS = frozenset({"administration", "government", "regime", "cabinet"})


def resolve_sentence_states(
    mentions: list[Mention], sentences: list[tuple[int, int]], kb: ActorKB, text: str
) -> list[Mention]:
    """Give unplaced titled people, local agents and ethnic minorities the one state of their sentence."""
    out: list[Mention] = []
    index = SpanIndex(mentions)  # the other mentions of a sentence without scanning the document's
    for mention in mentions:
        state = None
        if _unplaced(mention) and not kb.knows_person(mention.actor.name):  # a known person keeps their own
            state = _sole_state(index, mention, sentences, kb, text)
        elif _of_kin_state(mention, text, kb):
            state = _sole_state(index, mention, sentences, kb, text, besides=mention.actor.code)
        out.append(_placed(mention, state, kb) if state else mention)
    return out


def _unplaced(mention: Mention) -> bool:
    """A titled person the knowledge lacks, or an ownerless rebel, protester or civilian."""
    actor = mention.actor
    if actor.code is not None:
        return False
    if actor.kind == "person":
        return mention.how == "title" and actor.sector != "IGO"
    if actor.kind == "party":  # a party the knowledge lacks ("the Homeland Union")
        return True
    return mention.how == "agent" and actor.sector in LOCAL_SECTORS


def _of_kin_state(mention: Mention, text: str, kb: ActorKB) -> bool:
    """ "ethnic Albanians" still coded as Albania (not yet placed where they live)."""
    if mention.actor.code not in kb.states or not _ETHNIC.search(
        text, max(0, mention.start - 7), mention.start
    ):
        return False
    hits = kb.index.scan(mention.actor.text)
    return bool(hits) and str(hits[0].targets[0].ref).partition(":")[0] == mention.actor.code


def _sole_state(
    index: SpanIndex[Mention],
    mention: Mention,
    sentences: list[tuple[int, int]],
    kb: ActorKB,
    text: str,
    besides: str | None = None,
) -> str | None:
    """The one state (by country) that the other actors of the sentence belong to; for an ethnic
    minority of kin state `besides`, the state it is "in", else the first other state its sentence
    names ("ethnic Turks ... against Sweden's decision to send them back to Bulgaria" live in Sweden)."""
    at = bisect_right(sentences, (mention.start, float("inf"))) - 1
    low, high = sentences[at] if at >= 0 and mention.start < sentences[at][1] else (0, mention.end)
    person = mention.actor.kind == "person"
    victims = mention.actor.sector == "CVL"  # rebels fought by Malian troops are Malian; civilians: no
    near = index.starting_in(low, high)
    states = {
        other.actor.country: other.start
        for other in reversed(near)
        if other is not mention
        and other.actor.country in kb.states
        and (other.actor.code in kb.states or other.actor.kind not in _NO_EVIDENCE)
        and not _BACKER.match(text, other.end)
        and not _BACKED_BY.search(text, max(0, other.start - 25), other.start)
        and not (victims and _DONE_BY.search(text, max(0, other.start - 8), other.start))
        and not (victims and other.end <= mention.start and _HARMED_BY.search(text, other.end, mention.start))
        and not (
            person
            and (other.how == "locative" or _DESTINATION.search(text, max(0, other.start - 20), other.start))
        )
    }
    states.pop(besides or "", None)
    if besides is not None and states:  # an ethnic minority lives where "in X" says, else in the first named
        located = [m.actor.country for m in near if m.how == "locative" and m.actor.country in states]
        return located[0] if located else min(states, key=lambda code: states[code])
    return states.popitem()[0] if len(states) == 1 else None


def _placed(mention: Mention, state: str, kb: ActorKB) -> Mention:
    """The mention acting for `state`: a person keeps name and role, an agent keeps its sector."""
    actor = mention.actor
    if actor.code is not None:  # an ethnic minority lives in the state, it is not of the kin state
        return replace(mention, actor=replace(actor, code=state, country=state, name=kb.states[state].name))
    if actor.kind == "person":
        return replace(mention, actor=replace(actor, code=state, country=state, sector=actor.sector or "GOV"))
    if actor.kind == "party":  # keeps its own name, acts for its state
        return replace(mention, actor=replace(actor, code=state, country=state))
    placed = kb.entity_actor(state, actor.text, actor.sector, actor.kind)
    return replace(mention, actor=placed)


def resolve_named_owners(mentions: list[Mention], text: str, kb: ActorKB) -> list[Mention]:
    """ "Suharto's government", "the Reagan administration": an agent owned by a named person."""
    out: list[Mention] = []
    for mention in mentions:
        owner = out[-1] if out else None
        if owner and _owned_by(owner, mention, text) and owner.actor.country in kb.states:
            actor = kb.entity_actor(owner.actor.country, mention.actor.text, mention.actor.sector)
            mention = replace(mention, actor=actor, how="coref")
        out.append(mention)
    return out


def _owned_by(owner: Mention, mention: Mention, text: str) -> bool:
    """A person right before an ownerless agent: "Assad's forces", "the Bush administration"."""
    if owner.actor.kind != "person" or mention.how != "agent" or mention.actor.code is not None:
        return False
    gap, words = text[owner.end : mention.start], text[mention.start : mention.end].lower()
    return mention.actor.sector is not None and bool(
        _POSSESSIVE_GAP.match(gap) or (gap == " " and words in _GOVERNMENTS)
    )
