"""The actor knowledge as data: states, organisations, groups, memberships, office-holders, agents.

Loaded once per run from the TSV files in `eventwatch/knowledge/actors/` plus user files
in the same formats; roles and memberships are answered for a given day. It knows no text:
the name indexes are in `kb.py`, finding and resolving mentions in `resolve.py`.

A question asked without a day (an undated document) is answered on the knowledge's own
latest day, the last start or end date any file gives, never on the machine's clock: the
same input gives the same output on any day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Self

from eventwatch.actors.entries import (
    ORG_ROLES,
    ROLES,
    Affiliation,
    Agent,
    Group,
    Membership,
    Organisation,
    State,
    Term,
)
from eventwatch.actors.load import Table, cross_check, read_table
from eventwatch.errors import KnowledgeError
from eventwatch.records import Actor

BUILT_IN = Path(__file__).resolve().parents[1] / "knowledge" / "actors"
_REGNAL = re.compile(r"^[IVX]+$")
_SURNAME_FIRST = frozenset({"CHN", "PRK", "KOR", "TWN", "HKG", "MAC", "MNG"})
# where many public figures go by an English given name ("Carrie Lam", "John Lee"): the family name
# comes first only in a name written the Chinese way ("Tsai Ing-wen", "Lam Cheng Yuet-ngor")
_ENGLISH_NAMES_TOO = frozenset({"TWN", "HKG", "MAC"})


def built_in_tables() -> list[Table]:
    """The knowledge files shipped with eventwatch."""
    return [read_table(p) for p in sorted(BUILT_IN.glob("*.tsv"))]


@dataclass(slots=True)
class Person:
    """An office-holder or another notable person: every term they served and every side they
    acted for otherwise (`affiliations`), under one canonical name."""

    name: str
    aliases: set[str] = field(default_factory=set)
    terms: list[Term] = field(default_factory=list)
    affiliations: list[Affiliation] = field(default_factory=list)

    def surname(self) -> str:
        """The name news uses on second mention (family name first for East Asian states)."""
        words = self.name.split()
        if "of" in words[1:]:  # "Philippe of Belgium"
            words = words[: words.index("of", 1)]
        if len(words) > 1 and _REGNAL.match(words[-1]):  # a monarch ("Abdullah II") has no surname
            return self.name
        codes = [t.code for t in self.terms] or [a.code for a in self.affiliations]
        first = bool(codes) and codes[0] in _SURNAME_FIRST
        if first and codes[0] in _ENGLISH_NAMES_TOO:
            first = len(words) > 2 or "-" in self.name
        return words[0] if first else words[-1]

    def days_from(self, date: str) -> int:
        """Days between `date` and the nearest day of any of the person's terms or sides (0 within one)."""
        spans: list[Term | Affiliation] = [*self.terms, *self.affiliations]
        return min((_gap(t, date) for t in spans), default=1 << 30)

    def side_on(self, date: str) -> Affiliation | None:
        """The side the person acted for on `date` outside an office, if it is nearer in time than
        any office they held (a commander who later led the state is the commander before)."""
        side = min(self.affiliations, key=lambda a: _gap(a, date), default=None)
        office = min((_gap(t, date) for t in self.terms), default=1 << 30)
        return side if side is not None and _gap(side, date) <= office else None

    def term_on(self, date: str) -> Term | None:
        """The most senior office held on `date`, if any."""
        held = [t for t in self.terms if t.start <= date and (not t.end or date <= t.end)]
        return min(held, key=lambda t: ROLES.index(t.role)) if held else None


