"""Read the places knowledge files (built-in and user) into typed rows, naming file and line on error."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from eventwatch.errors import KnowledgeError
from eventwatch.tsvfile import tsv_rows
from eventwatch.yamlfile import has_top_level_key, list_at, load_with_lines

KNOWLEDGE = Path(__file__).resolve().parents[1] / "knowledge"
BUILT_IN = ("places_countries.tsv", "places_admin1.tsv", "places_regions.yaml", "places_false_friends.yaml")
FEATURES = frozenset({"country", "admin1", "city", "border", "region", "water", "other"})
PLACE_KEYS_SHOWN = (
    "name",
    "feature",
    "lat",
    "lon",
    "country",
    "countries",
    "aliases",
    "adjectives",
    "population",
)
PLACE_KEYS = frozenset({*PLACE_KEYS_SHOWN, "__line__"})
WORD_LIST_KEYS = ("common_words", "person_names", "function_words", "name_heads", "titles", "place_words")
YAML_KEYS = frozenset({"places", "connectors", *WORD_LIST_KEYS})
COUNTRY_HEADER = ["iso3", "lat", "lon", "aliases", "adjectives"]
ADMIN1_HEADER = ["iso3", "code", "name", "lat", "lon", "aliases", "adjectives"]


@dataclass(slots=True, frozen=True)
class KnownPlace:
    """One place of a knowledge file: a region, sea, admin1 area or user addition."""

    name: str
    feature: str
    lat: float
    lon: float
    country: str | None = None
    countries: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    admin1_code: str = ""
    population: int = 0


@dataclass(slots=True, frozen=True)
class CountryRow:
    """A country's representative point and the extra names and adjectives that refer to it."""

    iso3: str
    lat: float
    lon: float
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]


@dataclass(slots=True)
class PlacesKnowledge:
    """Everything the knowledge files say, in load order (later files extend earlier ones)."""

    countries: list[CountryRow] = field(default_factory=list)
    places: list[KnownPlace] = field(default_factory=list)
    common_words: set[str] = field(default_factory=set)
    person_names: set[str] = field(default_factory=set)
    function_words: set[str] = field(default_factory=set)
    name_heads: set[str] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)
    place_words: set[str] = field(default_factory=set)
    connectors: set[str] = field(default_factory=set)


def read_all(extra: tuple[Path, ...] | list[Path] = ()) -> PlacesKnowledge:
    """The built-in files, then every extra file that holds places (other dictionaries are ignored)."""
    known = PlacesKnowledge()
    for path in [KNOWLEDGE / name for name in BUILT_IN]:
        read_file(path, known)
    for path in extra:
        read_file(Path(path), known)
    return known


def read_file(path: Path, known: PlacesKnowledge) -> None:
    """Add one TSV or YAML file to `known`; files that are not about places are skipped."""
    if not path.is_file():
        raise KnowledgeError(f"{path}: no such places file")
    if path.suffix.lower() == ".tsv":
        _read_tsv(path, known)
    elif path.suffix.lower() in {".yaml", ".yml"}:
        _read_yaml(path, known)


def _read_tsv(path: Path, known: PlacesKnowledge) -> None:
    rows = tsv_rows(path)
    header = next(rows, None)
    if header is None:
        return
    kind = _tsv_kind(header[1])
    if kind == "countries":
        known.countries.extend(_country_row(path, line, cells) for line, cells in rows)
    elif kind == "admin1":
        known.places.extend(_admin1_row(path, line, cells) for line, cells in rows)


def _tsv_kind(header: list[str]) -> str | None:
    if header == COUNTRY_HEADER:
        return "countries"
    if header == ADMIN1_HEADER[: len(header)] and len(header) >= 6:  # adjectives column optional
        return "admin1"
    return None


def is_places_file(path: Path) -> bool:
    """A TSV with the countries or admin1 header, or YAML with a places-knowledge key."""
    if path.suffix.lower() == ".tsv":
        header = next(tsv_rows(path), None)
        return header is not None and _tsv_kind(header[1]) is not None
    return has_top_level_key(path, *sorted(YAML_KEYS))


def _country_row(path: Path, line: int, cells: list[str]) -> CountryRow:
    cells = _padded(path, line, cells, len(COUNTRY_HEADER), 3)
    return CountryRow(
        iso3=_iso3(path, line, cells[0]),
        lat=_coordinate(path, line, cells[1], 90.0),
        lon=_coordinate(path, line, cells[2], 180.0),
        aliases=_split(cells[3]),
        adjectives=_split(cells[4]),
    )


