"""Find the triggers of the lexicon in a parsed sentence: verbs, phrases, nouns and light-verb nouns."""

from __future__ import annotations

from dataclasses import dataclass

from eventwatch.events.arguments import conjuncts, object_tokens, phrase, resolve
from eventwatch.events.lexicon import Trigger
from eventwatch.events.misparse import verb_read_as_modifier
from eventwatch.events.parsed import Parsed, Token
from eventwatch.events.status import MODAL_AUX

PREPOSITIONS = {
    "for",
    "on",
    "in",
    "up",
    "out",
    "off",
    "down",
    "with",
    "over",
    "as",
    "into",
    "at",
    "to",
    "from",
    "back",
}
VERB_REACH = {
    "dobj",
    "prt",
    "prep",
    "pobj",
    "nsubjpass",
    "amod",
    "compound",
    "dative",
    "attr",
    "oprd",
    "acomp",
    "npadvmod",
    "nmod",
    "pcomp",
    "advmod",
    "nummod",
}
NOUN_REACH = {
    "compound",
    "amod",
    "nmod",
    "prep",
    "pobj",
    "poss",
}  # "the teachers' strike" is a teacher strike
VERB_POS = {"VERB"}
NOUN_POS = {"NOUN", "PROPN"}
NOMINAL_DEPS = {"dobj", "nsubj", "nsubjpass", "pobj"}


@dataclass(slots=True, frozen=True)
class Match:
    """A trigger found at a token: `used` are the tokens its words took, `light` the verb carrying a noun."""

    trigger: Trigger
    token: Token
    used: frozenset[int]
    light: Token | None = None

    @property
    def anchor(self) -> Token:
        """The token that carries tense, modality and clause: the verb, else the noun."""
        return self.light if self.light is not None else self.token

    def words(self, p: Parsed) -> str:
        first, last = min(self.used), max(self.used)
        if self.light is not None:
            first, last = min(first, self.light.i), max(last, self.light.i)
        if last - first > 6:
            head = self.anchor
            return " ".join([head.text, *(p.tokens[i].text for i in sorted(self.used) if i != head.i)])
        return p.span_text(first, last)


def find_matches(p: Parsed) -> list[Match]:
    """Every trigger in the sentence; a noun taken by a phrase or a same-type verb is not repeated."""
    words = [tok for tok in p.tokens if not in_name(p, tok)]
    verbs = [m for tok in words if _verbal(tok) and (m := _verb_match(p, tok))]
    taken = {i for m in verbs for i in m.used if i != m.token.i}
    nouns = [m for tok in words if _nominal(p, tok, taken) and (m := _noun_match(p, tok))]
    nouns = [_with_light_verb(p, m) for m in nouns]
    verbs = [m for m in verbs if not _light_single(p, m, nouns)]
    verb_types = {(m.token.i, m.trigger.event_type) for m in verbs}
    nouns = [
        m
        for m in nouns
        if (m.token.head.i, m.trigger.event_type) not in verb_types
        or m.token.dep_ not in ("dobj", "nsubjpass")
    ]
    return verbs + nouns


def in_name(p: Parsed, tok: Token) -> bool:
    """A capitalised word inside an actor's name ("Rapid Support Forces", "Organisation of Islamic
    Cooperation") is part of the name, not a trigger."""
    if not tok.text[:1].isupper() or p.sentence.text.isupper():
        return False
    mention = p.mention_at.get(tok.i)
    if mention is not None:
        return mention.end - mention.start > len(tok.text)
    return _in_unknown_name(p, tok)


