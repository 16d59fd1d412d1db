"""How much to trust an event: trigger evidence, argument evidence and the text's quality."""

from __future__ import annotations

TRIGGER_WEIGHT = {"phrase": 0.55, "verb": 0.5, "light": 0.5, "noun": 0.35, "speech": 0.35}
ARGUMENT_WEIGHT = {"mention": 0.2, "entity": 0.12, "speaker": 0.1, "earlier": 0.1, "place": 0.05, None: 0.0}


def event_confidence(trigger_kind: str, actor: str | None, recipient: str | None, quality: float) -> float:
    """A 0..1 score: trigger kind, then evidence for actor and recipient, scaled by text quality."""
    score = (
        TRIGGER_WEIGHT.get(trigger_kind, 0.3)
        + ARGUMENT_WEIGHT.get(actor, 0.0)
        + ARGUMENT_WEIGHT.get(recipient, 0.0) * 0.75
    )
    scale = 0.6 + 0.4 * max(0.0, min(1.0, quality))
    return round(max(0.05, min(0.99, score * scale)), 3)
