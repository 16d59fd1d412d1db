"""The parties a document's acts name, each act counted once: one tally for stage 8's untold
counterparts (`events/counterpart.py`) and for the calibrated confidence (`events/calibration.py`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from eventwatch.records import Actor, Event


def identity(actor: Actor | None) -> tuple[str | None, ...] | None:
    """Who a party is: its code, else its name and home ("protesters" in Peru and in Ecuador are two)."""
    if actor is None:
        return None
    return (actor.code, None, None) if actor.code else (None, actor.name, actor.country)


def party_of(actor: Actor | None) -> str | None:
    return None if actor is None else actor.home


def tally(roles: Iterable[tuple[Event, Actor | None]]) -> Counter[str]:
    """How many acts name each party: one act of several parties ("X met Y, Z and W", coded as one
    event per pair) names each of them once, not once per pair."""
    acts = dict.fromkeys(
        (party, e.sentence.index, e.trigger) for e, a in roles if (party := party_of(a)) is not None
    )
    return Counter(party for party, _, _ in acts)  # in the order first named: ties go to the earlier party


@dataclass(slots=True, frozen=True)
class Parties:
    """How many of a document's acts name each party (actor or target): an act between the
    parties the document is about is more often one a reader would code than a passing one."""

    counts: Counter[str]
    events: int  # the acts: events of one trigger in one sentence are one

    @classmethod
    def of(cls, events: Iterable[Event]) -> Parties:
        events = list(events)
        counts = tally((e, a) for e in events for a in (e.actor, e.recipient))
        return cls(counts, len({(e.sentence.index, e.trigger) for e in events}))

    def main(self, party: str | None) -> bool:
        """One of the two parties the document's acts name most."""
        return party is not None and party in {h for h, _ in self.counts.most_common(2)}

    def share(self, party: str | None) -> float:
        return self.counts[party] / self.events if party is not None and self.events else 0.0
