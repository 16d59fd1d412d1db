"""One Aho-Corasick automaton over every name, adjective, title and agent noun of the KB.

Text is lower-cased (keeping offsets) and scanned once; a hit is kept when it sits on
word boundaries and its capitals agree with the knowledge ("US" is not "us"). A text written
all in lower case (some archives and feeds) proves nothing by its capitals: there the names of
states, nationalities, capitals, organisations and groups and full names of people match as
written in lower case; acronyms and lone surnames still need their capitals ("us", "may").
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

import ahocorasick

if TYPE_CHECKING:
    from eventwatch.actors.knowledge import ActorKnowledge, Person

STATE_NOUNS = ("country", "nation")
_SAME_START = 5  # an alias surname starting like the surname is another spelling of it ("Zelenskyy")
_ARTICLES = frozenset(
    {"al", "el", "as", "ash", "ad", "ar"}
)  # Arabic articles a surname may drop  # "the country's president": the state named just before

# When one key names several things, the first kind here wins.
# Kinds a lower-case text may name without capitals (a full name of a person only, not a surname).
CASELESS_KINDS = frozenset({"state", "adjective", "people", "capital", "org", "group", "person"})

PRIORITY = (
    "person", "org", "group", "seat", "state", "capital", "adjective", "people", "prefix",
    "coref", "agent", "surname", "pronoun",
)  # fmt: skip


@dataclass(slots=True, frozen=True)
class Target:
    """What a key stands for: `what` is a kind from PRIORITY, `ref` a code or an index."""

    what: str
    ref: str | int
    surface: str  # the knowledge's spelling
    capitals: tuple[int, ...] | None  # offsets that must be upper-case in the text; None = exactly as written


@dataclass(slots=True, frozen=True)
class Hit:
    """A key found in the text at [start, end) with every target it may stand for."""

    start: int
    end: int
    targets: tuple[Target, ...]


def fold(text: str) -> str:
    """Lower-case, curly apostrophes straightened, one output character per input character."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return lowered.replace("\u2019", "'").replace("\u2010", "-").replace("\u2011", "-")


def strip_accents(text: str) -> str:
    """ "Türkiye" -> "Turkiye", so that either spelling in the text matches."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain if len(plain) == len(text) else text


class Index:
    """The automaton and the targets of every key."""

    def __init__(self, keys: dict[str, list[Target]]) -> None:
        self.automaton = ahocorasick.Automaton()
        for key, targets in keys.items():
            ordered = sorted(set(targets), key=lambda t: PRIORITY.index(t.what))
            self.automaton.add_word(key, (len(key), tuple(ordered)))
        self.automaton.make_automaton()

    @classmethod
    def build(cls, kb: ActorKnowledge) -> Index:
        """Every surface form of the KB as a key of the automaton."""
        keys: dict[str, list[Target]] = defaultdict(list)
        for what, ref, surface in _surfaces(kb):
            for form in {surface, strip_accents(surface)}:
                keys[fold(form)].append(Target(what, ref, form, capital_offsets(form)))
        return cls(keys)

    def scan(self, text: str, *, caseless: bool = False) -> list[Hit]:
        """Hits on word boundaries with matching capitals, by start then longest first.

        `caseless` (a text in lower case, `eventwatch.textcase`) takes `CASELESS_KINDS` uncapitalised."""
        folded = fold(text)
        hits = []
        for last, (length, targets) in self.automaton.iter(folded):
            start, end = last + 1 - length, last + 1
            if not _bounded(text, start, end, targets[0].surface):
                continue
            found = text[start:end]
            kept = tuple(t for t in targets if capitals_agree(t, found) or (caseless and _caseless(t, found)))
            if len(kept) > 1:  # of two readings of one kind, the one spelled as in the text ("Minister")
                kept = tuple(sorted(kept, key=lambda t: (PRIORITY.index(t.what), t.surface != found)))
            if kept:
                hits.append(Hit(start, end, kept))
        hits.sort(key=lambda h: (h.start, -h.end))
        return hits


def _caseless(target: Target, found: str) -> bool:
    """A lower-case spelling of a name that has capitals at word starts (not an acronym)."""
    if not target.capitals or target.what not in CASELESS_KINDS or not found.islower():
        return False
    return target.what != "person" or " " in target.surface


def _bounded(text: str, start: int, end: int, surface: str) -> bool:
    if start > 0 and text[start - 1].isalnum():
        return False
    if surface.endswith("-"):
        return end < len(text) and text[end].isalpha()
    return end == len(text) or not text[end].isalnum()


def capital_offsets(surface: str) -> tuple[int, ...] | None:
    """Where a surface form needs capitals: None for acronyms and "LeT" (exact match), else word starts."""
    letters = [c for c in surface if c.isalpha()]
    inner_capital = any(c.isupper() and surface[i - 1].isalpha() for i, c in enumerate(surface) if i)
    if inner_capital or (len(letters) >= 2 and all(c.isupper() for c in letters)):
        return None
    return tuple(i for i, c in enumerate(surface) if c.isupper() and (i == 0 or not surface[i - 1].isalpha()))


def capitals_agree(target: Target, found: str) -> bool:
    """Acronyms must match exactly; a capitalised word of a name must be capitalised in the text."""
    if target.capitals is None:
        return found == target.surface
    if not target.capitals:
        return True
    return all(found[i].isupper() for i in target.capitals) or (len(found) > 3 and found.isupper())


def _surfaces(kb: ActorKnowledge) -> list[tuple[str, str | int, str]]:
    """(kind, ref, surface form) for everything the text may name."""
    out: list[tuple[str, str | int, str]] = []
    for code, state in kb.states.items():
        out += [("state", code, s) for s in (state.name, *state.aliases)]
        out += [("adjective", code, s) for s in state.adjectives]
        out += [("people", code, s) for s in state.people]
        out += [("prefix", code, s) for s in state.prefixes]
        out += [("capital", code, s) for s in state.capitals]
        out += [("seat", f"{code}:{sector}", s) for s, sector in state.seats]
    for code, org in kb.orgs.items():
        out += [("org", code, s) for s in (org.name, *org.aliases)]
        out += [("coref", noun, noun) for noun in org.nouns]
    for code, group in kb.groups.items():
        out += [("group", code, s) for s in (group.name, *group.aliases)]
        out += [("coref", noun, noun) for noun in group.nouns]
    for number, person in enumerate(kb.persons):
        out += [("person", number, s) for s in (person.name, *person.aliases)]
        out += [("surname", number, surname) for surname in _spellings_of_surname(person)]
    out += [("coref", noun, noun) for noun in STATE_NOUNS]
    latest = {word: number for number, agent in enumerate(kb.agents) for word in agent.words}
    out += [("agent", number, word) for word, number in latest.items()]
    return out


def _spellings_of_surname(person: Person) -> set[str]:
    """The surname and its other transliterations among the aliases ("Zelensky", "Zelenskyy", "Zelenskiy")."""
    own = person.surname()
    found = set(_surnames(own))
    for alias in person.aliases:
        words = alias.split()
        if len(words) >= 2 and words[0] == person.name.split()[0] and len(own) >= 5:
            other = words[-1]
            if other != own and other[:_SAME_START].lower() == own[:_SAME_START].lower():
                found.update(_surnames(other))
    return found


def _surnames(surname: str) -> tuple[str, ...]:
    """A surname and, for "al-Assad" or "el-Sisi", the form without the article ("Assad")."""
    article, dash, rest = surname.partition("-")
    if dash and article.lower() in _ARTICLES and len(rest) >= 4:
        return (surname, rest)
    return (surname,)
