"""Actor and recipient of an event from the dependency parse: voice, conjunction, control, prepositions."""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from dataclasses import dataclass, replace

from eventwatch.events.anaphora import antecedents
from eventwatch.events.misparse import (
    dangling_agent,
    displaced_objects,
    fronted_subject,
    misread_main_verb,
    noun_root,
    stranded_object,
)
from eventwatch.events.parsed import Parsed, Token
from eventwatch.records import Actor, Mention

SUBJECTS = {"nsubj", "csubj"}
MODIFIERS = {"poss", "compound", "amod", "nmod", "appos"}
RELATIVES = {"which", "who", "that", "whom", "whose"}
PRONOUNS = {"it", "they", "he", "she", "we", "i", "its", "their", "his", "her", "our"}
DEPENDENT_MARKERS = {
    "anti",
    "pro",
    "led",
    "backed",
    "sponsored",
    "supported",
    "allied",
    "based",
    "controlled",
    "run",
    "brokered",
    "born",
    "held",
    "occupied",
    "dominated",
    "aligned",
    "linked",
    "funded",
    "friendly",
}
PLACE_PREPS = {"of", "from", "in", "by", "throughout", "across"}
AFFILIATIONS = {"affiliate", "belong", "base"}  # "workers affiliated with X", "a paper based in X"
# verbs whose object does the act of their to-infinitive ("urged Iraq to leave", "helped the army to
# retake"); after others the subject does it ("intensified its strikes to fight the PKK")
OBJECT_CONTROL = {
    "ask", "urge", "order", "tell", "force", "allow", "persuade", "invite", "encourage", "press", "push",
    "advise", "recommend", "warn", "help", "enable", "permit", "compel", "authorize", "authorise",
    "instruct", "direct", "convince", "pressure", "pressurise", "prompt", "lead", "require", "call",
    "expect", "want", "need", "get", "cause", "inspire", "train", "empower", "appeal", "beg", "challenge",
    "dare", "entice", "coerce", "oblige", "mandate", "task", "commission", "assign", "hire", "recruit",
    "lobby", "implore", "exhort", "trust", "elect", "appoint", "choose", "select", "like", "prefer",
}  # fmt: skip
STATE_PASSIVES = {"commit", "determine", "dedicate", "engage", "involve", "oppose", "prepare", "resolve"}
ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP"}


@dataclass(slots=True, frozen=True)
class Arg:
    """A resolved argument: the actor and the token it was found at."""

    actor: Actor
    token: int
    evidence: str  # "mention", "entity" or "speaker"
    member: bool = (
        False  # found in a modifier of a group noun ("Algerian farmers"): a population, not the state
    )


def is_passive(verb: Token) -> bool:
    if _marked_passive(verb):
        return True
    if _shares_passive(verb):
        return True  # "was beaten and detained": the second participle is passive too
    return bool(verb.dep_ == "acl" and verb.tag_ == "VBN") and not misread_main_verb(verb)


