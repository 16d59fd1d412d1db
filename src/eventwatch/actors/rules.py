"""Rules that join chosen pieces into actor mentions.

"Russian troops" (nationality + agent), "Tajikistan President Emomali Rahmon" (state +
title + name), "the president of Russia" (agent + of + state), "Secretary General Zas"
(title + surname), "the Taliban-led government" (X-led + agent), "Russian and Chinese
troops" (coordinated nationalities sharing an agent), "his Turkish counterpart" (the
office of the person named before), "the Ministry of Emergency Situations" (ministry of X).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from eventwatch.actors.entries import Agent
from eventwatch.actors.kb import ActorKB
from eventwatch.actors.names import name_before_of, one_word_name, unknown_name
from eventwatch.actors.pieces import Piece, compound_agents, follows_the
from eventwatch.records import Actor, Mention

OWNERS = frozenset({"state", "adjective", "org", "group", "seat", "capital"})
NAMES = frozenset({"person", "surname"})
_FUNCTION_WORDS = (
    "and|or|of|the|a|an|to|in|on|at|for|with|by|from|said|says|say|has|have|had|is|are|was|were|will|"
    "would|could|should|may|that|which|who|as|but|not|no|its|their|his|her|after|before|than"
)
_MODIFIER = rf"(?:(?!(?:{_FUNCTION_WORDS})\s)[a-z]+\s+)"
_LED = r"[-\u2013](?:led|run|controlled|owned|appointed)\s+(?:[a-z]+\s+)?"
_PROPER_MODIFIER = r"(?:[A-Z][a-z]+\s+)?"  # "Sudan's Islamist government", "Chile's Planning Minister"
_OWNER_AGENT = re.compile(rf"^(?:['\u2019]s?)?\s+{_PROPER_MODIFIER}{_MODIFIER}{{0,2}}$|^{_LED}$")
# after a name (not a nationality) a word ending in -ed or -s is more likely a verb: "Kabul banned women"
_NAME_AGENT = re.compile(
    rf"^(?:['\u2019]s?\s+{_PROPER_MODIFIER}{_MODIFIER}{{0,2}}|\s+(?:(?!\w+(?:ed|s)\s){_MODIFIER}){{0,2}}|{_LED})$"
)
_OF = re.compile(r"^\s+of\s+(?:the\s+)?$")
_NAME_GOES_ON = re.compile(r" [A-Z][a-z]")
_LED_OR_BASED = re.compile(r"^[-\u2013](?:led|backed|based|allied|sponsored)\b")
_NAME_GAP = re.compile(r"^\.?,?\s+$")
_COORDINATED = re.compile(r"^(?:\s*,)?\s+(?:and|or)\s+$|^,\s+$|^[-\u2013/]$")
_LOCATIVE = re.compile(
    r"\b(?:in|at|near|inside|outside|across|throughout|around|within|into|capital|city)[,:]?\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_NOT_THE_HOLDER = re.compile(
    r"\b(?:former|ex|future|next|late|previous|would-be|deputy|vice|assistant|junior)[\s-]+(?:the\s+)?$",
    re.IGNORECASE,
)
_FIELD = re.compile(r"\b[a-z]{3,}\s+$")  # a lower-case word right before "chief": "security chief"
_PLACE_NOUN = re.compile(
    r"(?:[-\u2013/][A-Z][a-z]+)*\s+(?:border|borders|frontier|capital|city|region|province|territory|"
    r"territories|soil|airspace|waters|coast|coastline|countryside|village|town)\b(?! guards| police| troops)"
)
_FORMER = re.compile(r"\b(?:former|ex)[\s-]+$", re.IGNORECASE)
# a known name followed by more of a name: "Hussein al-Ezzi", "Ahmed bin Mubarak" (another person)
_LONGER_NAME = re.compile(r"\s(?:al|el|bin|ibn|abu|ould|ag)[-\s][A-Z]")
_OF_NAME = re.compile(r" of (?:the )?[A-Z][\w'-]*(?: (?:and |for |of )?[A-Z][\w'-]*)*")
_IN = re.compile(rf"^\s+{_MODIFIER}{{0,2}}(?:in|of)\s+(?:the\s+)?{_MODIFIER}?$")
_LOCAL_SECTORS = frozenset({"OPP", "REB", "CVL"})
_STATE_BODIES = frozenset({"GOV", "MIL", "POL", "LEG"})
_INSTITUTIONS = frozenset({"ministry", "committee", "agency", "service", "department", "office", "council"})


@dataclass(slots=True)
class Reading:
    """The pieces of one text being joined into mentions, with what the rules need to resolve them."""

    pieces: list[Piece]
    text: str
    kb: ActorKB
    day: str
    mentions: list[Mention] = field(default_factory=list)

    def gap(self, left: int, right: int) -> str:
        return self.text[self.pieces[left].end : self.pieces[right].start]

    def agent(self, i: int) -> Agent | None:
        """The agent of piece `i` if it names an actor (not an honorific or a non-actor phrase)."""
        if i >= len(self.pieces) or self.pieces[i].what != "agent":
            return None
        agent = self.kb.agents[int(self.pieces[i].ref)]
        return agent if agent.sector or agent.role else None

    def last_role(self) -> str | None:
        """The office of the last person mentioned: what "his counterpart" holds."""
        return next((m.actor.role for m in reversed(self.mentions) if m.actor.kind == "person"), None)


def combine(pieces: list[Piece], text: str, kb: ActorKB, day: str) -> tuple[list[Mention], list[Piece]]:
    """Mentions from pieces, and the pronoun pieces left for coreference."""
    reading = Reading(compound_agents(pieces, text, kb), text, kb, day)
    pieces = reading.pieces
    pronouns: list[Piece] = []
    i = 0
    while i < len(pieces):
        if pieces[i].what == "pronoun":
            pronouns.append(pieces[i])
            i += 1
            continue
        joined = (
            _owner_agent(reading, i)
            or _agent_of(reading, i)
            or _titled(reading, i)
            or _owner_people(reading, i)
        )
        if joined is not None:
            reading.mentions.append(joined[0])
            i = joined[1]
            continue
        single = _single(reading, i)
        if single is not None:
            reading.mentions.append(single)
        i += 1
    return reading.mentions, pronouns


def _owner_agent(r: Reading, i: int) -> tuple[Mention, int] | None:
    """Owner, then an agent: "Russian troops", "Russia's foreign minister", "the Taliban-led government"."""
    if i + 1 >= len(r.pieces) or r.pieces[i].what not in OWNERS:
        return None
    agent = r.agent(i + 1)
    if agent is None or not _joins(r, i, i + 1) or _after_preposition(r.pieces[i], r.text):
        return None
    return _office(r, r.pieces[i], agent, i + 2, r.pieces[i].start)


def _joins(r: Reading, owner: int, agent: int) -> bool:
    """Whether the words between an owner and an agent let them join ("Russian border troops")."""
    pattern = _OWNER_AGENT if r.pieces[owner].what == "adjective" else _NAME_AGENT
    return bool(pattern.match(r.gap(owner, agent)))


def _agent_of(r: Reading, i: int) -> tuple[Mention, int] | None:
    """An agent, "of", then an owner: "the president of Tajikistan", "the Secretary General of NATO"."""
    if i + 1 >= len(r.pieces) or r.pieces[i + 1].what not in OWNERS:
        return None
    agent = r.agent(i)
    if agent is None or not _OF.match(r.gap(i, i + 1)):
        return None
    if _LED_OR_BASED.match(r.text[r.pieces[i + 1].end : r.pieces[i + 1].end + 10]):
        return None  # "leaders of the Russia-led bloc" are not Russia's leaders
    if r.pieces[i + 1].what == "adjective" and _NAME_GOES_ON.match(r.text, r.pieces[i + 1].end):
        return None  # "workers of the Serbian Workers' Union": the nationality heads another name
    inner = r.agent(i + 2) if r.pieces[i + 1].what == "adjective" else None
    if (
        inner is not None and not inner.role and _joins(r, i + 1, i + 2)
    ):  # "the leader of the Kenyan opposition"
        return _office(r, r.pieces[i + 1], inner, i + 3, r.pieces[i].start)
    return _office(r, r.pieces[i + 1], agent, i + 2, r.pieces[i].start)


def _office(r: Reading, owner: Piece, agent: Agent, after: int, start: int) -> tuple[Mention, int]:
    """An owner's agent: the person named next, the office-holder on the day, or the owner's sector."""
    code = str(owner.ref).partition(":")[0]
    if after < len(r.pieces) and r.pieces[after].what in NAMES and _NAME_GAP.match(r.gap(after - 1, after)):
        named = r.pieces[after]
        actor = _named_holder(r, int(named.ref), code, agent, r.text[start : named.end])
        return Mention(start, named.end, actor, "title"), after + 1
    end = _institution_end(r, after - 1)
    roles = () if _other_chief(r, owner, after - 1, agent) else _roles(r, code, agent)
    unknown = _unknown_name(r, after - 1) if roles else None
    if unknown is not None:
        name, end = unknown
        country = code if code in r.kb.states else None
        actor = Actor(r.text[start:end], name, code, country, "person", "GOV" if country else None, roles[0])
        return Mention(start, end, actor, "title"), after
    for role in roles if not _NOT_THE_HOLDER.search(r.text, max(0, start - 12), start) else ():
        number = r.kb.holder(code, role, r.day)
        if number is not None:
            return Mention(start, end, r.kb.person_actor(number, r.text[start:end], r.day), "role"), after
    kind = agent.kind if code in r.kb.states and agent.kind != "other" else None
    actor = r.kb.entity_actor(code, r.text[start:end], agent.sector, kind)
    return Mention(start, end, replace(actor, role=roles[0] if roles else None), "nationality"), after


def _other_chief(r: Reading, owner: Piece, i: int, agent: Agent) -> bool:
    """ "Cairo's security chief", "Russia's army chief": a leader word with a field names another office."""
    if agent.role != "leader" or owner.end > r.pieces[i].start:
        return False
    return bool(_FIELD.search(r.text, owner.end, r.pieces[i].start))


def _unknown_name(r: Reading, i: int) -> tuple[str, int] | None:
    """A name the knowledge lacks after a title ("Foreign Minister Ivan Petrov"): the name and its end."""
    piece = r.pieces[i]
    later = r.pieces[i + 1].start if i + 1 < len(r.pieces) else len(r.text)
    return unknown_name(r.text, piece.end, later, r.text[piece.start].isupper())


def _named_holder(r: Reading, number: int, code: str, agent: Agent, words: str) -> Actor:
    """ "CSTO Secretary General Stanislav Zas": the text's own title wins when the day says otherwise."""
    actor = r.kb.person_actor(number, words, r.day)
    if (actor.code == code and actor.role) or agent.role is None or agent.role == "counterpart":
        return actor
    terms = [t for t in r.kb.persons[number].terms if t.code == code]
    role = terms[-1].role if terms else agent.role if agent.role != "leader" else None
    country = r.kb.entity_actor(code, words).country
    sector = "GOV" if code in r.kb.states else None
    return replace(actor, code=code, country=country, sector=sector, role=role)


