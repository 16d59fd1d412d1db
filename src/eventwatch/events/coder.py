"""Turn trigger matches into events: arguments, status, speaker, CAMEO, contexts, date, place, confidence."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace

from eventwatch.events.arguments import (
    JOINING,
    PRONOUNS,
    Arg,
    companions,
    is_passive,
    noun_owner,
    object_tokens,
    owners_of,
    passive_subjects,
    prep_index,
    prep_objects,
    resolve,
    subject_tokens,
)
from eventwatch.events.cameo import CONFLICT_QUADS, QUAD_OF_TYPE, recoded
from eventwatch.events.circumstances import event_date, event_place
from eventwatch.events.confidence import event_confidence
from eventwatch.events.context import event_contexts
from eventwatch.events.implicit import (
    QUANTITY_WORDS,
    SYMMETRIC,
    admitting_organisation,
    bearer,
    between,
    crowd,
    happening_verb,
    held_by_authorities,
    implicit_actors,
    implicit_targets,
    meeting_participants,
    own_people,
    owned_by,
    placed,
    places_as_states,
    protesters_at,
    reporting_authority,
    side,
)
from eventwatch.events.matching import Match, non_event, said_of_object
from eventwatch.events.misparse import asked_clause, charge_denied, small_clause_object
from eventwatch.events.parsed import Parsed, Token
from eventwatch.events.speaker import speaker_args, speech_verb
from eventwatch.events.status import event_status, past_tense, present_tense
from eventwatch.records import Actor, Event, Place

OPEN_WATER = {"sea", "ocean", "water", "waters"}
SHOW_OF_FORCE = "150"  # demonstrate military power

NOMINAL_ACTOR_DEPS = {"poss", "compound", "amod", "nmod"}
PARTICIPANT_PREPS = {"at", "during", "in", "on", "for", "of"}
MEETING_PREPS = PARTICIPANT_PREPS | {
    "after",
    "following",
    "before",
}  # "after the talks, X said"; not after a clash
REPORTING = {"say", "tell", "report", "quote"}
WORD_TYPES = {"REQUEST", "ACCUSE"}
ORDERING = {"order", "force", "compel", "instruct"}  # "ordered X to close": the closure is imposed
PARTITIVES = {"part", "some", "most", "much", "many", "half", "rest", "portion", "share", "bulk"}


@dataclass(slots=True)
class Frame:
    """The filled frame of one match before it is split into actor-recipient pairs."""

    match: Match
    actors: list[Arg]
    recipients: list[Arg]
    speaker: Arg | None
    speech: Token | None
    status: str


def fill_frame(p: Parsed, m: Match) -> Frame | None:
    """Arguments, speaker and status of one match; None when it has no participant at all."""
    agent = is_agent_noun(p, m)
    if agent and not _acting(m.token):
        return None  # "police arrested protesters": the arrest is the event
    speech = speech_verb(p, m.anchor)
    speakers = speaker_args(p, speech) if speech is not None else []
    speaker = speakers[0] if speakers else None
    actor_toks = _actor_tokens(p, m)
    harm = m.trigger.event_type == "ASSAULT" and m.trigger.pos == "verb"
    causes = actor_toks + (_passive_causes(m.token) if harm else [])
    idle = any(p.lemma(t) in p.lexicon.natural_forces or non_event(p, t) for t in causes)
    idle = idle or (harm and any(_act_without_force(p, t) for t in actor_toks))  # "US sanctions hit banks"
    if idle and not (QUAD_OF_TYPE.get(m.trigger.event_type) in VERBAL_QUADS and _issuer(p, m)):
        return None  # "the storm hit the coast", "were injured in a gas explosion"; not "released a
        # statement condemning X", whose releaser condemns
    if m.trigger.pos == "verb" or m.light is not None:
        actor_toks += companions(m.anchor, actor_toks)
    actor_toks = _doers_of_acts(p, actor_toks)
    own = set() if agent else set(m.used)  # an agent noun is its own actor
    actors = _orderer(p, m) or [a for a in resolve(p, actor_toks) if a.token not in own] or _issuer(p, m)
    if (
        speaker
        and _pronoun_only(actor_toks)
        and not any(a.actor.code or a.actor.country for a in actors)
        and not _reporter(speaker.actor)
    ):
        actors = [Arg(speaker.actor, speaker.token, "speaker")]  # "X said it would ...", not "he", TASS said
    actors = [owned_by(p, a, speaker) for a in actors]
    if not actors:
        actors = meeting_participants(p, actor_toks)  # "the participants in the meeting agreed"
    if not actors and m.trigger.event_type == "PROTEST":
        actors = crowd(p, actor_toks) or _met_with_force(p, m) or protesters_at(p, m)
    taken = {a.token for a in actors} | set(m.used)
    heads = [p.tokens[a.token] for a in actors if a.token >= 0]
    if m.token.dep_ in ("acl", "relcl"):  # "the event, hosted in X": the place is the trigger's own
        heads.append(m.token)
    found = _recipients(p, m, taken, heads)
    actors = _not_the_one_met(actors, found, speaker)
    recipients = [r for r in found if not any(_same(r, a) for a in actors)]
    recipients = [r for r in recipients if not _self_by_pronoun(p, r, actors)]
    if not actors and speaker is not None and recipients and _speaker_takes_part(m, speaker, recipients):
        actors = [Arg(speaker.actor, speaker.token, "speaker")]  # "X said talks with Y had stalled"
    if not actors and m.trigger.pos == "verb" and is_passive(m.token):
        actors = (
            _attackers_when(p, m)
            or admitting_organisation(p, m.token, recipients)
            or _moved_forces(p, m)
            or reporting_authority(m, speaker)
        )
    if not actors and m.trigger.event_type == "PROTEST" and _undergone_by(p, m) is not None:
        actors = own_people(recipients)  # "Honduras has faced violent protests": its own people protest
    if m.trigger.needs == "recipient" and not recipients:
        return None
    if m.trigger.event_type == "CONSULT" and recipients and all(_reporter(r.actor) for r in recipients):
        return None  # "discussed the drill with Reuters", "spoke to the BBC": an interview, no meeting
    if _setting_only(m, actors + recipients):
        return None  # "condemned X at the Munich conference": where it was said, not a meeting with anyone
    if m.trigger.pos == "verb" and p.lemma(m.token) in p.lexicon.stance_verbs and _held(m.token):
        return None  # "Beijing opposes ...", "has long opposed ...": a standing position
    if _dispute(p, m, actors):
        return None  # "the UK and France have clashed over fishing rights": at odds, not at war
    if _warns_of_another(p, m, actors):
        return None  # "warned of Russian attacks": a warning of another's act, no threat of the warner's
    if m.trigger.event_type == "REQUEST" and m.trigger.pos == "verb" and _question(m.token):
        return None  # "asked how he wanted to be remembered" asks for an answer, not an act
    if _asked_about(m.anchor):
        return None  # "asked whether Paris would recall its ambassador": a question, no act told
    if m.trigger.pos == "verb" and _joins_an_act(p, m.token):
        return None  # "X joined Y in condemning Z": the condemning is the event, told by each
    if m.trigger.event_type == "REJECT" and _withholds_words(p, m.anchor):
        return None  # "declined to comment", "refused to say whether ..."
    if _among_withheld_words(p, m.anchor):
        return None  # "declined to confirm or deny involvement": no denial either
    if _revolt_in_politics(p, m, actors):
        return None  # "a growing rebellion from Labour MPs": a revolt in a party, no attack
    if _sports_result(p, m):
        return None  # "Brazil beat Uruguay 2-1 in a World Cup qualifier"
    if _ability(p, m.anchor):
        return None  # "the ability to hit the US", "capable of striking Tokyo": what one can do
    if m.trigger.event_type == "REQUEST" and m.trigger.pos == "verb" and _asks_anonymity(p, m.anchor):
        return None  # "officials, who asked not to be named, said ...": a source's condition
    if m.trigger.needs == "intransitive" and m.trigger.pos == "verb" and _transitive(m.token):
        return None  # "demonstrated its strength", "demonstrating that they are a threat" shows
    if m.trigger.needs == "object" and m.trigger.pos == "verb" and not _has_object(m.token):
        return None
    if m.trigger.needs == "thing" and m.trigger.pos == "verb" and not object_tokens(m.token):
        return None  # "sought help" asks for it; "sought to impose" tries
    if m.trigger.needs == "party" and m.trigger.pos == "verb" and not resolve(p, object_tokens(m.token)):
        return None  # "backed the plan" is an opinion, "backed the rebels" an act
    if m.trigger.needs == "disapproval" and not _disapproves(p, m.token):
        return None  # "called the strikes a war crime" accuses, "called the talks useful" does not
    if m.trigger.needs == "menace" and not _menaces(p, m.token):
        return None  # "warned Iran", "warned of serious ramifications" threaten; a forecast does not
    if (
        not actors
        and not recipients
        and (speaker is None or m.trigger.pos != "verb")
        and not _blast_at(p, m)
        and not held_by_authorities(p, m, _sentence_place(p, m))
    ):
        return None
    status = event_status(p, m.anchor, speech, m.token)
    if not actors and not recipients and status == "hypothetical":
        return None  # a speaker alone vouches for what happened or is planned, not for every "if"
    return Frame(m, actors, recipients, speaker, speech, status)


def frame_events(p: Parsed, frame: Frame) -> list[Event]:
    """One event per actor-recipient pair of a filled frame."""
    m, table = frame.match, p.lexicon.cameo
    row = table.get(m.trigger.cameo)
    noun = m.token
    taken = {a.token for a in frame.actors + frame.recipients}
    date = event_date(p, m.anchor, noun, frame.status)
    # "attacked X ahead of talks next week": words looking ahead in a past clause date another act
    ahead = _told_ahead(p, date.text) and not past_tense(m.anchor)
    status = _future_by_date(frame.status, date.value, p.doc.date, ahead, present_tense(m.anchor))
    place = event_place(p, m.anchor, noun if m.trigger.pos == "noun" else None, taken | _other_objects(m))
    home = place or event_place(p, m.anchor, noun if m.trigger.pos == "noun" else None, set())
    mode = m.trigger.mode or (row.mode if row else None)
    frame.recipients = frame.recipients or implicit_targets(p, m, mode, frame.actors, place)
    if len(frame.actors) > 2 and frame.recipients == frame.actors:  # a meeting of many: the first
        frame.actors, frame.recipients = frame.actors[:1], frame.actors[1:]  # named meets each other
    if not frame.actors:
        frame.actors = implicit_actors(p, m, place, home, frame.recipients)
        frame.recipients = frame.recipients or implicit_targets(p, m, mode, frame.actors, place)
    template = Event(
        event_type=m.trigger.event_type,
        trigger=m.words(p),
        sentence=p.sentence,
        mode=m.trigger.mode or (row.mode if row else None),
        context=event_contexts(p, m.trigger, row.context if row else ()),
        cameo=m.trigger.cameo,
        quad_class=row.quad_class if row else None,
        goldstein=row.goldstein if row else None,
        location=place,
        date=date,
        status=status,
        speaker=frame.speaker.actor if frame.speaker else None,
        mentions=[p.sentence.index],
    )
    home = _no_party_named(p, home, frame.actors + frame.recipients)
    pairs = _pairs(frame)
    events = [_paired(p, template, a, r, _trigger_kind(m), home) for a, r in pairs]
    recoded = [_armed(p, m, _abroad(p, m, _show_of_force(p, m, ev))) for ev in events]
    return [_by_armed(p, m, ev, r) for ev, (_, r) in zip(recoded, pairs, strict=True)]


def _by_armed(p: Parsed, m: Match, event: Event, target: Arg | None) -> Event:
    """People seized or detained by an armed group are abducted ("were seized by Filipino gunmen"),
    not arrested (the trigger's `by_armed` code); a town it seizes ("seized Gaza") is no one abducted."""
    armed = event.actor is not None and event.actor.kind == "armed_group"
    tok = p.tokens[target.token] if target is not None and 0 <= target.token < len(p.tokens) else None
    named_place = tok is not None and tok.pos_ == "PROPN" and p.place_country(tok) is not None
    named_place = named_place and not (target is not None and target.member)  # "his Filipino worker"
    people = target is not None and target.evidence != "place" and not named_place
    return _recoded_as(p, m.trigger.by_armed, event) if armed and people else event


def _show_of_force(p: Parsed, m: Match, event: Event) -> Event:
    """Missiles test-fired, or fired into the sea, strike no one: a show of force (MOBILIZE 150)."""
    if event.event_type != "ASSAULT" or m.trigger.pos != "verb":
        return event
    verb = m.anchor
    into = [o for prep in verb.children if prep.lower_ == "into" for o in prep.children if o.dep_ == "pobj"]
    tested = any(c.lower_ == "test" and c.i < verb.i for c in verb.children)  # "test-fired"
    shown = tested or any(p.lemma(o) in OPEN_WATER for o in into)
    return _recoded_as(p, SHOW_OF_FORCE, event) if shown else event


def _armed(p: Parsed, m: Match, event: Event) -> Event:
    """Backing or funding an armed group is material, not words: "the US backed the YPG" is military
    aid (the trigger's `armed` code), "the US backed the deal" support."""
    target = event.recipient
    return (
        _recoded_as(p, m.trigger.armed, event)
        if target is not None and target.kind == "armed_group"
        else event
    )


def _recoded_as(p: Parsed, code: str | None, event: Event) -> Event:
    """The event under another CAMEO code of the lexicon's table (and its PLOVER type), if it maps."""
    row = p.lexicon.cameo.get(code) if code else None
    return recoded(event, row.plover_type, row.code, row) if row is not None and row.plover_type else event


def _abroad(p: Parsed, m: Match, event: Event) -> Event:
    """An act on another state's people, firms or goods is told by its own code: a ban on a foreign
    airline or on imports is a sanction, a ban on the state's own protests coercion."""
    home = event.actor.home if event.actor else None
    away = event.recipient.home if event.recipient else None
    abroad = home is not None and away is not None and home != away
    return _recoded_as(p, m.trigger.abroad, event) if abroad else event


def _other_objects(m: Match) -> set[int]:
    """ "held drills in X as well as exercises with Y": places told with another object are not its own."""
    if len(m.used) < 2 and m.light is None:
        return set()
    objects = [c for c in m.anchor.children if c.dep_ == "dobj"]
    if len(objects) < 2 or not any(c.i in m.used or c.i == m.token.i for c in objects):
        return set()
    mine = next(c for c in objects if c.i in m.used or c.i == m.token.i)
    out: set[int] = set()
    for other in (c for c in objects if c is not mine):
        span = (
            range(other.left_edge.i, mine.left_edge.i)
            if other.i < mine.i
            else range(other.left_edge.i, len(other.doc))
        )
        out.update(span)  # what lies between an earlier object and this one is the earlier one's
    return out


def _pairs(frame: Frame) -> list[tuple[Arg | None, Arg | None]]:
    """Every actor with every recipient ("X and Y attacked Z and W"), never an argument with itself."""
    actors: list[Arg | None] = [*frame.actors] or [None]
    recipients: list[Arg | None] = [*frame.recipients] or [None]
    return [
        (a, r)
        for a in actors
        for r in recipients
        if a is None
        or r is None
        or not (a.actor == r.actor and a.token == r.token or _compatriots(a, r, frame))
    ]


def _compatriots(actor: Arg, recipient: Arg, frame: Frame) -> bool:
    """Two actors of one act on one another ("X and Y held talks"): never two of the same side of
    one state ("the government and Tigrayan forces agreed" are two sides of Ethiopia: `side`)."""
    home = side(actor.actor)
    return recipient in frame.actors and home is not None and home == side(recipient.actor)


def _paired(
    p: Parsed, template: Event, actor: Arg | None, recipient: Arg | None, kind: str, home: Place | None
) -> Event:
    """The template event for one actor-recipient pair, with its confidence."""
    doer = (
        _homed_at(p, placed(actor.actor, _not_in(p, home, recipient), p.home_country), recipient)
        if actor
        else None
    )
    target = placed(recipient.actor, _not_in(p, home, actor), p.home_country) if recipient else None
    return replace(
        template,
        location=template.location or _struck_place(p, template, recipient),
        actor=doer,
        recipient=_own_government(target, doer),
        confidence=event_confidence(
            kind, actor.evidence if actor else None, recipient.evidence if recipient else None, p.doc.quality
        ),
        mentions=list(template.mentions),
    )


STATE_SECTORS = {"GOV", "MIL", "POL", "JUD", "LEG"}


def _own_government(target: Actor | None, doer: Actor | None) -> Actor | None:
    """ "Kenya's opposition accused the government": a state body named with no state, acted on by a
    party of a state that is not its state body (opposition, unions, rebels, people), is that state's."""
    if target is None or doer is None or target.code or target.country or target.sector not in STATE_SECTORS:
        return target
    if not doer.country or doer.sector in STATE_SECTORS | {None, "IGO"} or doer.kind == "state":
        return target
    country = doer.country
    return Actor(target.text, target.name, country, country, target.kind, target.sector, target.role)


LOCATIVE_PREPS = {"in", "at", "outside", "across", "throughout", "near", "around"}


def _homed_at(p: Parsed, actor: Actor | None, target: Arg | None) -> Actor | None:
    """ "Thousands protested in Tbilisi": a target named only as the place the act happens in (read
    as its state) is where an actor with no state of its own acts, and the actor is of that state."""
    if (
        actor is None
        or actor.code
        or actor.country
        or actor.kind in ("igo", "ngo", "person")
        or target is None
        or target.token < 0
    ):
        return actor
    tok = p.tokens[target.token]
    country = p.place_country(tok)
    if not country or tok.dep_ != "pobj" or tok.head.lower_ not in LOCATIVE_PREPS:
        return actor
    return replace(actor, code=None if actor.kind == "armed_group" else country, country=country)


ON_THE_SPOT = {"ASSAULT", "COERCE", "MOBILIZE", "RETREAT"}  # acts done where their target is


def _struck_place(p: Parsed, template: Event, recipient: Arg | None) -> Place | None:
    """ "Russian forces shelled Kharkiv", "troops entered Gaza", "visited Kyiv": a named place
    that an act on the spot (or a visit) is aimed at is also where it happens."""
    if recipient is None or recipient.evidence != "place" or recipient.token < 0:
        return None
    if template.event_type not in ON_THE_SPOT and template.mode != "visit":
        return None
    return next(iter(p.places_at(p.tokens[recipient.token])), None)


def acts_on_itself(event: Event) -> bool:
    """The very same actor, named by the same words, as its own recipient: a pairing artefact
    ("Jordan and Britain agreed to joint exercises" is no Jordan->Jordan agreement); a state's
    troops against its rebels, or protesters against their state, are told by other words."""
    a, r = event.actor, event.recipient
    return a is not None and r is not None and (a.text, a.name, a.code) == (r.text, r.name, r.code)


def _no_party_named(p: Parsed, home: Place | None, parties: list[Arg]) -> Place | None:
    """A place that names one of the act's parties ("nations including the UK and the US put
    restrictions on the firms") homes none of the others: the firms are not British."""
    for party in parties:
        home = _not_in(p, home, party)
    return home


def _not_in(p: Parsed, home: Place | None, other: Arg | None) -> Place | None:
    """The event's place, unless it is the other argument's own name: "the ministry accused Israel" is
    no Israeli ministry (but "killed villagers in Zamfara" places the killers there)."""
    if home is None or other is None or other.token < 0:
        return home
    at = p.offset(p.tokens[other.token])
    return None if home.covers(at) else home


FORCE_TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "THREATEN"}