def _marked_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _shares_passive(verb: Token) -> bool:
    """A bare participle conjoined to a passive verb, with no subject or auxiliary of its own."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or head.i == verb.i:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return False
    return _marked_passive(head)


def passive_subjects(verb: Token) -> list[Token]:
    """The subject of a passive verb: the one acted on ("the minister was arrested")."""
    return [c for c in verb.children if c.dep_ == "nsubjpass"]


def conjuncts(tok: Token) -> list[Token]:
    """The token and every token conjoined with it ("Russia, China and Iran")."""
    out = [tok]
    for child in tok.children:
        if child.dep_ == "conj" or (child.dep_ == "appos" and child.pos_ == "PROPN"):
            out.extend(conjuncts(child))
    return out


def phrase(tok: Token, hung: Callable[[Token], bool]) -> list[Token]:
    """A phrase's words in order, without the dependents `hung` says are attached to it rather than
    part of it (a clause told of it, the channel it goes through) and what hangs on those."""
    out, stack = [], [tok]
    while stack:
        head = stack.pop()
        out.append(head)
        stack.extend(c for c in head.children if not hung(c))
    return sorted(out, key=lambda t: t.i)


_OWN_ROLES = {"nsubj", "nsubjpass", "dobj", "pobj", "dative", "attr", "agent", "poss"}


def _unparsed_list(tok: Token) -> list[Token]:
    """ "X, Y, and Z condemned": the names before a subject's ", and" that the parser left out of
    the list (it reads "X" as the root and "Y" as a modifier). Three names at least, each a proper
    noun in no role of its own, so "A hit B, and C condemned it" stays as it is."""
    doc, at = tok.doc, tok.left_edge.i
    if (
        tok.dep_ not in ("nsubj", "nsubjpass")
        or at < 4
        or doc[at - 1].dep_ != "cc"
        or doc[at - 2].text != ","
    ):
        return []
    found: list[Token] = []
    end = at - 3
    while end >= 0 and doc[end].pos_ == "PROPN" and doc[end].dep_ not in _OWN_ROLES:
        found.append(doc[end])
        start = end
        while (
            start > 0
            and doc[start - 1].pos_ in ("PROPN", "DET")
            and doc[start - 1].dep_ in ("compound", "det")
        ):
            start -= 1
        if start == 0 or doc[start - 1].text != ",":
            break
        end = start - 2
    return found[::-1] if len(found) >= 2 and (end < 0 or doc[end].text != ",") else []


def _squashed_list(p: Parsed, head: Token) -> list[Token]:
    """ "US President Donald Trump and Turkish President Recep Tayyip Erdogan met": the parser may
    hang the first name and its title on the second as modifiers; the name just before "and" is
    a party of its own."""
    if head.pos_ != "PROPN" or p.mention_at.get(head.i) is None:
        return []
    out = []
    for tok in head.subtree:
        if tok.i >= head.i or tok.dep_ != "cc" or tok.lower_ != "and" or tok.i == 0:
            continue
        before = tok.doc[tok.i - 1]
        mention = p.mention_at.get(before.i)
        if before.pos_ == "PROPN" and mention is not None and mention is not p.mention_at.get(head.i):
            out.append(before)
    return out


def resolve(p: Parsed, tokens: list[Token]) -> list[Arg]:
    """Actors for argument head tokens, expanding conjunctions; one Arg per distinct actor."""
    seen: set[tuple[str | None, str]] = set()
    out: list[Arg] = []
    for head in tokens:
        for tok in [*_unparsed_list(head), *_squashed_list(p, head), *conjuncts(head)]:
            for arg in noun_actors(p, tok):
                if (arg.actor.code, arg.actor.name) not in seen:
                    seen.add((arg.actor.code, arg.actor.name))
                    out.append(arg)
    return out


def noun_actors(p: Parsed, tok: Token) -> list[Arg]:
    """All actors of a noun phrase: "US and NATO troops" and "heads of state of X, Y and Z" give each."""
    key = ("noun_actors", tok.i)
    if key not in p.memo:  # the same head is asked about by every frame of the sentence
        p.memo[key] = tuple(_noun_actors(p, tok))
    return list(p.memo[key])


# "the two countries", "both sides": nouns that refer back to the two actors named last, and
# the sector the reference gives them ("the two armies" are their militaries).
PAIR_NOUNS = {
    "country": None, "nation": None, "state": None, "neighbour": None, "neighbor": None,
    "side": None, "party": None, "government": "GOV", "leader": "GOV", "president": "GOV",
    "capital": "GOV", "delegation": "GOV", "army": "MIL", "military": "MIL", "navy": "MIL",
    "man": "GOV", "minister": "GOV", "pair": "GOV", "duo": "GOV",
}  # fmt: skip
COLLECTIVE_PAIRS = {"pair", "duo"}  # "the pair" is two, in the singular
GROUP_SIZES = {"two": 2, "three": 3, "four": 4, "five": 5}  # "the three countries": the last three named
_PAIR_REACH = 600  # characters back: about three sentences


def _noun_actors(p: Parsed, tok: Token) -> list[Arg]:
    pair = _pair(p, tok)
    if pair:
        return pair
    referred = antecedents(p, tok, _actor_of)
    if referred:
        return [Arg(replace(a, text=tok.text), tok.i, "coref") for a in referred]
    generic = p.actor_at(tok)
    if not _coded(generic):
        examples = _examples(p, tok)
        if examples:
            return examples
    if generic is not None and not _coded(generic):
        homes = _homes(p, tok, 0)
        if homes:
            return homes
    shared = _shared_homes(p, tok)
    if shared:
        return shared
    paired = _paired_modifiers(p, tok)
    if paired:
        return paired
    arg = noun_actor(p, tok)
    if arg is None and _names_the_clause(p, tok):  # "lifted sanctions on Syria, a move welcomed by X"
        return resolve(p, subject_tokens(tok.head))
    return [arg] if arg is not None else []


MOVE_NOUNS = {"move", "decision", "step", "action", "measure"}


def _names_the_clause(p: Parsed, tok: Token) -> bool:
    """ "..., a move welcomed by X": a noun set after a clause names that clause's act."""
    return (
        p.lemma(tok) in MOVE_NOUNS
        and (
            tok.dep_ in ("npadvmod", "appos")
            or (tok.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i < tok.i for c in tok.head.children))
        )
        and tok.head.pos_ == "VERB"
        and tok.head.i < tok.i
        and p.tokens[tok.left_edge.i - 1].text == ","
    )