def _roles(r: Reading, code: str, agent: Agent) -> tuple[str, ...]:
    """Offices an agent word may mean: "leader" -> the top office, "counterpart" -> the last one named."""
    if agent.role == "counterpart":
        role = r.last_role()
        return (role,) if role else ()
    return r.kb.leader_roles(code, agent.role) if agent.role else ()


def _institution_end(r: Reading, i: int) -> int:
    """The end of "ministry" stretched over "of Emergency Situations" when a proper name follows."""
    piece = r.pieces[i]
    if r.text[piece.start : piece.end].lower() not in _INSTITUTIONS:
        return piece.end
    named = _OF_NAME.match(r.text, piece.end)
    later = r.pieces[i + 1].start if i + 1 < len(r.pieces) else len(r.text)
    return named.end() if named and named.end() <= later else piece.end


def _titled(r: Reading, i: int) -> tuple[Mention, int] | None:
    """A title, then a name: "President Putin", "Secretary General, Stanislav Zas"."""
    if r.pieces[i].what != "agent":
        return None
    if i + 1 >= len(r.pieces) or r.pieces[i + 1].what not in NAMES:
        return _titled_unknown(r, i)
    agent = r.kb.agents[int(r.pieces[i].ref)]
    if not (agent.title or agent.role) or not _NAME_GAP.match(r.gap(i, i + 1)):
        return None
    if r.pieces[i + 1].what == "surname" and _LONGER_NAME.match(r.text, r.pieces[i + 1].end):
        return _titled_unknown(r, i)  # "deputy foreign minister Hussein al-Ezzi" is no Fuad Hussein
    start, end = r.pieces[i].start, r.pieces[i + 1].end
    other = _other_state_named(r, i + 1)
    if other is not None:  # "Crown Prince Abdullah of Saudi Arabia" is no Abdullah of another state
        name = r.text[r.pieces[i + 1].start : r.pieces[i + 1].end]
        end = r.pieces[i + 2].end
        actor = Actor(r.text[start:end], name, other, other, "person", agent.sector or "GOV", agent.role)
        return Mention(start, end, actor, "title"), i + 3
    return Mention(
        start, end, r.kb.person_actor(int(r.pieces[i + 1].ref), r.text[start:end], r.day), "title"
    ), i + 2


