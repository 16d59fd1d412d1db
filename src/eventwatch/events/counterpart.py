"""Stage 8: an act whose sentence names no target falls on the document's other main party.

News tells most acts between the same few parties, and a reply, a denial or a call for a
ceasefire often leaves its target to the sentences around it ("Russia has denied the
claims", "Ukraine is calling for a ceasefire"). With the whole document coded, the party
the other events name most often (actors and recipients alike), other than the actor's own
state, is the best guess; when the actor's own state does most of the acting in the document
(police and protesters, a government and its opposition) the act is domestic and falls on
that state, as CAMEO and PLOVER code acts on a state's own people. A common noun with no
state as target ("insisted on a paragraph") gives way to that party too. An arrest, a ban,
praise, a concession, aid or a withdrawal told with no target keeps none outside a domestic
story: such acts are seldom done to the story's other party. The inferred recipient keeps an
empty `text` and is flagged `recipient_inferred`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from eventwatch.events.implicit import UNIDENTIFIED
from eventwatch.events.parties import party_of, tally
from eventwatch.records import Actor, Event

HOSTED = {"CONSULT"}  # acts whose untold other side is the state they are held in
# acts that, naming no target, are seldom done to the story's other party: an arrest, a ban, praise,
# a concession, aid or a withdrawal told alone keeps no target (unless the story is domestic)
NO_COUNTERPART = {"COERCE", "SUPPORT", "CONCEDE", "AID", "RETREAT"}
DOMESTIC_MARGIN = 4  # the actor's own state must act this many times as often as any other party
ATTACKER_LEAST = 2  # attacks a named party makes on a target before an untold attack on it is its own
DOMESTIC_LEAST = 3  # and several times: one or two acts of one party say little of their target


def with_counterparts(events: list[Event], state: Callable[[str], Actor | None] | None = None) -> list[Event]:
    """Every event with an actor and no target named as one takes the document's main other party
    (`state` gives the actor a code stands for, when the document names that party only by its people)."""
    named = tally((e, a) for e in events for a in (e.actor, e.recipient))
    acting = tally((e, e.actor) for e in events)
    if not named:
        return events
    faces = _faces(events, state)
    partners: dict[tuple[int, str], set[str]] = {}  # "Egypt and Jordan protested": not to each other
    for e in events:
        if (home := party_of(e.actor)) is not None:
            partners.setdefault((e.sentence.index, e.trigger), set()).add(home)
    for e in events:  # a host named only as the place of talks has a face too
        if (host := _host(e)) is not None and host not in faces and state is not None:
            found = state(host)
            if found is not None:
                faces[host] = _face(found)
    return [
        _with_counterpart(e, named, acting, faces, partners.get((e.sentence.index, e.trigger), set()))
        for e in events
    ]


def with_known_attackers(
    events: list[Event], state: Callable[[str], Actor | None] | None = None
) -> list[Event]:
    """An attack with no attacker told falls on the one party the document shows attacking its
    target again and again ("Israeli strikes hit Gaza ... a hospital in Gaza was bombed"); with
    two such parties, or one named once, it stays with unidentified attackers."""
    attackers: dict[str, Counter[str]] = {}
    for e in events:
        doer, target = party_of(e.actor), party_of(e.recipient)
        if e.event_type == "ASSAULT" and not _unidentified(e.actor) and doer and target and doer != target:
            attackers.setdefault(target, Counter())[doer] += 1
    if not attackers:
        return events
    faces = _faces(events, state)
    return [_with_known_attacker(e, attackers, faces) for e in events]


def _with_known_attacker(event: Event, attackers: dict[str, Counter[str]], faces: dict[str, Actor]) -> Event:
    target = party_of(event.recipient)
    if event.event_type != "ASSAULT" or not _unidentified(event.actor) or target not in attackers:
        return event
    ranked = attackers[target].most_common(2)
    doer, times = ranked[0]
    if times < ATTACKER_LEAST or (len(ranked) > 1 and ranked[1][1] * 2 > times) or doer not in faces:
        return event
    return replace(event, actor=faces[doer])


def _unidentified(actor: Actor | None) -> bool:
    return actor is not None and actor.name == UNIDENTIFIED


def _with_counterpart(
    event: Event, named: Counter[str], acting: Counter[str], faces: dict[str, Actor], partners: set[str]
) -> Event:
    own = party_of(event.actor)
    if own is None or not untold(event):
        return event
    host = _host(event)
    if host is not None and host not in partners | {own} and host in faces:
        party: str | None = host
    else:
        at_home = domestic(own, acting, named)
        if not at_home and event.event_type in NO_COUNTERPART:
            return event
        if at_home and own in faces and faces[own].kind != "state":
            return event  # an organisation's own story: what it does untargeted is not done to itself
        party = own if at_home else counterpart(partners | {own}, named)
    if party is None or party == party_of(event.recipient):
        return event
    return replace(event, recipient=faces[party], recipient_inferred=True)


def _host(event: Event) -> str | None:
    """Talks or a summit told as held in a state ("met in Dushanbe") are held with their host."""
    place = event.location
    return place.country if event.event_type in HOSTED and place is not None and place.country else None


def untold(event: Event) -> bool:
    """No target named as one: none at all, or a common noun with no state ("the paragraph")."""
    target = event.recipient
    return target is None or party_of(target) is None


def domestic(own: str, acting: Counter[str], named: Counter[str]) -> bool:
    """The actor's own state does most of the document's acts, and acts more often than any other
    party is even named: a domestic story."""
    ranked = acting.most_common(2)
    first, times = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    others = max((n for home, n in named.items() if home != own), default=0)
    return (
        first == own and times >= DOMESTIC_LEAST and times >= DOMESTIC_MARGIN * runner_up and times > others
    )


def counterpart(own: set[str], named: Counter[str]) -> str | None:
    """The party named most often other than the actor's own state and those acting with it."""
    return next((home for home, _ in named.most_common() if home not in own), None)


def _faces(events: list[Event], state: Callable[[str], Actor | None] | None) -> dict[str, Actor]:
    """For each party, the actor it is most often named as, preferring the state or body itself."""
    named: dict[str, Counter[tuple[int, Actor]]] = {}
    for actor in (a for e in events for a in (e.actor, e.recipient)):
        home = party_of(actor)
        if home is not None and actor is not None:
            named.setdefault(home, Counter())[(int(_itself(actor)), _face(actor))] += 1
    faces = {home: max(c, key=lambda k: (k[0], c[k])) for home, c in named.items()}
    out = {home: face for home, (_, face) in faces.items()}
    for home, (itself, _) in faces.items():
        found = state(home) if state is not None and not itself else None
        if found is not None:
            out[home] = _face(found)
    return out


def _face(actor: Actor) -> Actor:
    """The party as an inferred participant: its name and codes, no words of the text, no sector."""
    return Actor("", actor.name, actor.code, actor.country, actor.kind)


def _itself(actor: Actor) -> bool:
    """A state, organisation or named group itself, not one of its agents or people."""
    return actor.code is not None and actor.sector is None and actor.kind not in ("population", "person")
