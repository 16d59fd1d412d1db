"""Stage 8: the same event told twice in one document (headline and body, verb and noun) comes out once."""

from __future__ import annotations

from eventwatch.events.implicit import SYMMETRIC
from eventwatch.events.parties import identity
from eventwatch.records import Actor, Document, Event, Place

STATUS_FAMILY = {
    "occurred": "real",
    "ongoing": "real",
    "planned": "future",
    "hypothetical": "future",
    "negated": "negated",
}


def deduplicate(doc: Document) -> Document:
    """Merge repeats; the kept event lists every sentence that told it in `mentions`."""
    kept: list[Event] = []
    for event in one_way(doc.events):
        twin = next((k for k in kept if same_event(k, event)), None)
        if twin is None:
            kept.append(event)
        else:
            kept[kept.index(twin)] = merge(twin, event)
    doc.events = kept
    return doc


def one_way(events: list[Event]) -> list[Event]:
    """A two-sided act ("Kenya and Ethiopia held talks") is one record, from the party the sentence
    names first to the other (the convention's A->B; B->A is the same act). Coding keeps both sides
    until the whole document is read, as later sentences refer back to either ("They accused ...")."""
    told = {_side(e, e.actor, e.recipient) for e in events if e.event_type in SYMMETRIC}
    return [
        e
        for e in events
        if e.event_type not in SYMMETRIC
        or _side(e, e.recipient, e.actor) not in told
        or _named_at(e, e.actor) <= _named_at(e, e.recipient)
    ]


def _side(e: Event, actor: Actor | None, recipient: Actor | None) -> tuple[object, ...]:
    return (e.sentence.index, e.trigger, e.event_type, identity(actor), identity(recipient))


def _named_at(e: Event, actor: Actor | None) -> int:
    """Where the sentence first names the party (by the words that named it), else past its end."""
    at = e.sentence.text.find(actor.text) if actor is not None and actor.text else -1
    return at if at >= 0 else len(e.sentence.text)


def same_event(a: Event, b: Event) -> bool:
    """Same type, same participants, compatible status and date."""
    if a.event_type != b.event_type or STATUS_FAMILY[a.status] != STATUS_FAMILY[b.status]:
        return False
    if a.date.value and b.date.value and not _dates_agree(a.date.value, b.date.value):
        return False
    if a.speaker and b.speaker and identity(a.speaker) != identity(b.speaker):
        return False  # two people saying it are two statements
    if _two_people(a.actor, b.actor):
        return False  # "Raab urged the embassy", "the chief constable asked the embassy": two requests
    if _two_places(a.location, b.location):
        return False  # strikes on Kharkiv and strikes on Odesa are two attacks
    if not _compatible(a.recipient, b.recipient) or not _same_act(a.cameo, b.cameo):
        return False
    # one sentence: "visited Peru, where she met" is one act (codes agree, above); "decided to fortify the
    # border and to hold drills" two (two specific codes)
    if a.sentence.index == b.sentence.index:
        same_doer = _compatible(a.actor, b.actor) or _homed_once(a.actor, b.actor)
        return same_doer and identity(a.speaker) == identity(b.speaker)
    if a.actor is not None and identity(a.actor) == identity(b.actor):
        return _retold(a, b)
    # a headline often loses its subject to the parser: same target, same act, one side unnamed
    return (
        (a.actor is None) != (b.actor is None)
        and a.recipient is not None
        and identity(a.recipient) == identity(b.recipient)
    )


def _retold(a: Event, b: Event) -> bool:
    """The same parties' same act in two sentences is one event told again when the sentences are
    neighbours, give it the same day, name it by the same word ("accused" ... "the accusation") or
    refer back to it ("the meeting"); apart and in other words, it is another act of theirs
    ("Israel bombed Gaza ... Israeli tanks shelled Gaza"), as the annotation counts them."""
    if abs(a.sentence.index - b.sentence.index) <= 1:
        return True
    if a.date.value and a.date.value == b.date.value:
        return True
    later = b if b.sentence.index > a.sentence.index else a
    return _definite(later) or bool(_stems(a.trigger) & _stems(b.trigger))


def _definite(event: Event) -> bool:
    """An act named by a noun with "the", "this" or "that" ("after the meeting", "the attack")
    refers back to one told before."""
    words = event.trigger.split()
    if len(words) != 1 or not words[0][:1].islower():
        return False
    text = event.sentence.text.lower()
    return any(f"{det} {words[0].lower()}" in text for det in ("the", "this", "that"))