def _other_state_named(r: Reading, i: int) -> str | None:
    """The state of "Name of State" after a known name when that person never held office there."""
    if i + 1 >= len(r.pieces) or r.pieces[i + 1].what != "state" or not _OF.match(r.gap(i, i + 1)):
        return None
    code = str(r.pieces[i + 1].ref)
    return None if any(t.code == code for t in r.kb.persons[int(r.pieces[i].ref)].terms) else code


def _titled_unknown(r: Reading, i: int) -> tuple[Mention, int] | None:
    """A title before a name the knowledge lacks: "President Ahmed Ben Bella", "King Hassan of Morocco"."""
    agent = r.kb.agents[int(r.pieces[i].ref)]
    if agent.role in ("leader", "counterpart") or not agent.title:
        return None
    of_state = _ruler_of(r, i)
    unknown = of_state[0] if of_state else _unknown_name(r, i)
    if unknown is None:
        return None if of_state else _misspelled(r, i, _one_word_name(r, i))
    start, (name, end) = r.pieces[i].start, unknown
    if not of_state and (known := _misspelled(r, i, unknown)):
        return known
    code = str(r.pieces[i + 1].ref) if of_state else None
    end, after = (r.pieces[i + 1].end, i + 2) if of_state else (end, i + 1)
    sector = agent.sector or ("GOV" if code else None)
    actor = Actor(r.text[start:end], name, code, code, "person", sector, agent.role)
    return Mention(start, end, actor, "title"), after


