"""Output shapes: flat rows for CSV/Parquet, the writers, and the GDELT 2.0 event table."""

from __future__ import annotations

import csv
import io

import pytest
from rich.console import Console

from eventwatch.output.gdelt import (
    COLUMNS,
    MENTION_COLUMNS,
    EventCounts,
    GdeltTables,
    fips_code,
    gdelt_row,
    global_event_id,
    mention_rows,
)
from eventwatch.output.tabular import EVENT_COLUMNS, flatten
from eventwatch.output.writers import make_writer

LINE = {
    "doc_id": "d1",
    "event_id": "e1",
    "event_type": "SANCTION",
    "mode": None,
    "context": ["economic"],
    "cameo": "163",
    "quad_class": 4,
    "goldstein": -8.0,
    "actor": {
        "text": "the EU",
        "name": "European Union",
        "code": "EU",
        "country": None,
        "kind": "igo",
        "sector": "IGO",
        "role": None,
    },
    "recipient": {
        "text": "Iran",
        "name": "Iran",
        "code": "IRN",
        "country": "IRN",
        "kind": "state",
        "sector": "GOV",
        "role": None,
    },
    "location": {
        "text": "Brussels",
        "name": "Brussels",
        "country": "BEL",
        "admin1": "Brussels Capital",
        "lat": 50.85,
        "lon": 4.35,
        "geonames_id": 2800866,
        "feature": "city",
    },
    "date": "2025-09-01",
    "date_text": "on Monday",
    "status": "occurred",
    "speaker": None,
    "sentence_index": 0,
    "sentence": "The EU imposed sanctions on Iran.",
    "trigger": "imposed sanctions",
    "span": [0, 33],
    "confidence": 0.9,
    "mentions": [0, 3],
    "doc_date": "2025-09-02",
    "url": "https://example.org/eu-iran",
    "source": None,
}


ADDED = "2025-09-02 14:03:11"
TABLES = GdeltTables.load()


def gdelt(line: dict, counts: EventCounts | None = None) -> dict[str, str]:
    return dict(zip(COLUMNS, gdelt_row(line, TABLES, ADDED, counts), strict=True))


def test_gdelt_has_the_61_columns_in_order() -> None:
    assert len(COLUMNS) == 61 == len(set(COLUMNS))
    assert COLUMNS[:5] == ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    assert COLUMNS[25:35] == (
        "IsRootEvent",
        "EventCode",
        "EventBaseCode",
        "EventRootCode",
        "QuadClass",
        "GoldsteinScale",
        "NumMentions",
        "NumSources",
        "NumArticles",
        "AvgTone",
    )
    assert COLUMNS[51:] == (
        "ActionGeo_Type",
        "ActionGeo_FullName",
        "ActionGeo_CountryCode",
        "ActionGeo_ADM1Code",
        "ActionGeo_ADM2Code",
        "ActionGeo_Lat",
        "ActionGeo_Long",
        "ActionGeo_FeatureID",
        "DATEADDED",
        "SOURCEURL",
    )


def test_gdelt_fills_what_is_known() -> None:
    row = gdelt(LINE)
    assert (row["GLOBALEVENTID"], row["SQLDATE"], row["MonthYear"], row["Year"]) == (
        str(global_event_id(LINE)),
        "20250901",
        "202509",
        "2025",
    )
    assert row["FractionDate"] == "2025.6658"
    actor1 = (row["Actor1Code"], row["Actor1Name"], row["Actor1CountryCode"], row["Actor1KnownGroupCode"])
    assert actor1 == ("IGOEEC", "EUROPEAN UNION", "", "EEC")
    assert row["Actor1Type1Code"] == "IGO"
    assert (row["Actor2Code"], row["Actor2CountryCode"], row["Actor2Type1Code"]) == ("IRNGOV", "IRN", "GOV")
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"]) == ("163", "163", "16")
    assert (row["QuadClass"], row["GoldsteinScale"], row["NumMentions"]) == ("4", "-8.0", "2")
    assert (row["IsRootEvent"], row["NumSources"], row["NumArticles"]) == ("1", "1", "1")
    assert (row["ActionGeo_Type"], row["ActionGeo_CountryCode"], row["ActionGeo_FeatureID"]) == (
        "4",
        "BE",
        "2800866",
    )
    assert row["ActionGeo_FullName"] == "Brussels, Brussels Capital"
    assert (row["DATEADDED"], row["SOURCEURL"]) == ("20250902140311", "https://example.org/eu-iran")
    assert row["AvgTone"] == row["Actor1Geo_Type"] == row["Actor1Religion1Code"] == ""


def test_gdelt_ids_are_stable_63_bit_and_differ_across_documents() -> None:
    ids = {global_event_id({**LINE, "doc_id": f"d{n}"}) for n in range(1000)}
    assert len(ids) == 1000 and all(0 < i < 2**63 for i in ids)
    assert global_event_id(LINE) == global_event_id(dict(LINE))