def _in_unknown_name(p: Parsed, tok: Token) -> bool:
    """ "the ruling Democratic Rally": a capitalised word inside a run of capitalised names that the
    knowledge lacks, in a sentence written in sentence case (a title-case headline capitalises its
    triggers too)."""
    if tok.pos_ != "PROPN" or tok.i == tok.sent.start:
        return False
    near = [tok.doc[i] for i in (tok.i - 1, tok.i + 1) if tok.sent.start <= i < tok.sent.end]
    # a neighbour the knowledge does not name: "Democratic Rally", not "ELN Kidnapping"
    names = [t for t in near if t.pos_ == "PROPN" and t.text[:1].isupper() and t.i not in p.mention_at]
    joined = [t for t in names if tok.i == t.head.i or t.i == tok.head.i]
    words = [
        t for t in tok.sent if t.is_alpha and len(t.text) > 3 and t.pos_ != "PROPN" and t.i > tok.sent.start
    ]
    return bool(joined) and sum(t.text[:1].islower() for t in words) * 2 > len(words)


def _verbal(tok: Token) -> bool:
    """A verb, but not a participle used as a noun or adjective ("the wounded", "alleged crimes")."""
    if (
        tok.pos_ not in VERB_POS
        or (tok.dep_ == "amod" and not verb_read_as_modifier(tok))
        or _gerund_noun(tok)
    ):
        return False
    return not (tok.dep_ in NOMINAL_DEPS and any(c.dep_ == "det" for c in tok.children))


def _gerund_noun(tok: Token) -> bool:
    """ "Fighting between X and Y continued": a gerund as a clause's subject, with no subject, object
    or auxiliary of its own, names the act as a noun does ("Attacking civilians is a crime" does not)."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return not any(
        c.dep_ in ("dobj", "nsubj", "nsubjpass", "aux", "auxpass", "ccomp", "xcomp") for c in tok.children
    )


def _nominal(p: Parsed, tok: Token, taken: set[int]) -> bool:
    """A noun not already part of a verb phrase, not a mere modifier ("war games"), and not a
    name of a time ("talks in March" holds no march)."""
    if (tok.pos_ not in NOUN_POS and not _gerund_noun(tok)) or tok.i in taken:
        return False
    if tok.lower_ in p.lexicon.time_words and _a_date(tok):
        return False
    return tok.dep_ != "compound" or p.lemma(tok.head) in p.lexicon.carrier_nouns


TIME_PREPS = frozenset(
    {"in", "on", "since", "until", "till", "by", "from", "before", "after", "during", "through"}
)


def _a_date(tok: Token) -> bool:
    """ "in March", "March 4", "last March": the month, not "the March for Peace"; in a text written
    in lower case, a month with its day ("on march 15")."""
    if any(c.lower_ == "the" for c in tok.children):
        return False
    if not tok.text[:1].isupper():
        following = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        return any(c.like_num for c in tok.children) or (following is not None and following.like_num)
    if tok.dep_ == "pobj" and tok.head.lower_ in TIME_PREPS:
        return True
    return tok.dep_ in ("npadvmod", "tmod") or any(
        c.like_num or c.lower_ in ("last", "next", "this") for c in tok.children
    )


def _verb_match(p: Parsed, verb: Token) -> Match | None:
    lemma = p.lemma(verb)
    candidates = p.lexicon.lookup("verb", lemma) or p.lexicon.lookup("verb", verb.lemma_.lower())
    if not candidates:
        return None
    if _idiom(p, verb, lemma):  # "released a statement": no release; "struck a deal" may still be a deal
        candidates = [t for t in candidates if t.size > 1]
    full = _reach(verb, VERB_REACH, 4) + _modified_noun(verb) + _object_complement(verb)
    strict = [t for t in full if _direct(verb, t)]
    naming = _naming(verb) or _labelled(p, verb)
    # a phrasal verb's preposition hangs on the verb itself: "called on X", not "the attacks on X"
    reach = [t for t in full if t.head.i == verb.i or t.lower_ not in PREPOSITIONS] + _clause_for(verb)
    for trig in candidates:
        if not _object_fits(p, verb, trig):
            continue
        needs_prep = any(w & PREPOSITIONS for w in trig.others)
        if naming and (needs_prep or trig.size > 1):
            continue  # "called the attacks on civilians a crime": no "call on", no strike called
        used = _others_found(p, trig, reach if needs_prep else strict)
        if used is not None and not _slot_missing(p, verb, trig, used):
            return Match(trig, verb, frozenset({verb.i, *used}))
    return None


def _slot_missing(p: Parsed, verb: Token, trig: Trigger, used: set[int]) -> bool:
    """A verb-and-object sense that needs a recipient only a preposition can give, and the verb has
    none of them: the word's next sense is read ("ordered French troops out of the country" orders;
    "ordered troops to Los Angeles" deploys them). Not a particle verb ("hit back with a tariff")."""
    if trig.needs != "recipient" or not used or any(slot in ("obj", "dative") for slot in trig.recipient):
        return False
    if not all(p.tokens[i].dep_ == "dobj" for i in used):
        return False
    return not any(c.dep_ in ("prep", "agent") and c.lower_ in trig.recipient for c in verb.children)


def _object_complement(verb: Token) -> list[Token]:
    """ "held Uganda responsible": an adjective after the object that the parser hangs on the verb as
    an adverbial clause is what the object is held to be."""
    return [c for c in verb.children if c.dep_ == "advcl" and c.pos_ == "ADJ" and c.i > verb.i]


def _object_fits(p: Parsed, verb: Token, trig: Trigger) -> bool:
    """A verb's sense by what it acts on: "welcomed the minister" hosts, "welcomed the deal" supports."""
    if trig.object_kind is None:
        return True
    if trig.object_kind == "deed":
        return tells_deeds(p, verb)
    if trig.object_kind == "reproach":
        return reproached(p, verb)
    if trig.object_kind == "praise":  # "called Sunak a great friend", not "called X's killing a crime"
        praised = said_of_object(p, verb, p.lexicon.approval_words)
        return praised and not said_of_object(p, verb, p.lexicon.disapproval_words)
    if trig.object_kind == "proposal":  # "called the proposal unacceptable" rejects it
        return any(p.lemma(o) in p.lexicon.proposal_words for o in object_tokens(verb))
    objects = object_tokens(verb)
    heads = {t.i for o in objects for t in conjuncts(o)}
    people = any(p.lemma(o) in p.lexicon.party_nouns for o in objects)
    names_party = any(a.token in heads or (people and a.token >= 0) for a in resolve(p, objects))
    return names_party == (trig.object_kind == "party")