def _act_without_force(p: Parsed, tok: Token) -> bool:
    """ "New US sanctions hit Russian banks", "tariffs hit exporters": a non-violent act (a noun coding
    only sanctions, aid, talks, protests ...) is what "hits", so the verb is its effect, no attack."""
    if tok.pos_ != "NOUN" or p.lemma(tok) in p.lexicon.agent_nouns:
        return False  # "protesters clashed with police": people, not an act
    kinds = {t.event_type for t in p.lexicon.lookup("noun", p.lemma(tok))}
    return bool(kinds) and not kinds & FORCE_TYPES


REVOLTS = {"rebellion", "revolt"}


def _revolt_in_politics(p: Parsed, m: Match, actors: list[Arg]) -> bool:
    """A rebellion by legislators or a party's members is a political revolt, not an armed one."""
    if m.trigger.event_type != "ASSAULT" or p.lemma(m.token) not in REVOLTS or not actors:
        return False
    return all(a.actor.kind == "party" or a.actor.sector == "LEG" for a in actors)


def _doers_of_acts(p: Parsed, doers: list[Token]) -> list[Token]:
    """ "were killed by Russian shelling", "Israeli strikes killed ten": a doer that is itself an act
    of force stands for the one who does it, named as its owner ("Russian", "Israel's")."""
    acts = [
        t
        for t in doers
        if (t.pos_ == "NOUN" or (t.dep_ == "pcomp" and t.tag_ == "VBG"))
        and p.lemma(t) not in p.lexicon.agent_nouns  # "protesters" do their own protest
        and conflict_word(p, t)
    ]
    if not doers or len(acts) < len(doers):
        return doers
    carriers = doers + [c for t in doers for c in _doing_participles(p, t)]  # "strikes carried out by X"
    return _named_doers(carriers, ("by", "from")) or doers


