"""Rules that join chosen pieces into actor mentions.

"Russian troops" (nationality + agent), "Tajikistan President Emomali Rahmon" (state +
title + name), "the president of Russia" (agent + of + state), "Secretary General Zas"
(title + surname), "the Taliban-led government" (X-led + agent), "Russian and Chinese
troops" (coordinated nationalities sharing an agent).
"""

from __future__ import annotations

import re
from dataclasses import replace

from eventwatch.actors.entries import Agent
from eventwatch.actors.kb import ActorKB
from eventwatch.actors.pieces import Piece
from eventwatch.records import Actor, Mention

OWNERS = frozenset({"state", "adjective", "org", "group", "seat", "capital"})
NAMES = frozenset({"person", "surname"})
_FUNCTION_WORDS = (
    "and|or|of|the|a|an|to|in|on|at|for|with|by|from|said|says|say|has|have|had|is|are|was|were|will|"
    "would|could|should|may|that|which|who|as|but|not|no|its|their|his|her|after|before|than"
)
_MODIFIER = rf"(?:(?!(?:{_FUNCTION_WORDS})\s)[a-z]+\s+)"
_OWNER_AGENT = re.compile(rf"^(?:['\u2019]s?)?\s+{_MODIFIER}{{0,2}}$|^[-\u2013]led\s+(?:[a-z]+\s+)?$")
_OF = re.compile(r"^\s+of\s+(?:the\s+)?$")
_LED_OR_BASED = re.compile(r"^[-\u2013](?:led|backed|based|allied|sponsored)\b")
_NAME_GAP = re.compile(r"^\.?,?\s+$")
_COORDINATED = re.compile(r"^(?:\s*,)?\s+(?:and|or)\s+$|^,\s+$|^[-\u2013/]$")
_LOCATIVE = re.compile(
    r"\b(?:in|at|near|inside|outside|across|throughout|around|within|into|capital|city)[,:]?\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def combine(pieces: list[Piece], text: str, kb: ActorKB, day: str) -> tuple[list[Mention], list[Piece]]:
    """Mentions from pieces, and the pronoun pieces left for coreference."""
    mentions: list[Mention] = []
    pronouns: list[Piece] = []
    i = 0
    while i < len(pieces):
        if pieces[i].what == "pronoun":
            pronouns.append(pieces[i])
            i += 1
            continue
        joined = _owner_agent(pieces, i, text, kb, day) or _agent_of(pieces, i, text, kb, day)
        joined = joined or _titled(pieces, i, text, kb, day)
        if joined is not None:
            mentions.append(joined[0])
            i = joined[1]
            continue
        single = _single(pieces, i, text, kb, day)
        if single is not None:
            mentions.append(single)
        i += 1
    return mentions, pronouns


def _gap(text: str, left: Piece, right: Piece) -> str:
    return text[left.end : right.start]


def _agent(piece: Piece, kb: ActorKB) -> Agent | None:
    if piece.what != "agent":
        return None
    agent = kb.agents[int(piece.ref)]
    return agent if agent.sector or agent.role else None


def _owner_agent(pieces: list[Piece], i: int, text: str, kb: ActorKB, day: str) -> tuple[Mention, int] | None:
    """Owner, then an agent: "Russian troops", "Russia's foreign minister", "the Taliban-led government"."""
    if i + 1 >= len(pieces) or pieces[i].what not in OWNERS:
        return None
    agent = _agent(pieces[i + 1], kb)
    if agent is None or not _OWNER_AGENT.match(_gap(text, pieces[i], pieces[i + 1])):
        return None
    return _office(pieces, pieces[i], agent, i + 2, pieces[i].start, text, kb, day)


def _agent_of(pieces: list[Piece], i: int, text: str, kb: ActorKB, day: str) -> tuple[Mention, int] | None:
    """An agent, "of", then an owner: "the president of Tajikistan", "the Secretary General of NATO"."""
    if i + 1 >= len(pieces) or pieces[i + 1].what not in OWNERS:
        return None
    agent = _agent(pieces[i], kb)
    if agent is None or not _OF.match(_gap(text, pieces[i], pieces[i + 1])):
        return None
    if _LED_OR_BASED.match(text[pieces[i + 1].end : pieces[i + 1].end + 10]):
        return None  # "leaders of the Russia-led bloc" are not Russia's leaders
    return _office(pieces, pieces[i + 1], agent, i + 2, pieces[i].start, text, kb, day)


def _office(
    pieces: list[Piece], owner: Piece, agent: Agent, after: int, start: int, text: str, kb: ActorKB, day: str
) -> tuple[Mention, int]:
    """The actor of an owner's agent: the named person, the office-holder on `day`, or the state's sector."""
    code = str(owner.ref).partition(":")[0]
    end = pieces[after - 1].end
    if (
        after < len(pieces)
        and pieces[after].what in NAMES
        and _NAME_GAP.match(_gap(text, pieces[after - 1], pieces[after]))
    ):
        named = pieces[after]
        return Mention(
            start, named.end, kb.person_actor(int(named.ref), text[start : named.end], day), "title"
        ), after + 1
    roles = kb.leader_roles(code, agent.role) if agent.role else ()
    for role in roles:
        number = kb.holder(code, role, day)
        if number is not None:
            return Mention(start, end, kb.person_actor(number, text[start:end], day), "role"), after
    kind = agent.kind if code in kb.states and agent.kind != "other" else None
    actor = kb.entity_actor(code, text[start:end], agent.sector, kind)
    return Mention(start, end, replace(actor, role=roles[0] if roles else None), "nationality"), after


def _titled(pieces: list[Piece], i: int, text: str, kb: ActorKB, day: str) -> tuple[Mention, int] | None:
    """A title, then a name: "President Putin", "Secretary General, Stanislav Zas"."""
    if i + 1 >= len(pieces) or pieces[i].what != "agent" or pieces[i + 1].what not in NAMES:
        return None
    agent = kb.agents[int(pieces[i].ref)]
    if not (agent.title or agent.role) or not _NAME_GAP.match(_gap(text, pieces[i], pieces[i + 1])):
        return None
    start, end = pieces[i].start, pieces[i + 1].end
    return Mention(start, end, kb.person_actor(int(pieces[i + 1].ref), text[start:end], day), "title"), i + 2


def _single(pieces: list[Piece], i: int, text: str, kb: ActorKB, day: str) -> Mention | None:
    """One piece on its own."""
    piece = pieces[i]
    words = text[piece.start : piece.end]
    if piece.what in NAMES:
        return Mention(piece.start, piece.end, kb.person_actor(int(piece.ref), words, day), piece.how)
    if piece.what == "agent":
        actor = _generic(kb.agents[int(piece.ref)], words)
        return None if actor is None else Mention(piece.start, piece.end, actor, "agent")
    code, _, seat_sector = str(piece.ref).partition(":")
    shared = _shared_agent(pieces, i, text, kb) if piece.what in OWNERS else None
    sector = shared.sector if shared else seat_sector or ("GOV" if piece.what == "capital" else None)
    kind = "population" if piece.what == "people" else None
    if shared and shared.kind != "other" and code in kb.states:
        kind = shared.kind
    return Mention(piece.start, piece.end, kb.entity_actor(code, words, sector, kind), _how(piece, text))


def _how(piece: Piece, text: str) -> str:
    """ "locative" for a state or capital after "in", "at", "near"...: likely a place, not an actor."""
    if piece.what in ("state", "capital") and _LOCATIVE.search(text, max(0, piece.start - 30), piece.start):
        return "locative"
    return piece.how


def _generic(agent: Agent, words: str) -> Actor | None:
    """An agent with no owner: "officials", "the police", "protesters"."""
    if agent.sector is None or agent.owned:
        return None
    kind = "other" if agent.kind == "state" else agent.kind
    role = agent.role if agent.role != "leader" else None
    return Actor(words, agent.words[0], None, None, kind, agent.sector, role)


def _shared_agent(pieces: list[Piece], i: int, text: str, kb: ActorKB) -> Agent | None:
    """The agent an owner shares with the next ones: "Russian and Chinese troops", "US and NATO troops"."""
    j = i
    while j + 1 < len(pieces) and pieces[j + 1].what in OWNERS:
        if not _COORDINATED.match(_gap(text, pieces[j], pieces[j + 1])):
            return None
        j += 1
    if j == i or j + 1 >= len(pieces):
        return None
    agent = _agent(pieces[j + 1], kb)
    if agent is None or agent.role or not _OWNER_AGENT.match(_gap(text, pieces[j], pieces[j + 1])):
        return None
    return agent