EXAMPLE_PREPS = {"like", "including"}  # "countries like X and Y", "nations, including X": each acts


def _examples(p: Parsed, tok: Token) -> list[Arg]:
    """ "Countries like X and Y agreed", "governments such as X and Y": the plural names its members."""
    if tok.tag_ not in ("NNS", "NNPS"):
        return []
    for prep in tok.children:
        such_as = prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children)
        if prep.dep_ == "prep" and (prep.lower_ in EXAMPLE_PREPS or such_as):
            found = [a for a in resolve(p, [o for o in prep.children if o.dep_ == "pobj"]) if _coded(a.actor)]
            if found:
                return found
    return []


def _actor_of(p: Parsed, tok: Token) -> Actor | None:
    arg = noun_actor(p, tok)
    return arg.actor if arg is not None else None


def _pair(p: Parsed, tok: Token) -> list[Arg]:
    """ "the two countries", "both sides": the two actors named last before the phrase.

    Only for a plural noun of `PAIR_NOUNS` with "the two" or "both" and no actor of its own
    ("two countries have recognised..." is no reference). States for state nouns, any coded
    actor for "sides" and "parties"."""
    lemma = p.lemma(tok)
    plural = tok.tag_ == "NNS" or lemma in COLLECTIVE_PAIRS
    if lemma not in PAIR_NOUNS or not plural or p.resolver is None or p.mention_at.get(tok.i):
        return []
    words = {c.lower_: c.dep_ for c in tok.children}
    both = words.get("both") in ("det", "predet", "preconj")
    many = next((n for word, n in GROUP_SIZES.items() if words.get(word) == "nummod"), 0)
    if not (both or (many or lemma in COLLECTIVE_PAIRS) and "the" in words):
        return []
    size = many or 2
    at = p.offset(tok)
    states_only = lemma not in ("side", "party")
    excluded = set(_acting_on(p, tok))  # "the AU called on both sides": not the AU
    if size > 2:  # "Spain, Ireland and Norway ... the three countries": the last list of that many
        codes = _last_list(p, at, size, p.resolver.kb.states if states_only else None, excluded)
        if len(codes) < size:
            return []
    else:
        codes = _last_dyad(p, p.resolver.kb.states if states_only else None, excluded)
    for mention in sorted(p.mentions_near(at - _PAIR_REACH - 1, at), key=lambda m: m.start, reverse=True):
        if len(codes) == size:
            break
        if mention.start >= at or at - mention.end > _PAIR_REACH:
            continue
        code = mention.actor.country if states_only else mention.actor.code
        if (
            code
            and code not in excluded
            and code not in codes
            and (not states_only or code in p.resolver.kb.states)
        ):
            codes.append(code)
        if len(codes) == size:
            break
    if len(codes) < size:
        return []
    text = p.span_text(tok.left_edge.i, tok.i)
    return [Arg(p.resolver.kb.entity_actor(code, text, PAIR_NOUNS[lemma]), tok.i, "coref") for code in codes]


_PAIR_SENTENCES = 3  # an earlier event of two parties is "the two sides" within about three sentences


_LIST_GAP = re.compile(r"^\s*(?:,|and|, and|&)\s*$")


def _last_list(p: Parsed, at: int, size: int, states: Container[str] | None, excluded: set[str]) -> list[str]:
    """The codes of the last list of `size` parties named before `at` ("Spain, Ireland and Norway")."""
    mentions = [
        m
        for m in p.mentions_near(at - _PAIR_REACH - 1, at)
        if m.start < at
        and (code := m.actor.country if states is not None else m.actor.code)
        and code not in excluded
        and (states is None or code in states)
    ]
    mentions.sort(key=lambda m: m.start)
    text = p.doc.text
    run: list[Mention] = []
    found: list[str] = []
    for m in mentions:
        if run and not _LIST_GAP.match(text[run[-1].end : m.start]):
            run = []
        run.append(m)
        codes = list(
            dict.fromkeys((x.actor.country if states is not None else x.actor.code) or "" for x in run)
        )
        if len(codes) == size and len(run) == size:
            found = codes
    return found