def _named_doers(nouns: list[Token], preps: Sequence[str], skip: Collection[int] = ()) -> list[Token]:
    """Who a noun of an act names as its doer: its owner or modifier ("Russian shelling", "Iran's
    strikes"), then the objects of `preps` on it ("strikes by Iran"); words in `skip` are the trigger's."""
    owners = [c for n in nouns for c in n.children if c.dep_ in NOMINAL_ACTOR_DEPS and c.i not in skip]
    return owners + [o for word in preps for o in prep_objects(nouns, word)]


def _passive_causes(verb: Token) -> list[Token]:
    """ "were injured in a gas explosion", "killed by a landslide": what did it, told in the passive."""
    if not is_passive(verb):
        return []
    return [o for c in verb.children if c.lower_ in ("in", "by") for o in c.children if o.dep_ == "pobj"]


def imposed(p: Parsed, m: Match) -> bool:
    """ "the government ordered the paper to suspend publication": the order itself coerces."""
    verb = m.token
    return m.trigger.event_type == "COERCE" and verb.dep_ == "xcomp" and p.lemma(verb.head) in ORDERING


def _orderer(p: Parsed, m: Match) -> list[Arg]:
    """The one who ordered an imposed coercion does it."""
    return resolve(p, subject_tokens(m.token.head)) if imposed(p, m) else []


