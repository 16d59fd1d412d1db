"""Output shapes: flat rows for CSV/Parquet, the writers, and the GDELT 2.0 event table."""

from __future__ import annotations

import csv
import io

import pytest
from rich.console import Console

from eventwatch.output.gdelt import COLUMNS, fips_code, gdelt_row
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


def gdelt(line: dict, number: int = 7) -> dict[str, str]:
    return dict(zip(COLUMNS, gdelt_row(number, line), strict=True))


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
        "7",
        "20250901",
        "202509",
        "2025",
    )
    assert row["FractionDate"] == "2025.6658"
    assert (row["Actor1Code"], row["Actor1Name"], row["Actor1KnownGroupCode"]) == (
        "EUIGO",
        "EUROPEAN UNION",
        "EU",
    )
    assert (row["Actor2Code"], row["Actor2CountryCode"], row["Actor2Type1Code"]) == ("IRNGOV", "IRN", "GOV")
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"]) == ("163", "163", "16")
    assert (row["QuadClass"], row["GoldsteinScale"], row["NumMentions"]) == ("4", "-8.0", "2")
    assert (row["ActionGeo_Type"], row["ActionGeo_CountryCode"], row["ActionGeo_FeatureID"]) == (
        "4",
        "BE",
        "2800866",
    )
    assert row["ActionGeo_FullName"] == "Brussels, Brussels Capital"
    assert (row["DATEADDED"], row["SOURCEURL"]) == ("20250902000000", "https://example.org/eu-iran")
    assert row["AvgTone"] == row["Actor1Geo_Type"] == row["Actor1Religion1Code"] == ""


@pytest.mark.parametrize(
    ("changes", "column", "expected"),
    [
        pytest.param({"date": "2025-09"}, "SQLDATE", "20250902", id="month-date-falls-back-to-article-date"),
        pytest.param({"date": None, "doc_date": None}, "SQLDATE", "", id="no-date-at-all"),
        pytest.param({"cameo": "0831"}, "EventBaseCode", "083", id="four-digit-cameo"),
        pytest.param({"recipient": None}, "Actor2Code", "", id="no-recipient"),
        pytest.param(
            {"location": {**LINE["location"], "country": "USA", "feature": "city"}},
            "ActionGeo_Type",
            "3",
            id="us-city",
        ),
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