class ActorKnowledge:
    """Every actor eventwatch knows, and what held on a given day."""

    def __init__(self, tables: list[Table]) -> None:
        self.states: dict[str, State] = {}
        self.orgs: dict[str, Organisation] = {}
        self.groups: dict[str, Group] = {}
        self.memberships: dict[str, list[Membership]] = defaultdict(list)
        self.persons: list[Person] = []
        self.agents: list[Agent] = []
        self._by_name: dict[str, Person] = {}
        self._offices: dict[tuple[str, str], list[tuple[Term, int]]] = defaultdict(list)
        for table in tables:
            for _, entry in table.rows:
                self._add(entry)
        self._index_offices()
        self.latest_day = self._latest_day()
        self.title_words = frozenset(
            w.lower().rstrip(".") for a in self.agents for t in a.words for w in t.split()
        )

    @classmethod
    def load(cls, extra: Sequence[Path] = ()) -> Self:
        """Built-in knowledge plus user files (same formats) that extend or override it.

        Extra files that are not actor files (YAML, or TSV with another stage's header) are left
        to the other stages; `eventwatch actors validate` tells a mistyped header apart.

        Raises:
            KnowledgeError: a file is malformed; the message names file and line.
        """
        tables = built_in_tables() + [t for t in map(read_table, map(Path, extra)) if t.kind != "foreign"]
        problems = [p for t in tables for p in t.problems] + cross_check(tables)
        if problems:
            more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
            raise KnowledgeError("; ".join(problems[:5]) + more)
        return cls(tables)

    def _add(self, entry: object) -> None:
        if isinstance(entry, State):
            self.states[entry.code] = entry
        elif isinstance(entry, Organisation):
            self.orgs[entry.code] = entry
        elif isinstance(entry, Group):
            self.groups[entry.code] = entry
        elif isinstance(entry, Membership):
            self.memberships[entry.org].append(entry)
        elif isinstance(entry, Term):
            self._add_term(entry)
        elif isinstance(entry, Affiliation):
            self._person(entry.name, entry.aliases).affiliations.append(entry)
        elif isinstance(entry, Agent):
            self.agents.append(entry)

    def _person(self, name: str, aliases: tuple[str, ...]) -> Person:
        found = self._by_name.get(name)
        if found is None:
            found = self._by_name[name] = Person(name)
            self.persons.append(found)
        found.aliases.update(aliases)
        return found

    def _add_term(self, term: Term) -> None:
        found = self._person(term.name, term.aliases)
        found.terms = [
            t for t in found.terms if (t.code, t.role, t.start) != (term.code, term.role, term.start)
        ]
        found.terms.append(term)

    def _index_offices(self) -> None:
        for number, person in enumerate(self.persons):
            person.terms.sort(key=lambda t: t.start)
            for term in person.terms:
                self._offices[(term.code, term.role)].append((term, number))
        for holders in self._offices.values():
            holders.sort(key=lambda h: h[0].start, reverse=True)

    def _latest_day(self) -> str:
        """The last day any term or membership starts or ends: the knowledge's present."""
        spans = [(t.start, t.end) for p in self.persons for t in p.terms]
        spans += [(m.start, m.end) for rows in self.memberships.values() for m in rows]
        return max((day for span in spans for day in span if day), default="1900-01-01")

    # --- questions answered for a day ---------------------------------------------

    def knows_person(self, name: str) -> bool:
        """Whether `name` is the canonical name of a person in the knowledge."""
        return name in self._by_name

    def holder(self, code: str, role: str, date: str | None = None) -> int | None:
        """Index in `persons` of who held `role` for `code` on `date` (latest appointed wins)."""
        day = date or self.latest_day
        for term, number in self._offices.get((code, role), ()):
            if term.start <= day and (not term.end or day <= term.end):
                return number
        return None

    def leader_roles(self, code: str, role: str) -> tuple[str, ...]:
        """The offices a role word may mean for `code` ("leader", "chief" -> the top office)."""
        if role != "leader":
            return (role,)
        if code in self.states:
            other = "head of government" if self.states[code].leader == "head of state" else "head of state"
            return (self.states[code].leader, other)
        return ORG_ROLES

    def members(self, org: str, date: str | None = None, status: str = "member") -> frozenset[str]:
        """States that were members (or observers) of `org` on `date`."""
        day = date or self.latest_day
        rows = self.memberships.get(org, ())
        return frozenset(
            m.state for m in rows if m.status == status and m.start <= day and (not m.end or day <= m.end)
        )

    # --- actors in the contract shape -------------------------------------------

    def person_actor(self, number: int, text: str, date: str | None = None) -> Actor:
        """A person acting for the state or organisation of their office on `date`."""
        person = self.persons[number]
        day = date or self.latest_day
        term = person.term_on(day)
        if term is not None:
            country = term.code if term.code in self.states else None
            return Actor(
                text, person.name, term.code, country, "person", "GOV" if country else None, term.role
            )
        side = person.side_on(day)
        if side is not None:
            return self._affiliated(person.name, side, text)
        nearest = min(person.terms, key=lambda t: abs(_days(t.start) - _days(day)), default=None)
        code = nearest.code if nearest is not None else None  # a former UN chief still speaks for the UN
        return Actor(text, person.name, code, code if code in self.states else None, "person", None, None)

    def _affiliated(self, name: str, side: Affiliation, text: str) -> Actor:
        """A person acting for the state, group or organisation of their side, in its sector."""
        if side.code in self.states:
            country: str | None = side.code
        elif side.code in self.groups:
            country = self.groups[side.code].country
        else:
            country = None
        return Actor(text, name, side.code, country, "person", side.sector, None)

    def entity_actor(self, code: str, text: str, sector: str | None = None, kind: str | None = None) -> Actor:
        """A state, organisation or group actor by code."""
        if code in self.states:
            return Actor(text, self.states[code].name, code, code, kind or "state", sector)
        if code in self.orgs:
            org = self.orgs[code]  # an organ acts under its parent's code, as coders code it
            return Actor(text, org.name, org.parent or code, None, org.kind, sector)
        group = self.groups[code]
        if group.kind == "state" and group.country:  # an organ of a state acts under the state's code
            return Actor(text, group.name, group.country, group.country, "state", sector or group.sector)
        return Actor(text, group.name, code, group.country, kind or group.kind, sector or group.sector)


def _gap(span: Term | Affiliation, date: str) -> int:
    """Days from `date` to the span (0 inside it; an open start or end reaches any day)."""
    day = _days(date)
    start = _days(span.start) if span.start else day
    end = _days(span.end) if span.end else day
    return max(start - day, day - end, 0)


def _days(date: str) -> int:
    return dt.date.fromisoformat(date).toordinal()
