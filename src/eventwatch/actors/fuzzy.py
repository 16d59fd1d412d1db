"""Misspelled and variously transliterated names: "President Bouteflicka", "Laurent Gbago".

Only a name right after a title is tried, against the last words of every known person's names
with the same number of words, and only a close, unambiguous match is taken.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from eventwatch.actors.match import strip_accents

if TYPE_CHECKING:
    from eventwatch.actors.kb import ActorKB

_CUTOFF = {1: 91.0, 2: 88.0}  # one word needs a closer match than two or more
_SHORTEST_WORD = 6  # "Abe", "Kim", "Lula" are too short to tell a misspelling from another name


def _plain(name: str) -> str:
    return strip_accents(name).lower()


class FuzzyNames:
    """Known person names by number of words, for close matching of an unknown name."""

    def __init__(self, kb: ActorKB) -> None:
        keys: dict[int, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
        for number, person in enumerate(kb.persons):
            for form in {person.name, *person.aliases}:
                words = _plain(form).split()
                for size in range(1, len(words) + 1):
                    tail = " ".join(words[-size:])
                    if size > 1 or len(tail) >= _SHORTEST_WORD:
                        keys[size][tail].add(number)
        self._keys = {size: dict(forms) for size, forms in keys.items()}

    def person(self, name: str) -> int | None:
        """The one known person whose name is a close spelling of `name`, else None."""
        query = _plain(name)
        size = len(query.split())
        forms = self._keys.get(size)
        if not forms or (size == 1 and len(query) < _SHORTEST_WORD):
            return None
        cutoff = _CUTOFF[min(size, 2)]
        found = process.extract(query, forms.keys(), scorer=fuzz.ratio, score_cutoff=cutoff, limit=5)
        if not found:
            return None
        best = found[0][1]
        people = set().union(*(forms[form] for form, score, _ in found if score == best))
        return people.pop() if len(people) == 1 else None