def _last_dyad(p: Parsed, states: Container[str] | None, excluded: set[str]) -> list[str]:
    """The two parties (states, when `states` is given) of the latest earlier act between exactly
    two, told as one dyad or as one trigger with two actors: "India and Pakistan clashed ... Since
    independence from Britain, the two countries have fought three wars" (not Britain)."""
    groups: dict[tuple[int, str], list[str]] = {}  # (sentence, trigger) -> parties, latest first
    for event in reversed(p.earlier):
        if p.sentence.index - event.sentence.index > _PAIR_SENTENCES:
            break
        codes = groups.setdefault((event.sentence.index, event.trigger), [])
        for party in (event.actor, event.recipient):
            code = (party.country if states is not None else party.code) if party is not None else None
            if code and code not in codes and code not in excluded and (states is None or code in states):
                codes.append(code)
    return next((codes for codes in groups.values() if len(codes) == 2), [])


def _acting_on(p: Parsed, tok: Token) -> list[str]:
    """Codes of the subject of the verb a pair noun is the object of: it is not one of the pair."""
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if tok.dep_ in SUBJECTS or verb.pos_ not in ("VERB", "AUX"):
        return []
    actors = [p.actor_at(t) for t in subject_tokens(verb)]
    return [code for a in actors if a is not None and (code := a.code or a.country)]


def _homes(p: Parsed, tok: Token, depth: int) -> list[Arg]:
    """Follow "of/from/in" from a generic group ("leaders of the CSTO") to the actors it belongs to;
    an agent "for" someone speaks for it ("a spokesperson for China")."""
    for prep in tok.children:
        serves = prep.lower_ == "for" and depth == 0
        if prep.dep_ == "prep" and (prep.lower_ in PLACE_PREPS or serves) and depth < 4:
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                own = p.actor_at(obj)
                if own is not None and (own.code or own.country):
                    return [Arg(a.actor, a.token, a.evidence, member=True) for a in resolve(p, [obj])]
                deeper = _homes(p, obj, depth + 1)
                if deeper:
                    return deeper
    return []


def _shared_homes(p: Parsed, tok: Token) -> list[Arg]:
    """ "Leaders of X, Y and Z", "the foreign ministers of X and Y": a plural agent noun belongs to
    every conjoined state, not only to the first (which the actor stage may have joined to it)."""
    if tok.tag_ not in ("NNS", "NNPS"):
        return []
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "from"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                if len(conjuncts(obj)) > 1:
                    found = [Arg(a.actor, a.token, a.evidence, member=True) for a in resolve(p, [obj])]
                    if len(found) > 1:
                        return found
    return []


_MODIFIERS = ("nmod", "compound", "amod")


def _paired_modifiers(p: Parsed, tok: Token) -> list[Arg]:
    """ "Russian and Chinese troops": conjoined modifiers name one actor each; "US, Brazilian and
    Paraguayan police" too, where the parser hangs the first items of the list on the noun."""
    for child in tok.children:
        if child.dep_ in _MODIFIERS and any(c.dep_ == "conj" for c in child.children):
            listed = [*_listed_before(tok, child), *conjuncts(child)]
            found = [a for c in listed if (a := noun_actor(p, c)) is not None]
            if len(found) > 1:
                return found
    return []


def _listed_before(noun: Token, item: Token) -> list[Token]:
    """The modifiers of `noun` before `item` that a comma joins to it: the head of a list."""
    out: list[Token] = []
    for mod in (c for c in noun.lefts if c.dep_ in _MODIFIERS and c.i < item.i):
        if mod.i + 1 < len(mod.doc) and mod.doc[mod.i + 1].text == ",":
            out.append(mod)
        else:
            out = []
    return out


JOINING = {"join"}  # "X joined Y in condemning Z": Y condemns Z too
JOINED_WITH = {"force", "hand"}  # "X joined forces with Y in pressing for ...": Y, not the forces


def companions(verb: Token, subjects: list[Token]) -> list[Token]:
    """ "X, along with Y," "X together with Y" and "X joined Y in V-ing": Y acts too."""
    out: list[Token] = _joined(verb)
    for anchor in [verb, *subjects]:
        for prep in anchor.children:
            if prep.dep_ == "prep" and prep.lower_ in ("along", "together"):
                out.extend(
                    o for w in prep.children if w.lower_ == "with" for o in w.children if o.dep_ == "pobj"
                )
    return out


