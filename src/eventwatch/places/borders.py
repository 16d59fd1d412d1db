"""Borders between two states: "the Tajik-Afghan border", "the border between X and Y", "X's border with Y".

A border is one place with feature "border", `country` the first state and `countries` both;
its point is the spherical midpoint of the two countries' representative points.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from eventwatch.places.detect import Mention
from eventwatch.places.gazetteer import Gazetteer
from eventwatch.records import Place

BORDER = r"(?:border|borders|frontier|boundary|border\s+crossing|border\s+area|border\s+region)"
PAIR_JOIN = re.compile(r"\s?[-–/]\s?$")
AFTER_PAIR = re.compile(rf"\s+{BORDER}\b", re.IGNORECASE)
BETWEEN = re.compile(rf"\b{BORDER}\s+(?:between|of)\s+(?:the\s+)?$", re.IGNORECASE)
AND = re.compile(r"^\s+(?:and|&)\s+(?:the\s+)?$")
WITH = re.compile(
    rf"^(?:['’]s\s+|,?\s+(?:which\s+|that\s+)?shares?\s+(?:a|an|its)\s+)(?:[\w,.-]+\s+){{0,4}}?{BORDER}\s+with\s+(?:the\s+)?$",
    re.IGNORECASE,
)  # "Turkey's long border with Syria", "Uzbekistan, which shares a 144-km border with Afghanistan"


@dataclass(slots=True, frozen=True)
class Border:
    """A border found in the text and the mentions it is made of."""

    place: Place
    parts: tuple[int, int]


def find_borders(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Border]:
    """Every two-state border named in `text`; each mention belongs to at most one border."""
    found: list[Border] = []
    used: set[int] = set()
    for k in range(len(mentions) - 1):
        if k in used or k + 1 in used:
            continue
        border = _pair_at(text, mentions, k, gazetteer)
        if border is not None:
            found.append(border)
            used.update(border.parts)
    return found


def _pair_at(text: str, mentions: list[Mention], k: int, gazetteer: Gazetteer) -> Border | None:
    first, second = mentions[k], mentions[k + 1]
    states = _state(first, gazetteer), _state(second, gazetteer)
    if states[0] is None or states[1] is None or states[0] == states[1]:
        return None
    gap = text[first.end : second.start]
    after = AFTER_PAIR.match(text, second.end)
    if PAIR_JOIN.fullmatch(gap) and after:
        return _border(text, first.start, after.end(), (states[0], states[1]), (k, k + 1), gazetteer)
    if AND.match(gap):
        head = BETWEEN.search(text[max(0, first.start - 60) : first.start])
        if head:
            start = first.start - (len(text[max(0, first.start - 60) : first.start]) - head.start())
            return _border(text, start, second.end, (states[0], states[1]), (k, k + 1), gazetteer)
    if WITH.match(gap):
        return _border(text, first.start, second.end, (states[0], states[1]), (k, k + 1), gazetteer)
    return None


def _state(mention: Mention, gazetteer: Gazetteer) -> str | None:
    """The country a mention names (by name or adjective), if it can name one."""
    for entry_id, _ in mention.options:
        entry = gazetteer.entry(entry_id)
        if entry.feature == "country":
            return entry.country
    return None


def _border(
    text: str, start: int, end: int, states: tuple[str, str], parts: tuple[int, int], gazetteer: Gazetteer
) -> Border | None:
    one, two = gazetteer.country_entry(states[0]), gazetteer.country_entry(states[1])
    if one is None or two is None:
        return None
    lat, lon = midpoint(one.lat, one.lon, two.lat, two.lon)
    name = f"{one.name}–{two.name} border"
    place = Place(
        text=text[start:end],
        name=name,
        country=states[0],
        lat=round(lat, 4),
        lon=round(lon, 4),
        feature="border",
        countries=states,
        start=start,
        end=end,
    )
    return Border(place, parts)


def midpoint(lat1: float, lon1: float, lat2: float, lon2: float) -> tuple[float, float]:
    """The point halfway along the great circle between two points."""
    p1, p2, l1 = math.radians(lat1), math.radians(lat2), math.radians(lon1)
    dl = math.radians(lon2 - lon1)
    bx, by = math.cos(p2) * math.cos(dl), math.cos(p2) * math.sin(dl)
    lat = math.atan2(math.sin(p1) + math.sin(p2), math.sqrt((math.cos(p1) + bx) ** 2 + by**2))
    lon = l1 + math.atan2(by, math.cos(p1) + bx)
    return math.degrees(lat), (math.degrees(lon) + 540) % 360 - 180
