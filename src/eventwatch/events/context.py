"""PLOVER contexts of an event: its CAMEO code, its trigger entry, cue words of its sentence and title."""

from __future__ import annotations

import re

from eventwatch.events.lexicon import Trigger
from eventwatch.events.parsed import Parsed

WORD = re.compile(r"[a-z]+")


def event_contexts(p: Parsed, trigger: Trigger, cameo_contexts: tuple[str, ...]) -> list[str]:
    """Contexts in a stable order: the code's own first, then the trigger's, the sentence's, the title's."""
    found: list[str] = []
    for context in [*cameo_contexts, *trigger.context, *_cues(p), *_title_cues(p)]:
        if context not in found:
            found.append(context)
    return found


def _cues(p: Parsed) -> list[str]:
    if "cues" not in p.memo:
        p.memo["cues"] = [c for tok in p.tokens for c in sorted(p.lexicon.cues.get(p.lemma(tok), ()))]
    return list(p.memo["cues"])


def _title_cues(p: Parsed) -> list[str]:
    """The article's title says what the story is about ("... on the Tajik-Afghan border")."""
    if "title_cues" not in p.memo:
        words = WORD.findall((p.doc.title or "").lower())
        lemmas = [w[:-1] if w.endswith("s") and w[:-1] in p.lexicon.cues else w for w in words]
        p.memo["title_cues"] = [c for w in lemmas for c in sorted(p.lexicon.cues.get(w, ()))]
    return list(p.memo["title_cues"])