def test_counts_from_the_story_engine_replace_the_one_article_counts() -> None:
    row = gdelt(LINE, EventCounts(mentions=9, sources=4, articles=6, is_root=False))
    assert [row[c] for c in ("NumMentions", "NumSources", "NumArticles", "IsRootEvent")] == [
        "9",
        "4",
        "6",
        "0",
    ]


def _actor(**fields: str | None) -> dict:
    return {"text": "x", "name": "X", "code": None, "country": None, "kind": "state", "sector": None,
            "role": None, **fields}  # fmt: skip


@pytest.mark.parametrize(
    ("actor", "expected"),
    [
        pytest.param(
            _actor(code="KEN", country="KEN", sector="POL"), ("KENCOP", "KEN", None, "COP"), id="police"
        ),
        pytest.param(
            _actor(sector="POL"), ("COP", None, None, "COP"), id="police-of-no-country-is-not-poland"
        ),
        pytest.param(_actor(code="RUS", country="RUS"), ("RUS", "RUS", None, None), id="state"),
        pytest.param(_actor(code="UN", kind="igo"), ("IGOUNO", None, "UNO", "IGO"), id="un"),
        pytest.param(_actor(code="WFP", kind="igo", sector="IGO"), ("IGOWFP", None, "WFP", "IGO"), id="wfp"),
        pytest.param(
            _actor(code="CSTO", kind="igo"), ("IGO", None, None, "IGO"), id="igo-without-cameo-code"
        ),
        pytest.param(_actor(code="HRW", kind="ngo"), ("NGOHRW", None, "HRW", "NGO"), id="ngo"),
        pytest.param(
            _actor(code="TALIBAN", country="AFG", kind="armed_group"),
            ("AFGREB", "AFG", "TAL", "REB"),
            id="group",
        ),
        pytest.param(
            _actor(code="AL_QAEDA", kind="armed_group"), ("REB", None, "ALQ", "REB"), id="group-no-country"
        ),
        pytest.param(
            _actor(code="BJP", country="IND", kind="party", sector="GOV"),
            ("INDGOVPTY", "IND", None, "GOV"),
            id="party",
        ),
    ],
)
def test_cameo_actor_codes(actor: dict, expected: tuple) -> None:
    row = gdelt({**LINE, "actor": actor})
    assert (
        tuple(row[f"Actor1{k}"] or None for k in ("Code", "CountryCode", "KnownGroupCode", "Type1Code"))
        == expected
    )


@pytest.mark.parametrize(
    ("place", "expected"),
    [
        pytest.param(
            {"name": "Kazakhstan", "country": "KAZ", "feature": "country"}, ("1", "KZ", "KZ"), id="country"
        ),
        pytest.param(
            {"name": "Texas", "country": "USA", "feature": "admin1"}, ("2", "USTX", "USTX"), id="us-state"
        ),
        pytest.param(
            {
                "name": "Austin",
                "country": "USA",
                "admin1": "Texas",
                "feature": "city",
                "geonames_id": 4671654,
            },
            ("3", "USTX", "4671654"),
            id="us-city",
        ),  # fmt: skip
    ],
)
def test_action_geo_feature_ids_follow_the_codebook(place: dict, expected: tuple) -> None:
    row = gdelt({**LINE, "location": {"text": "t", "lat": 1.0, "lon": 2.0, **place}})
    assert (row["ActionGeo_Type"], row["ActionGeo_ADM1Code"], row["ActionGeo_FeatureID"]) == expected


def test_mentions_give_a_row_per_sentence_with_offsets_in_the_evidence_sentence() -> None:
    line = {**LINE, "span": [100, 133], "mentions": [0, 3]}
    rows = [dict(zip(MENTION_COLUMNS, r, strict=True)) for r in mention_rows(line, ADDED, doc_chars=900)]
    assert [r["SentenceID"] for r in rows] == ["1", "4"]
    first = rows[0]
    assert first["GLOBALEVENTID"] == gdelt(LINE)["GLOBALEVENTID"]
    assert (first["EventTimeDate"], first["MentionType"], first["MentionSourceName"]) == (
        "20250902140311", "1", "example.org",
    )  # fmt: skip
    # "The EU imposed sanctions on Iran.": the EU at 0, Iran at 28, the trigger at 7 (+ the span's start)
    offsets = (first["Actor1CharOffset"], first["Actor2CharOffset"], first["ActionCharOffset"])
    assert offsets == ("100", "128", "107")
    assert (rows[1]["Actor1CharOffset"], first["Confidence"], first["MentionDocLen"]) == ("-1", "90", "900")