_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ied", "ies", "ed", "es", "s", "e")
_CARRIERS = {  # words that carry another's act ("held talks", "said ... come"): not the act's own word
    "hold", "holds", "held", "make", "makes", "made", "take", "takes", "took", "give", "gives", "gave",
    "launch", "launches", "launched", "carry", "carries", "carried", "conduct", "conducted", "stage",
    "staged", "issue", "issued", "say", "says", "said",
}  # fmt: skip


def _stems(trigger: str) -> set[str]:
    """The trigger's own words without inflection ("bans", "banned" -> "ban"; "accusations" -> "accus")."""
    out = set()
    for word in ("".join(c for c in w if c.isalpha()) for w in trigger.lower().split()):
        if word in _CARRIERS:
            continue
        for suffix in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                word = word[: -len(suffix)]
                break
        if len(word) >= 4 and word[-1] == word[-2]:
            word = word[:-1]
        if len(word) >= 3:
            out.add(word)
    return out


def merge(a: Event, b: Event) -> Event:
    """Keep the better-evidenced event, fill its gaps from the other, and list both sentences."""
    best, other = (a, b) if (_filled(a), a.confidence) >= (_filled(b), b.confidence) else (b, a)
    best.actor = best.actor or other.actor
    best.recipient = best.recipient or other.recipient
    best.location = best.location or other.location
    best.speaker = best.speaker or other.speaker
    if not best.date.value and other.date.value:
        best.date = other.date
    if _more_specific(other.cameo, best.cameo):
        best.cameo, best.mode = other.cameo, other.mode or best.mode
    best.mentions = sorted(set(a.mentions or [a.sentence.index]) | set(b.mentions or [b.sentence.index]))
    best.confidence = round(min(0.99, max(a.confidence, b.confidence) + 0.05), 3)
    return best


def _same_act(one: str | None, other: str | None) -> bool:
    """ "the attack" (190) and "the bombing" (183) can tell one act; stationing troops (154) and
    exercises (152) are two: codes agree when equal, when one refines the other, or when one is
    its type's generic code."""
    if not one or not other or one == other or one.startswith(other) or other.startswith(one):
        return True
    return _generic(one) or _generic(other)


def _generic(code: str) -> bool:
    return len(code) == 3 and code.endswith("0")


def _more_specific(code: str | None, than: str | None) -> bool:
    """ "183" (bombing) says more than "190" (attack) of one act; a longer code says more still."""
    return bool(code and than and (len(code) > len(than) or (than.endswith("0") and not code.endswith("0"))))


LOCAL = {"city", "admin1", "other"}  # places that tell one spot or province, not a country or a region


def _two_places(a: Place | None, b: Place | None) -> bool:
    """Two spots the text names, neither within the other: the same act in two towns is two acts (a
    town and its province are one place; a country or a region tells nothing apart)."""
    if a is None or b is None or a.feature not in LOCAL or b.feature not in LOCAL:
        return False
    return not (_within(a, b) or _within(b, a))


def _within(spot: Place, area: Place) -> bool:
    """The same place, or a town in the province the other names ("Kharkiv", "Kharkiv Oblast")."""
    if spot.name == area.name:
        return True
    return area.feature == "admin1" and (area.name == spot.admin1 or area.name.split(" ")[0] == spot.name)


def _two_people(a: Actor | None, b: Actor | None) -> bool:
    return a is not None and b is not None and a.kind == b.kind == "person" and a.name != b.name


def _compatible(a: Actor | None, b: Actor | None) -> bool:
    return a is None or b is None or identity(a) == identity(b)


def _homed_once(a: Actor | None, b: Actor | None) -> bool:
    """One sentence's same words, given a country in one clause and not in the other ("police used
    tear gas to disperse protesters in Nairobi": the police of both acts are Kenya's)."""
    return (
        a is not None
        and b is not None
        and a.name == b.name
        and a.kind == b.kind
        and (a.country is None) != (b.country is None)
        and not (a.code if a.country is None else b.code)
    )


def _dates_agree(a: str, b: str) -> bool:
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def _filled(e: Event) -> int:
    return (
        (e.actor is not None)
        + (e.recipient is not None)
        + (e.date.value is not None)
        + (e.location is not None)
    )
