"""Parties, unions and fronts the knowledge lacks, read from their own capitalised name.

"The Homeland Union (Conservatives) ...", "the Serbian Workers' Union": a run of capitalised
words ending in Party, Union, Front, Movement, Alliance, League, Congress, Coalition or Bloc is
an organisation; a nationality or state at its head gives its state ("Serbian ..."), otherwise
the sentence may (`context.py`).
"""

from __future__ import annotations

import re

from eventwatch.actors.kb import ActorKB
from eventwatch.actors.names import NOT_NAME_WORDS
from eventwatch.records import Actor, Mention

_ENDINGS = "Party|Union|Front|Movement|Alliance|League|Congress|Coalition|Bloc"
_NAMED = re.compile(
    rf"(?<![\w'\u2019-])((?:[A-Z][a-z\u00e0-\u024f]+(?:['\u2019]s?)?\s+){{1,4}}(?:{_ENDINGS}))\b(?![-'\u2019]\w)"
)
_ARTICLES = ("The ", "A ", "An ")
_TIME_WORDS = (
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Yesterday Today Tomorrow January February",
    "March April May June July August September October November December Last Next This Many Some",
)
_NOT_NAMES = NOT_NAME_WORDS | frozenset(" ".join(_TIME_WORDS).split())  # headline and time words


def unknown_organisations(mentions: list[Mention], text: str, kb: ActorKB) -> list[Mention]:
    """The mentions plus organisations named by a capitalised name the knowledge lacks."""
    found = list(mentions)
    for match in _NAMED.finditer(text):
        start, end = match.span(1)
        start += next((len(a) for a in _ARTICLES if text.startswith(a, start)), 0)
        inside = [m for m in found if m.start < end and start < m.end]
        owner = inside[0] if len(inside) == 1 and _heads(inside[0], start, end, kb) else None
        words = text[start:end].split()
        if inside and owner is None or len(words) < 2 or _NOT_NAMES & set(words):
            continue
        code = owner.actor.code if owner else None
        actor = Actor(text[start:end], text[start:end], code, code, "party", None)
        if owner:
            found.remove(owner)
        found.append(Mention(start, end, actor, "name"))
    return sorted(found, key=lambda m: m.start)


def _heads(mention: Mention, start: int, end: int, kb: ActorKB) -> bool:
    """A state or nationality word heading the name and leaving words after it ("Serbian Workers' Union")."""
    named = mention.actor.code in kb.states and mention.actor.kind != "person"
    return named and mention.start == start and end - mention.end > 4
