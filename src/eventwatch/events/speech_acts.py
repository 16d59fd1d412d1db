"""Acts done in words: "vowed to fight" threatens, "said it will help" promises, "X must leave" demands.

Also gives a speech act the CAMEO code of what it is about ("threatened to attack" -> 138).
"""

from __future__ import annotations

from dataclasses import replace

from eventwatch.events.arguments import Arg, agent_tokens, prep_objects, resolve, subject_tokens
from eventwatch.events.cameo import CONFLICT_QUADS, QUAD_OF_TYPE, recoded
from eventwatch.events.circumstances import clause_head, event_date
from eventwatch.events.coder import OWNING_UP, OWNING_VERBS, Frame, conflict_word
from eventwatch.events.confidence import event_confidence
from eventwatch.events.misparse import asked_clause, charge_denied
from eventwatch.events.parsed import Parsed, Token
from eventwatch.events.parties import identity
from eventwatch.events.speaker import speaker_args, speech_verb
from eventwatch.records import Actor, Event

DEMAND_VERBS = {"have", "need"}
GENERIC = {"AGREE": "030", "THREATEN": "130", "REQUEST": "100", "REJECT": "120"}
CRITICISM_CODE = "111"  # criticize or denounce
ALLEGATION_CODE = "112"  # accuse, not specified
SAYS_TYPES = {"AGREE", "THREATEN"}
NOT_THREATS = {"MOBILIZE", "ACCUSE", "REQUEST", "REJECT"}
NOT_ANNOUNCED = {"AGREE", "THREATEN", "REQUEST", "REJECT", "ACCUSE", "MOBILIZE"}
MEETINGS = {"CONSULT"}  # a meeting told as coming is scheduled, not promised
REFUSING_MODALS = {"will", "would", "'ll", "wo", "can", "ca", "shall"}  # "could not agree": inability
SCHEDULED = {"due", "set", "scheduled", "expected", "slated", "poised"}
WILLING = {"willing", "ready", "prepared", "eager", "happy", "keen", "open"}
OWN_MODALS = {"may", "might", "could", "will", "would", "shall", "can"}
ABOUT_TYPES = {"AGREE", "THREATEN", "REJECT", "REQUEST", "SUPPORT", "AID"}
CIRCUMSTANCE_PREPS = {"after", "before", "since", "during", "following", "amid", "despite", "because"}
CLAIM_LINKS = {"ccomp", "acl", "pcomp", "pobj", "prep", "dobj", "xcomp", "advcl"}
COMPLEMENT_DEPS = {"xcomp", "ccomp", "conj", "dobj", "acl", "pcomp", "pobj", "prep"}


def governed(frames: list[Frame], outer: Frame) -> Frame | None:
    """The event an outer act is about: the frame whose anchor sits closest in its complement."""
    top = outer.match.token
    found: tuple[int, Frame] | None = None
    for frame in frames:
        steps = _steps_below(frame.match.anchor, top)
        if frame is not outer and steps and (found is None or steps < found[0]):
            found = (steps, frame)
            if steps == 1:
                break
    return found[1] if found else None


def _steps_below(anchor: Token, top: Token) -> int:
    """How many complement links lead from an anchor up to the outer trigger (0: none do)."""
    tok = anchor
    for step in range(1, 7):
        complement = tok.dep_ in COMPLEMENT_DEPS or asked_clause(tok)
        if tok.head.i == tok.i or not complement or tok.lower_ in CIRCUMSTANCE_PREPS:
            return 0  # "agreed to a truce after the fighting": the fighting is not what was agreed
        tok = tok.head
        if tok.i == top.i:
            return step
    return 0


def about(
    p: Parsed, frame: Frame, events: list[Event], inner_frame: Frame | None, inner: list[Event]
) -> list[Event]:
    """An act about another event ("threatened to attack X") takes its code and, lacking one, its target."""
    if not inner or inner_frame is None:
        return _threat_target(p, frame, _hostile_pledge(p, frame, events))
    inner_type = inner[0].event_type
    conflict = frame.match.trigger.conflict_type if inner[0].status != "negated" else None
    out = [refine(p, e, inner_type, conflict) for e in events]
    if out[0].event_type == "REQUEST" and _object_event(frame, inner_frame):
        asked = list({id(i.actor): i.actor for i in inner if i.actor is not None}.values())
        return [replace(e, recipient=a) for e in out for a in asked] or out
    same_act = inner_type == out[0].event_type  # "used tear gas to disperse protesters"
    if (out[0].event_type not in ABOUT_TYPES and not same_act) or any(e.recipient for e in out):
        return out
    if out[0].event_type == "THREATEN":
        targets = [
            a.actor
            for a in conditional_targets(p, frame, inner_frame) or _named_in(p, inner_frame.match.anchor, out)
        ]
        if targets:
            return [replace(e, recipient=t) for e in out for t in targets]
    targets = list({id(i.recipient): i.recipient for i in inner if i.recipient is not None}.values())
    return [replace(e, recipient=t) for e in out for t in targets] or out


