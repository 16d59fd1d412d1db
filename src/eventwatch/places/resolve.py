"""Choose what each mention means, using the document: countries and regions named, dateline, neighbours."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from eventwatch.places.detect import Mention
from eventwatch.places.gazetteer import ADJECTIVE, ALIAS, Entry, Gazetteer
from eventwatch.places.nearby import distance_km, near_others

FEATURE_PRIOR = {"country": 9.0, "admin1": 6.8, "region": 7.0, "water": 7.0, "other": 7.0, "border": 7.0}
POPULATION_WEIGHT = 1.0  # score per tenfold population
COUNTRY_BONUS = 2.5
MAIN_COUNTRY_SHARE = 0.3
MAIN_ADMIN1_SHARE = 0.5
ADMIN1_BONUS = 1.0
NEIGHBOUR_BONUS = 0.8
QUALIFIER_BONUS = 5.0
DATELINE_BONUS = 1.0
CAPITAL_BONUS = 1.0
ALTERNATE_PENALTY = 0.8
WORLD_CITY = 1_000_000
PROXIMITY_BONUS = 2.0
VOTER_POPULATION = 15_000  # smaller towns do not steer the context
HAMLET = 1_000  # kept only when its admin1 area is named
SMALL_TOWN = 15_000  # kept only when its country or admin1 area is named
ROUNDS = 2


NO_VOTES: Counter[str] = Counter()


@dataclass(slots=True)
class Context:
    """Where the document is: countries and admin1 areas named, with who named them."""

    countries: Counter[str] = field(default_factory=Counter)
    admin1: Counter[tuple[str, str]] = field(default_factory=Counter)
    own: dict[str, Counter[str]] = field(default_factory=dict)  # surface -> its own country votes
    neighbours: set[str] = field(default_factory=set)
    dateline: str | None = None
    dateline_admin1: tuple[str, str] | None = None
    total: int = 0

    def admin1_share(self, area: tuple[str, str]) -> float:
        """The admin1 area's part of all admin1 votes (areas named, and towns of some size in them)."""
        votes = sum(self.admin1.values())
        return self.admin1[area] / votes if votes else 0.0

    def names_country(self, iso3: str | None, surface: str) -> bool:
        """True when mentions other than `surface` itself point at the country."""
        return self.share(iso3, surface) > 0

    def share(self, iso3: str | None, surface: str) -> float:
        """The country's part of the votes cast by mentions other than `surface` itself."""
        if iso3 is None:
            return 0.0
        own = self.own.get(surface, NO_VOTES)
        others = self.total - sum(own.values())
        return (self.countries[iso3] - own[iso3]) / others if others > 0 else 0.0


def resolve(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Entry | None]:
    """The chosen entry per mention, or None when the mention is too doubtful to keep."""
    qualifiers = _qualifiers(text, mentions, gazetteer)
    seeds = [_single_country(m, gazetteer) for m in mentions]
    context = _context(mentions, seeds, gazetteer)
    near = near_others(mentions, gazetteer)
    choices: list[Entry | None] = [None] * len(mentions)
    for _ in range(ROUNDS):
        choices = [
            _best(m, _choice(choices, qualifiers.get(k)), near[k], context, gazetteer)
            for k, m in enumerate(mentions)
        ]
        context = _context(mentions, choices, gazetteer)
    choices = _one_sense_per_story(mentions, choices, qualifiers)
    return [
        _accept(m, c, _choice(choices, qualifiers.get(k)), context)
        for k, (m, c) in enumerate(zip(mentions, choices, strict=True))
    ]


def _one_sense_per_story(
    mentions: list[Mention], choices: list[Entry | None], qualifiers: dict[int, int]
) -> list[Entry | None]:
    """A name said once with its state or in the dateline ("LONDON, Ky.") means the same all through."""
    settled: dict[str, Entry] = {}
    for k, (mention, entry) in enumerate(zip(mentions, choices, strict=True)):
        qualifier = choices[qualifiers[k]] if k in qualifiers else None
        qualified = entry is not None and qualifier is not None and _inside(entry, qualifier)
        if entry is not None and (qualified or mention.dateline):
            settled.setdefault(mention.key, entry)
    return [
        settled[m.key] if m.key in settled and any(e == settled[m.key].id for e, _ in m.options) else c
        for m, c in zip(mentions, choices, strict=True)
    ]


def _choice(choices: list[Entry | None], index: int | None) -> Entry | None:
    return choices[index] if index is not None else None