def _misspelled(r: Reading, i: int, name: tuple[str, int] | None) -> tuple[Mention, int] | None:
    """A title and a close misspelling of a known person's name: "President Abdelaziz Bouteflicka"."""
    agent = r.kb.agents[int(r.pieces[i].ref)]
    office = (
        agent.role is not None or agent.sector is not None
    )  # "Prince Andrew", "Dr. Smit": no office named
    number = r.kb.fuzzy.person(name[0]) if name and office else None
    if name is None or number is None:
        return None
    start, end = r.pieces[i].start, name[1]
    return Mention(start, end, r.kb.person_actor(number, r.text[start:end], r.day), "title"), i + 1


def _one_word_name(r: Reading, i: int) -> tuple[str, int] | None:
    """One capitalised word after a title ("President Bouteflicka"): only ever matched to a known name."""
    later = r.pieces[i + 1].start if i + 1 < len(r.pieces) else len(r.text)
    return one_word_name(r.text, r.pieces[i].end, later)


def _ruler_of(r: Reading, i: int) -> tuple[tuple[str, int], int] | None:
    """ "King Hassan of Morocco": a name of one or more words, then "of" and a state."""
    found = name_before_of(r.text, r.pieces[i].end)
    if found is None or i + 1 >= len(r.pieces) or r.pieces[i + 1].what != "state":
        return None
    return (found, i + 1) if found[1] == r.pieces[i + 1].start else None


def _single(r: Reading, i: int) -> Mention | None:
    """One piece on its own."""
    piece = r.pieces[i]
    words = r.text[piece.start : piece.end]
    if piece.what in NAMES:
        if piece.what == "surname" and _LONGER_NAME.match(r.text, piece.end):
            return None  # "Hussein al-Ezzi": a longer name of another person
        return Mention(piece.start, piece.end, r.kb.person_actor(int(piece.ref), words, r.day), piece.how)
    if piece.what == "agent":
        return _generic(r, i)
    if piece.what == "adjective" and _describes_the_past(r.text, piece):
        return None  # "former Soviet states", "Soviet-era tanks" describe, they name no actor
    code, _, seat_sector = str(piece.ref).partition(":")
    shared = _shared_agent(r, i) if piece.what in OWNERS else None
    sector = shared.sector if shared else seat_sector or ("GOV" if piece.what == "capital" else None)
    kind = "population" if piece.what == "people" else None
    code = (_home_state(r, i) or code) if piece.what == "people" else code
    if shared and shared.kind != "other" and code in r.kb.states:
        kind = shared.kind
    return Mention(piece.start, piece.end, r.kb.entity_actor(code, words, sector, kind), _how(piece, r.text))