def _hostile_pledge(p: Parsed, frame: Frame, events: list[Event]) -> list[Event]:
    """ "vowed to defeat the militia", "pledged to crush the rebels": a vow of harm threatens."""
    conflict = frame.match.trigger.conflict_type
    verb = frame.match.token
    hostile = any(
        c.dep_ in ("xcomp", "ccomp") and p.lemma(c) in p.lexicon.hostile_words for c in verb.children
    )
    if not conflict or not hostile:
        return events
    return [_retyped(p, e, conflict, GENERIC[conflict]) for e in events]


def conditional_targets(p: Parsed, frame: Frame, inner: Frame) -> list[Arg]:
    """ "threatened to strike unless Y withdraws": the threat is aimed at Y."""
    for clause in [*inner.match.anchor.subtree, *frame.match.anchor.subtree]:
        if clause.dep_ == "advcl" and _condition(clause.head) is not None:
            targets = resolve(p, [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")])
            own = {a.actor.code for a in frame.actors if a.actor.code}
            targets = [t for t in targets if t.actor.code not in own]  # "... if it gets no answer": itself
            if targets:
                return targets
    return []


def _threat_target(p: Parsed, frame: Frame, events: list[Event]) -> list[Event]:
    """A threat about no coded act still names its target in what it threatens."""
    if not events or events[0].event_type != "THREATEN" or any(e.recipient for e in events):
        return events
    clauses = [c for c in frame.match.token.children if c.dep_ in ("xcomp", "ccomp")]
    targets = [t.actor for c in clauses for t in _named_in(p, c, events)][:1]
    return [replace(e, recipient=t) for e in events for t in targets] or events


def _named_in(p: Parsed, clause: Token, events: list[Event]) -> list[Arg]:
    """ "threatened to resume attacks in Israel": a state named in what is threatened is its target."""
    own = {(e.actor.code if e.actor else None) for e in events}
    for tok in clause.subtree:
        mention = p.mention_at.get(tok.i)
        if mention and mention.actor.kind in ("state", "igo") and mention.actor.code not in own:
            named = [a for a in resolve(p, [tok]) if a.actor.code not in own]  # "X and Y" are both targets
            return named or [Arg(p.actor_at(tok) or mention.actor, tok.i, "mention")]
    return []


def _object_event(frame: Frame, inner: Frame) -> bool:
    """ "demanded the withdrawal of X": the demand is made of whoever is to act (X)."""
    noun = inner.match.token
    return inner.match.trigger.pos == "noun" and noun.dep_ == "dobj" and noun.head.i == frame.match.token.i


def refine(p: Parsed, event: Event, inner_type: str | None, conflict_type: str | None) -> Event:
    """Retype an AGREE about a conflict act as THREATEN, and pick the CAMEO code of what the act is about."""
    if inner_type is None:
        return event
    if conflict_type and QUAD_OF_TYPE.get(inner_type) in CONFLICT_QUADS and inner_type not in NOT_THREATS:
        event = _retyped(p, event, conflict_type, GENERIC[conflict_type])
    code = p.lexicon.refine.get((event.event_type, inner_type))
    if code and event.cameo == GENERIC.get(event.event_type):
        event = _retyped(p, event, event.event_type, code)
    return event


def said_acts(p: Parsed, frame: Frame, events: list[Event], *, inside_act: bool) -> list[Event]:
    """Acts done by announcing: "will help" promises (AGREE), "will strike" threatens, "will not" rejects."""
    if not events:
        return []
    speaker = frame.speaker.actor if frame.speaker else None
    if speaker is not None and _demanded(p, frame.match.anchor):
        return [_said(p, ev, "REQUEST", speaker, ev.actor) for ev in events]
    etype = events[0].event_type
    if inside_act or etype in ("REJECT", "THREATEN", "REQUEST", "ACCUSE"):
        return []
    kind = _announced_kind(frame, etype)
    stated = speaker is not None or _willing(frame.match.anchor)
    if kind is None or (kind == "AGREE" and (_scheduled(frame.match.anchor) or not stated)):
        return []  # "will meet", "is due to attend": a schedule, not a promise; the planned act is the event
    if (
        kind == "THREATEN"
        and speaker is None
        and not _willing(frame.match.anchor)
        and not _condition(frame.match.anchor)
    ):
        return []
    return [_said(p, ev, kind, ev.actor or speaker, ev.recipient) for ev in events if ev.actor or speaker]


def under_claim(p: Parsed, anchor: Token) -> bool:
    """ "denied claims that his forces used gas", "allegations that Y shelled", "blamed Y for
    backing Z": claimed, not told."""
    tok = anchor
    for _ in range(6):
        if tok.head.i == tok.i or tok.dep_ not in CLAIM_LINKS:
            return False
        child, tok = tok, tok.head
        if _owned_up(p, tok):
            return False  # "claimed responsibility for the bombing": its doer says it did it
        if child.dep_ == "ccomp" and child.i < tok.i and charge_denied(p, tok):
            return False  # "X blamed Y for the bombing, a charge Z denied": the parser hangs the
            # told clause on the denial that follows it
        if p.lemma(tok) in p.lexicon.claim_words or (child.lower_ == "for" and _blames(p, tok)):
            return True
    return False


def _owned_up(p: Parsed, tok: Token) -> bool:
    """ "claimed responsibility for", "claimed credit for", "claimed the attack": owning an act."""
    if p.lemma(tok) in OWNING_UP:
        tok = tok.head
    return p.lemma(tok) in OWNING_VERBS and any(
        p.lemma(c) in OWNING_UP or (c.dep_ == "dobj" and conflict_word(p, c)) for c in tok.children
    )


CONFIRMING = {"confirm", "verify", "corroborate"}


def under_hearsay(p: Parsed, anchor: Token) -> bool:
    """ "reports that Iran intended to threaten shipping", "rumours that troops had shelled the
    town": the content clause of a word of hearsay (`hearsay_nouns`) is what was said, not a told act."""
    tok = anchor
    for _ in range(6):
        if tok.head.i == tok.i or tok.dep_ not in ("xcomp", "conj", "ccomp", "acl"):
            return False
        child, tok = tok, tok.head
        if tok.pos_ == "NOUN" and p.lemma(tok) in p.lexicon.hearsay_nouns:
            confirmed = tok.dep_ == "dobj" and p.lemma(tok.head) in CONFIRMING  # "confirmed reports that"
            return (
                child.dep_ in ("acl", "ccomp")
                and any(c.lower_ == "that" for c in child.children)
                and not confirmed
            )
    return False


def _blames(p: Parsed, word: Token) -> bool:
    """ "blamed Y", "placed blame on Y", "Y was responsible for": a word of blame or of answering for
    an act, or a verb whose object is one."""
    words = [word, *(c for c in word.children if c.dep_ == "dobj")]
    blaming = p.lexicon.blame_words, p.lexicon.responsibility_words
    return any(p.lemma(w) in kind for w in words for kind in blaming)


def _answers_for(p: Parsed, word: Token) -> bool:
    """ "responsible for the attack", "behind the bombing" (lexicon `responsibility_words`): answering
    for a hostile act, as a party is said to, accuses it."""
    if (
        p.lemma(word) not in p.lexicon.responsibility_words
        and word.lower_ not in p.lexicon.responsibility_words
    ):
        return False
    objects = [c for c in word.children if c.dep_ == "pobj"]
    objects += [o for c in word.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return any(conflict_word(p, o) or p.lemma(o) in p.lexicon.disapproval_words for o in objects)


def one_type_per_trigger(events: list[Event]) -> list[Event]:
    """One trigger word tells one act: of the types read off the same words, keep the most trusted."""
    best: dict[tuple[object, ...], Event] = {}
    order: list[tuple[object, ...]] = []
    for ev in events:
        key = (ev.trigger, ev.sentence.index, identity(ev.actor), identity(ev.recipient))
        kept = best.get(key)
        if kept is None:
            order.append(key)
            best[key] = ev
        elif ev.confidence > kept.confidence:
            best[key] = ev
    return [best[k] for k in order]


def _announced_kind(frame: Frame, etype: str) -> str | None:
    """What announcing this act amounts to: a promise, a threat, a refusal, or nothing."""
    anchor, quad = frame.match.anchor, QUAD_OF_TYPE[etype]
    condition = _condition(anchor)
    conditional_own = frame.status == "hypothetical" and condition is not None and _own_modal(anchor)
    if frame.status == "negated":
        return "REJECT" if quad < 3 and _refusal(anchor) else None
    if etype in NOT_ANNOUNCED or not (frame.status == "planned" or conditional_own):
        return None
    if etype in MEETINGS and not _willing(anchor):
        return None  # "officials will meet next week, X said": a schedule; "is ready to meet" offers
    stated = frame.speaker is not None or _willing(anchor) or condition is not None
    if condition == "unless" or (quad in CONFLICT_QUADS and etype not in NOT_THREATS and stated):
        return "THREATEN"  # "said it would strike", "will withdraw unless Y complies"
    return "AGREE" if quad < 3 else None


def _scheduled(anchor: Token) -> bool:
    """ "is due to attend", "are set to meet", "is scheduled to visit": an arrangement, not a promise."""
    return anchor.dep_ == "xcomp" and anchor.head.lemma_ in SCHEDULED


def _willing(anchor: Token) -> bool:
    """ "is willing to withdraw", "ready to contribute troops": a stated readiness is a promise."""
    return anchor.dep_ == "xcomp" and anchor.head.lemma_ in WILLING


def _own_modal(anchor: Token) -> bool:
    """The act itself carries the modal ("may halt ... if"), not only its condition."""
    return any(c.dep_ == "aux" and c.lower_ in OWN_MODALS for c in anchor.children)


def _condition(anchor: Token) -> str | None:
    """ "if" or "unless" when the act is tied to a condition."""
    for clause in anchor.children:
        if clause.dep_ == "advcl":
            for mark in clause.children:
                if mark.dep_ == "mark" and mark.lower_ in ("if", "unless"):
                    return str(mark.lower_)
    return None


def _said(p: Parsed, ev: Event, kind: str, actor: Actor | None, recipient: Actor | None) -> Event:
    code = p.lexicon.refine.get((kind, ev.event_type), GENERIC[kind])
    out = replace(
        ev,
        actor=actor,
        recipient=recipient,
        status="occurred",
        confidence=round(ev.confidence * 0.85, 3),
        mentions=list(ev.mentions),
    )
    return _retyped(p, out, kind, code)


def _refusal(anchor: Token) -> bool:
    """ "will not accept", "cannot agree", "failed to reach": a refusal, not a mere report of non-events."""
    children = list(anchor.children)
    negated = any(c.dep_ == "neg" for c in children)
    if negated and any(c.dep_ == "aux" and c.lower_ in REFUSING_MODALS for c in children):
        return True
    return anchor.dep_ == "xcomp" and anchor.head.lemma_ in ("fail", "refuse", "decline")


def _retyped(p: Parsed, event: Event, event_type: str, code: str) -> Event:
    return recoded(event, event_type, code, p.lexicon.cameo.get(code))


def _demanded(p: Parsed, anchor: Token) -> bool:
    """ "X must leave", "X has to leave", "X needs to leave", "X should leave"."""
    for child in anchor.children:
        if child.dep_ == "aux" and child.lower_ in p.lexicon.demand_words:
            return True
    head = anchor.head
    return (
        anchor.dep_ == "xcomp"
        and head.lemma_ in DEMAND_VERBS
        and any(c.dep_ == "nsubj" for c in head.children)
    )


def demands(p: Parsed, frames: list[Frame]) -> list[Event]:
    """ "X said Y must stop": a demand made in words, even when what is demanded is no trigger word."""
    anchors = {f.match.anchor.i for f in frames}
    out: list[Event] = []
    for tok in p.tokens:
        if tok.i in anchors or tok.pos_ not in ("VERB", "AUX") or not _demanded(p, tok):
            continue
        speech = speech_verb(p, tok)
        speakers = speaker_args(p, speech) if speech is not None else []
        targets = resolve(p, subject_tokens(tok))
        if speech is not None and speakers:
            out.extend(_demand(p, speakers[0].actor, t.actor, tok, speech) for t in targets)
    return out


MENACED_VERBS = {"pay", "face", "suffer", "bear", "incur", "regret"}
FUTURE_AUX = {"will", "would", "'ll", "shall"}
MENACE_CODE = "130"  # threaten, not specified


def menaces(p: Parsed, frames: list[Frame]) -> list[Event]:
    """ "X said Y would pay a heavy price", "Y will face consequences", "Y will regret it": what another
    party is said to be going to suffer threatens it, though no verb of threatening is used."""
    anchors = {f.match.anchor.i for f in frames}
    out: list[Event] = []
    for verb in p.tokens:
        if verb.i in anchors or p.lemma(verb) not in MENACED_VERBS or _negated(verb):
            continue
        if not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if p.lemma(verb) != "regret" and not any(p.lemma(o) in p.lexicon.menace_words for o in objects):
            continue
        speech = speech_verb(p, verb)
        if speech is None or speech.i in anchors:
            continue  # "warned that Y would face consequences" is told by its own trigger
        speakers = [a for a in speaker_args(p, speech) if a.actor.code]
        if not speakers:
            continue
        speaker = speakers[0].actor
        for target in resolve(p, subject_tokens(verb)):
            if target.actor.code and target.actor.home != speaker.home:
                out.append(
                    _spoken(
                        p,
                        "THREATEN",
                        MENACE_CODE,
                        speaker,
                        target.actor,
                        f"{speech.text} ... {verb.text}",
                        speech,
                    )
                )
    return out


def criticisms(p: Parsed, frames: list[Frame]) -> list[Event]:
    """ "X said Y's claims were baseless", "X said the attack by Y was a crime": words of disapproval
    (lexicon `disapproval_words`) in what someone is said to say, about another party named in the
    same clause, accuse that party, though no verb of accusing is used."""
    if any(f.match.trigger.event_type == "ACCUSE" for f in frames):
        return []  # the sentence tells its accusation in its own words
    out: list[Event] = []
    for word in p.tokens:
        if (p.lemma(word) not in p.lexicon.disapproval_words and not _answers_for(p, word)) or _negated(word):
            continue
        speech = speech_verb(p, word)
        if speech is None or speech.lower_ == "according":
            continue  # "stepped up its aggression, according to a report": a source, not a critic
        speakers = [a for a in speaker_args(p, speech) if a.actor.code or a.actor.country]
        if not speakers:
            continue
        speaker = speakers[0].actor
        criticised = _criticised(p, word) or _spoken_of(p, speech)
        targets = [t for t in criticised if t.actor.home != speaker.home and t.actor.code]
        if targets and not any(e.recipient == targets[0].actor for e in out):
            out.append(
                _spoken(
                    p,
                    "ACCUSE",
                    CRITICISM_CODE,
                    speaker,
                    targets[0].actor,
                    f"{speech.text} ... {word.text}",
                    speech,
                )
            )
    return out


def claims(p: Parsed, frames: list[Frame]) -> list[Event]:
    """ "Ukraine claimed Russian forces shelled the plant", "X claimed the vote was a fraud": a claim
    (lexicon `claiming_verbs`) that another party did a hostile act, or one told in words of
    disapproval, accuses that party; the act itself is only claimed (`under_claim`). A claim of
    one's own deeds ("Hamas claimed it killed ..."), or of nothing hostile, accuses no one."""
    anchors = {f.match.anchor.i for f in frames}
    out: list[Event] = []
    for word in p.tokens:
        if word.i in anchors or _negated(word):
            continue
        claim = _claim(p, word)
        if claim is None:
            continue
        told, speakers = claim
        speakers = [a for a in speakers if a.actor.code or a.actor.country]
        if not speakers or not _hostile(p, told):
            continue
        speaker = speakers[0].actor
        target = _claimed_doer(p, told, speaker)
        if target is not None:
            out.append(_spoken(p, "ACCUSE", ALLEGATION_CODE, speaker, target, word.text, word))
    return out


CLAIM_NOUNS = {"claim", "allegation", "assertion"}
REPORTING = {"say", "tell", "report", "add", "state"}


def _claim(p: Parsed, word: Token) -> tuple[Token, list[Arg]] | None:
    """What a word claims and who claims it: "X claimed (that) Y ...", "it was claimed by X that Y
    ...", "the claim by X that Y ...", "X said Y ..., an allegation ..." (a said clause called a claim)."""
    lemma = p.lemma(word)
    if word.pos_ == "VERB" and lemma in p.lexicon.claiming_verbs:
        told = [c for c in word.children if c.dep_ == "ccomp"]
        return (told[0], speaker_args(p, word) or resolve(p, agent_tokens(word))) if told else None
    if word.pos_ == "NOUN" and lemma in CLAIM_NOUNS:
        told = [c for c in word.children if c.dep_ in ("acl", "ccomp") and _opened_by_that(c)]
        owners = [o for c in word.children if c.dep_ == "prep" and c.lower_ == "by" for o in c.children]
        owners += [c for c in word.children if c.dep_ == "poss"]
        if told and owners:
            return told[0], resolve(p, owners)
        said = word.head  # "X said Y fired rockets, an allegation Y did not dispute"
        labels = word.dep_ in ("dobj", "appos", "npadvmod") and p.tokens[word.left_edge.i - 1].text == ","
        if labels and said.dep_ == "ccomp" and p.lemma(said.head) in REPORTING:
            return said, speaker_args(p, said.head)
    return None


def _opened_by_that(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _hostile(p: Parsed, clause: Token) -> bool:
    words = p.lexicon.disapproval_words
    return any(p.lemma(t) in words or t.lower_ in words or conflict_word(p, t) for t in clause.subtree)


def _claimed_doer(p: Parsed, clause: Token, speaker: Actor) -> Actor | None:
    """Who the claim is about: the doer of its clause ("Y shelled", "was left a mess by Y"), or of a
    clause inside it ("said it believed Y planned ..."), if another party than the claimant (a
    rival at home counts: the opposition claiming the government sent thugs)."""
    verbs = [clause]
    for verb in verbs:  # breadth first down the clauses it tells (the list grows as it is read)
        verbs.extend(c for c in verb.children if c.dep_ in ("ccomp", "xcomp"))
        doers = [c for c in verb.children if c.dep_ == "nsubj"] or subject_tokens(verb)  # "the claim
        # that Y shelled": a content clause has its own subject, not the noun it tells
        if any(t.pos_ == "PRON" or t.tag_ == "PRP$" for d in doers for t in (d, *d.children)):
            continue  # "claimed it killed ...", "claimed its forces took ...": its own deeds
        for arg in resolve(p, doers):
            if arg.actor.code and (arg.actor.code != speaker.code or arg.actor.sector != speaker.sector):
                return arg.actor
    return None


def _negated(word: Token) -> bool:
    """ "was not illegal": the word is denied, not said."""
    head = word if word.pos_ in ("VERB", "AUX") else word.head
    return any(c.dep_ == "neg" for c in (*word.children, *head.children))


def _criticised(p: Parsed, word: Token) -> list[Arg]:
    """The party the clause of the word of disapproval is about: its subject, or who owns it ("Y's
    claims were baseless", "the attack by Y was a crime"), else one named in the word's own phrase."""
    clause = clause_head(word)
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    owners = [o for s in subjects for o in s.subtree if o.dep_ in ("poss", "pobj", "amod", "compound")]
    own_words = [t for t in word.subtree if t.i != word.i]
    found = resolve(p, subjects) or resolve(p, owners) or resolve(p, own_words)
    if not found and clause.dep_ == "conj" and any(s.lower_ in ("that", "this", "it") for s in subjects):
        earlier = [c for c in clause.head.children if c.dep_ == "nsubj"]  # "X did Y, and that is ..."
        found = resolve(p, earlier)
    return found


def _spoken_of(p: Parsed, speech: Token) -> list[Arg]:
    """'"This is a war crime," the minister said of the Russian strike': what the words are said of."""
    return resolve(p, prep_objects([speech], "of") + prep_objects([speech], "about"))


def _demand(p: Parsed, speaker: Actor, target: Actor, verb: Token, speech: Token) -> Event:
    return _spoken(
        p, "REQUEST", GENERIC["REQUEST"], speaker, target, f"{speech.text} ... {verb.text}", speech
    )


def _spoken(
    p: Parsed, kind: str, code: str, speaker: Actor, target: Actor, trigger: str, speech: Token
) -> Event:
    """An act done in words by the one who speaks."""
    row = p.lexicon.cameo.get(code)
    return Event(
        event_type=kind,
        trigger=trigger,
        sentence=p.sentence,
        actor=speaker,
        recipient=target,
        mode=row.mode if row else None,
        context=list(row.context) if row else [],
        cameo=code,
        quad_class=row.quad_class if row else 3,
        goldstein=row.goldstein if row else None,
        date=event_date(p, speech, speech, "occurred"),
        status="occurred",
        speaker=speaker,
        confidence=event_confidence("speech", "mention", "mention", p.doc.quality),
        mentions=[p.sentence.index],
    )
