"""Participants a sentence leaves implicit: the state where it happens, its own people, the admitting body.

Each follows a coding convention of CAMEO/PLOVER and carries the "place" evidence, so
confidence says it was inferred.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from eventwatch.events.arguments import (
    PRONOUNS,
    Arg,
    conjuncts,
    is_passive,
    object_tokens,
    phrase,
    prep_objects,
    resolve,
    subject_tokens,
    with_home,
)
from eventwatch.events.cameo import recoded
from eventwatch.events.matching import Match
from eventwatch.events.parsed import Parsed, Token
from eventwatch.records import Actor, Document, Event, Place

CHARGE_CODE = "112"  # accuse of crime, corruption
NOT_DEEDS = {"question", "interrogate", "investigate", "check"}  # "detained for questioning" accuses no one
AIM_PREPS = {"against", "in"}  # "in defiance of", "in protest at"
PARTICIPANT_NOUNS = {"participant", "attendee", "delegate", "delegation", "member", "leader", "head"}
SYMMETRIC = {"CONSULT", "COOPERATE", "AGREE"}  # talks, cooperation, agreements of A and B: A->B
OPPONENT_PREPS = {"against", "with"}  # "fought against the rebels": a side of its own, even unnamed
FOUGHT = {"ASSAULT"}  # "clashes between A and B": each attacks the other (not a joint drill "between" allies)
RECIPROCALS = {("each", "other"), ("one", "another")}
UNIDENTIFIED = "unidentified attackers"  # the doer of an attack that names none
UNIDENTIFIED_SECTOR = "UAF"  # CAMEO's unidentified armed forces
HOSTILE = {"ASSAULT", "ACCUSE", "THREATEN"}  # "the two countries fought": a pair's untargeted fight is mutual
POLICING = {"ASSAULT", "COERCE"}  # police force naming no target falls on their own people
POLICE_SECTORS = {"POL"}
BEARING = {"under"}  # "Turkey is under EU sanctions"
TARGET_NOUNS = {"target", "subject", "object", "victim"}  # "has been the target of US sanctions"
TERRITORIAL = {"ASSAULT", "PROTEST", "MOBILIZE", "COERCE", "CONCEDE", "AID"}
CHANNELS = {"via", "through"}  # "a protest to the launch via the embassy in Beijing": the way, not the target
DOMESTIC: dict[
    str, set[str | None]
] = {  # acts that, naming no target, fall on the actor's own state (CAMEO codes them X->X)
    "COERCE": {None, "curfew", "ban", "arrest", "censor", "martial-law", "deport", "seize"},
    "CONCEDE": {"ease", "release"},  # a concession as such ("backed down") is made to the other side
    "RETREAT": {"resign"},
    "ASSAULT": {"crowd-control"},
}


def implicit_targets(
    p: Parsed, m: Match, mode: str | None, actors: list[Arg], place: Place | None
) -> list[Arg]:
    """A target where the sentence names none: what a protest aims at, the place's state, the actor's own."""
    event_type = m.trigger.event_type
    found: list[Arg] = one_another(p, m, actors)
    if not found and event_type == "PROTEST":
        found = _protest_aim(p, m.anchor, actors)
    if not found and event_type in TERRITORIAL and not _protesting_in(actors):
        found = _place_target(p, place, actors)
    if not found and event_type == "PROTEST":
        found = _own_state(p, actors, people_only=True)
    if not found and mode in DOMESTIC.get(event_type, ()):
        found = _own_state(p, actors, people_only=False)
    if not found and event_type in POLICING:
        found = _policed(p, actors, place)
    return found


def _policed(p: Parsed, actors: list[Arg], place: Place | None) -> list[Arg]:
    """ "Police fired tear gas", "police dispersed them": police act on the people of their own state."""
    if not actors or any(a.actor.sector not in POLICE_SECTORS for a in actors):
        return []
    homes = [placed(a.actor, place, p.home_country) for a in actors]
    return _own_state(p, [Arg(h, -1, "place") for h in homes if h is not None], people_only=False)


def one_another(p: Parsed, m: Match, actors: list[Arg]) -> list[Arg]:
    """ "Kenya and Uganda held talks", "Russia and Ukraine blamed each other", "X and Y fought": the
    actors of two or more states act on one another (each paired with the others, never its own state)."""
    states = {side(a.actor) for a in actors if side(a.actor)}
    if len(states) < 2:
        return []
    if m.trigger.event_type in SYMMETRIC or _reciprocal(m.anchor) or between(p, m) or _relations(p, m):
        return list(actors)
    if m.trigger.event_type in HOSTILE and (_one_reference(actors) or _mutual(p, m)):
        return list(actors)
    return []


RELATION_NOUNS = {"relation", "tie", "relationship"}


def _relations(p: Parsed, m: Match) -> bool:
    """ "Saudi Arabia and Iran restored relations", "X and Y severed ties": relations are between
    the parties that restore or break them, each with the other."""
    return any(p.lemma(p.tokens[i]) in RELATION_NOUNS for i in m.used if 0 <= i < len(p.tokens))


def side(actor: Actor) -> str | None:
    """The side an actor stands on: its state, or for a named armed group the group itself ("the
    RSF" against "the Sudanese army", "Tigrayan forces" and "the Ethiopian government")."""
    if actor.kind == "armed_group" and actor.code:
        return actor.code
    return actor.home


def _mutual(p: Parsed, m: Match) -> bool:
    """A verb of mutual hostility with no other side of its own: "fought", "fought a war", "traded
    accusations", not "fought the rebels" or "fought against the rebels" (an opponent the coder could
    not name)."""
    verb = m.anchor
    if m.trigger.pos != "verb" or p.lemma(verb) not in p.lexicon.mutual_words:
        return False
    for child in verb.children:
        fought = child.dep_ == "dobj" and any(
            t.event_type in FOUGHT or t.event_type == m.trigger.event_type
            for t in p.lexicon.lookup("noun", p.lemma(child))
        )  # "fought a war", "traded accusations": the act itself as the object
        if (child.dep_ == "dobj" and not fought) or (child.dep_ == "prep" and child.lower_ in OPPONENT_PREPS):
            return False
    return True


def between(p: Parsed, m: Match) -> bool:
    """ "clashes between Indian and Pakistani troops", "fighting between X and Y", "fighting broke
    out between X and Y": an act named by a noun between its parties is done by each on the other."""
    if m.trigger.event_type not in FOUGHT or m.trigger.pos != "noun":
        return False
    holders = [m.token, *happening_verb(p, m.token)]
    return any(c.dep_ == "prep" and c.lower_ == "between" for h in holders for c in h.children)


# verbs that only tell that an event noun happened: "fighting erupted between X and Y"
HAPPENING = {
    "erupt",
    "break",
    "begin",
    "start",
    "resume",
    "flare",
    "escalate",
    "rage",
    "occur",
    "happen",
    "continue",
    "intensify",
    "persist",
    "spread",
    "rumble",
}


def happening_verb(p: Parsed, noun: Token) -> list[Token]:
    """The verb of which an event noun is the subject when that verb only tells it happened."""
    return [noun.head] if noun.dep_ == "nsubj" and p.lemma(noun.head) in HAPPENING else []


def _one_reference(actors: list[Arg]) -> bool:
    """Two parties named by one phrase ("the two countries", "both sides", "they"): the pair as such."""
    return len(actors) == 2 and actors[0].token == actors[1].token >= 0 and actors[0].evidence == "coref"


def _reciprocal(anchor: Token) -> bool:
    """ "each other", "one another" in the act's own clause, however the parser attached it."""
    doc = anchor.doc
    for tok in anchor.subtree:
        if tok.i + 1 < len(doc) and (tok.lower_, doc[tok.i + 1].lower_) in RECIPROCALS:
            return _clause_verb(tok).i == anchor.i
    return False


def _clause_verb(tok: Token) -> Token:
    """The nearest verb above a token (the token's clause)."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def bearer(p: Parsed, m: Match) -> list[Arg]:
    """ "Turkey is under EU sanctions", "X has been the target of US sanctions": the act named by a
    noun in the predicate falls on the clause's subject."""
    if m.trigger.pos != "noun" or m.light is not None or m.token.dep_ != "pobj":
        return []
    prep, holder = m.token.head, None
    if prep.lower_ in BEARING:
        holder = prep.head
    elif prep.lower_ == "of" and p.lemma(prep.head) in TARGET_NOUNS and prep.head.dep_ == "attr":
        holder = prep.head.head
    if holder is None or holder.pos_ not in ("VERB", "AUX"):
        return []
    return resolve(p, [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")])


def _protest_aim(p: Parsed, anchor: Token, actors: list[Arg]) -> list[Arg]:
    """ "blocked roads to show disapproval of US policy", "in defiance of Chinese authorities": the aim."""
    own = {a.actor.code for a in actors}
    places = {a.token for a in actors if a.evidence == "place"}  # "held in Tokyo" is where, not whom
    for child in anchor.children:
        purpose = child.dep_ == "advcl" and child.tag_ in ("VB", "VBG")
        defiance = child.dep_ == "prep" and child.lower_ in AIM_PREPS
        if not (purpose or defiance):
            continue
        for tok in child.subtree:
            mention = p.mention_at.get(tok.i)
            if (
                mention
                and mention.actor.kind in ("state", "igo")
                and mention.actor.code not in own
                and tok.i not in places
            ):
                return [Arg(p.actor_at(tok) or mention.actor, tok.i, "mention")]
    return []


def implicit_actors(
    p: Parsed, m: Match, place: Place | None, setting: Place | None, targets: list[Arg]
) -> list[Arg]:
    """Unidentified attackers, unless a non-actor is the doer ("the landslide hit the village");
    for an official act told in the passive ("was arrested in X", "Clinton was impeached"), the
    authorities of the state taken to task over it ("protested to China over the detention of ..."),
    else of its setting (the place, even one named as its target: "a curfew was imposed in X"), else
    those of the one it befell, else of the article's state."""
    if official_act(p, m):
        if m.trigger.pos == "verb" and not is_passive(m.token):
            return []
        where = _taken_to_task(p, m) or (setting.country if setting is not None else None)
        where = where or _befallen_state(targets) or p.home_country
        return _authorities(p, where)
    if m.trigger.event_type != "ASSAULT" or _named_doer(p, m):
        return []
    return _unidentified(_launched_from(p, m) or (place.country if place is not None else None))


REASON_PREPS = {"over", "about", "regarding", "concerning"}
ADDRESSEE_PREPS = {"with", "to", "against"}


def _taken_to_task(p: Parsed, m: Match) -> str | None:
    """ "Japan lodged a protest with China over the detention of ...", "summoned China's ambassador
    over the arrest of ...": the one a state takes to task over an official act did it."""
    noun = m.token
    if m.trigger.pos != "noun" or noun.dep_ != "pobj" or noun.head.lower_ not in REASON_PREPS:
        return None
    governor = noun.head.head
    verb = governor if governor.pos_ in ("VERB", "AUX") else governor.head
    holders = [governor, verb, *(c for c in verb.children if c.dep_ == "dobj")]
    addressed: list[Token] = []
    for holder in holders:
        for child in holder.children:
            if child.dep_ in ("dobj", "dative", "poss"):
                addressed.append(child)
            elif child.dep_ == "prep" and child.lower_ in ADDRESSEE_PREPS:
                addressed.extend(o for o in child.children if o.dep_ == "pobj")
    own = {a.actor.home for a in resolve(p, subject_tokens(verb))}
    homes = {a.actor.home for a in resolve(p, addressed) if a.actor.home and a.actor.home not in own}
    return homes.pop() if len(homes) == 1 else None


def _launched_from(p: Parsed, m: Match) -> str | None:
    """ "rockets fired from Gaza hit Sderot": unnamed attackers come from where their weapons were
    fired, not from the place they hit."""
    if m.trigger.pos != "verb":
        return None
    doers = subject_tokens(m.token)  # "rockets fired from Gaza": the parser may make "fired" the main verb
    spans = [t for d in doers for t in (*d.subtree, *(d.head.children if d.dep_ == "nsubj" else ()))]
    origins = [t for s in spans for t in s.subtree if t.dep_ == "pobj" and t.head.lower_ == "from"]
    return next((c for t in origins if (c := p.place_country(t))), None)


OFFICIAL_MODES = {"arrest"}  # "were picked up", "was taken into custody": arrests in any words


def official_act(p: Parsed, m: Match) -> bool:
    """An act only a state's authorities do ("arrested", "was sentenced", "a curfew")."""
    lemmas = {p.lemma(p.tokens[i]) for i in m.used}
    return bool(lemmas & p.lexicon.official_acts) or m.trigger.mode in OFFICIAL_MODES


def held_by_authorities(p: Parsed, m: Match, place: Place | None) -> bool:
    """ "Twenty people were arrested", "a curfew was imposed": an official act in the passive or as
    a noun, on no one named, is still the authorities' act where it is placed or the article set."""
    told_as_done = m.trigger.pos == "noun" or is_passive(m.token)
    if m.trigger.pos == "noun" and any(c.dep_ == "det" and c.lower_ == "no" for c in m.token.children):
        return False  # "Police reported no arrests": none was made
    return official_act(p, m) and told_as_done and (place is not None or p.home_country is not None)


def _befallen_state(targets: list[Arg]) -> str | None:
    """The state of the named people an official act befell, if all are of one ("Clinton was
    impeached"); not of people told by their nation ("seven Iranians were arrested" in London)."""
    homes = {t.actor.country for t in targets}
    named = all(t.actor.kind == "person" for t in targets)
    return homes.pop() if named and len(homes) == 1 and None not in homes else None


def _authorities(p: Parsed, country: str | None) -> list[Arg]:
    if not country or p.resolver is None:
        return []
    state = p.resolver.lookup(country, p.doc.date)
    if state is None:
        return []
    authorities = Actor("authorities", state.name, state.code, state.country, state.kind, "GOV")
    return [Arg(authorities, -2, "place")]


def charged(p: Parsed, m: Match, events: list[Event]) -> list[Event]:
    """ "arrested for spying": an arrest for a deed also accuses the arrested of it (CAMEO 112)."""
    if m.trigger.event_type != "COERCE" or m.trigger.mode != "arrest" or not events:
        return []
    holders = [m.anchor, *object_tokens(m.anchor)]  # "arrested X for spying": "for" may hang on X
    deeds = [
        g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
    ]
    row = p.lexicon.cameo.get(CHARGE_CODE)
    if row is None or not any(g.tag_ == "VBG" and g.lemma_ not in NOT_DEEDS for g in deeds):
        return []
    return [recoded(e, "ACCUSE", CHARGE_CODE, row) for e in events]


def _named_doer(p: Parsed, m: Match) -> bool:
    if m.trigger.pos == "noun" or is_passive(m.token):
        return False
    doers = [t for t in m.token.children if t.dep_ == "nsubj"]
    return any(not _attack_word(p, t) for t in doers)


def _attack_word(p: Parsed, tok: Token) -> bool:
    """A bomb, a blast or a raid may be the grammatical doer of a killing."""
    return any(t.event_type == "ASSAULT" for t in p.lexicon.lookup("noun", p.lemma(tok)))


QUANTITY_WORDS = frozenset({"thousands", "hundreds", "tens", "dozens", "millions", "some"})  # "thousands of"


def crowd(p: Parsed, tokens: list[Token]) -> list[Arg]:
    """ "Prisoners rioted", "thousands of people blocked streets": protesters the actor stage did not name."""
    for tok in tokens:
        head = tok
        while head.lower_ in QUANTITY_WORDS and head.children:
            head = next((o for c in head.children if c.lower_ == "of" for o in c.children), head)
            if head is tok:
                break
        if head.tag_ == "NNS" and head.pos_ == "NOUN":
            people = Actor(head.text, head.lemma_, None, None, "population", "CVL")
            return [Arg(with_home(p, head, people, 0), head.i, "entity")]
    return []


def protesters_at(p: Parsed, m: Match) -> list[Arg]:
    """ "Protests were held in Tokyo and Manila", "a rally in Lima": unnamed protesters are the people of
    the places they protest in, one party per state."""
    if m.trigger.pos == "verb" and not is_passive(m.token):
        return []  # an active verb names its doers, or the parse lost them
    anchors = [m.anchor]
    if m.trigger.pos == "noun":  # "protests in Lima", "protests erupted in Lima"
        anchors += conjuncts(m.token) + ([m.token.head] if m.token.dep_ in ("nsubj", "nsubjpass") else [])
    out: list[Arg] = []
    for tok in (t for o in prep_objects(anchors, "in") for t in conjuncts(o)):
        country = p.place_country(tok)
        if country and all(a.actor.country != country for a in out):
            out.append(Arg(_protesters(country), tok.i, "place"))
    return out


def own_people(targets: list[Arg]) -> list[Arg]:
    """The people of the one state a protest is aimed at ("Honduras faced protests")."""
    homes = {a.actor.country for a in targets if a.actor.kind == "state" and a.actor.country}
    return [Arg(_protesters(homes.pop()), -2, "place")] if len(homes) == 1 else []


def _protesters(country: str) -> Actor:
    """The unnamed protesters of a state: its people, uncoded (civilians, CVL)."""
    return Actor("protesters", "protesters", None, country, "population", "CVL")


def _protesting_in(actors: list[Arg]) -> bool:
    """Protesters of several places: each protests in its own, none at the first one's state."""
    return len(actors) > 1 and all(a.evidence == "place" and a.actor.kind == "population" for a in actors)


def _unidentified(country: str | None) -> list[Arg]:
    """An attack with no named attacker goes, as in CAMEO, to unidentified armed forces (UAF) in the
    place's state: no code of their own (the convention leaves an unnamed group uncoded), its country."""
    if not country:
        return []
    attackers = Actor(UNIDENTIFIED, UNIDENTIFIED, None, country, "armed_group", UNIDENTIFIED_SECTOR)
    return [Arg(attackers, -2, "place")]


def _own_state(p: Parsed, actors: list[Arg], *, people_only: bool) -> list[Arg]:
    """The actor's own state as target: protesters protest their state, a curfew falls on one's own people."""
    homes = {
        a.actor.country
        for a in actors
        if a.actor.country and a.actor.kind not in ("igo", "ngo") and not (people_only and _state_itself(a))
    }
    if len(homes) != 1 or p.resolver is None:
        return []
    state = p.resolver.lookup(homes.pop(), p.doc.date)
    return [Arg(state, -1, "place")] if state is not None else []


def _state_itself(arg: Arg) -> bool:
    return arg.actor.kind == "state" and not arg.member


AUTHORITY_ACTS = {"COERCE", "ACCUSE", "SANCTION", "CONCEDE"}  # what an authority reports having done
AUTHORITY_SECTORS = {"GOV", "POL", "JUD", "MIL"}


def reporting_authority(m: Match, speaker: Arg | None) -> list[Arg]:
    """ "Police said 40 people were arrested", "the tribunal said he is charged with genocide": an
    arrest, charge, sanction or release told in the passive with no agent is the act of the state
    body or organisation that reports it (not a killing: officials report deaths they did not cause)."""
    if speaker is None or m.trigger.event_type not in AUTHORITY_ACTS or m.trigger.pos != "verb":
        return []
    if not is_passive(m.token) or any(c.dep_ == "agent" for c in m.token.children):
        return []
    actor = speaker.actor
    if actor.sector in AUTHORITY_SECTORS or (actor.kind in ("state", "igo") and actor.code):
        return [Arg(actor, speaker.token, "speaker")]
    return []


def admitting_organisation(p: Parsed, verb: Token, recipients: list[Arg]) -> list[Arg]:
    """ "X's membership was approved": with no agent, the organisation named in the sentence admits."""
    patients = [t for obj in object_tokens(verb) for t in obj.subtree]
    if not any(p.lemma(t) in p.lexicon.membership_words for t in patients):
        return []
    taken = {r.token for r in recipients}
    for i, mention in sorted(p.mention_at.items()):
        if mention.actor.kind == "igo" and i not in taken:
            return [Arg(p.actor_at(p.tokens[i]) or mention.actor, i, "mention")]
    return []


def _place_target(p: Parsed, place: Place | None, actors: list[Arg]) -> list[Arg]:
    """With no named target, an attack, protest or deployment is aimed at the state where it happens,
    not at one it comes from ("fired rockets from Lebanon")."""
    if place is None or not place.country or place.start < p.sentence.start:
        return []
    tok = p.token_at(place.start - p.sentence.start)
    if tok is not None and tok.dep_ == "pobj" and tok.head.lower_ == "from":
        return []
    found = p.resolver.lookup(place.country, p.doc.date) if p.resolver is not None else None
    actor = found or Actor(place.text, place.country, place.country, place.country, "state")
    if actor.code is None or any(a.actor.text == place.text for a in actors):
        return []
    return [Arg(Actor(place.text, actor.name, actor.code, actor.country, actor.kind), -1, "place")]


def owned_by(p: Parsed, arg: Arg, speaker: Arg | None) -> Arg:
    """ "their forces", "its troops": a generic group takes the code of the one speaking."""
    actor = arg.actor
    if actor.code or actor.country:
        return arg
    tok = p.tokens[arg.token]
    if not any(c.dep_ == "poss" and c.lower_ in PRONOUNS for c in tok.children):
        return arg
    owner = speaker.actor if speaker else None
    home = owner.home if owner is not None else None
    if not home:
        return arg
    return Arg(
        Actor(actor.text, actor.name, home, home, actor.kind, actor.sector, actor.role),
        arg.token,
        arg.evidence,
    )


HOME_SECTORS = {"GOV", "POL", "MIL", "JUD", "LEG", "CVL", "OPP", "REF"}


def placed(actor: Actor | None, place: Place | None, home: str | None = None) -> Actor | None:
    """A generic actor with no code ("the government", "police") takes the country where the event
    happens; lacking a place, a state agent ("police", "troops", "villagers") takes the country the
    whole article is about, as ACLED codes "Police Forces of India". An armed group the text does not
    name ("Iraqi militias", "gunmen") takes a country but no code: it is not that state."""
    return _unnamed_group_uncoded(_placed(actor, place, home))


def _unnamed_group_uncoded(actor: Actor | None) -> Actor | None:
    if actor is None or actor.kind != "armed_group" or not actor.code or actor.code != actor.country:
        return actor
    return replace(actor, code=None)


def _placed(actor: Actor | None, place: Place | None, home: str | None) -> Actor | None:
    if actor is None or actor.code or actor.country or actor.kind in ("igo", "ngo"):
        return actor
    if actor.kind == "person":  # "Judge Paul Kellar": an official serves the article's state, not the place's
        return _homed_official(actor, home)
    country = place.country if place is not None else None
    if not country and actor.sector in HOME_SECTORS:
        country = home
    if not country:
        return actor
    return Actor(actor.text, actor.name, country, country, actor.kind, actor.sector, actor.role)


def _homed_official(person: Actor, home: str | None) -> Actor:
    """A titled official the knowledge lacks, in an article about one country, is that country's."""
    if home is None or person.sector not in HOME_SECTORS:
        return person
    return Actor(person.text, person.name, home, home, "person", person.sector, person.role)


STORY_SENTENCES = 2  # a document of fewer sentences names too little to have a country of its own


def home_country(doc: Document) -> str | None:
    """The country most of a document's places lie in, when it holds at least half of them; else the
    one state a story of two sentences or more names, when it names no other ("Kenya's political
    crisis deepened ... the police")."""
    counts = Counter(p.country for p in doc.places if p.country and len(p.countries) < 2)
    if counts:
        country, n = counts.most_common(1)[0]
        if n >= 2 and n * 2 >= sum(counts.values()):
            return country
    if len(doc.sentences) < STORY_SENTENCES:
        return None  # one sentence is no story: "Kenya's ambassador was detained" says not where
    states = {m.actor.country for m in doc.mentions if m.actor.country} | set(counts)
    return states.pop() if len(states) == 1 else None


def places_as_states(p: Parsed, tokens: list[Token], actors: list[Token] | None = None) -> list[Arg]:
    """ "withdrew from Gaza", "shelled Juba": a place in the target slot, outside the actors, is its state."""
    out = []
    for tok in tokens:
        country = p.place_country(tok) or next(
            (c for t in phrase(tok, _channel) if (c := p.place_country(t)) and not _inside(t, actors or [])),
            None,
        )
        state = p.resolver.lookup(country, p.doc.date) if country and p.resolver is not None else None
        if state is not None:
            out.append(
                Arg(Actor(tok.text, state.name, state.code, state.country, state.kind), tok.i, "place")
            )
    return out


def _channel(tok: Token) -> bool:
    """ "a protest to the launch via the embassy in Beijing" goes through China, it is not aimed at it."""
    return tok.lower_ in CHANNELS


def _inside(tok: Token, heads: list[Token]) -> bool:
    return any(h.left_edge.i <= tok.i <= h.right_edge.i for h in heads)


def meeting_participants(p: Parsed, tokens: list[Token]) -> list[Arg]:
    """ "the participants in the meeting agreed": those who met in an earlier sentence of the document."""
    for tok in tokens:
        if p.lemma(tok) not in PARTICIPANT_NOUNS:
            continue
        meetings = [o for word in ("in", "at", "of") for o in prep_objects([tok], word)]
        if any(_is_meeting(p, m) for m in meetings):
            return _last_met(p, tok)
    return []


def _is_meeting(p: Parsed, tok: Token) -> bool:
    triggers = p.lexicon.triggers.get(("noun", tok.lemma_.lower()), [])
    return any(t.event_type == "CONSULT" and t.participants for t in triggers)


def _last_met(p: Parsed, tok: Token) -> list[Arg]:
    """The coded actors of the document's latest meeting, as inferred arguments."""
    met = [
        e for e in p.earlier if e.event_type == "CONSULT" and e.actor and (e.actor.code or e.actor.country)
    ]
    if not met:
        return []
    last = [e.actor for e in met if e.sentence.index == met[-1].sentence.index and e.actor is not None]
    unique = list({(a.code, a.name): a for a in last}.values())
    return [Arg(a, tok.i, "earlier") for a in unique]
