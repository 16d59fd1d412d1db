"""Places index builder and cache: the name policy on a few towns of our own, the cache location."""

from __future__ import annotations

from array import array
from pathlib import Path

import pytest

from eventwatch.places import build
from eventwatch.places.gazetteer import cache_path


def town(name: str, population: int, alternates: list[str], row_id: int = 1) -> dict[str, object]:
    return {
        "geonameid": row_id, "name": name, "latitude": 10.0, "longitude": 20.0, "countrycode": "XX",
        "population": population, "admin1code": "01", "alternatenames": alternates,
    }  # fmt: skip


def keys_of(columns: dict[str, object]) -> dict[str, object]:
    index = columns["index"]
    assert isinstance(index, dict)
    return index


@pytest.mark.parametrize(
    ("population", "alternate", "kept"),
    [
        (2_000_000, "Kiev", True),
        (7_000_000, "Lim", False),
        (160_000, "Bale", False),
        (50_000, "Old Town Name", True),
        (5_000, "Old Town Name", False),
        (50_000, "Москва", False),
        (50_000, "NYC", False),
        (50_000, "Zone 3", False),
    ],
    ids=["short-name-of-big-city", "three-letters", "short-name-of-small-city", "long-name", "small-town",
         "other-script", "acronym", "digits"],
)  # fmt: skip
def test_alternate_names_policy(population: int, alternate: str, kept: bool) -> None:
    columns = build._columns([town("Main Name", population, [alternate])])
    index = keys_of(columns)
    assert "main name" in index
    assert (alternate.lower() in index) is kept


def test_rows_are_largest_first_and_names_fold() -> None:
    columns = build._columns([town("Kandahār", 1_000, [], 1), town("Kandahār", 500_000, [], 2)])
    population = array("q")
    population.frombytes(columns["population"])
    assert list(population) == [500_000, 1_000]
    assert keys_of(columns)["kandahar"] == (0, 2)  # row * 2, both under their main name


def test_cache_lives_in_the_user_cache_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_path().parent == tmp_path / "eventwatch"
    assert cache_path().name.endswith(f"-f{build.FORMAT}.marshal")
