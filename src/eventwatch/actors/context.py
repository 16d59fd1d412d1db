"""Actors whose state only their sentence tells: "Judge Ana Ruiz charged Chilean officials".

A person introduced by a title the knowledge cannot place, or rebels, protesters and civilians
named without an owner, belong to the one state their sentence names. With two states or none
in the sentence they stay without a code.
"""

from __future__ import annotations

import re
from dataclasses import replace

from eventwatch.actors.kb import ActorKB
from eventwatch.records import Mention

LOCAL_SECTORS = frozenset({"OPP", "REB", "CVL"})
_POSSESSIVE_GAP = re.compile(r"^['\u2019]s?\s+$")
_GOVERNMENTS = frozenset({"administration", "government", "regime", "cabinet"})


def resolve_sentence_states(
    mentions: list[Mention], sentences: list[tuple[int, int]], kb: ActorKB
) -> list[Mention]:
    """Give each unplaced titled person or local agent the one state named in its sentence."""
    out: list[Mention] = []
    for mention in mentions:
        state = _sole_state(mentions, mention, sentences, kb) if _unplaced(mention) else None
        out.append(_placed(mention, state, kb) if state else mention)
    return out


def _unplaced(mention: Mention) -> bool:
    """A titled person the knowledge lacks, or an ownerless rebel, protester or civilian."""
    actor = mention.actor
    if actor.code is not None:
        return False
    if actor.kind == "person":
        return mention.how == "title" and actor.sector != "IGO"
    return mention.how == "agent" and actor.sector in LOCAL_SECTORS


def _sole_state(
    mentions: list[Mention], mention: Mention, sentences: list[tuple[int, int]], kb: ActorKB
) -> str | None:
    """The one state (by country) that the other actors of the mention's sentence belong to."""
    low, high = next(((s, e) for s, e in sentences if s <= mention.start < e), (0, mention.end))
    states = {
        other.actor.country
        for other in mentions
        if other is not mention and low <= other.start < high and other.actor.country in kb.states
    }
    return states.pop() if len(states) == 1 else None


def _placed(mention: Mention, state: str, kb: ActorKB) -> Mention:
    """The mention acting for `state`: a person keeps name and role, an agent keeps its sector."""
    actor = mention.actor
    if actor.kind == "person":
        return replace(mention, actor=replace(actor, code=state, country=state, sector=actor.sector or "GOV"))
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