SAYING_DEPS = {"dobj", "oprd", "attr", "acomp", "xcomp", "ccomp", "npadvmod", "dep"}


def said_of_object(p: Parsed, verb: Token, words: set[str]) -> bool:
    """One of `words` in what the verb says of its object ("called it a mistake", "described the
    raids as illegal", "was branded a terrorist group", "called Sunak a great friend"), not in its
    subject."""
    saying = [c for c in verb.children if c.dep_ in SAYING_DEPS or c.lower_ == "as"]
    saying += [  # "called Hezbollah a terrorist group", parsed as the object's apposition
        a
        for c in verb.children
        if c.dep_ == "dobj"
        for a in c.children
        if a.dep_ == "appos"
        and any(d.lower_ in ("a", "an") for d in a.children)
        and not any(t.is_punct for t in c.doc[c.i + 1 : a.i])  # "called Hamas, a group, on Monday"
    ]
    said = [t for c in saying for t in phrase(c, _told_of)] + _label(verb)
    return any(p.lemma(t) in words or t.lower_ in words for t in said)


def _label(verb: Token) -> list[Token]:
    """ "called the killing of a journalist a crime", however the parser hangs it: the last noun
    with an indefinite article after the verb's object, with its modifiers."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "ccomp")]
    if not objects:
        return []
    after = [
        t
        for t in verb.subtree
        if t.i > objects[0].i
        and t.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
    ]
    if not after:
        return []
    label, doc = after[-1], verb.doc
    if any(t.is_punct for t in doc[objects[0].i + 1 : label.i]):
        return []  # "called Hamas, a group, on Monday": a description set off by commas
    return [label, *(c for c in label.children if c.dep_ in ("amod", "compound"))]


def _told_of(tok: Token) -> bool:
    """A clause told of a phrase, not part of its words ("a response to the war, which drew criticism")."""
    return tok.dep_ in ("relcl", "acl", "advcl", "ccomp", "appos")


def tells_deeds(p: Parsed, verb: Token) -> bool:
    """ "warned that Israel's actions were ...": a verb with no object whose clause tells, as a fact
    and not a forecast, what another party is or does."""
    if object_tokens(verb):
        return False
    own = {a.actor.code for a in resolve(p, [c for c in verb.children if c.dep_ == "nsubj"])}
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        if any(a.lower_ in MODAL_AUX for a in clause.children if a.dep_ == "aux"):
            continue  # "warned that Israel would pay": a forecast, or the warner's threat
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        doers = subjects + [c for s in subjects for c in s.children if c.dep_ in ("poss", "amod", "compound")]
        if any(a.actor.code and a.actor.code not in own for a in resolve(p, doers)):
            return True
    return False


TIME_NOUNS = {"weekend", "night", "day", "week", "month", "year", "period", "course", "summer", "winter",
              "spring", "autumn", "holiday", "hour", "decade", "past"}  # fmt: skip


def reproached(p: Parsed, verb: Token) -> bool:
    """ "attacked Trudeau for raising questions", "attacked Iran over its exports": an attack for
    something someone did or said is made in words (not "attacked Gaza over the weekend")."""
    if any(_for_doing(prep) for prep in _phrase_preps(verb)):
        return True
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if prep.lower_ == "over" and any(
            o.pos_ == "NOUN" and p.lemma(o) not in TIME_NOUNS and not p.place_country(o) for o in objects
        ):
            return True
        if prep.lower_ in ("on", "in") and any(p.lemma(o) in SPEECH_MEDIA for o in objects):
            return True  # "attacked Pelosi on Twitter", "in a speech": an attack in words
    return False


def _for_doing(prep: Token) -> bool:
    return prep.lower_ == "for" and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children)


def _phrase_preps(verb: Token) -> list[Token]:
    """The verb's prepositions, and those the parser hung on the nouns of its own phrases ("attacked
    Trudeau at the end of a summit of nations for raising ...": the "for" hangs on "summit")."""
    out: list[Token] = []
    todo = [c for c in verb.children if c.dep_ == "prep"]
    while todo and len(out) < 12:
        prep = todo.pop(0)
        out.append(prep)
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            todo.extend(c for c in obj.children if c.dep_ == "prep")
    return out


