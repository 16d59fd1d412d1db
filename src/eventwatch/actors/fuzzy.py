"""Misspelled and variously transliterated names: "President Bouteflicka", "Laurent Gbago", "Afganistan".

A person's name is tried only right after a title, against the last words of every known person's
names with the same number of words, and only a close, unambiguous match is taken. A long
capitalised word no key matched is read as a state when one letter inside it is missing or extra.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

from eventwatch.actors.match import strip_accents

if TYPE_CHECKING:
    from eventwatch.actors.knowledge import ActorKnowledge

_CUTOFF = {1: 91.0, 2: 88.0}  # one word needs a closer match than two or more
_LONG_CAPITALISED = re.compile(r"(?<![\w-])[A-Z][a-z]{6,}(?![\w-])")
_ARTICLES = frozenset({"al", "el", "ad", "as", "ash", "ar"})
_CAPITALISED_RUN = re.compile(
    r"(?<![\w-])[A-Z][a-z\u00e0-\u024f]+(?: [A-Z][a-z\u00e0-\u024f-]+){1,2}(?![\w-])"
)
_SHORTEST_WORD = 7  # "Abe", "Kim", "Lula", "Andrew" are too short to tell a misspelling from another name


def _plain(name: str) -> str:
    """Lower-case, accent-free, hyphens as spaces and without Arabic articles: "omar bashir"."""
    words = strip_accents(name).lower().replace("-", " ").split()
    return " ".join(w for w in words if w not in _ARTICLES) or " ".join(words)


class FuzzyNames:
    """Known person names by number of words, for close matching of an unknown name."""

    def __init__(self, kb: ActorKnowledge) -> None:
        keys: dict[int, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
        for number, person in enumerate(kb.persons):
            for form in {person.name, *person.aliases}:
                words = _plain(form).split()
                for size in range(1, len(words) + 1):
                    tail = " ".join(words[-size:])
                    if size > 1 or len(tail) >= _SHORTEST_WORD:
                        keys[size][tail].add(number)
        self._keys = {size: dict(forms) for size, forms in keys.items()}
        given: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
        for size, forms in self._keys.items():
            for form, people in forms.items():
                if size > 1 and form in {_plain(n) for p in people for n in self._names(kb, p)}:
                    given[form.split()[0]][form] |= people
        self._given = {first: dict(forms) for first, forms in given.items()}

    @staticmethod
    def _names(kb: ActorKnowledge, number: int) -> set[str]:
        return {kb.persons[number].name, *kb.persons[number].aliases}

    def full_names(self, text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
        """(start, end, person) of known full names misspelled after the first name ("Hosni Moubarak")."""
        found = []
        for match in _CAPITALISED_RUN.finditer(text):
            start, end = match.span()
            forms = self._given.get(_plain(match.group()).split()[0])
            if not forms or any(s < end and start < e for s, e in taken):
                continue
            number = self._closest(_plain(match.group()), forms)
            if number is not None:
                found.append((start, end, number))
        return found

    @staticmethod
    def _closest(query: str, forms: dict[str, set[int]]) -> int | None:
        size = len(query.split())
        same = [f for f in forms if len(f.split()) == size]
        best = process.extract(query, same, scorer=fuzz.ratio, score_cutoff=_CUTOFF[2] + 2, limit=3)
        people = set().union(*(forms[f] for f, score, _ in best if score == best[0][1])) if best else set()
        return people.pop() if len(people) == 1 else None

    def person(self, name: str) -> int | None:
        """The one known person whose name is a close spelling of `name`, else None."""
        query = _plain(name)
        size = len(query.split())
        forms = self._keys.get(size)
        if not forms or (size == 1 and len(query) < _SHORTEST_WORD):
            return None
        cutoff = _CUTOFF[min(size, 2)]
        found = process.extract(query, forms.keys(), scorer=fuzz.ratio, score_cutoff=cutoff, limit=5)
        if size == 1:  # "Andrew" is not a misspelling of "Andrews", nor "Karim" of "Karimov"
            found = [f for f in found if not (f[0].startswith(query) or query.startswith(f[0]))]
        if not found:
            return None
        best = found[0][1]
        people = set().union(*(forms[form] for form, score, _ in found if score == best))
        return people.pop() if len(people) == 1 else None


class StateSpellings:
    """One-word state names and adjectives of seven letters or more, by first letter."""

    def __init__(self, kb: ActorKnowledge) -> None:
        forms: dict[str, dict[str, str]] = defaultdict(dict)
        for code, state in kb.states.items():
            for form in (state.name, *state.aliases, *state.adjectives, *state.people):
                if " " not in form and len(form) >= 7 and form[0].isupper():
                    forms[form[0]].setdefault(form.lower(), code)
        self._forms = dict(forms)

    def state(self, word: str) -> str | None:
        """The state `word` misspells by one letter missing or extra inside it ("Afganistan"), else None."""
        lowered = word.lower()
        codes = {
            code
            for form, code in self._forms.get(word[0], {}).items()
            if Indel.distance(lowered, form, score_cutoff=1) == 1
            and not (form.startswith(lowered) or lowered.startswith(form))
        }
        return codes.pop() if len(codes) == 1 else None

    def find(self, text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
        """(start, end, code) of every misspelled state name in `text` outside the `taken` spans."""
        found = []
        for word in _LONG_CAPITALISED.finditer(text):
            if any(s < word.end() and word.start() < e for s, e in taken):
                continue
            code = self.state(word.group())
            if code is not None:
                found.append((word.start(), word.end(), code))
        return found