def _describes_the_past(text: str, piece: Piece) -> bool:
    return bool(
        _FORMER.search(text, max(0, piece.start - 8), piece.start) or text.startswith("-era", piece.end)
    )


def _after_preposition(piece: Piece, text: str) -> bool:
    """A state or capital after "in", "at", "near", "the capital": a place, not an owner of agents."""
    return piece.what in ("state", "capital") and bool(
        _LOCATIVE.search(text, max(0, piece.start - 30), piece.start)
    )


def _how(piece: Piece, text: str) -> str:
    """ "locative" for a state after "in", "at", "near", or a nationality of a place ("the Tajik capital")."""
    if _after_preposition(piece, text):
        return "locative"
    if piece.what in ("adjective", "state") and _PLACE_NOUN.match(text, piece.end):
        return "locative"
    return piece.how


def _generic(r: Reading, i: int) -> Mention | None:
    """An agent with no owner: "officials", "the police", "protesters", "the Ministry of Health"."""
    piece, agent = r.pieces[i], r.kb.agents[int(r.pieces[i].ref)]
    end = _institution_end(r, i)
    if agent.sector is None or agent.role == "counterpart":
        return None
    words = r.text[piece.start : end]
    if agent.owned and end == piece.end:  # "the ministry": only as the one named before (coref)
        definite = agent.role is None and agent.sector in _STATE_BODIES and follows_the(r.text, piece.start)
        actor = Actor(words, words.lower(), None, None, agent.kind, agent.sector, None)
        return Mention(piece.start, end, actor, "definite") if definite else None
    home = _home_state(r, i) if agent.sector in _LOCAL_SECTORS else None
    if home is not None:
        return Mention(piece.start, end, r.kb.entity_actor(home, words, agent.sector, agent.kind), "agent")
    kind = "other" if agent.kind == "state" else agent.kind
    role = agent.role if agent.role != "leader" else None
    name = words if any(c.isupper() for c in words[1:]) else words.lower()
    return Mention(piece.start, end, Actor(words, name, None, None, kind, agent.sector, role), "agent")


def _home_state(r: Reading, i: int) -> str | None:
    """The state of "protesters in Belarus", "rebels in Mali": people of a place belong to it."""
    if i + 1 >= len(r.pieces) or r.pieces[i + 1].what not in ("state", "capital"):
        return None
    return str(r.pieces[i + 1].ref) if _IN.match(r.gap(i, i + 1)) else None


def _owner_people(r: Reading, i: int) -> tuple[Mention, int] | None:
    """A state's people named by another people: "Bosnian Serbs", "Iraqi Kurds" belong to the first state."""
    if i + 1 >= len(r.pieces) or r.pieces[i].what not in ("state", "adjective") or r.gap(i, i + 1) != " ":
        return None
    people = r.pieces[i + 1]
    is_people = people.what == "people" or (
        people.what == "group" and r.kb.groups[str(people.ref)].kind == "population"
    )
    if not is_people:
        return None
    start, end = r.pieces[i].start, people.end
    return Mention(
        start, end, r.kb.entity_actor(str(r.pieces[i].ref), r.text[start:end], None, "population"), "people"
    ), i + 2


def _shared_agent(r: Reading, i: int) -> Agent | None:
    """The agent an owner shares with the next ones: "Russian and Chinese troops", "US and NATO troops"."""
    j = i
    while j + 1 < len(r.pieces) and r.pieces[j + 1].what in OWNERS:
        if not _COORDINATED.match(r.gap(j, j + 1)):
            return None
        j += 1
    agent = r.agent(j + 1) if j > i else None
    if agent is None or agent.role or not _joins(r, j, j + 1):
        return None
    return agent
