"""Calibrated confidence: the probability that an event is right (type, actor and recipient).

A logistic model over a few properties of the coded event, trained on the dev split of the
annotated corpus by `bench/train_confidence.py` (`make train`) and shipped as plain weights in
`knowledge/confidence.json`, so the numbers can be read and checked. Without the file the
rule-based score stands.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from eventwatch.events.parties import Parties, party_of
from eventwatch.records import Actor, Event

MODEL_FILE = Path(__file__).resolve().parent.parent / "knowledge" / "confidence.json"


@dataclass(slots=True, frozen=True)
class Calibration:
    """Feature weights of a logistic model; `features` names what the event shows."""

    weights: dict[str, float] = field(default_factory=dict)
    bias: float = 0.0

    @classmethod
    def load(cls, path: Path = MODEL_FILE) -> Calibration | None:
        if not path.exists():
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls({str(k): float(v) for k, v in data["weights"].items()}, float(data["bias"]))

    def probability(self, event: Event, parties: Parties | None = None) -> float:
        found = features(event, parties)
        z = self.bias + sum(self.weights.get(f, 0.0) * v for f, v in found.items())
        return round(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))), 3)


def features(event: Event, parties: Parties | None = None) -> dict[str, float]:
    """What makes an event more or less likely to be right, as named numeric features. The model
    runs in stage 8, after merging and after an untold target was inferred (its own kind here);
    date and place are still only what the text tells. `parties` are the document's (by default,
    the event alone)."""
    told = None if event.recipient_inferred else event.recipient
    parties = parties or Parties.of([event])
    actor, target = party_of(event.actor), party_of(event.recipient)
    out = {
        f"type={event.event_type}": 1.0,
        f"status={event.status}": 1.0,
        f"actor={_kind(event.actor)}": 1.0,
        f"recipient={'inferred' if event.recipient_inferred else _kind(told)}": 1.0,
        "retold": float(len(set(event.mentions)) > 1),
        f"type={event.event_type}|actor={_kind(event.actor)}": 1.0,
        "rule_score": event.confidence,
        "speaker": float(event.speaker is not None),
        "noun_trigger": float(" " not in event.trigger and event.trigger[:1].islower() and _nounish(event)),
        "multiword_trigger": float(" " in event.trigger),
        "headline": float(event.sentence.index == 0),
        "early": float(event.sentence.index <= 3),
        "long_sentence": float(len(event.sentence.text) > 250),
        "quoted": float(any(q in event.sentence.text for q in ('"', "“", "”"))),
        "same_country": float(_same_country(event.actor, told)),
        "has_date": float(event.date.value is not None),
        "has_place": float(event.location is not None),
        "actor_main": float(parties.main(actor)),
        "recipient_main": float(parties.main(target)),
        "pair_main": float(actor != target and parties.main(actor) and parties.main(target)),
        "actor_share": parties.share(actor),
        "recipient_share": parties.share(target),
    }
    return out


def _kind(actor: Actor | None) -> str:
    if actor is None:
        return "none"
    if actor.code and actor.kind in ("state", "igo", "armed_group", "party", "person"):
        return "coded_" + actor.kind
    if actor.code or actor.country:
        return "coded"
    return "sector" if actor.sector else "bare"


def _same_country(a: Actor | None, b: Actor | None) -> bool:
    return a is not None and b is not None and bool(a.country) and a.country == b.country


def _nounish(event: Event) -> bool:
    return event.trigger.endswith(("ing", "tion", "sion", "ment", "s"))