def _joined(verb: Token) -> list[Token]:
    """The object of "join" whose "in V-ing" is this act: "X joined Y in condemning Z"."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "in" or prep.dep_ != "prep" or prep.head.lemma_ not in JOINING:
        return []
    join = prep.head
    out = [c for c in join.children if c.dep_ == "dobj" and c.lemma_ not in JOINED_WITH]
    for anchor in [join, *(c for c in join.children if c.dep_ == "dobj" and c.lemma_ in JOINED_WITH)]:
        out += [
            o
            for w in anchor.children
            if w.dep_ == "prep" and w.lower_ == "with"
            for o in w.children
            if o.dep_ == "pobj"
        ]
    return out


def noun_actor(p: Parsed, tok: Token, depth: int = 0, skip: Mention | None = None) -> Arg | None:
    """The actor a noun phrase refers to: its own mention, a modifier, "of X", or a named entity."""
    if depth > 3 or any(place.feature == "water" for place in p.places_at(tok)):
        return None  # "the Gulf of Oman", "the Sea of Japan": a sea named after a state is no party
    if tok.lower_ in RELATIVES and tok.dep_ != "ROOT" and tok.head.dep_ == "relcl":
        return noun_actor(p, tok.head.head, depth + 1, skip)
    mention = p.mention_at.get(tok.i)
    actor = p.actor_at(tok) if mention is not skip else None
    if actor is not None:
        return Arg(with_home(p, tok, actor, depth), tok.i, "mention")
    found = _from_modifiers(p, tok, skip or mention)
    if found is None and _bare_conjunct(tok):  # "Turkish drones and warplanes": both are Turkish
        found = _from_modifiers(p, tok.head, skip or mention)
    if found is not None and p.lemma(tok) in KIN_NOUNS and found.actor.kind == "person":
        return Arg(_relative(found.actor, tok), tok.i, "entity")
    if found is None or not _coded(found.actor):  # "King Hassan of Morocco": the title gets its state
        home = _from_prep(p, tok, depth, skip or mention)
        found = _homed(found, home) if found is not None and home is not None else found or home
    if found is not None and tok.pos_ == "NOUN":
        found = Arg(found.actor, found.token, found.evidence, member=True)
    return found or (_from_entity(p, tok) if skip is None else _from_proper_name(p, tok, skip))


def _bare_conjunct(tok: Token) -> bool:
    """A plain common noun joined to another that has modifiers: the modifiers are shared."""
    return (
        tok.dep_ == "conj"
        and tok.pos_ == "NOUN"
        and tok.head.pos_ == "NOUN"
        and not any(c.dep_ in MODIFIERS or c.dep_ == "det" for c in tok.children)
    )


KIN_NOUNS = {
    "wife", "husband", "spouse", "son", "daughter", "child", "brother", "sister", "father", "mother",
    "nephew", "niece", "cousin", "uncle", "aunt", "grandson", "granddaughter", "widow", "family",
}  # fmt: skip


def _relative(person: Actor, tok: Token) -> Actor:
    """ "Annan's wife", "the president's son": a private person of the official's state, not the
    official (nor the organisation the official serves)."""
    name = f"{person.name}'s {tok.lemma_}"
    return Actor(tok.text, name, person.country, person.country, "person")


def _coded(actor: Actor | None) -> bool:
    return actor is not None and bool(actor.home)


def _homed(generic: Arg, home: Arg) -> Arg:
    """A generic actor ("the king", "rebels") with the code of the state it belongs to."""
    if not _coded(home.actor):
        return generic
    a, code = generic.actor, home.actor.home
    return Arg(Actor(a.text, a.name, code, code, a.kind, a.sector, a.role), generic.token, generic.evidence)


GROUP_NOUNS = {"affiliate", "branch", "wing", "faction", "offshoot", "group", "ally", "proxy", "franchise"}


def _from_modifiers(p: Parsed, tok: Token, skip: Mention | None) -> Arg | None:
    left = [c for c in tok.children if c.dep_ in MODIFIERS and not _dependent_marker(c)]
    # a name set beside it names it ("Al Qaeda's Sahel affiliate, JNIM"), then the owner names the
    # whole ("Sweden's NATO membership bid" is Sweden's), then the nearest modifier
    group = tok.lemma_.lower() in GROUP_NOUNS
    ranked = sorted(
        (
            (0 if group and c.dep_ == "appos" else 1 if t.dep_ == "poss" else 2, t)
            for c in left
            for t in c.subtree
        ),
        key=lambda r: (r[0], -r[1].i),
    )
    for sub in (t for _, t in ranked):
        actor = p.actor_at(sub) if p.mention_at.get(sub.i) is not skip else None
        if actor is not None:
            return Arg(with_home(p, sub, actor, 2), sub.i, "mention")
    return None


def _from_prep(p: Parsed, tok: Token, depth: int, skip: Mention | None = None) -> Arg | None:
    """ "leaders of Romania", "officials from Chad", "rebels in Chad": the group takes the place's actor."""
    if tok.pos_ not in ("NOUN", "PROPN") or (tok.ent_type_ in ENTITY_LABELS and skip is None):
        return None
    for prep in _home_preps(tok):
        for obj in prep.children:
            if obj.dep_ == "pobj":
                found = noun_actor(p, obj, depth + 1, skip)
                if found:
                    return found
    return None


