"""Did it happen? occurred, ongoing, planned (announced), hypothetical (conditional, proposed) or negated."""

from __future__ import annotations

from eventwatch.events.parsed import Parsed, Token

FUTURE = {"will", "shall", "'ll", "wo", "gon"}
POSSIBLE = {"could", "might", "may", "should", "must", "can", "ought"}
CONDITIONS = {"if", "unless", "whether", "lest", "provided"}
DEFINITE = {"the", "this", "that", "these", "those"}
NEGATIONS = {"not", "n't", "never", "no"}
PRESENT_BE = {"is", "are", "am", "'s", "'re"}
STILL = {"still", "currently"}  # "still occupies", "is currently holding talks"
# in the present, an act told as habitual goes on: "reservists increasingly refuse duty", "routinely detain"
HABITUAL = {"increasingly", "routinely", "regularly", "constantly", "continually", "continuously"}
HABITUAL |= {"frequently"}
QUESTION_AUX = {"did", "does", "do", "will", "would", "could", "can", "should", "shall", "may", "might"}
QUESTION_AUX |= {"has", "have", "had", "is", "are", "was", "were"}
PAST_AUX = {"has", "have", "had", "was", "were", "'ve", "'d"}
MODAL_AUX = FUTURE | POSSIBLE | {"would", "to"}
# "may have attacked" tells a past act, unverified; "could have" does not
EPISTEMIC = {"may", "might", "must"}
AMID = {"amid", "amidst"}
MEANS = {"by", "through", "via"}
DURATION_UNITS = {"year", "month", "week", "decade", "day"}
CLIMB = {
    "xcomp",
    "acl",
    "conj",
    "cc",
    "pcomp",
    "pobj",
    "prep",
    "dobj",
    "nsubjpass",
    "advcl",
    "relcl",
    "ccomp",
    "attr",
    "appos",
}
ARGUMENT_PREPS = {"for", "including", "to", "on", "of", "against", "from"}  # "warned against", "barred from"
ENUMERATORS = {"including", "like", "as", "such"}
RANK = {"negated": 4, "hypothetical": 3, "planned": 2, "ongoing": 1, "occurred": 0}


DURATIVE = {"war", "conflict", "occupation", "blockade", "siege", "insurgency", "crackdown"}
DURATIVE |= {"sanction", "embargo"}  # states of affairs that go on once begun
PRESENT_TAGS = ("VBZ", "VBP")


def event_status(p: Parsed, anchor: Token, speech: Token | None = None, noun: Token | None = None) -> str:
    """Status of the event at `anchor` (the light verb of `noun`, if any), up to the clause of saying."""
    found = _own_status(p, anchor, speech)
    if found == "occurred" and _lasting(p, anchor):
        found = "ongoing"  # "Israel's war in Gaza has complicated those efforts": a state that goes on
    if found == "occurred" and anchor.dep_ == "nsubj" and p.control(anchor.head) == "ongoing":
        found = "ongoing"  # "fighting has continued", "the protests went on": the act's own predicate
    if noun is not None and noun.i != anchor.i:
        found = _stronger(found, _light_status(p, anchor, noun))
    if noun is not None and found == "occurred" and _coming(noun):
        found = "planned"
    told = _presupposed(anchor)
    direct = True  # "continued to shell": a governor's "ongoing" reaches only its own complement
    tok, steps = anchor, 0
    while tok.dep_ in CLIMB and tok.head.i != tok.i and steps < 8 and found != "negated":
        if tok.dep_ == "ccomp" and _is_speech(p, tok.head):
            break
        if _past_finite(tok) and tok.dep_ not in ("conj", "xcomp") or _perfect_infinitive(tok):
            break  # "refused to meet Cameron after he met the Dalai Lama": a past clause tells a fact
        if tok.dep_ == "relcl":
            break  # "punished the group that attacked the base": a relative clause tells its own event
        child, tok, steps = tok, tok.head, steps + 1
        governing = _governor_status(p, tok, child, speech)
        if governing == "ongoing" and not direct:
            governing = "occurred"
        direct = direct and child.dep_ in ("xcomp", "dobj", "nsubjpass")
        if not told or _control(p, tok, child) is not None:
            # "will not tolerate attacks such as last Friday's bombing": the bombing happened
            found = _stronger(found, governing)
        if (
            child.dep_ == "prep" and child.lower_ not in ENUMERATORS
        ):  # above an adjunct, governors speak of other things
            break
    if found in ("occurred", "planned", "ongoing") and _yes_no_question(p):
        return "hypothetical"  # "Will Russia attack Ukraine?" asks, it tells nothing
    return found


