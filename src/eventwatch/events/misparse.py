"""Where the parser misreads news sentences, and the reading that repairs each case.

Every function takes tokens only: a misplaced subject, object, agent or preposition object
that the argument finder (arguments.py) falls back on when the parse gives none.
"""

from __future__ import annotations

from eventwatch.events.parsed import Parsed, Token


def misread_main_verb(verb: Token) -> bool:
    """ "Doctors from X donated and delivered goods": in a sentence whose root is a noun, a participle
    taking a direct object (itself or by its conjunct) is the main verb, not a passive modifier."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or noun_root(verb) is None:
        return False
    return any(
        c.dep_ == "dobj" for v in [verb, *(c for c in verb.children if c.dep_ == "conj")] for c in v.children
    )


def noun_root(tok: Token) -> Token | None:
    """The sentence root when it is a noun before the token (a sentence the parser left verbless)."""
    root = tok
    while root.head.i != root.i:
        root = root.head
    return root if root.pos_ in ("NOUN", "PROPN") and root.i < tok.i else None


def fronted_subject(verb: Token) -> list[Token]:
    """ "With the deal signed, Sudan and the rebels agreed": the parser hung the subject on the phrase."""
    if verb.dep_ not in ("ROOT", "ccomp") or verb.tag_ in ("VB", "VBG", "VBN") and not _has_aux(verb):
        return []
    for prep in (c for c in verb.lefts if c.dep_ == "prep"):
        for tok in prep.subtree:
            if (
                tok.dep_ in ("conj", "appos")
                and tok.left_edge.i > 0
                and tok.doc[tok.left_edge.i - 1].text == ","
            ):
                return [tok]
    return []


def _has_aux(verb: Token) -> bool:
    return any(c.dep_ == "aux" for c in verb.children)


def dangling_agent(verb: Token) -> list[Token]:
    """ "X was accused of fraud, much of it embezzled, by officials": the parser hung the agent higher;
    "X was labelled a terrorist group by Turkey": it took the agent for a plain "by" phrase."""
    named = _by_objects(list(verb.children))
    if any(o.pos_ == "PROPN" for o in named):
        return named
    hung = _complements(verb)
    named = _by_objects(hung)
    if any(o.pos_ == "PROPN" for o in named):  # "... a terrorist group by Turkey, the EU and the US"
        listed = [c for c in hung if c.dep_ == "conj" and c.i > named[0].i]  # the list, hung there too
        return named + listed
    if verb.dep_ not in ("ccomp", "conj", "advcl") or verb.head.i == verb.i:
        return []
    doc = verb.doc
    preps = [
        t
        for t in verb.head.subtree
        if t.lower_ == "by"
        and t.dep_ in ("prep", "agent")
        and t.i > verb.right_edge.i
        and doc[t.i - 1].text == ","
    ]  # ", by officials" after the clause: set off by a comma, it belongs to the passive before it
    return [
        o for prep in preps[:1] for o in prep.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")
    ]


def _by_objects(tokens: list[Token]) -> list[Token]:
    """The objects of the "by" phrases among `tokens`."""
    preps = [c for c in tokens if c.lower_ == "by" and c.dep_ == "prep"]
    return [o for prep in preps for o in prep.children if o.dep_ == "pobj"]


def _complements(verb: Token) -> list[Token]:
    """What hangs on a passive's complement ("labelled a terrorist group", "designated as a terrorist
    organisation"), where the parser often leaves its "by X"."""
    comps = [c for c in verb.children if c.dep_ in ("oprd", "attr")]
    comps += [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "as"
        for o in c.children
        if o.dep_ == "pobj"
    ]
    return [c for comp in comps for c in comp.children]


def asked_clause(clause: Token) -> bool:
    """ "called for Serbia to withdraw": a for-to clause is what is asked, not a circumstance."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)


def verb_read_as_modifier(verb: Token) -> bool:
    """ "A Russian court jailed opposition politician X": a verb with a subject of its own that the
    parser hung, as a modifier, on the noun that is its object."""
    return verb.dep_ == "amod" and verb.tag_ == "VBD" and any(c.dep_ == "nsubj" for c in verb.children)


def modified_object(verb: Token) -> list[Token]:
    """The object of a verb read as a modifier: the head of the noun phrase it was hung on."""
    head = verb.head
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    return [head]


def displaced_objects(verb: Token) -> list[Token]:
    """An object the parser hung elsewhere: "killed up to 20 people", "condemned as a crime X's raid",
    "jailed opposition politician X" (a verb read as a modifier)."""
    if verb_read_as_modifier(verb):
        return modified_object(verb)
    out: list[Token] = []
    ups = [c for c in verb.children if c.dep_ == "prt" and c.lower_ == "up"]
    for child in verb.children:
        if ups and child.lower_ == "to" and child.i == ups[0].i + 1:
            out += [o for o in child.children if o.dep_ == "pobj"]
        if child in ups:
            out += [o for to in child.children if to.lower_ == "to" for o in to.children if o.dep_ == "pobj"]
        if child.dep_ == "prep" and child.lower_ == "as":
            out += [a for o in child.children if o.dep_ == "pobj" for a in o.children if a.dep_ == "appos"]
    return out


def stranded_object(prep: Token) -> list[Token]:
    """ "granted asylum to officers holed up in X": the parser made the object a subject of what follows."""
    doc = prep.doc
    for k in range(prep.i + 1, min(prep.i + 8, len(doc))):
        tok = doc[k]
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.left_edge.i == prep.i + 1 and tok.head.i > tok.i:
            return [tok]
    return []


def small_clause_object(verb: Token) -> list[Token]:
    """ "called the Israeli strikes a war crime", parsed as "called [the Israeli strikes (verb) a war
    crime]": a naming verb's object read as a clause whose verb, with no subject, takes the label as
    its own object; that verb is the named object."""
    if any(c.dep_ in ("dobj", "oprd") for c in verb.children):
        return []
    return [
        c
        for c in verb.children
        if c.dep_ == "ccomp"
        and c.tag_ in ("VBZ", "NNS")  # "strikes", "attacks": a plural noun or a verb
        and not any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children)
        and any(d.dep_ == "dobj" for d in c.children)
    ]


CHARGE_NOUNS = {"charge", "accusation", "allegation", "claim", "assertion"}


def charge_denied(p: Parsed, verb: Token) -> bool:
    """ "X blamed Y for the bombing, a charge New Delhi denied": a denial of the charge just told
    (its subject or, read as a relative clause, its object). The parser hangs the told clause before
    it on the denial as its content."""
    return any(
        c.dep_ in ("nsubj", "dobj")
        and p.lemma(c) in CHARGE_NOUNS
        and c.i > 0
        and p.tokens[c.left_edge.i - 1].text == ","
        for c in verb.children
    )