SPEECH_MEDIA = {
    "twitter", "x", "facebook", "truth", "telegram", "instagram", "medium", "tweet", "post", "speech",
    "interview", "statement", "address", "op-ed", "column", "article", "letter", "broadcast", "rally",
    "briefing", "conference", "podcast", "video", "message", "remark",
}  # fmt: skip


def _idiom(p: Parsed, verb: Token, lemma: str) -> bool:
    """ "released a statement", "trucks were deployed", "offences committed by": no event."""
    if lemma not in p.lexicon.non_event_heads:
        return False
    objects = [o for o in verb.children if o.dep_ in ("dobj", "nsubjpass")]
    objects += [  # "would be met by a strong response", "was met with criticism"
        o
        for c in verb.children
        if c.dep_ == "agent" or c.lower_ == "with"
        for o in c.children
        if o.dep_ == "pobj"
    ]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        objects.append(verb.head)
    return any((lemma, p.lemma(o)) in p.lexicon.non_events for o in objects)


def _clause_for(verb: Token) -> list[Token]:
    """ "called for Serbia to withdraw": the parser makes "for" the mark of the clause it asks for."""
    return [
        m
        for c in verb.children
        if c.dep_ == "advcl"
        for m in c.children
        if m.dep_ == "mark" and m.lower_ == "for"
    ]


