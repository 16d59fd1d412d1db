"""Places missing from the gazetteer but named as such: "the village of Kfraya", "the town of Qatraneh".

Such a place is put at the nearest place the text names around it ("... in Idlib province"),
else at the country the story is most about; it keeps `geonames_id` null.
"""

from __future__ import annotations

import re
from collections import Counter

from eventwatch.records import Place

KIND = (
    r"(?:town|towns|village|villages|hamlet|city|settlement|neighbourhood|neighborhood|district|suburb|camp)"
)
NAME = r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?"
NAMED = re.compile(rf"\b{KIND}\s+of\s+({NAME})(?:\s+and\s+({NAME}))?")
LOOK_AHEAD = 80  # characters after the name where "in <place>" may tell where it is
FEATURES = {"city", "admin1", "region", "country", "other"}


def unlisted_places(text: str, found: list[Place]) -> list[Place]:
    """Places introduced by "the village of X" that the gazetteer did not know."""
    taken = [(p.start, p.end) for p in found]
    added: list[Place] = []
    for match in NAMED.finditer(text):
        for group in (1, 2):
            start, end = match.span(group)
            if start < 0 or any(s < end and start < e for s, e in taken):
                continue
            anchor = _anchor(found, end, match.start())
            if anchor is not None:
                added.append(_place(text, start, end, anchor))
    return added


def _anchor(found: list[Place], after: int, before: int) -> Place | None:
    """The place named just after (within LOOK_AHEAD) or else just before, else the main country."""
    usable = [p for p in found if p.feature in FEATURES and p.lat is not None]
    ahead = [p for p in usable if after <= p.start <= after + LOOK_AHEAD]
    if ahead:
        return ahead[0]
    behind = [p for p in usable if before - LOOK_AHEAD <= p.end <= before]
    if behind:
        return behind[-1]
    countries = Counter(p.country for p in usable if p.feature == "country")
    main = countries.most_common(1)[0][0] if countries else None
    return next((p for p in usable if p.feature == "country" and p.country == main), None)


def _place(text: str, start: int, end: int, anchor: Place) -> Place:
    return Place(
        text=text[start:end],
        name=text[start:end],
        country=anchor.country,
        lat=anchor.lat,
        lon=anchor.lon,
        feature="city",
        admin1=anchor.admin1,
        start=start,
        end=end,
    )