def _home_preps(tok: Token) -> list[Token]:
    """ "rebels in Chad", "workers affiliated with the union", "fighters belonging to X"."""
    out: list[Token] = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in PLACE_PREPS:
            out.append(c)
        elif c.dep_ == "acl" and c.lemma_ in AFFILIATIONS:
            out.extend(g for g in c.children if g.dep_ == "prep" and g.lower_ in ("with", "to", "in"))
    return out


def _from_entity(p: Parsed, tok: Token) -> Arg | None:
    """Fallback when no actor mention covers the token: spaCy's entity, looked up in the KB."""
    if tok.ent_type_ not in ENTITY_LABELS:
        return _from_proper_name(p, tok)
    ent = next((e for e in p.sdoc.ents if e.start <= tok.i < e.end), None)
    if ent is None:
        return None
    text = ent.text.removeprefix("the ").removeprefix("The ")
    found = p.resolver.lookup(text, p.doc.date) if p.resolver is not None else None
    if found is not None:
        return Arg(found, tok.i, "entity")
    if ent.label_ == "PERSON":
        return Arg(Actor(text=text, name=text, code=None, country=None, kind="person"), tok.i, "entity")
    return None


def _from_proper_name(p: Parsed, tok: Token, skip: Mention | None = None) -> Arg | None:
    """Without entities (the fast pipeline skips NER): a run of proper nouns, looked up, else a person."""
    if tok.pos_ != "PROPN":
        return None
    run = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i] + [tok]
    if any(p.mention_at.get(t.i, skip) is not skip for t in _name_span(run)):
        return None  # a name the actor stage read otherwise; not one merely told in a clause on it
    words = [t.text for t in sorted(run, key=lambda t: t.i)]
    for start in range(len(words)):
        name = " ".join(words[start:])
        found = p.resolver.lookup(name, p.doc.date) if p.resolver is not None else None
        if found is not None and not (start and found.kind == "person"):  # "Usman Khan" is not Imran Khan
            return Arg(found, tok.i, "entity")
    subject = tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ == "pobj" and tok.head.dep_ == "agent")
    if subject and len(words) >= 2 and all(w[:1].isupper() and w.isalpha() for w in words[-2:]):
        name = " ".join(words[-2:])
        return Arg(
            Actor(text=" ".join(words), name=name, code=None, country=None, kind="person"), tok.i, "entity"
        )
    return None


def _name_span(run: list[Token]) -> list[Token]:
    """The words of a name and what hangs on them before it ("Trump's envoy Brett McGurk")."""
    doc, first = run[-1].doc, min(t.left_edge.i for t in run)
    return [doc[k] for k in range(first, run[-1].i + 1)]


def _dependent_marker(child: Token) -> bool:
    """ "Russia-led coalition", "pro-Iranian militia": the modifier is not the actor."""
    words = {t.lower_ for t in child.subtree} | set(_hyphen_chain(child))
    return bool(words & DEPENDENT_MARKERS)


def _hyphen_chain(tok: Token) -> list[str]:
    """The words joined to a token by hyphens ("pro-Iranian" around "Iranian"), whatever the parse."""
    doc, first, last = tok.doc, tok.i, tok.i
    while (
        first >= 2
        and doc[first - 1].text == "-"
        and not doc[first - 2].whitespace_
        and not doc[first - 1].whitespace_
    ):
        first -= 2
    while (
        last + 2 < len(doc)
        and doc[last + 1].text == "-"
        and not doc[last].whitespace_
        and not doc[last + 1].whitespace_
    ):
        last += 2
    return [doc[k].lower_ for k in range(first, last + 1) if doc[k].text != "-"]


def with_home(p: Parsed, tok: Token, actor: Actor, depth: int) -> Actor:
    """A generic group with no code ("rebels in Chad") takes the code of the place it belongs to."""
    if actor.code or actor.country or depth > 2:
        return actor
    mention = p.mention_at.get(tok.i)
    home = _from_prep(p, tok, depth + 1, mention) or _from_modifiers(p, tok, mention)
    if home is None and _bare_conjunct(tok):  # "Turkish drones and warplanes": both are Turkish
        home = _from_modifiers(p, tok.head, mention)
    country = home.actor.country if home is not None else _place_home(p, tok)
    if not country:
        return actor
    return Actor(actor.text, actor.name, country, country, actor.kind, actor.sector, actor.role)