def _noun_match(p: Parsed, noun: Token) -> Match | None:
    names = [_hyphen_word(p, noun), p.lemma(noun), noun.lower_]
    candidates = [t for name in names for t in p.lexicon.lookup("noun", name)]
    if not candidates or non_event(p, noun) or _passing_state(p, noun):
        return None
    reach = _reach(noun, NOUN_REACH, 2)
    for trig in candidates:
        used = _others_found(p, trig, reach)
        if used is not None:
            return Match(trig, noun, frozenset({noun.i, *used}))
    return None


def non_event(p: Parsed, noun: Token) -> bool:
    """ "a press conference", "took charge of", "a state of war": looks like a trigger, names no event."""
    lemma = p.lemma(noun)
    if any(
        (p.lemma(c), lemma) in p.lexicon.non_events for c in noun.children if c.dep_ in ("compound", "amod")
    ):
        return True
    if any(  # "a request for comment", "a war of words"
        (lemma, p.lemma(o)) in p.lexicon.non_events
        for c in noun.children
        if c.dep_ == "prep"
        for o in c.children
        if o.dep_ == "pobj"
    ):
        return True
    # "in the event of war", "an end to war", "recalled its ambassador for consultations"
    if noun.dep_ == "pobj" and noun.head.lower_ in ("of", "to", "for"):
        return (p.lemma(noun.head.head), lemma) in p.lexicon.non_events
    return noun.dep_ in ("dobj", "nsubjpass") and (p.lemma(noun.head), lemma) in p.lexicon.non_events


CLAUSE_ROLES = {"nsubj", "nsubjpass", "dobj", "ROOT", "attr"}


def _passing_state(p: Parsed, noun: Token) -> bool:
    """ "since the start of the war", "the war in Ukraine" as a topic: a state noun (lexicon
    `state_nouns`) is told only as a subject or object of its clause ("a war broke out")."""
    if p.lemma(noun) not in p.lexicon.state_nouns:
        return False
    tok = noun
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ not in CLAUSE_ROLES


def _others_found(p: Parsed, trig: Trigger, reach: list[Token]) -> set[int] | None:
    """The tokens that spell the trigger's other words, or None when one is missing."""
    used: set[int] = set()
    for alternatives in trig.others:
        hit = next((t for t in reach if t.i not in used and _spells(p, t, alternatives)), None)
        if hit is None:
            return None
        used.add(hit.i)
    return used


def _spells(p: Parsed, tok: Token, alternatives: frozenset[str]) -> bool:
    return (p.lemma(tok) in alternatives or tok.lower_ in alternatives) and not _of_time(p, tok)


def _of_time(p: Parsed, tok: Token) -> bool:
    """A preposition introducing a time ("on Sunday") cannot be the particle of a phrase."""
    if tok.dep_ != "prep":
        return False
    return any(c.dep_ == "pobj" and p.lemma(c) in p.lexicon.time_words for c in tok.children)


def _direct(verb: Token, tok: Token) -> bool:
    """A token reached without a preposition other than "of" ("part of a program", not "from the town")."""
    while tok.i != verb.i and tok.head.i != tok.i:
        if tok.dep_ == "prep" and tok.lower_ != "of":
            return False
        if tok.dep_ == "pobj" and tok.head.lower_ != "of":
            return False
        tok = tok.head
    return True


def _reach(tok: Token, deps: set[str], depth: int) -> list[Token]:
    """Tokens reachable from `tok` through phrase-internal dependencies, nearest first; a step
    through "of" is free ("provided billions of dollars of aid" provides aid)."""
    out: list[Token] = []
    frontier = [(tok, depth)]
    while frontier:
        step = [
            (c, left if _of_step(c) else left - 1)
            for t, left in frontier
            if left > 0
            for c in t.children
            if c.dep_ in deps
        ]
        out.extend(c for c, _ in step)
        frontier = step
    return out


