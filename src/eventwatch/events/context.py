"""PLOVER contexts of an event: from its CAMEO code, its trigger entry and cue words in the sentence."""

from __future__ import annotations

from eventwatch.events.lexicon import Trigger
from eventwatch.events.parsed import Parsed


def event_contexts(p: Parsed, trigger: Trigger, cameo_contexts: tuple[str, ...]) -> list[str]:
    """Contexts in a stable order: the code's own first, then the trigger's, then the sentence cues."""
    found: list[str] = []
    for context in [*cameo_contexts, *trigger.context, *_cues(p)]:
        if context not in found:
            found.append(context)
    return found


def _cues(p: Parsed) -> list[str]:
    if "cues" not in p.memo:
        p.memo["cues"] = [c for tok in p.tokens for c in sorted(p.lexicon.cues.get(p.lemma(tok), ()))]
    return list(p.memo["cues"])