def _place_home(p: Parsed, tok: Token) -> str | None:
    """ "Darfur rebels", "the government of Sindh province": a named place gives the country."""
    near = [
        c for c in tok.children if c.dep_ in ("compound", "nmod", "poss", "amod") and not _dependent_marker(c)
    ]
    near += [
        o for prep in tok.children if prep.lower_ in PLACE_PREPS for o in prep.children if o.dep_ == "pobj"
    ]
    for cand in near:
        for sub in cand.subtree:
            country = p.place_country(sub)
            if country:
                return country
    return None


def subject_tokens(verb: Token, depth: int = 0) -> list[Token]:
    """Who does the act: the subject, the passive agent, or the controller up a to-infinitive chain."""
    if depth > 6:
        return []
    if is_passive(verb):
        if verb.lemma_ in STATE_PASSIVES and not agent_tokens(verb):  # "Vietnam is committed to ..."
            return passive_subjects(verb)
        return agent_tokens(verb) or dangling_agent(verb)
    subjects = [_participle_head(c) for c in verb.children if c.dep_ in SUBJECTS]
    if subjects:
        return [verb.head if s.lower_ in RELATIVES and verb.dep_ == "relcl" else s for s in subjects]
    return _inherited_subject(verb, depth) or fronted_subject(verb)


def _participle_head(subject: Token) -> Token:
    """ "The Red Cross operating in Iraq said ...", "the Kenyan army fighting in Somalia said ...":
    the parser may make the participle the subject and hang the noun on it; the noun is the one
    who speaks or acts."""
    if subject.tag_ != "VBG":
        return subject
    nouns = [
        c
        for c in subject.children
        if c.dep_ in ("nsubj", "compound") and c.i < subject.i and c.pos_ in ("NOUN", "PROPN")
    ]
    return nouns[-1] if nouns else subject


def agent_tokens(verb: Token) -> list[Token]:
    """ "by X" of a passive verb; of passives conjoined ("was arrested and charged by police"),
    the one "by X" the parser hangs on either."""
    own = _own_agents(verb) or _issuers(verb)
    if own:
        return own
    if _shares_passive(verb):
        return _own_agents(verb.head)
    shared = [c for c in verb.children if c.dep_ == "conj" and _shares_passive(c)]
    return [a for c in shared for a in _own_agents(c)][:1]


STATEMENT_NOUNS = {
    "statement", "communique", "communiqué", "declaration", "letter", "resolution", "speech", "tweet",
    "post", "interview", "report", "motion", "note",
}  # fmt: skip


def _issuers(verb: Token) -> list[Token]:
    """ "was condemned in a joint statement by Egypt, Greece and Cyprus": the statement's authors."""
    statements = [
        o
        for word in ("in", "through", "via")
        for o in prep_objects([verb], word)
        if o.lemma_.lower() in STATEMENT_NOUNS
    ]
    authors = [o for word in ("by", "from") for o in prep_objects(statements, word)]
    return authors + [c for noun in statements for c in noun.children if c.dep_ == "poss"]


def _own_agents(verb: Token) -> list[Token]:
    return [
        obj
        for agent in verb.children
        if agent.dep_ == "agent"
        for obj in agent.children
        if obj.dep_ in ("pobj", "pcomp")  # "by Russian shelling", parsed as a gerund
    ]


def _inherited_subject(verb: Token, depth: int) -> list[Token]:
    head = verb.head
    if head.i == verb.i:
        return []
    if verb.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX", "ADJ"):
        return _controller(head, depth)
    if verb.dep_ == "xcomp" and head.dep_ == "ROOT" and head.pos_ == "NOUN":  # headline "Iran plans to ..."
        return [c for c in head.children if c.dep_ == "compound" and c.i < head.i][-1:]
    if verb.dep_ == "acl" and verb.tag_ == "VBG":  # "demonstrators protesting the vote"
        return [head]
    if misread_main_verb(verb):
        return [noun_root(verb)]
    if verb.dep_ == "acomp":  # "Iraq is prepared to ..."
        return subject_tokens(head, depth + 1)
    if verb.dep_ == "conj" and is_passive(head) and not is_passive(verb):  # "was indicted and will resign"
        return passive_subjects(head)
    if verb.dep_ in ("conj", "advcl", "xcomp", "ccomp") and head.pos_ in ("VERB", "AUX"):
        return subject_tokens(head, depth + 1) if verb.dep_ != "ccomp" else []
    if verb.dep_ == "pcomp" and head.lower_ in ("for", "of", "from") and head.head.pos_ == "VERB":
        done_by = object_tokens(head.head)  # "praised X for sending troops": X sent them; "barred X from"
        if done_by:
            return done_by
    if verb.dep_ in ("acl", "pcomp", "pobj", "prep", "dobj", "relcl") or head.pos_ in ("NOUN", "ADP"):
        return _from_noun_chain(head, depth)
    return []