@pytest.mark.parametrize(
    ("changes", "column", "expected"),
    [
        pytest.param({"date": "2025-09"}, "SQLDATE", "20250902", id="month-date-falls-back-to-article-date"),
        pytest.param({"date": None, "doc_date": None}, "SQLDATE", "", id="no-date-at-all"),
        pytest.param({"cameo": "0831"}, "EventBaseCode", "083", id="four-digit-cameo"),
        pytest.param({"recipient": None}, "Actor2Code", "", id="no-recipient"),
        pytest.param(
            {"location": {**LINE["location"], "feature": "border", "country": "TJK"}},
            "ActionGeo_Type",
            "",
            id="border-has-no-gdelt-type",
        ),
        pytest.param(
            {"actor": {**LINE["actor"], "name": "European\tUnion"}},
            "Actor1Name",
            "EUROPEAN UNION",
            id="a-tab-in-a-name-never-shifts-columns",
        ),
    ],
)
def test_gdelt_edge_cases(changes: dict, column: str, expected: str) -> None:
    assert gdelt({**LINE, **changes})[column] == expected


@pytest.mark.parametrize(
    ("iso3", "fips"), [("RUS", "RS"), ("DEU", "GM"), ("GBR", "UK"), ("TJK", "TI"), ("XXX", None)]
)
def test_fips_codes(iso3: str, fips: str | None) -> None:
    assert fips_code(iso3) == fips


def test_flatten_names_nested_keys_and_keeps_lists_as_json() -> None:
    flat = flatten(LINE)
    assert flat["actor.code"] == "EU" and flat["location.lat"] == 50.85
    assert flat["context"] == '["economic"]' and flat["span"] == "[0, 33]"
    assert "speaker" in flat and flat["speaker"] is None
    assert set(flat) - {"speaker"} <= set(EVENT_COLUMNS)


def test_csv_writer_uses_the_fixed_event_header() -> None:
    out = io.StringIO()
    writer = make_writer("csv", "events", out, Console(file=io.StringIO()))
    writer.write(LINE)
    writer.write({**LINE, "actor": None})
    writer.close()
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == list(EVENT_COLUMNS)
    assert [r["actor.code"] for r in rows] == ["EU", ""]


def test_places_csv_has_one_row_per_place() -> None:
    out = io.StringIO()
    writer = make_writer("csv", "places", out, Console(file=io.StringIO()))
    place = {**LINE["location"], "start": 4, "end": 12}
    writer.write({"id": "d1", "places": [place, {**place, "start": 20, "end": 28}]})
    writer.close()
    assert [(r["id"], r["start"]) for r in csv.DictReader(io.StringIO(out.getvalue()))] == [
        ("d1", "4"),
        ("d1", "20"),
    ]


def test_table_writer_shows_codes_and_says_when_empty() -> None:
    screen = io.StringIO()
    writer = make_writer("table", "events", io.StringIO(), Console(file=screen, width=200), title="events")
    writer.write(LINE)
    writer.close()
    assert all(
        word in screen.getvalue() for word in ("SANCTION", "EU", "IRN", "Brussels", "imposed sanctions")
    )
    empty = io.StringIO()
    make_writer("table", "events", io.StringIO(), Console(file=empty)).close()
    assert empty.getvalue().strip() == "no events to show"


def test_tally_reports_skips_and_notes_one_line_each() -> None:
    from eventwatch.output.console import Tally
    from eventwatch.records import RawDocument, Skip

    lines = io.StringIO()
    tally = Tally(lines)
    raws = [
        RawDocument(None, "a.txt", text="x", notes=("invalid UTF-8 at byte 3",)),
        Skip("b.txt", "missing"),
    ]
    kept = list(tally.kept(tally.noted(raws), lambda _item: None))
    assert [k.origin for k in kept] == ["a.txt"] and tally.missing == 1
    assert lines.getvalue().splitlines() == [
        "a.txt: note: invalid UTF-8 at byte 3",
        "b.txt: skipped (missing)",
    ]


@pytest.mark.parametrize("shown", [True, False], ids=["terminal", "piped"])
def test_progress_callback_counts_items(shown: bool) -> None:
    from eventwatch.output.console import progress

    with progress("test", shown=shown) as tick:
        for item in range(3):
            tick(item)


def test_a_bad_cameo_actor_line_names_file_and_line(tmp_path) -> None:
    from eventwatch.errors import KnowledgeError
    from eventwatch.output.cameo_actors import load_cameo_actor_codes

    table = tmp_path / "cameo.tsv"
    table.write_text("table\tkey\tcameo\tnote\nrole\tPOL\tCOP\tpolice\nrole\tMIL\tmil\tlower case\n")
    with pytest.raises(KnowledgeError, match=r"cameo.tsv:3: CAMEO code 'mil'"):
        load_cameo_actor_codes(table)
