"""Subject pronouns the actor stage left open: "he", "it", "they" as the actor of an act.

The actor stage resolves "he" when one person is named nearby. What it leaves, the parse can
settle: a pronoun in a clause that hangs from another clause refers to that clause's subject
("Duterte cursed Obama and he later declared ...", "Russia said it would ..."); a pronoun
that begins a new sentence continues the actor of the story's latest act ("Iran summoned the
envoy. It also accused Britain ...").
"""

from __future__ import annotations

from collections.abc import Callable

from eventwatch.events.parsed import Parsed, Token
from eventwatch.records import Actor

PERSONAL = {"he", "she"}
IMPERSONAL = {"it"}
PLURAL = {"they"}
SUBJECT_PRONOUNS = PERSONAL | IMPERSONAL | PLURAL
_OWN_SUBJECTS = {"nsubj", "nsubjpass"}
_UP = 6  # clauses climbed at most
_BACK = 2  # sentences an earlier act may lie back
_NOT_THINGS = {"person", "population"}  # "it" is a state, an organisation or a group

NounActor = Callable[[Parsed, Token], Actor | None]


def antecedents(p: Parsed, tok: Token, noun_actor: NounActor) -> list[Actor]:
    """The actors a subject pronoun with no mention stands for, else none."""
    word, verb = tok.lower_, tok.head
    if word not in SUBJECT_PRONOUNS or tok.dep_ != "nsubj" or p.mention_at.get(tok.i):
        return []  # "if it is attacked": the one attacked is as often an object named before
    if verb.lemma_ == "be":
        return []  # "it is home to ...": a description, not an act
    found = _clause_subjects(p, tok, noun_actor)
    if not found and verb.dep_ == "ROOT":
        found = _fronted_clause_subjects(p, tok, noun_actor)
    first = not any(t.dep_ in _OWN_SUBJECTS for t in p.tokens[: tok.i])
    if not found and first:  # "It also accused ...", "As they tried to ..."
        found = _latest_actors(p, word)
    return found


def fits(actor: Actor, word: str) -> bool:
    """Whether an actor may be called `word`: a named person "he"/"she", coded states and bodies "it"."""
    if word in PERSONAL:
        return actor.kind == "person" and (bool(actor.code or actor.country) or " " in actor.name)
    if not (actor.code or actor.country):
        return False
    if word in IMPERSONAL:
        return actor.kind not in _NOT_THINGS
    return actor.kind != "person"


def _clause_subjects(p: Parsed, tok: Token, noun_actor: NounActor) -> list[Actor]:
    """The subject of the nearest clause above the pronoun's that names a fitting actor."""
    word, node = tok.lower_, tok.head
    for _ in range(_UP):
        if node.head.i == node.i:
            return []
        node = node.head
        if node.pos_ not in ("VERB", "AUX"):
            continue
        found = _fitting(p, node, word, noun_actor, before=tok.i)
        if found is not None:
            return found  # the nearest subject that is an actor, fitting or not: no guess across it
    return []


def _fitting(
    p: Parsed, verb: Token, word: str, noun_actor: NounActor, before: int | None = None
) -> list[Actor] | None:
    """The actors of a verb's subject (told before the pronoun) that fit it; None when it names no actor."""
    subjects = [
        c
        for c in verb.children
        if c.dep_ in _OWN_SUBJECTS and c.lower_ not in SUBJECT_PRONOUNS and (before is None or c.i < before)
    ]
    found = [a for s in subjects for c in (s, *s.conjuncts) if (a := noun_actor(p, c)) is not None]
    if not found:
        return None
    fitting = [a for a in found if fits(a, word)]
    return fitting if word in PLURAL else fitting[:1]


def _fronted_clause_subjects(p: Parsed, tok: Token, noun_actor: NounActor) -> list[Actor]:
    """ "After Iran seized the tanker, it ...": the subject of a clause before the pronoun."""
    for clause in (c for c in tok.head.children if c.dep_ == "advcl" and c.i < tok.i):
        found = _fitting(p, clause, tok.lower_, noun_actor)
        if found is not None:
            return found
    return []


def _latest_actors(p: Parsed, word: str) -> list[Actor]:
    """The fitting actor of the latest act told in the previous sentences ("they": all its actors);
    of an act someone reported, the one who reported it, the subject of the main clause ("the
    ministry said the UK had accused ... It also accused ...")."""
    for event in reversed(p.earlier):
        if p.sentence.index - event.sentence.index > _BACK:
            return []
        if event.sentence.index == p.sentence.index:
            continue
        if event.speaker is not None and fits(event.speaker, word):
            return [event.speaker]
        if event.actor is None or not fits(event.actor, word):
            continue
        if word not in PLURAL:
            return [event.actor]
        same = [
            e.actor
            for e in p.earlier
            if e.sentence.index == event.sentence.index and e.trigger == event.trigger and e.actor is not None
        ]
        return list({(a.code, a.name): a for a in same if fits(a, word)}.values())
    return []
