"""Acts done in words: "vowed to fight" threatens, "said it will help" promises, "X must leave" demands.

Also gives a speech act the CAMEO code of what it is about ("threatened to attack" -> 138).
"""

from __future__ import annotations

from dataclasses import replace

from eventwatch.events.cameo import QUAD_OF_TYPE
from eventwatch.events.coder import Frame
from eventwatch.events.parsed import Parsed, Token
from eventwatch.records import Event

CONFLICT_QUADS = {3, 4}
DEMAND_MODALS = {"must", "should"}
DEMAND_VERBS = {"have", "need"}
GENERIC = {"AGREE": "030", "THREATEN": "130", "REQUEST": "100", "REJECT": "120"}
SAYS_TYPES = {"AGREE", "THREATEN"}
NOT_THREATS = {"MOBILIZE", "ACCUSE", "REQUEST", "REJECT"}
ABOUT_TYPES = {"AGREE", "THREATEN", "REJECT", "REQUEST", "SUPPORT"}


def governed(frames: list[Frame], outer: Frame) -> Frame | None:
    """The event an outer act is about: the first frame whose anchor sits in its complement."""
    top = outer.match.token
    for frame in frames:
        tok = frame.match.anchor
        for _ in range(6):
            if tok.head.i == tok.i or tok.dep_ not in (
                "xcomp",
                "ccomp",
                "conj",
                "dobj",
                "acl",
                "pcomp",
                "pobj",
                "prep",
            ):
                break
            tok = tok.head
            if tok.i == top.i and frame is not outer:
                return frame
    return None


def about(p: Parsed, frame: Frame, events: list[Event], inner: list[Event]) -> list[Event]:
    """An act about another event ("threatened to attack X") takes its code and, lacking one, its target."""
    if not inner:
        return events
    inner_type = inner[0].event_type
    conflict = frame.match.trigger.conflict_type
    out = [refine(p, e, inner_type, conflict) for e in events]
    if out[0].event_type not in ABOUT_TYPES or any(e.recipient for e in out):
        return out
    targets = list({id(i.recipient): i.recipient for i in inner if i.recipient is not None}.values())
    return [replace(e, recipient=t) for e in out for t in targets] or out


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


def said_acts(p: Parsed, frame: Frame, events: list[Event]) -> list[Event]:
    """Events a speaker commits to or demands in reported speech."""
    if frame.speaker is None or frame.speech is None or not events:
        return []
    anchor = frame.match.anchor
    if _demanded(anchor):
        return [_said(p, ev, "REQUEST", frame, recipient_from_actor=True) for ev in events]
    if frame.status != "planned" or not _same_side(frame, events[0]):
        return []
    if events[0].event_type in ("MOBILIZE", *SAYS_TYPES, "REQUEST", "REJECT", "ACCUSE"):
        return []
    kind = "THREATEN" if QUAD_OF_TYPE[events[0].event_type] in CONFLICT_QUADS else "AGREE"
    return [_said(p, ev, kind, frame, recipient_from_actor=False) for ev in events]


def _said(p: Parsed, ev: Event, kind: str, frame: Frame, *, recipient_from_actor: bool) -> Event:
    assert frame.speaker is not None
    code = p.lexicon.refine.get((kind, ev.event_type), GENERIC[kind])
    out = replace(
        ev,
        actor=frame.speaker.actor,
        recipient=ev.actor if recipient_from_actor else ev.recipient,
        status="occurred",
        confidence=round(ev.confidence * 0.85, 3),
        mentions=list(ev.mentions),
    )
    return _retyped(p, out, kind, code)


def _retyped(p: Parsed, event: Event, event_type: str, code: str) -> Event:
    row = p.lexicon.cameo.get(code)
    return replace(
        event,
        event_type=event_type,
        cameo=code,
        mode=row.mode if row else None,
        quad_class=row.quad_class if row else event.quad_class,
        goldstein=row.goldstein if row else event.goldstein,
    )


def _demanded(anchor: Token) -> bool:
    """ "X must leave", "X has to leave", "X needs to leave", "X should leave"."""
    for child in anchor.children:
        if child.dep_ == "aux" and child.lower_ in DEMAND_MODALS:
            return True
    head = anchor.head
    return (
        anchor.dep_ == "xcomp"
        and head.lemma_ in DEMAND_VERBS
        and any(c.dep_ == "nsubj" for c in head.children)
    )


def _same_side(frame: Frame, event: Event) -> bool:
    """The speaker announces its own act: same actor, or the act's subject is a pronoun for the speaker."""
    assert frame.speaker is not None
    if event.actor is None:
        return True
    speaker = frame.speaker.actor
    if any(a.evidence == "speaker" for a in frame.actors):
        return True
    return (
        bool(speaker.code and speaker.code in (event.actor.code, event.actor.country))
        or speaker.country == event.actor.code
    )
