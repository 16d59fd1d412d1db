"""Reported speech: who said it ("X said Y attacked Z" keeps X as the speaker of Y->Z)."""

from __future__ import annotations

from eventwatch.events.arguments import Arg, passive_subjects, resolve, subject_tokens
from eventwatch.events.parsed import Parsed, Token

REPORT_DEPS = {"ccomp", "parataxis", "advcl", "conj", "xcomp"}


def speech_verb(p: Parsed, anchor: Token) -> Token | None:
    """The verb of saying whose content holds `anchor`: above it ("X said ...") or below ("..., X said")."""
    tok = anchor
    for _ in range(10):
        below = _hanging_speech(p, tok)
        if below is not None:
            return below
        if tok.head.i == tok.i:
            return None
        if tok.dep_ in ("ccomp", "parataxis", "xcomp") and _is_speech(p, tok.head) and tok.head.i != anchor.i:
            return tok.head
        tok = tok.head
    return None


def _hanging_speech(p: Parsed, tok: Token) -> Token | None:
    """ "Y attacked Z, X said": the parser often hangs "said" under the reported verb."""
    for child in tok.children:
        hangs = child.dep_ in ("parataxis", "ccomp", "advcl") and child.i > tok.i and _is_speech(p, child)
        if hangs and _said_by_someone(child):
            return child
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "according":
            return child
    return None


def speaker_args(p: Parsed, verb: Token) -> list[Arg]:
    """Who is said to speak: the subject of the verb of saying, or the object of "according to"."""
    if verb.lower_ == "according":
        objs = [o for prep in verb.children for o in prep.children if o.dep_ == "pobj"]
        return resolve(p, objs)
    found = resolve(p, subject_tokens(verb))
    tok = verb
    while not found and tok.head.i != tok.i and tok.dep_ in ("pcomp", "advcl", "xcomp", "prep"):
        tok = tok.head  # "X was quoted as saying ...": the one quoted speaks
        found = resolve(p, passive_subjects(tok))
    return found


def _is_speech(p: Parsed, tok: Token) -> bool:
    return p.lemma(tok) in p.lexicon.speech and tok.pos_ in ("VERB", "AUX")


def _said_by_someone(verb: Token) -> bool:
    """ ", X said" has its own subject and no object of its own ("adding to the tension" is no saying)."""
    children = list(verb.children)
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in children)
    return has_subject and not any(c.dep_ in ("ccomp", "dobj") for c in children)