def _of_step(tok: Token) -> bool:
    """ "of", or the object of "of": the inside of a measure ("billions of dollars of aid")."""
    return tok.lower_ == "of" or (tok.dep_ == "pobj" and tok.head.lower_ == "of")


def _modified_noun(verb: Token) -> list[Token]:
    """For "exercises that X will hold" and "the curfew imposed in Y": the noun the clause modifies."""
    if verb.dep_ in ("relcl", "acl") and verb.head.i != verb.i:
        noun = verb.head
        of_objects = [
            o for prep in noun.children if prep.lower_ == "of" for o in prep.children if o.dep_ == "pobj"
        ]
        return [noun, *of_objects, *_reach(noun, {"compound", "amod"}, 1)]
    return []


def _hyphen_word(p: Parsed, tok: Token) -> str:
    """ "cease-fire", "sit-in" as one word when spaCy split them at the hyphen."""
    if "-" not in p.sentence.text:
        return str(tok.lower_)
    doc, first, last = p.sdoc, tok.i, tok.i
    while first >= 2 and _joined(doc[first - 2], doc[first - 1]):
        first -= 2
    while last + 2 < len(doc) and _joined(doc[last], doc[last + 1]):
        last += 2
    return str(doc[first : last + 1].text).lower()


def _joined(left: Token, hyphen: Token) -> bool:
    return bool(hyphen.text == "-" and not left.whitespace_ and not hyphen.whitespace_)


def _with_light_verb(p: Parsed, m: Match) -> Match:
    """ "hold talks", "launch an offensive", "talks were held": the verb carries the noun's event."""
    carrier = _carrier(m.token)
    head = carrier.head
    light = p.lemma(head) in p.lexicon.light_verbs and head.pos_ in VERB_POS
    if carrier.dep_ in ("dobj", "nsubjpass") and light and not _naming(head) and not _labelled(p, head):
        return Match(m.trigger, m.token, m.used, head)
    if (
        carrier.dep_ == "pobj"
        and head.lower_ in ("in", "under")
        and p.lemma(head.head) in p.lexicon.light_verbs
    ):
        return Match(m.trigger, m.token, m.used, head.head)  # "engaged in fighting", "put under arrest"
    if carrier.dep_ == "pobj" and head.lower_ == "with" and _answering(p, head.head):
        return Match(m.trigger, m.token, m.used, head.head)  # "hit back with rocket fire"
    return m


RESPONSES = {"respond", "retaliate", "react", "reply", "answer"}


def _answering(p: Parsed, verb: Token) -> bool:
    """A verb of answering: "responded", "retaliated", or any "hit|strike|fight back"; its "with"
    tells the answer."""
    if verb.pos_ not in VERB_POS:
        return False
    back = any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children)
    return back or p.lemma(verb) in RESPONSES


def _naming(verb: Token) -> bool:
    """ "called the attacks a crime", "was labelled a terrorist group": the verb names its object."""
    return any(c.dep_ == "oprd" and c.pos_ in ("NOUN", "PROPN", "ADJ") for c in verb.children)


def _labelled(p: Parsed, verb: Token) -> bool:
    """ "called the attacks on civilians a brutal crime", "called Sunak a great friend", however the
    parser hangs the label: the verb names its object rather than carrying or calling on it."""
    words = p.lexicon.disapproval_words | p.lexicon.approval_words
    return any(p.lemma(t) in words for t in _label(verb))


def _carrier(noun: Token) -> Token:
    """The noun phrase that fills the verb's slot: itself, its compound head, or "days of" / "a round of"."""
    if noun.dep_ == "compound" and noun.head.pos_ in NOUN_POS:
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in NOUN_POS:
        return noun.head.head
    return noun


def _light_single(p: Parsed, m: Match, nouns: list[Match]) -> bool:
    """A one-word verb trigger that only carries a noun event ("host a summit") yields to the noun."""
    if m.trigger.size > 1 or p.lemma(m.token) not in p.lexicon.light_verbs:
        return False
    return any(n.light is not None and n.light.i == m.token.i for n in nouns)