def _admin1_row(path: Path, line: int, cells: list[str]) -> KnownPlace:
    cells = _padded(path, line, cells, len(ADMIN1_HEADER), 5)
    if not cells[2]:
        raise KnowledgeError(f"{path}:{line}: the name column is empty")
    return KnownPlace(
        name=cells[2],
        feature="admin1",
        lat=_coordinate(path, line, cells[3], 90.0),
        lon=_coordinate(path, line, cells[4], 180.0),
        country=_iso3(path, line, cells[0]),
        aliases=_split(cells[5]),
        adjectives=_split(cells[6]),
        admin1_code=cells[1],
    )


def _read_yaml(path: Path, known: PlacesKnowledge) -> None:
    data = load_with_lines(path, "places file")
    if not isinstance(data, dict):
        return
    for entry in list_at(path, data, "places"):
        known.places.append(_yaml_place(path, entry))
    known.common_words.update(_words(path, data, "common_words"))
    known.person_names.update(_words(path, data, "person_names"))
    known.function_words.update(w.lower() for w in _words(path, data, "function_words"))
    known.name_heads.update(_words(path, data, "name_heads"))
    known.titles.update(_words(path, data, "titles"))
    known.place_words.update(_words(path, data, "place_words"))
    known.connectors.update(_words(path, data, "connectors"))


def _words(path: Path, data: dict[str, Any], key: str) -> list[str]:
    words = list_at(path, data, key)
    for index, word in enumerate(words):
        if not isinstance(word, str) or not word.strip():
            line = _item_line(path, key, index)
            raise KnowledgeError(f"{path}:{line}: '{key}' holds {word!r}, which is not a word (quote it)")
    return [w.strip() for w in words]


def _item_line(path: Path, key: str, index: int) -> int:
    """The line of item `index` of the top-level list `key` (only looked up to report an error)."""
    root = yaml.compose(path.read_text(encoding="utf-8"))
    for name, value in getattr(root, "value", []):
        if name.value == key and isinstance(value, yaml.SequenceNode):
            return int(value.value[index].start_mark.line) + 1
    return 0


def _yaml_place(path: Path, entry: Any) -> KnownPlace:
    """One entry of a `places:` list, checked key by key."""
    line = _check_entry(path, entry)
    country = entry.get("country")
    return KnownPlace(
        name=entry["name"].strip(),
        feature=entry.get("feature", "other"),
        lat=_coordinate(path, line, entry.get("lat"), 90.0),
        lon=_coordinate(path, line, entry.get("lon"), 180.0),
        country=_iso3(path, line, country) if country else None,
        countries=tuple(_iso3(path, line, c) for c in _str_list(path, line, entry, "countries")),
        aliases=tuple(_str_list(path, line, entry, "aliases")),
        adjectives=tuple(_str_list(path, line, entry, "adjectives")),
        population=_population(path, line, entry.get("population", 0)),
    )


def _check_entry(path: Path, entry: Any) -> int:
    """The entry's line, once its shape, keys, name and feature are known to be right."""
    if not isinstance(entry, dict):
        raise KnowledgeError(f"{path}: each entry of 'places' must be a mapping, got {entry!r}")
    line = int(entry.get("__line__", 0))
    unknown = set(entry) - PLACE_KEYS
    if unknown:
        known = ", ".join(PLACE_KEYS_SHOWN)
        raise KnowledgeError(f"{path}:{line}: unknown keys {', '.join(sorted(unknown))} (known: {known})")
    name, feature = entry.get("name"), entry.get("feature", "other")
    if not isinstance(name, str) or not name.strip():
        raise KnowledgeError(f"{path}:{line}: a place needs a 'name'")
    if feature not in FEATURES:
        raise KnowledgeError(
            f"{path}:{line}: feature {feature!r} is not one of {', '.join(sorted(FEATURES))}"
        )
    return line


def _population(path: Path, line: int, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise KnowledgeError(f"{path}:{line}: population {value!r} is not a number of people")
    return int(value)


def _str_list(path: Path, line: int, entry: dict[str, Any], key: str) -> list[str]:
    value = entry.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise KnowledgeError(f"{path}:{line}: '{key}' must be a list of names")
    return [v.strip() for v in value]


def _padded(path: Path, line: int, cells: list[str], width: int, needed: int) -> list[str]:
    if len(cells) < needed or len(cells) > width:
        raise KnowledgeError(f"{path}:{line}: expected {width} tab-separated columns, found {len(cells)}")
    return cells + [""] * (width - len(cells))


def _coordinate(path: Path, line: int, value: Any, limit: float) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise KnowledgeError(f"{path}:{line}: {value!r} is not a coordinate") from None
    if not -limit <= number <= limit:
        raise KnowledgeError(f"{path}:{line}: {number} is outside -{limit}..{limit}")
    return number


def _iso3(path: Path, line: int, value: Any) -> str:
    if not isinstance(value, str) or len(value) != 3 or not value.isalpha() or not value.isupper():
        raise KnowledgeError(f"{path}:{line}: {value!r} is not an ISO 3166-1 alpha-3 code")
    return value


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())
