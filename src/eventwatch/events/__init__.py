"""Stages 7 and 8: code PLOVER events from parsed sentences, then merge repeats.

lexicon, cameo, inflect   the knowledge: triggers, CAMEO table, word forms (data in knowledge/)
matching                  1. find triggers: verbs, phrases, nouns, nouns carried by light verbs
arguments, speaker        2. who acts on whom, who says so (misparse: readings that repair the parse)
anaphora                  2. "he", "it", "they" as actors: the subject above, or the story's latest actor
status                    2. occurred, ongoing, planned, hypothetical or negated
coder, implicit           3. one event per actor-recipient pair; implicit targets and attackers
circumstances, context    3. date, place, contexts;  confidence: how much to trust it
speech_acts               4-5. acts about acts, promises, threats, refusals, demands in words
dedup                     stage 8 (`finish`): the same event told twice comes out once; untold date and place
counterpart               stage 8: an act naming no target falls on the document's other main party
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from eventwatch.events.coder import Frame, acts_on_itself, fill_frame, frame_events, imposed, is_agent_noun
from eventwatch.events.counterpart import with_counterparts, with_known_attackers
from eventwatch.events.dedup import deduplicate
from eventwatch.events.implicit import charged, home_country
from eventwatch.events.matching import find_matches
from eventwatch.events.parsed import DocIndex, Parsed
from eventwatch.events.parties import Parties, identity
from eventwatch.events.speech_acts import (
    about,
    claims,
    criticisms,
    demands,
    governed,
    menaces,
    one_type_per_trigger,
    said_acts,
    under_claim,
    under_hearsay,
)
from eventwatch.records import Document, Event, EventDate, Place

if TYPE_CHECKING:
    from eventwatch.toolkit import Toolkit

UNTOLD = {"hypothetical", "negated"}  # an act only asked for, threatened or refused did not happen

__all__ = ["code_document", "code_sentence", "deduplicate", "finish", "political"]


def code_document(doc: Document, kit: Toolkit) -> Document:
    """Fill `doc.events` from `doc.parses` (sentence index -> spaCy Doc of that sentence).

    Args:
        doc: a document with sentences, parses, actor mentions and places.
        kit: the loaded toolkit (trigger lexicon, actor resolver, date grammar).
    Returns:
        the same document, its `events` in sentence order.
    """
    lexicon, resolver = kit.lexicon, kit.actors
    by_index = {s.index: s for s in doc.sentences}
    spans = DocIndex(doc)
    events: list[Event] = []
    home = home_country(doc)
    for index in sorted(doc.parses):
        sentence = by_index.get(index)
        if sentence is not None:
            parsed = Parsed.build(doc, sentence, doc.parses[index], lexicon, resolver, spans)
            parsed.dates, parsed.earlier = kit.date_grammar, events
            parsed.home_country = home
            events.extend(code_sentence(parsed))
    doc.events = [e for e in events if political(e)]
    return doc


def finish(doc: Document, kit: Toolkit) -> Document:
    """Stage 8: merge what was told twice, target what the text left untold, calibrate the
    confidence and drop what falls below the floor, then date and place what the text left untold
    (after merging, so an inferred date, place or recipient never hides one another sentence tells)."""
    doc = deduplicate(doc)
    state = lambda code: kit.actors.lookup(code, doc.date)  # noqa: E731
    doc.events = with_counterparts(with_known_attackers(doc.events, state), state)
    doc.events = calibrated(doc.events, kit)
    doc.events = [_placed_as_before(e, doc.events) for e in doc.events]
    home = home_country(doc)
    doc.events = [placed_in_country(reported_on(e, doc.date), home, kit) for e in doc.events]
    return doc


def calibrated(events: list[Event], kit: Toolkit) -> list[Event]:
    """`confidence` becomes the learned probability that the event is right (once merged and its
    target inferred, as the model was trained); events below the run's floor are dropped."""
    model = kit.lexicon.calibration
    if model is not None:
        parties = Parties.of(events)
        events = [replace(e, confidence=model.probability(e, parties)) for e in events]
    return [e for e in events if e.confidence >= kit.options.min_confidence]


_BACK_REFERENCE = 3  # "the meeting" refers to one told within about three sentences before


def _placed_as_before(event: Event, events: list[Event]) -> Event:
    """ "A summit was held in Dushanbe ... The meeting was attended by ...": an act named by a
    definite noun ("the meeting", "the attack") with no place of its own happened where the act of
    its type told just before did."""
    if event.location is not None or not _named_definitely(event):
        return event
    at = event.sentence.index
    told = {
        id(e): max((i for i in (e.mentions or [e.sentence.index]) if i < at), default=-1)
        for e in events
        if e.event_type == event.event_type and e.location is not None and not e.location_inferred
    }
    before = [e for e in events if 0 < at - told.get(id(e), -_BACK_REFERENCE * 9) <= _BACK_REFERENCE]
    if not before:
        return event
    return replace(event, location=max(before, key=lambda e: told[id(e)]).location)


def _named_definitely(event: Event) -> bool:
    """The act's own noun comes with "the", "this" or "that" ("the meeting was attended by ...")."""
    word = event.trigger.split()[0] if event.trigger else ""
    if not word[:1].islower():
        return False
    text = event.sentence.text.lower()
    return any(f"{det} {word}" in text for det in ("the", "this", "that"))