def _qualifiers(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> dict[int, int]:
    """ "Innisfail, Alberta", "Alexandria, Va.": the mention after the comma qualifies the one before."""
    found: dict[int, int] = {}
    for k in range(len(mentions) - 1):
        here, after = mentions[k], mentions[k + 1]
        if text[here.end : after.start].strip() != ",":
            continue
        if any(
            gazetteer.entry(e).feature in {"admin1", "country"} and how != ADJECTIVE
            for e, how in after.options
        ):
            found[k] = k + 1
    return found


def _single_country(mention: Mention, gazetteer: Gazetteer) -> Entry | None:
    """The entry of a mention that can only be in one country (a seed of the context)."""
    entries = [gazetteer.entry(e) for e, _ in mention.options]
    countries = {e.country for e in entries}
    if len(countries) != 1 or mention.common:
        return None
    return max(entries, key=_prior)


def _context(mentions: list[Mention], chosen: list[Entry | None], gazetteer: Gazetteer) -> Context:
    """Count the countries and admin1 areas the chosen entries point at."""
    context = Context()
    for mention, entry in zip(mentions, chosen, strict=True):
        if entry is None or (entry.feature == "city" and entry.population < VOTER_POPULATION):
            continue  # a village's guess is too weak to steer the others
        for iso3 in entry.countries or (entry.country,):
            if iso3:
                context.total += 1
                context.countries[iso3] += 1
                context.own.setdefault(mention.key, Counter())[iso3] += 1
        area = _admin1_of(entry)
        if area is not None:
            context.admin1[area] += 1
        if mention.dateline and context.dateline is None:
            context.dateline, context.dateline_admin1 = entry.country, area
    for iso3 in context.countries:
        country = gazetteer.countries.get(iso3)
        context.neighbours.update(country.neighbours if country else ())
    return context


def _prior(entry: Entry) -> float:
    """How likely an entry is before any context: feature class, or population for a town."""
    if entry.feature == "city":
        return POPULATION_WEIGHT * math.log10(entry.population + 10) + (
            CAPITAL_BONUS if entry.capital else 0.0
        )
    return FEATURE_PRIOR.get(entry.feature, 7.0)


def _best(
    mention: Mention, qualifier: Entry | None, near: set[int], context: Context, gazetteer: Gazetteer
) -> Entry | None:
    """The highest-scoring option of a mention."""
    scored = [
        (_score(gazetteer.entry(e), how, mention, qualifier, context, e in near), e)
        for e, how in mention.options
    ]
    return gazetteer.entry(max(scored)[1]) if scored else None


def _score(
    entry: Entry, how: int, mention: Mention, qualifier: Entry | None, context: Context, near: bool = False
) -> float:
    """Prior plus the document's evidence for one option."""
    score = _prior(entry)
    if how == ALIAS and entry.feature == "city" and entry.population < WORLD_CITY:
        score -= ALTERNATE_PENALTY  # a world city's other names are household words: "New York", "Kiev"
    countries = entry.countries or (entry.country,)
    share = max(context.share(c, mention.key) for c in countries)
    if share > 0:  # the full bonus goes to the country the story is about
        score += COUNTRY_BONUS * min(1.0, share / MAIN_COUNTRY_SHARE)
    elif any(c in context.neighbours for c in countries):
        score += NEIGHBOUR_BONUS
    area = _admin1_of(entry)
    local = ADMIN1_BONUS * min(1.0, context.admin1_share(area) / MAIN_ADMIN1_SHARE) if area else 0.0
    score += max(local, PROXIMITY_BONUS if near else 0.0)  # one local clue
    if not mention.dateline and area is not None and area == context.dateline_admin1:
        score += DATELINE_BONUS  # the dateline steers the others, never itself
    if qualifier is not None and _inside(entry, qualifier):
        score += QUALIFIER_BONUS
    if not mention.dateline and context.dateline and context.dateline == entry.country:
        score += DATELINE_BONUS
    return score


def _admin1_of(entry: Entry) -> tuple[str, str] | None:
    """(country, admin1 name) an entry lies in, or is."""
    if entry.country is None:
        return None
    if entry.feature == "admin1":
        return (entry.country, entry.name)
    return (entry.country, entry.admin1) if entry.admin1 else None


def _inside(entry: Entry, area: Entry) -> bool:
    """True when `entry` lies in the country or admin1 area `area`."""
    if entry.country != area.country:
        return False
    if area.feature != "admin1":
        return True
    if entry.admin1:
        return entry.admin1 == area.name
    return distance_km(entry.lat, entry.lon, area.lat, area.lon) < 600


def _accept(mention: Mention, entry: Entry | None, qualifier: Entry | None, context: Context) -> Entry | None:
    """Drop the doubtful: ordinary words, villages nobody set up, parts of longer names."""
    if entry is None:
        return None
    qualified = qualifier is not None and _inside(entry, qualifier)
    if mention.common and not qualified:
        return None
    if entry.feature != "city" or qualified or mention.dateline or mention.area:
        return entry
    in_country = context.names_country(entry.country, mention.key)
    in_admin1 = bool(entry.admin1 and context.admin1[(entry.country or "", entry.admin1)])
    if entry.population < HAMLET and not in_admin1:
        return None
    if entry.population < SMALL_TOWN and not (in_country or in_admin1):
        return None
    return entry