def _question(verb: Token) -> bool:
    """ "asked whether/how/why ...", "asked about X": an indirect question."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "about":
            return True
        if child.dep_ in ("ccomp", "advcl", "xcomp") and any(
            g.lower_ in ("if", "whether") or g.tag_ in ("WRB", "WP") for g in child.children if g.i < child.i
        ):
            return True
    return False


QUESTIONING = {"ask", "question", "wonder", "query", "unclear", "uncertain", "know"}


def _asked_about(anchor: Token) -> bool:
    """The act is what a question asks about: a clause opened by "whether" or "if" that a verb of
    asking or not knowing takes ("asked whether X would ...", "it is unclear if Y will ...")."""
    clause = anchor
    for _ in range(4):
        if clause.dep_ not in ("ccomp", "xcomp", "advcl", "conj") or clause.head.i == clause.i:
            return False
        opened = any(c.lower_ in ("whether", "if") for c in clause.children if c.i < clause.i)
        if opened:
            return clause.dep_ != "advcl" or clause.head.lemma_.lower() in QUESTIONING
        clause = clause.head
    return False


SETTINGS = {"at", "during", "before", "after", "until", "since", "following"}
SETTING_SPANS = {"end", "start", "beginning", "eve", "close", "sideline", "margin", "opening", "wake"}
SPAN_PREPS = {"on", "by", "in"}  # "on the eve of", "by the end of", "in the wake of"


def _setting_only(m: Match, parties: list[Arg]) -> bool:
    """A meeting noun that only sets the scene or the time of another act ("said at the summit",
    "before the talks", "by the end of the summit") is a meeting with those its own phrase names
    ("at a NATO meeting", "during talks with X") or of the organisation acting at it, else no event."""
    noun, preps = m.token, SETTINGS
    if m.trigger.event_type != "CONSULT" or m.trigger.pos != "noun" or m.light is not None:
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_ in SETTING_SPANS:
        noun, preps = noun.head.head, SETTINGS | SPAN_PREPS  # "by the end of the summit"
    if noun.dep_ != "pobj" or noun.head.lower_ not in preps:
        return False
    own = {t.i for t in m.token.subtree}  # "at a summit in Dushanbe, the CSTO decided": an organisation's own
    return not any(a.token in own or a.actor.kind == "igo" for a in parties)


def _held(verb: Token) -> bool:
    """A position held, told in the present or the perfect ("opposes", "has long opposed"); not one
    taken ("opposed the withdrawal") nor a state declared ("is opposed to French mediation")."""
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    return verb.tag_ in ("VBZ", "VBP") or perfect


def _dispute(p: Parsed, m: Match, actors: list[Arg]) -> bool:
    """States or organisations themselves (not their forces or people) that clash over a question."""
    if m.trigger.pos != "verb" or p.lemma(m.token) != "clash" or not actors:
        return False
    over = any(c.dep_ == "prep" and c.lower_ in ("over", "about") for c in m.token.children)
    bodies = all(a.actor.kind in ("state", "igo") and a.actor.sector in (None, "GOV") for a in actors)
    return over and bodies


def _same(one: Arg, other: Arg) -> bool:
    """The same token, or the same phrase reached twice through the parse."""
    return one.token == other.token or one.actor == other.actor


def _warns_of_another(p: Parsed, m: Match, actors: list[Arg]) -> bool:
    """A threat phrase whose noun names a doer other than the one threatening ("warned of Russian
    attacks", "a warning of strikes by Iran") tells another's act."""
    if m.trigger.event_type != "THREATEN" or not m.trigger.others:
        return False
    nouns = [p.tokens[i] for i in m.used if i != m.anchor.i and p.tokens[i].pos_ == "NOUN"]
    doers = _named_doers(nouns, ("by",), skip=m.used)
    own = {a.actor.code for a in actors}
    return any(d.actor.code and d.actor.code not in own for d in resolve(p, doers))


def _issuer(p: Parsed, m: Match) -> list[Arg]:
    """ "X issued a statement demanding ...": a verb describing a noun that names no actor is X's act."""
    if m.trigger.pos != "verb" or m.light is not None or m.token.dep_ != "acl" or m.token.tag_ != "VBG":
        return []
    return [a for a in resolve(p, noun_owner(m.token.head)) if a.token not in m.used]


def _not_the_one_met(actors: list[Arg], recipients: list[Arg], speaker: Arg | None) -> list[Arg]:
    """No person acts on themself: "Trudeau said that during his meeting with Duterte the president
    ...", where the parse gives the meeting to the clause's subject, is the speaker's meeting."""
    met = {r.actor.name for r in recipients if r.actor.kind == "person"}
    if speaker is None or speaker.actor.name in met or not any(a.actor.name in met for a in actors):
        return actors
    return [speaker if a.actor.name in met else a for a in actors]


def _self_by_pronoun(p: Parsed, recipient: Arg, actors: list[Arg]) -> bool:
    """ "X condemned what he called terror": a pronoun for the actor is not its target."""
    tok = p.tokens[recipient.token] if recipient.token >= 0 else None
    return tok is not None and tok.pos_ == "PRON" and any(a.actor == recipient.actor for a in actors)


def _joins_an_act(p: Parsed, verb: Token) -> bool:
    """ "joined Y in condemning Z": joining another party in an act the lexicon knows."""
    if verb.lemma_ not in JOINING:
        return False
    acts = (c for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "in" for c in prep.children)
    return any(c.dep_ == "pcomp" and p.lexicon.lookup("verb", p.lemma(c)) for c in acts)


def _withholds_words(p: Parsed, verb: Token) -> bool:
    withheld = p.lexicon.withheld_speech
    if any(c.dep_ == "dobj" and p.lemma(c) in withheld for c in verb.children):
        return True  # "declined comment"
    for clause in (c for c in verb.children if c.dep_ == "xcomp"):
        objects = [p.lemma(o) for o in clause.children if o.dep_ == "dobj"]
        if p.lemma(clause) in withheld or any(f"{p.lemma(clause)} {o}" in withheld for o in objects):
            return True
    return False


def _among_withheld_words(p: Parsed, verb: Token) -> bool:
    """Words someone declined to say, and words joined to them ("declined to confirm or deny",
    "declined to discuss specifics")."""
    tok = verb
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "xcomp" or not _withholds_words(p, tok.head):
        return False
    return any(t.event_type == "REJECT" for t in p.lexicon.lookup("verb", p.lemma(tok.head)))


def _ability(p: Parsed, verb: Token) -> bool:
    """An act told as what someone is able or entitled to do: the infinitive of an ability noun
    ("the capacity to carry out attacks", "the right to defend itself") or "capable of" doing it."""
    head = verb.head
    if verb.dep_ in ("acl", "xcomp") and head.pos_ == "NOUN":
        return p.lemma(head) in p.lexicon.ability_words and any(c.lower_ == "to" for c in verb.children)
    if verb.dep_ == "pcomp" and head.lower_ == "of":
        return p.lemma(head.head) in p.lexicon.ability_words
    return False


def _asks_anonymity(p: Parsed, verb: Token) -> bool:
    """ "asked not to be named", "asked not to be identified": withholding one's own name."""
    withheld = p.lexicon.withheld_speech
    return any(
        c.dep_ == "xcomp"
        and p.lemma(c) in withheld
        and {"neg", "auxpass"} <= {n.dep_ for n in c.children}  # not "asked Y not to name them"
        for c in verb.children
    )


VERBAL_QUADS = {1, 3}  # acts done in words, which a statement or a letter can do


def _blast_at(p: Parsed, m: Match) -> bool:
    """ "A car bomb exploded outside a police station in Kabul": a blast told with no party still
    strikes the state where the sentence places it (the target is inferred from the place); not
    one named again."""
    weapon = m.trigger.event_type == "ASSAULT" and any(
        _explosive(p, t) and not _named_again(t) for t in subject_tokens(m.anchor)
    )  # "a landmine killed two children": the weapon strikes for no one named
    if (m.trigger.mode != "explosives" and not weapon) or _named_again(m.token):
        return False
    return _sentence_place(p, m) is not None


def _sentence_place(p: Parsed, m: Match) -> Place | None:
    """Where the sentence itself places the act (not a place carried from an earlier sentence)."""
    place = event_place(p, m.anchor, m.token if m.trigger.pos == "noun" else None, set(m.used))
    return place if place is not None and place.start >= p.sentence.start else None


def _explosive(p: Parsed, tok: Token) -> bool:
    return any(t.mode == "explosives" for t in p.lexicon.lookup("noun", p.lemma(tok)))


def _named_again(noun: Token) -> bool:
    """ "the bomb", "these bombings", "its bombing": an act told before, not a new one."""
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ not in ("a", "an")) for c in noun.children)