def placed_in_country(event: Event, home: str | None, kit: Toolkit) -> Event:
    """An event told with no place happens, as far as the text says, in the country the article is
    about, else in its actor's state (an attack on a state, in the state attacked): a country-level
    location flagged `location_inferred`."""
    if event.location is not None:
        return event
    actor = event.actor
    if event.event_type == "ASSAULT" and event.recipient is not None and event.recipient.kind == "state":
        actor = event.recipient  # an attack on a state, told nowhere, is on its soil
    country = home or (actor.country if actor is not None and actor.kind == "state" else None)
    entry = kit.gazetteer.country_entry(country) if country else None
    if entry is None:
        return event
    place = Place("", entry.name, entry.country, entry.lat, entry.lon, "country", None, entry.geonames_id)
    return replace(event, location=place, location_inferred=True)


def reported_on(event: Event, doc_date: str | None) -> Event:
    """A real event the text gives no date for is dated by its report, as GDELT does, and says so
    (`date_inferred`); planned, hypothetical and negated ones keep no date."""
    if event.date.value or not doc_date or event.status not in ("occurred", "ongoing"):
        return event
    return replace(event, date=EventDate(doc_date, event.date.text, inferred=True))


def _without_told_doers(frames: list[Frame], p: Parsed) -> list[Frame]:
    """ "Protesters blocked the road": the verb tells their protest; the noun adds no second one."""
    agents = [is_agent_noun(p, f.match) for f in frames]
    told = {
        (f.match.trigger.event_type, a.token) for f, agent in zip(frames, agents, strict=True) if not agent
        for a in f.actors
    }  # fmt: skip
    return [
        f
        for f, agent in zip(frames, agents, strict=True)
        if not agent or all((f.match.trigger.event_type, a.token) not in told for a in f.actors)
    ]


CONDITION_MARKS = {"if", "unless", "until"}


def _condition_of_another(frame: Frame, anchors: set[tuple[int, str]]) -> bool:
    """ "threatened sanctions if Japan did not open its market", "will not talk until Y withdraws":
    the act in the condition of another act is no event of its own."""
    anchor = frame.match.anchor
    if anchor.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in anchor.children
    ):
        return False
    return any(i == anchor.head.i for i, _ in anchors)


def _told_consequence(frame: Frame, anchors: set[tuple[int, str]]) -> bool:
    """ "attacked the checkpoint, wounding two soldiers", "met Y to discuss the crisis": the wounding
    or the discussing tells the same act as the verb it hangs from."""
    anchor = frame.match.anchor
    purpose = (  # "fired shots to disperse the crowd" are two acts; meeting to talk is one
        frame.match.trigger.event_type == "CONSULT"
        and anchor.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in anchor.children)
    )
    return (
        anchor.dep_ == "advcl"
        and (anchor.tag_ == "VBG" or purpose)
        and (anchor.head.i, frame.match.trigger.event_type) in anchors
    )


def political(event: Event) -> bool:
    """Event data is about political actors: the actor or the recipient has a code (a state,
    organisation, group or known office-holder) or a sector (government, police, military,
    rebels, civilians, business...); an event that names neither, but that a political
    speaker reports ("French officials said the two countries would keep cooperating"), keeps
    the speaker as its source. "The laptop hit 44 decibels" or "Smith beat Jones in the
    final" name no political actor, whatever their verb."""
    if any(a is not None and (a.code or a.sector) for a in (event.actor, event.recipient)):
        return True
    speaker = event.speaker
    unnamed = event.actor is None and event.recipient is None
    return unnamed and speaker is not None and bool(speaker.code or speaker.sector)


def _same_pair(one: Event, other: Event) -> bool:
    """ "claimed the vote was a fraud" is one accusation, found as a claim and as a word of disapproval."""
    return _pair(one) == _pair(other)


def _pair(event: Event) -> tuple[object, object]:
    return identity(event.actor), identity(event.recipient)


def code_sentence(p: Parsed) -> list[Event]:
    """All events of one parsed sentence.

    1. triggers; 2. their frames (arguments, speaker, status); 3. one event per actor-recipient
    pair; 4. acts about other acts ("threatened to attack X") take their code and target;
    5. acts done by announcing (a threat, a refusal) and demands made in words; an act told
    only as what someone is accused of, or denies, is no event of its own, nor is one that
    another act only asks for, offers or refuses ("urged X to withdraw" is the request).
    """
    frames = _without_told_doers([f for m in find_matches(p) if (f := fill_frame(p, m)) is not None], p)
    coded = [frame_events(p, f) for f in frames]
    out: list[Event] = []
    inners = [governed(frames, f) for f in frames]
    anchors = {(f.match.anchor.i, f.match.trigger.event_type) for f in frames}
    for frame, own, inner in zip(frames, coded, inners, strict=True):
        if under_claim(p, frame.match.anchor) or under_hearsay(p, frame.match.anchor):
            continue
        if _told_consequence(frame, anchors):
            continue
        inner_events = coded[frames.index(inner)] if inner is not None else []
        events = about(p, frame, own, inner, inner_events)
        inside = any(i is frame for i in inners)
        if inside and frame.status in UNTOLD and not imposed(p, frame.match):
            continue  # "urged X to withdraw", "refused to meet Y": the outer act is the event
        if _condition_of_another(frame, anchors):
            continue
        said = said_acts(p, frame, events, inside_act=inside)
        out.extend(said or events)  # "will not accept" is one refusal, not also a negated acceptance
        out.extend(charged(p, frame.match, events))
    spoken = demands(p, frames) + criticisms(p, frames) + menaces(p, frames)
    spoken += [c for c in claims(p, frames) if not any(_same_pair(c, e) for e in spoken)]
    return [e for e in one_type_per_trigger(out + spoken) if not acts_on_itself(e)]
