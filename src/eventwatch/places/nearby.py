"""Spatial support: towns named in one story usually lie near each other ("Edmonton ... Enfield").

Only towns of some size take part (SHORTLIST largest of each name, MIN_POPULATION and up), so a
cluster of small namesakes (Paris, Atlanta and Savannah in Texas) cannot vouch for itself.
"""

from __future__ import annotations

import math

from eventwatch.places.detect import Mention
from eventwatch.places.gazetteer import Entry, Gazetteer

NEAR_KM = 150.0
CELL_DEGREES = 2.0  # grid cells larger than NEAR_KM in latitude; longitude cells widen towards the poles
SHORTLIST = 3
MIN_POPULATION = 10_000


def near_others(mentions: list[Mention], gazetteer: Gazetteer) -> list[set[int]]:
    """Per mention, its shortlisted candidates within NEAR_KM of one of a differently named mention."""
    shortlists = [_shortlist(m, gazetteer) for m in mentions]
    grid: dict[tuple[int, int], list[tuple[str, Entry]]] = {}
    for mention, entries in zip(mentions, shortlists, strict=True):
        for entry in entries:
            grid.setdefault(_cell(entry.lat, entry.lon), []).append((mention.surface, entry))
    found: list[set[int]] = []
    for mention, entries in zip(mentions, shortlists, strict=True):
        found.append({e.id for e in entries if _has_neighbour(e, mention.surface, grid)})
    return found


def _shortlist(mention: Mention, gazetteer: Gazetteer) -> list[Entry]:
    entries = [gazetteer.entry(e) for e, _ in mention.options]
    points = [
        e for e in entries if e.feature == "other" or (e.feature == "city" and e.population >= MIN_POPULATION)
    ]
    return sorted(points, key=lambda e: -e.population)[:SHORTLIST]


def _has_neighbour(entry: Entry, surface: str, grid: dict[tuple[int, int], list[tuple[str, Entry]]]) -> bool:
    row, col = _cell(entry.lat, entry.lon)
    for cell in ((row + dr, col + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1)):
        for other_surface, other in grid.get(cell, ()):
            if other_surface != surface and distance_km(entry.lat, entry.lon, other.lat, other.lon) < NEAR_KM:
                return True
    return False


def _cell(lat: float, lon: float) -> tuple[int, int]:
    width = CELL_DEGREES / max(0.1, math.cos(math.radians(lat)))
    return int(lat // CELL_DEGREES), int(lon // width)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))