def _disapproves(p: Parsed, verb: Token) -> bool:
    """A word of disapproval in what the verb says of its object ("called it a mistake", "described
    the raids as illegal", "was branded a terrorist group"), not in its subject."""
    return said_of_object(p, verb, p.lexicon.disapproval_words)


def _speaker_takes_part(m: Match, speaker: Arg, recipients: list[Arg]) -> bool:
    """Talks, a call or a deal with Y, told by a speaker with no other side named: the speaker's
    own ("Kenya said talks with Uganda had stalled"); not an attack it reports."""
    if m.trigger.pos != "noun" or m.trigger.event_type not in SYMMETRIC:
        return False
    who = speaker.actor
    other_side = all(r.actor.home != who.home for r in recipients)
    return bool(who.code or who.country) and not _reporter(who) and other_side


def _transitive(verb: Token) -> bool:
    """An object or a clause told as one ("demonstrated its strength", "demonstrated that ...")."""
    return bool(object_tokens(verb)) or any(c.dep_ == "ccomp" for c in verb.children)


def _reporter(actor: Actor) -> bool:
    """A news agency or outlet reports what others do; "he", in what it reports, is not the outlet."""
    return actor.kind == "media" or actor.sector == "MED"


def _menaces(p: Parsed, verb: Token) -> bool:
    """A warning that threatens: it warns a party ("warned Iran that ...", "warned against"), or its
    clause tells of force, coercion or their consequences ("warned that there will be serious
    ramifications", "warned it would respond"), not a forecast ("warned that 1,200 women will die")."""
    if object_tokens(verb) or any(c.dep_ == "prep" and c.lower_ == "against" for c in verb.children):
        return True
    told = [t for c in verb.children if c.dep_ in ("ccomp", "xcomp") for t in c.subtree]
    return any(p.lemma(t) in p.lexicon.menace_words or conflict_word(p, t) for t in told)


