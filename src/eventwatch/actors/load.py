"""Read and validate the actor knowledge files (TSV); every problem names its file and line.

A file's kind is told by its header line, so a user file in any of the built-in formats
extends or overrides the built-in knowledge without touching code.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from eventwatch.actors.entries import (
    KINDS,
    ROLES,
    SECTORS,
    Affiliation,
    Agent,
    Group,
    Membership,
    Organisation,
    State,
    Term,
)
from eventwatch.tsvfile import tsv_rows

Entry = State | Organisation | Group | Membership | Term | Affiliation | Agent
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_CODE = re.compile(r"^[A-Z][A-Z0-9_+-]{1,23}$")


@dataclass(slots=True)
class Table:
    """The rows of one knowledge file with their line numbers, and the problems found."""

    path: Path
    kind: str
    rows: list[tuple[int, Entry]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def problem(self, line: int, message: str) -> None:
        self.problems.append(f"{self.path}:{line}: {message}")


def split(cell: str) -> tuple[str, ...]:
    """A `|`-separated cell as a tuple of non-empty stripped values."""
    return tuple(v.strip() for v in cell.split("|") if v.strip())


def start_date(value: str) -> str:
    """A start date (YYYY, YYYY-MM or YYYY-MM-DD) as YYYY-MM-DD, or ValueError."""
    full = value + "-01-01"[len(value) - 4 :] if _DATE.match(value) and len(value) < 10 else value
    return _real_day(full, value)


def end_date(value: str) -> str:
    """An end date as YYYY-MM-DD ("" stays ""; a bare year or month means its last day)."""
    if not value:
        return ""
    if _DATE.match(value) and len(value) == 7 and 1 <= int(value[5:]) <= 12:
        after = dt.date(int(value[:4]) + (value[5:] == "12"), int(value[5:]) % 12 + 1, 1)
        return (after - dt.timedelta(days=1)).isoformat()
    return _real_day(value + "-12-31" if len(value) == 4 else value, value)


def _real_day(full: str, given: str) -> str:
    try:
        if _DATE.match(full) and len(full) == 10:
            return dt.date.fromisoformat(full).isoformat()
    except ValueError:
        pass
    raise ValueError(f"date {given!r} is not a real YYYY-MM-DD date")


def _code(value: str, what: str = "code") -> str:
    if not _CODE.match(value):
        raise ValueError(f"{what} {value!r} must be upper-case letters, digits, '_' or '-'")
    return value


def _choice(value: str, allowed: frozenset[str] | tuple[str, ...], what: str, empty: bool = False) -> str:
    if (empty and not value) or value in allowed:
        return value
    raise ValueError(f"{what} {value!r} is not one of: {', '.join(sorted(allowed))}")


def _name(value: str) -> str:
    if not value:
        raise ValueError("name is empty")
    return value


def _people(adjectives: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(a + "s" for a in adjectives if a[-1] in "aiounk" or (a[-1] == "e" and not a.endswith("ese")))


def _state(c: dict[str, str]) -> State:
    leader = _choice(c["leader"] or "head of state", ("head of state", "head of government"), "leader")
    return State(
        _code(c["code"]), _name(c["name"]), split(c["aliases"]), split(c["adjectives"]),
        split(c["people"]) or _people(split(c["adjectives"])),
        split(c["prefixes"]), split(c["capitals"]), tuple(_seat(s) for s in split(c["seats"])), leader,
    )  # fmt: skip


def _seat(cell: str) -> tuple[str, str]:
    name, _, sector = cell.partition(":")
    return name.strip(), _choice(sector.strip() or "GOV", SECTORS, "sector")


def _organisation(c: dict[str, str]) -> Organisation:
    kind = _choice(c["kind"], KINDS, "kind")
    parent = _code(c["parent"], "parent") if c.get("parent") else None
    return Organisation(
        _code(c["code"]), _name(c["name"]), split(c["aliases"]), kind, split(c["nouns"]), parent
    )


def _group(c: dict[str, str]) -> Group:
    kind = _choice(c["kind"], KINDS, "kind")
    country = _code(c["country"], "country") if c["country"] else None
    sector = _choice(c["sector"], SECTORS, "sector", empty=True) or None
    return Group(
        _code(c["code"]), _name(c["name"]), split(c["aliases"]), kind, country, sector, split(c["nouns"])
    )


def _membership(c: dict[str, str]) -> Membership:
    status = _choice(c["status"], ("member", "observer"), "status")
    return Membership(
        _code(c["org"], "org"), _code(c["state"], "state"), status, start_date(c["start"]), end_date(c["end"])
    )


def _term(c: dict[str, str]) -> Term:
    role = _choice(c["role"], ROLES, "role")
    start, end = start_date(c["start"]), end_date(c["end"])
    if end and end < start:
        raise ValueError(f"end {end} is before start {start}")
    return Term(_name(c["name"]), split(c["aliases"]), _code(c["code"]), role, start, end)


def _affiliation(c: dict[str, str]) -> Affiliation:
    sector = _choice(c["sector"], SECTORS, "sector")
    start = start_date(c["start"]) if c["start"] else ""
    end = end_date(c["end"])
    if start and end and end < start:
        raise ValueError(f"end {end} is before start {start}")
    return Affiliation(_name(c["name"]), split(c["aliases"]), _code(c["code"]), sector, start, end)


def _agent(c: dict[str, str]) -> Agent:
    words = split(c["words"])
    if not words:
        raise ValueError("words is empty")
    sector = _choice(c["sector"], SECTORS, "sector", empty=True) or None
    kind = _choice(c["kind"] or "other", KINDS, "kind")
    role = _choice(c["role"], ROLES + ("leader", "counterpart"), "role", empty=True) or None
    use = _choice(c["title"] or "no", ("yes", "no", "owned"), "title")
    return Agent(words, sector, kind, role, use == "yes", use == "owned")


SCHEMAS: dict[tuple[str, ...], tuple[str, Callable[[dict[str, str]], Entry]]] = {
    ("code", "name", "aliases", "adjectives", "people", "prefixes", "capitals", "seats", "leader"): (
        "states",
        _state,
    ),
    ("code", "name", "aliases", "kind", "nouns"): ("organisations", _organisation),
    ("code", "name", "aliases", "kind", "nouns", "parent"): ("organisations", _organisation),
    ("code", "name", "aliases", "kind", "country", "sector", "nouns"): ("groups", _group),
    ("org", "state", "status", "start", "end"): ("memberships", _membership),
    ("name", "aliases", "code", "role", "start", "end"): ("officeholders", _term),
    ("name", "aliases", "code", "sector", "start", "end"): ("people", _affiliation),
    ("words", "sector", "kind", "role", "title"): ("agents", _agent),
}


def read_table(path: Path) -> Table:
    """Read one knowledge file; problems are collected, not raised."""
    if path.suffix.lower() != ".tsv" and path.is_file():
        return Table(path, "foreign")
    try:
        lines = tsv_rows(path)
        first = next(lines, None)
    except (OSError, UnicodeDecodeError) as exc:
        return _unreadable(path, f"cannot read the file ({exc})")
    if first is None:
        return _unreadable(path, "no header line")
    number, header = first
    if tuple(header) not in SCHEMAS:
        table = _unreadable(
            path, f"unknown header {header!r}; expected one of the documented schemas", number
        )
        table.kind = "foreign"
        return table
    kind, parse = SCHEMAS[tuple(header)]
    table = Table(path, kind)
    try:
        for number, cells in lines:
            _add_row(table, number, header, cells, parse)
    except UnicodeDecodeError as exc:
        table.problem(number + 1, f"not UTF-8 ({exc.reason})")
    return table


def _add_row(
    table: Table, number: int, header: list[str], cells: list[str], parse: Callable[..., Entry]
) -> None:
    if len(cells) > len(header) and any(cells[len(header) :]):
        table.problem(number, f"{len(cells)} columns, expected {len(header)} ({' '.join(header)})")
        return
    try:
        table.rows.append(
            (number, parse(dict(zip(header, cells + [""] * (len(header) - len(cells)), strict=True))))
        )
    except ValueError as exc:
        table.problem(number, str(exc))


def _unreadable(path: Path, message: str, line: int = 1) -> Table:
    table = Table(path, "unknown")
    table.problem(line, message)
    return table


def cross_check(tables: list[Table]) -> list[str]:
    """Problems that span files: unknown codes, duplicate codes within one file."""
    known = {e.code for t in tables for _, e in t.rows if isinstance(e, State | Organisation | Group)}
    problems: list[str] = []
    for table in tables:
        seen: set[str] = set()
        for line, entry in table.rows:
            for code in _references(entry):
                if code not in known:
                    problems.append(f"{table.path}:{line}: unknown code {code!r}")
            if isinstance(entry, State | Organisation | Group):
                if entry.code in seen:
                    problems.append(f"{table.path}:{line}: duplicate code {entry.code!r} in this file")
                seen.add(entry.code)
    return problems


def _references(entry: Entry) -> tuple[str, ...]:
    if isinstance(entry, Membership):
        return (entry.org, entry.state)
    if isinstance(entry, Term | Affiliation):
        return (entry.code,)
    if isinstance(entry, Group) and entry.country:
        return (entry.country,)
    return ()


def validate(path: Path, others: list[Table]) -> list[str]:
    """Every problem of one file, checked against `others` (the built-in knowledge) for codes."""
    table = read_table(path)
    problems = list(table.problems) or (
        [f"{path}:1: not a .tsv actor file"] if table.kind == "foreign" else []
    )
    known = [t for t in others if t.path.resolve() != path.resolve()]
    problems += [p for p in cross_check([*known, table]) if p.startswith(f"{path}:")]
    return problems