def _lasting(p: Parsed, noun: Token) -> bool:
    """A lasting state (war, occupation, blockade, sanctions) told as the subject or object of a
    clause in the present or present perfect: it goes on."""
    if noun.pos_ not in ("NOUN", "PROPN") or p.lemma(noun) not in DURATIVE:
        return False
    verb = noun.head
    if noun.dep_ not in ("nsubj", "dobj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return False
    perfect = any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)
    return verb.tag_ in PRESENT_TAGS or perfect


HAPPENING = {"take", "start", "begin", "open", "convene", "resume"}  # "which will take place", "will open"


def _coming(noun: Token) -> bool:
    """ "the summit, which will take place in Venice": a relative clause tells the event is to come
    (one the parser hangs on a name inside the event's phrase must say that it happens)."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    clauses = [t for t in noun.subtree if t.dep_ == "relcl"]
    return any(
        any(a.dep_ == "aux" and a.lower_ in FUTURE for a in c.children)
        and (c.head.i == noun.i or c.lemma_ in HAPPENING or _held(c))
        for c in clauses
    )


def _held(verb: Token) -> bool:
    return verb.lemma_ == "hold" and any(c.dep_ == "auxpass" for c in verb.children)  # "will be held"


def past_tense(tok: Token) -> bool:
    """ "attacked", "has attacked", "sent X to join", "had to fire": told in a finite past clause."""
    steps = 0
    while tok.tag_ == "VB" and tok.dep_ in ("xcomp", "advcl") and steps < 4:
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            break
        tok, steps = tok.head, steps + 1
    return _past_finite(tok)


def present_tense(tok: Token) -> bool:
    """ "begins a visit", "is meeting": with a date after the report, a present tells an arrangement."""
    auxes = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    if tok.tag_ in ("VBZ", "VBP"):
        return not auxes
    return tok.tag_ == "VBG" and bool(auxes & PRESENT_BE)


def _yes_no_question(p: Parsed) -> bool:
    """A question opened by an auxiliary ("Will X attack?"); "Why did X attack?" takes the act as given."""
    words = [t for t in p.tokens if not t.is_punct]
    if not words or not p.sentence.text.rstrip(" \"'”’»)").endswith("?"):
        return False
    return words[0].lower_ in QUESTION_AUX


def _past_finite(tok: Token) -> bool:
    """A verb in a finite past tense ("met", "has met", "was attacked") asserts its own event."""
    if tok.tag_ == "VBD":
        return True
    auxes = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    return tok.tag_ == "VBN" and bool(auxes & PAST_AUX) and not auxes & MODAL_AUX


def _perfect_infinitive(tok: Token) -> bool:
    """ "is believed to have ambushed": a past act, however it is hedged."""
    auxes = [c.lower_ for c in tok.children if c.dep_ == "aux"]
    return tok.tag_ == "VBN" and auxes[-2:] == ["to", "have"]


def _tense(tok: Token) -> str | None:
    """ "past" ("had to", "was forced to", "was able to"), "present" ("has to"), or None when not finite."""
    verb = tok.head if tok.dep_ == "acomp" else tok
    if _past_finite(verb):
        return "past"
    finite = verb.tag_ in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    nonfinite = verb.tag_ in ("VB", "VBG") and not any(c.lower_ in PRESENT_BE for c in verb.children)
    return "present" if finite and not nonfinite else None


def _control(p: Parsed, gov: Token, child: Token) -> str | None:
    """The status `gov` imposes on `child`; an implicative word by its tense ("had to go", "has to go")."""
    control = p.control(gov)
    if control == "rejecting":  # "rejected Hamas's offer" answers an offer that was made
        return (
            None
            if child.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "poss" for c in child.children)
            else "negated"
        )
    if control != "implicative":
        return control
    if child.dep_ == "xcomp" and any(c.lower_ == "yet" for c in gov.children):
        return "negated"  # "has yet to withdraw"
    tense = _tense(gov) if child.dep_ in ("xcomp", "acl") else None
    if tense is None:  # "using it to try to blame": the clause above tells the tense
        return None
    return "occurred" if tense == "past" else "hypothetical"


def _modifier_status(p: Parsed, tok: Token) -> str | None:
    """ "the planned attack", "a possible strike", "the ongoing talks", "the 40-year-old embargo"."""
    for c in tok.children:
        if c.dep_ not in ("amod", "compound", "nmod"):
            continue
        control = p.control(c) if c.dep_ == "amod" or c.tag_ in ("JJ", "VBN", "VBG") else None
        if any(g.lower_ == "so" for g in c.children):
            continue  # "so-called": a name, not a status; a noun before the event ("call") qualifies nothing
        if control is not None and control != "implicative":
            return "negated" if control == "rejecting" else control
        if p.lemma(c) in ("old", "long") and any(p.lemma(g) in DURATION_UNITS for g in c.children):
            return "ongoing"
    return None


def _light_status(p: Parsed, light: Token, noun: Token) -> str:
    """ "planned an attack", "continued its attacks": a light verb's own sense.

    Not a verb of saying: "announced sanctions" imposes them. Not with a particle: "stepped up attacks".
    """
    control = _control(p, light, noun)
    particle = any(c.dep_ == "prt" for c in light.children)
    if control in ("planned", "ongoing", "negated") and not particle and not _is_speech(p, light):
        return control
    return "occurred"


def _presupposed(anchor: Token) -> bool:
    """A definite event noun ("the bombing", "Friday's attack") is told as a fact, whatever governs it."""
    if anchor.pos_ not in ("NOUN", "PROPN"):
        return False
    return any((c.dep_ == "det" and c.lower_ in DEFINITE) or c.dep_ == "poss" for c in anchor.children)


def _own_status(p: Parsed, tok: Token, speech: Token | None) -> str:
    children = list(tok.children)
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in children):
        return "negated"
    if _no_subject(tok) or _instead(tok):
        return "negated"
    if _conditional(tok):
        return "hypothetical"
    modal = _modal_status(p, tok, speech)
    if modal:
        return modal
    modifier = _modifier_status(p, tok)
    if modifier:
        return modifier
    if tok.dep_ == "pobj" and tok.head.lower_ in AMID:
        return "ongoing"  # "amid talks with Iran"
    auxes = {c.lower_ for c in children if c.dep_ == "aux"}
    if tok.tag_ == "VBG" and (auxes & PRESENT_BE or {"been"} <= auxes and auxes & {"has", "have"}):
        return "ongoing"  # "is shelling", "has been shelling"
    if not _past_finite(tok) and any(c.dep_ == "advmod" and c.lower_ in STILL for c in children):
        return "ongoing"  # "still occupies the north"
    if tok.tag_ in ("VBZ", "VBP") and any(c.dep_ == "advmod" and c.lower_ in HABITUAL for c in children):
        return "ongoing"  # "increasingly refuse duty": a present habit
    return "occurred"


def _own_clause(tok: Token) -> bool:
    """A conjunct with its own tense ("urged", "urges") or subject ("and I applaud") is its own clause."""
    return tok.tag_ in ("VBD", "VBZ") or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def _no_subject(tok: Token) -> bool:
    """ "Neither X nor Y attended", "No country sent troops": nobody did it."""
    for subject in tok.children:
        if subject.dep_ in ("nsubj", "nsubjpass"):
            return any(
                (c.dep_ == "preconj" and c.lower_ == "neither") or (c.dep_ == "det" and c.lower_ == "no")
                for c in subject.children
            )
    return False


def _instead(tok: Token) -> bool:
    """ "attacked instead of holding talks", "rather than negotiating", "without a fight": not done."""
    if tok.dep_ not in ("pobj", "pcomp"):
        return False
    prep = tok.head
    marks = {(prep.lower_, c.lower_) for c in prep.children} | {(prep.lower_, prep.head.lower_)}
    return prep.lower_ == "without" or bool(marks & {("of", "instead"), ("than", "rather")})


def _modal_status(p: Parsed, tok: Token, speech: Token | None) -> str | None:
    for aux in tok.children:
        if aux.dep_ not in ("aux", "auxpass"):
            continue
        word = aux.lower_
        if word in FUTURE or (word == "going" and tok.tag_ == "VB"):
            return "planned"
        if word in ("would", "'d"):
            return "planned" if speech is not None or _reported(p, tok) else "hypothetical"
        if word in EPISTEMIC and tok.tag_ == "VBN" and "have" in {c.lower_ for c in tok.children}:
            return None  # "may have attacked": a past act, unverified
        if word in POSSIBLE:
            return "hypothetical"
    to_infinitive = tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    if to_infinitive and (_be_to(tok) or tok.dep_ == "ROOT"):  # "X is to visit", headline "X to visit Y"
        return "planned"
    return None


def _be_to(tok: Token) -> bool:
    """ "X is to visit Y" / "talks are due to be held": an arrangement for the future."""
    head = tok.head
    return tok.dep_ == "xcomp" and head.lemma_ == "be"


def _purpose(tok: Token) -> bool:
    """ "fired shots to disperse the crowd": the purpose shares the status of its act."""
    return (
        tok.dep_ == "advcl"
        and tok.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    )


def _conditional(tok: Token) -> bool:
    if tok.dep_ == "ccomp":  # "declined to say whether he would demand ...": an open question
        return any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in tok.children)
    if tok.dep_ != "advcl":
        return False
    return any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in tok.children)


def _governor_status(p: Parsed, gov: Token, child: Token, speech: Token | None) -> str:
    """What a governing word does to the event below it: "refused to", "plans to", "if", "will"."""
    dep = child.dep_
    if dep == "conj" and _own_clause(child):  # "would defend X and urged Y": a tense of its own
        return "hypothetical" if _conditional(gov) else "occurred"
    own = _own_status(p, gov, speech)
    means = dep == "prep" and child.lower_ in MEANS  # "will work together by sharing intelligence"
    if dep in ("conj", "appos", "cc", "pobj") or (dep == "advcl" and _purpose(child)) or means:
        return own if own in ("planned", "hypothetical", "negated") else "occurred"
    control = _control(p, gov, child)
    if dep == "prep" and (control is None or child.lower_ not in ARGUMENT_PREPS):  # "decided at a summit"
        return own if own in ("hypothetical", "negated") else "occurred"
    participle = dep == "advcl" and child.tag_ == "VBG" and not any(c.dep_ == "mark" for c in child.children)
    if participle and control is not None and not _set_off(p, gov, child):
        return _stronger(own if own != "ongoing" else "occurred", control)  # "ruled out sending tanks"
    if dep == "advcl":  # "continued its build-up, warning civilians": the control speaks of its complement
        return (
            own if own in (("planned", "hypothetical") if participle else ("hypothetical",)) else "occurred"
        )
    if dep == "ccomp" and control is None and own == "negated":
        return "occurred"  # "has not said when it will cut ties": the clause keeps its own status
    if dep == "relcl" and control is None:
        return own if own == "hypothetical" else "occurred"
    if control is not None and own == "negated":
        if control == "negated" and p.control(gov) == "rejecting":
            return "hypothetical"  # "did not rule out an attack": possible
        return "negated" if control != "negated" else "occurred"  # "did not stop attacking"
    return _stronger(own if own != "ongoing" else "occurred", control or "occurred")


def _set_off(p: Parsed, gov: Token, child: Token) -> bool:
    """A comma or an object between a verb and its participle makes the participle an adjunct."""
    first, last = sorted((gov.i, child.i))
    between = p.tokens[first + 1 : last]
    return any(t.lower_ in (",", ";", "--") or t.dep_ == "dobj" for t in between)


def _reported(p: Parsed, tok: Token) -> bool:
    """Inside what someone said ("said they would boycott")."""
    while tok.head.i != tok.i:
        if tok.dep_ in ("ccomp", "parataxis") and _is_speech(p, tok.head):
            return True
        tok = tok.head
    return False


def _is_speech(p: Parsed, tok: Token) -> bool:
    return p.lemma(tok) in p.lexicon.speech


def _stronger(a: str, b: str) -> str:
    return a if RANK[a] >= RANK[b] else b