def conflict_word(p: Parsed, tok: Token) -> bool:
    """A word that codes, as its verb or noun, an act of verbal or material conflict."""
    pos = "verb" if tok.pos_ in ("VERB", "AUX") else "noun" if tok.pos_ == "NOUN" else None
    found = p.lexicon.lookup(pos, p.lemma(tok)) if pos else []
    return any(QUAD_OF_TYPE.get(t.event_type) in CONFLICT_QUADS for t in found)


FORCE_SECTORS = {"MIL", "POL"}


def _moved_forces(p: Parsed, m: Match) -> list[Arg]:
    """ "Russian troops were deployed to the border", "were withdrawn from Kherson": forces moved,
    put on alert or withdrawn, told in the passive with no one moving them, are moved by their own
    side."""
    if m.trigger.event_type not in ("MOBILIZE", "RETREAT"):
        return []
    moved = [c for c in m.token.children if c.dep_ == "nsubjpass"]
    return [a for a in resolve(p, moved) if a.actor.sector in FORCE_SECTORS]


def _has_object(verb: Token) -> bool:
    """An object or a to-infinitive: "declined the offer", "declined to comment", not "shares declined"."""
    return bool(object_tokens(verb)) or any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)


DOING_PARTICIPLES = {
    "plant", "lay", "fire", "drop", "detonate", "throw", "lead", "perpetrate", "commit", "carry", "conduct",
    "launch", "stage", "mount", "organise", "organize", "hold", "wage", "perform", "initiate", "order",
    "claim", "call", "make", "file",
}  # fmt: skip


WINNING = {
    "beat", "defeat", "thrash", "crush", "rout", "edge", "hammer", "trounce", "down", "stun", "overpower",
}  # fmt: skip
SPORTS_NOUNS = {
    "match", "game", "qualifier", "tournament", "championship", "league", "cup", "semifinal", "semi-final",
    "final", "goal", "innings", "wicket", "medal", "derby", "penalty", "shootout", "set", "race", "title",
}  # fmt: skip
SCORE = re.compile(r"\b\d{1,3}\s?[-\u2013]\s?\d{1,3}\b")


def _sports_result(p: Parsed, m: Match) -> bool:
    """A team beating another: a score ("2-1") or a match named in the sentence."""
    if m.trigger.pos != "verb" or p.lemma(m.token) not in WINNING:
        return False
    return bool(SCORE.search(p.sentence.text)) or any(
        t.pos_ == "NOUN" and p.lemma(t) in SPORTS_NOUNS for t in p.tokens
    )


def _attackers_when(p: Parsed, m: Match) -> list[Arg]:
    """ "12 soldiers were killed when al-Shabaab fighters stormed a base": those who did the act of
    force the "when" clause tells did the harm."""
    if m.trigger.event_type != "ASSAULT":
        return []
    clauses = [
        c
        for c in m.token.children
        if c.dep_ == "advcl"
        and any(w.dep_ in ("mark", "advmod") and w.lower_ in ("when", "as", "after") for w in c.children)
        and conflict_word(p, c)
    ]
    return [a for c in clauses for a in resolve(p, subject_tokens(c))][:2]


def _doing_participles(p: Parsed, noun: Token) -> list[Token]:
    """A participle on the act's noun that tells its doing ("a bomb planted by X", "strikes carried out
    by Y"); not another act on it ("the attack, condemned by France") nor help ("enabled by Iran")."""
    return [
        c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and p.lemma(c) in DOING_PARTICIPLES
    ]


def _actor_tokens(p: Parsed, m: Match) -> list[Token]:
    if m.trigger.pos == "verb":
        return subject_tokens(m.token)
    if m.light is not None and not (is_passive(m.light) and m.token.dep_ == "nsubjpass"):
        return subject_tokens(m.light)  # "X was engaged in fighting" keeps X
    # "talks between X and Y were held": the passive's subject is the event, which names its parties
    noun = m.token
    if is_agent_noun(p, m):
        return [noun]  # "protesters": the doers themselves
    preps = (
        ["by"]
        + ([] if "between" in m.trigger.recipient else ["between"])
        + (["of"] if m.trigger.of_role == "actor" else [])
        + ([] if "from" in m.trigger.recipient else ["from"])
    )
    carriers = [noun] if m.light is None else [noun, m.light]  # "were held between X and Y", "by X"
    carriers += happening_verb(p, noun)  # "fighting broke out between X and Y": the verb tells it began
    carriers += _doing_participles(p, noun)  # "a bomb planted by X", "strikes carried out by Y"
    own = _named_doers(carriers, preps, skip=m.used)
    if own and resolve(p, own):
        return own
    received = _receiving_verb(p, noun)
    if received is not None:  # "X faced sanctions from Y": Y acts, never X
        return [o for word in ("from", "by") for o in prep_objects([received[0]], word)]
    governor = _governing_verb(noun)
    if governor is None:
        return own
    if any(t.lower_ in PRONOUNS for t in own):  # "X renewed its call"; "Y was expelled for its invasion"
        return subject_tokens(governor) or passive_subjects(governor)
    if _participant(p, m, noun) or _own_plan(p, noun, governor) or _claimed_as_own(p, noun):
        return subject_tokens(governor)  # "at the summit, X decided"; "X proposed sanctions on Y"
    return own


