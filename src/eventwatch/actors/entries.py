"""Typed rows of the actor knowledge base, one class per kind of file."""

from __future__ import annotations

from dataclasses import dataclass

SECTORS = frozenset(
    {"GOV", "MIL", "POL", "LEG", "JUD", "OPP", "REB", "CVL", "REF", "MED", "BUS", "LAB", "IGO"}
)
KINDS = frozenset(
    {"state", "igo", "ngo", "armed_group", "party", "person", "media", "business", "population", "other"}
)
ROLES = (  # most senior first: a person holding two offices on a day is named by the first
    "head of state",
    "head of government",
    "secretary general",
    "president",
    "director general",
    "managing director",
    "high representative",
    "foreign minister",
    "defence minister",
)
ORG_ROLES = ("secretary general", "director general", "managing director", "president", "high representative")


@dataclass(slots=True, frozen=True)
class State:
    """A state: ISO alpha-3 code and every way news names it."""

    code: str
    name: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]
    people: tuple[str, ...]
    prefixes: tuple[str, ...]
    capitals: tuple[str, ...]
    seats: tuple[tuple[str, str], ...]  # (name, sector): "Kremlin" GOV, "Pentagon" MIL
    leader: str  # the role "the Russian leader" means: "head of state" or "head of government"


@dataclass(slots=True, frozen=True)
class Organisation:
    """An international organisation (or a named non-governmental one)."""

    code: str
    name: str
    aliases: tuple[str, ...]
    kind: str
    nouns: tuple[str, ...]  # what the text calls it in coreference: "bloc", "alliance", ...
    parent: str | None = None  # the organisation an organ acts for ("UN" for the Security Council)


@dataclass(slots=True, frozen=True)
class Group:
    """A non-state armed group, party, movement, media outlet or company."""

    code: str
    name: str
    aliases: tuple[str, ...]
    kind: str
    country: str | None
    sector: str | None
    nouns: tuple[str, ...]


@dataclass(slots=True, frozen=True)
class Membership:
    """A state's membership (or observer status) in an organisation between two dates."""

    org: str
    state: str
    status: str  # member or observer
    start: str
    end: str  # "" = still a member


@dataclass(slots=True, frozen=True)
class Term:
    """One person's term in one office."""

    name: str
    aliases: tuple[str, ...]
    code: str
    role: str
    start: str
    end: str  # "" = still in office


@dataclass(slots=True, frozen=True)
class Affiliation:
    """A notable person's side outside the offices terms track: an opposition leader, a commander,
    an envoy, an activist, acting for a state, group or organisation between two dates."""

    name: str
    aliases: tuple[str, ...]
    code: str
    sector: str
    start: str  # "" = as long as news knows the person
    end: str  # "" = still


@dataclass(slots=True, frozen=True)
class Agent:
    """A generic agent noun ("troops", "the foreign ministry") or a title ("President", "Gen.")."""

    words: tuple[str, ...]
    sector: str | None
    kind: str
    role: str | None  # the office it names, resolved to a person on the document's date
    title: bool  # may stand before a person's name
    owned: bool = False  # an actor only with an owner: "the Russian state", "the head of NATO"