def _controller(head: Token, depth: int) -> list[Token]:
    """Object control ("urged Iraq to leave") or subject control ("agreed to leave")."""
    if head.pos_ == "ADJ":  # "prepared to", "willing to"
        return subject_tokens(head.head, depth + 1) if head.head.i != head.i else []
    objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    if is_passive(head):
        return passive_subjects(head)
    if head.lemma_ not in OBJECT_CONTROL and not any(o.pos_ in ("PROPN", "PRON") for o in objects):
        objects = []  # "intensified its airstrikes to fight the PKK": the purpose is the subject's
    return objects or subject_tokens(head, depth + 1)


def noun_owner(noun: Token) -> list[Token]:
    """Who issued a statement or plan ("X issued a declaration demanding ..."): its owner or governor."""
    return _from_noun_chain(noun, 0)


def owners_of(noun: Token, names: bool = False) -> list[Token]:
    """Who a thing belongs to: "Israel's decision", else one capitalised word before it ("the Israeli
    decision", "the Ugandan plan"); not "a unilateral decision", not a longer name ("the Atlantic
    Council think tank"), nor any word of a title in capitals ("New Plan"). With `names`, every
    capitalised word before it, for a caller that keeps only what names an actor."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if owners or noun.text[:1].isupper():
        return owners
    before = [
        c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i and c.text[:1].isupper()
    ]
    return before if names or (len(before) == 1 and not list(before[0].children)) else []


def _from_noun_chain(tok: Token, depth: int) -> list[Token]:
    """ "a plan to station troops": the plan's owner ("Israel's plan", "the Israeli decision"), else
    whoever governs the plan."""
    while tok.pos_ in ("NOUN", "PROPN", "ADP", "PRON", "ADJ") and tok.head.i != tok.i and depth < 8:
        owners = owners_of(tok)
        if owners:
            return owners
        tok, depth = tok.head, depth + 1
    if tok.pos_ in ("VERB", "AUX") and tok.dep_ == "acl" and not agent_tokens(tok):
        return [tok.head]  # "youths resorted to throwing stones": the group does the inner act
    if tok.pos_ in ("VERB", "AUX"):
        return subject_tokens(tok, depth + 1)
    return []


def object_tokens(verb: Token) -> list[Token]:
    """The patient: direct object, passive subject, or the noun a passive participle modifies."""
    if is_passive(verb):
        if verb.dep_ == "acl":
            return [verb.head]
        patients = passive_subjects(verb.head if _shares_passive(verb) else verb)
        if not patients and verb.dep_ == "conj":  # "Turkey is under sanctions and was condemned"
            patients = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return patients
    objs = [c for c in verb.children if c.dep_ == "dobj"] or displaced_objects(verb)
    return [verb.head if o.lower_ in RELATIVES and verb.dep_ == "relcl" else o for o in objs]


def prep_objects(anchors: list[Token], word: str) -> list[Token]:
    """Objects of preposition `word` attached to any anchor token ("met with X", "sanctions on X")."""
    out: list[Token] = []
    for anchor in anchors:
        for prep in anchor.children:
            if prep.dep_ in ("prep", "dative", "agent") and prep.lower_ == word:
                objs = [c for c in prep.children if c.dep_ == "pobj"]
                out.extend(objs or stranded_object(prep))
    return out


def prep_index(anchors: list[Token]) -> dict[str, list[Token]]:
    """prep_objects for every preposition at once: word -> objects, in anchor order."""
    index: dict[str, list[Token]] = {}
    seen: set[int] = set()
    for anchor in anchors:
        for prep in anchor.children:
            if prep.dep_ in ("prep", "dative", "agent") and prep.i not in seen:
                seen.add(prep.i)
                objs = [c for c in prep.children if c.dep_ == "pobj"]
                index.setdefault(prep.lower_, []).extend(objs or stranded_object(prep))
    return index