OWNING_UP = {"responsibility", "credit"}  # "claimed responsibility for", "took credit for" an act
OWNING_VERBS = {"claim", "take", "accept", "assume"}


def _claimed_as_own(p: Parsed, noun: Token) -> bool:
    """ "X claimed responsibility for the bombing", "took credit for the attack": X did it."""
    owning = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else None
    if owning is None:
        return False
    if p.lemma(owning) in OWNING_UP:
        return p.lemma(owning.head) in OWNING_VERBS
    return p.lemma(owning) in OWNING_VERBS and any(p.lemma(c) in OWNING_UP for c in owning.children)


QUANTITY_HEADS = QUANTITY_WORDS | {"scores", "group"}


def is_agent_noun(p: Parsed, m: Match) -> bool:
    """A trigger noun that names the doers ("protesters"), not the act (lexicon `agent_nouns`)."""
    return m.trigger.pos == "noun" and m.light is None and p.lemma(m.token) in p.lexicon.agent_nouns


def _acting(noun: Token) -> bool:
    """An agent noun is the subject of its clause, through "thousands of" and conjunctions."""
    tok = noun
    for _ in range(6):
        if tok.dep_ == "conj" or (
            tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in QUANTITY_HEADS
        ):
            tok = tok.head if tok.dep_ == "conj" else tok.head.head
            continue
        if tok.dep_ == "compound":  # "protester groups", "bomber squad"
            tok = tok.head
            continue
        break
    return tok.dep_ in ("nsubj", "ROOT") or (tok.dep_ == "nummod" and tok.head.dep_ == "nsubj")


def _governing_verb(noun: Token) -> Token | None:
    """The verb a noun phrase hangs from, within four steps, unless it is a verb of saying."""
    tok = noun
    for _ in range(4):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return None if tok.lemma_ in REPORTING else tok
    return None


OWN_PLANS = {
    "plan", "decide", "intend", "prepare", "schedule", "announce", "arrange", "undertake", "promise",
    "pledge", "vow", "commit", "propose", "draft",
}  # fmt: skip  # not "seek", "want" or "consider": what one seeks or weighs may be another's act


def _own_plan(p: Parsed, noun: Token, governor: Token) -> bool:
    """ "X planned an offensive", "X proposed sanctions on Y": who plans or proposes an act does it
    (not who urges, rejects or denies it)."""
    if noun.dep_ != "dobj" or noun.head.i != governor.i:
        return False
    return p.lemma(governor) in OWN_PLANS


def _undergone_by(p: Parsed, m: Match) -> Token | None:
    """The receiving verb whose subject undergoes a trigger noun ("X faced sanctions"), if any."""
    received = _receiving_verb(p, m.token) if m.trigger.pos == "noun" and m.light is None else None
    return received[0] if received is not None and received[1] else None


def _receiving_verb(p: Parsed, noun: Token) -> tuple[Token, bool] | None:
    """The verb by which a trigger noun is undergone ("X faced sanctions from Y", "came under fire from
    Y") or arrives ("condemnation came from Y"), and whether its subject undergoes it (lexicon
    `receiving_verbs`)."""
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "statements of condemnation came from Y"
    verb, dep = noun.head, noun.dep_
    if dep == "pobj" and verb.lower_ == "under":
        verb, dep = verb.head, "dobj"
    if verb.pos_ not in ("VERB", "AUX") or p.lemma(verb) not in p.lexicon.receiving_verbs:
        return None
    if dep == "dobj":
        return verb, True
    if dep == "nsubj" and p.lemma(verb) == "come" and prep_objects([verb], "from"):
        return verb, False
    return None


def _participant(p: Parsed, m: Match, noun: Token) -> bool:
    """ "at the summit, X decided", "X proposed talks": the clause's subject takes part."""
    if not m.trigger.participants:
        return False
    if noun.dep_ == "dobj":  # "X proposed talks" takes part; "X witnessed the attack" does not
        return p.control(noun.head) is not None
    if m.trigger.event_type == "PROTEST" and _force_against(p, noun) is not None:
        return False  # "police arrested 15 during a protest", "fired tear gas at a rally": no protesters
    preps = MEETING_PREPS if m.trigger.event_type == "CONSULT" else PARTICIPANT_PREPS
    return noun.dep_ == "pobj" and noun.head.lower_ in preps


def _met_with_force(p: Parsed, m: Match) -> list[Arg]:
    """ "arrested 15 PTI supporters during a protest": those the force is used on protested."""
    verb = _force_against(p, m.token) if m.trigger.pos == "noun" else None
    return resolve(p, object_tokens(verb)) if verb is not None else []


def _force_against(p: Parsed, noun: Token) -> Token | None:
    """The verb of the clause the noun hangs on, when it uses force or coercion (arrests, fires,
    kills, disperses); not in protest itself ("blocked the road in protest at the rules": a manner)."""
    manner = (
        noun.dep_ == "pobj" and noun.head.lower_ == "in" and not any(c.dep_ == "det" for c in noun.children)
    )
    verb = None if manner else _governing_verb(noun)
    forceful = verb is not None and any(
        t.event_type in ("ASSAULT", "COERCE") for t in p.lexicon.lookup("verb", p.lemma(verb))
    )
    return verb if forceful else None


def _recipients(p: Parsed, m: Match, taken: set[int], actor_heads: list[Token]) -> list[Arg]:
    """The first recipient slot of the trigger's frame that names an actor."""
    if between(p, m):
        return []  # "clashes between X and Y in Z": X and Y are each other's (implicit_targets)
    # "X blamed Y for it, a charge Y denied": the denial answers X
    if m.trigger.event_type == "REJECT" and m.trigger.pos == "verb" and charge_denied(p, m.token):
        told = [c for c in m.token.children if c.dep_ == "ccomp" and c.i < m.token.i]
        return [a for a in resolve(p, [t for c in told for t in subject_tokens(c)]) if a.token not in taken]
    undergone = _undergone_by(p, m)
    if undergone is not None:  # "X faced sanctions", "Y came under attack": X, Y undergo them
        undergoers = [a for a in resolve(p, subject_tokens(undergone)) if a.token not in taken]
        if undergoers:
            return undergoers
    anchors = [m.anchor, *_noun_anchors([p.tokens[i] for i in sorted(m.used)])]
    if m.trigger.pos == "verb":
        anchors += _noun_anchors(object_tokens(m.token))
    else:  # "the withdrawal of X from Y", "an attack by X on Y": the parser often hangs "from Y" on X
        anchors += [
            o for prep in m.token.children if prep.dep_ == "prep" for o in prep.children if o.dep_ == "pobj"
        ]
        anchors += _doers_clause(p, m) + happening_verb(p, m.token)  # "clashes erupted with police"
    index = prep_index(anchors)
    for slot in m.trigger.recipient:
        tokens = _slot_tokens(p, m, slot, index)
        found = [
            a for a in resolve(p, tokens) or places_as_states(p, tokens, actor_heads) if a.token not in taken
        ]
        if found:
            return found
    aimed = [a for a in resolve(p, _aimed_at(p, m.token)) if a.token not in taken]
    if aimed:
        return aimed  # "sanctions aimed at Russia's oil exports", "measures targeting Chinese firms"
    holders = [a for a in resolve(p, _held_by(p, m)) if a.token not in taken]
    if holders:
        return holders  # "recapture all territory held by the insurgents", "positions held by the rebels"
    if m.trigger.event_type in WORD_TYPES:
        asked = _content_subjects(m.token) or (_content_subjects(m.light) if m.light is not None else [])
        return [a for a in resolve(p, asked) if a.token not in taken]
    return [a for a in bearer(p, m) if a.token not in taken]


HOLDING = {"hold", "control", "occupy", "seize", "capture"}


def _held_by(p: Parsed, m: Match) -> list[Token]:
    """Who holds what an act of force is aimed at: the "by" of a participle on its object."""
    if m.trigger.event_type != "ASSAULT" or m.trigger.pos != "verb":
        return []
    holding = [acl for noun in object_tokens(m.token) for acl in noun.children if acl.dep_ == "acl"]
    return prep_objects([acl for acl in holding if p.lemma(acl) in HOLDING], "by")


AIMING = {"aim", "direct", "target"}


def _aimed_at(p: Parsed, noun: Token) -> list[Token]:
    """What a participle on the act's noun says it is aimed at."""
    if noun.pos_ != "NOUN":
        return []
    aiming = [c for c in noun.children if c.dep_ == "acl" and p.lemma(c) in AIMING]
    targets = [c for acl in aiming for c in acl.children if c.dep_ == "dobj"]
    return targets + prep_objects(aiming, "at") + prep_objects(aiming, "against")


def _doers_clause(p: Parsed, m: Match) -> list[Token]:
    """ "protesters gathered outside X's embassy": what the doers' own verb is aimed at is their act's."""
    if not is_agent_noun(p, m) or m.token.dep_ != "nsubj" or m.token.head.pos_ not in ("VERB", "AUX"):
        return []
    return [m.token.head]


def _noun_anchors(nouns: list[Token]) -> list[Token]:
    """Where a noun's prepositions hang: its conjuncts, its compound head ("aid program for X"), "part of"."""
    out: list[Token] = []
    for noun in nouns:
        if noun.pos_ not in ("NOUN", "PROPN"):  # a verb's conjunct is another act
            out.append(noun)
            continue
        out += [noun, *noun.conjuncts]
        if noun.dep_ == "compound" and noun.head.pos_ in ("NOUN", "PROPN"):
            out.append(noun.head)
        out += prep_objects([noun], "of") if noun.lemma_ in PARTITIVES else []
    return out


def _slot_tokens(p: Parsed, m: Match, slot: str, index: dict[str, list[Token]]) -> list[Token]:
    if slot == "obj":
        if m.light is not None and m.token.dep_ == "pobj":  # "put X under arrest": X is the target
            return object_tokens(m.light)
        if m.trigger.pos == "verb" and m.light is None:
            objects = [t for t in object_tokens(m.token) if t.i not in m.used] or small_clause_object(m.token)
            if any(a.actor.code or a.actor.country for a in resolve(p, objects)):
                return objects
            owned = [t for t in object_tokens(m.token) if t.i in m.used]
            owners = [c for t in owned for c in owners_of(t, names=True)] + prep_objects(owned, "by")
            owners += prep_objects([t for t in owned if p.lemma(t) in p.lexicon.party_nouns], "of")
            if resolve(p, owners):  # "summoned Niger's ambassador", "attacked the Israeli decision"
                return owners
            related = [
                o for word in ("with", "between", "for") for o in prep_objects(_noun_anchors(objects), word)
            ]
            return related if resolve(p, related) else objects
        if m.trigger.pos == "noun" and m.trigger.of_role == "recipient":
            return prep_objects([m.token], "of")
        return []
    if slot == "dative":
        return [
            c
            for c in m.anchor.children
            if c.dep_ in ("dative", "iobj") and c.pos_ in ("NOUN", "PROPN", "PRON")
        ] + index.get("to", [])
    return index.get(slot, [])


def _content_subjects(word: Token) -> list[Token]:
    """ "demanded that Sudan return ...", "urged Iraq to ...", "its demand that Sudan return ...":
    the one asked or accused."""
    content = ("ccomp", "xcomp") if word.pos_ not in ("NOUN", "PROPN") else ("acl",)
    for clause in word.children:
        if clause.dep_ in content or asked_clause(clause):
            subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:
                return subjects
    return []


def _pronoun_only(tokens: list[Token]) -> bool:
    return bool(tokens) and all(t.lower_ in PRONOUNS for t in tokens)


def _trigger_kind(m: Match) -> str:
    if m.light is not None:
        return "light"
    if m.trigger.size > 1:
        return "phrase"
    return m.trigger.pos


def _future_by_date(
    status: str, value: str | None, doc_date: str | None, ahead: bool = False, present: bool = False
) -> str:
    """An act told as done, or in the present ("is meeting"), but dated after the report is announced."""
    later = bool(value and doc_date and value[: len(doc_date)] > doc_date[: len(value)])
    told = status == "occurred" or (status == "ongoing" and present)
    return "planned" if told and (later or ahead) else status


def _told_ahead(p: Parsed, text: str | None) -> bool:
    """ "next week", "tomorrow": the date's own words look ahead, though its month is the report's."""
    if not text or p.dates is None:
        return False
    sentence = p.sentence.text
    return any(e.tense is False and sentence[e.start : e.end] == text for e in p.dates.find(sentence))
