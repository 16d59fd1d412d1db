"""Parquet export: the explicit schema, typed dates, Hive partitions, two exports read together."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from eventwatch import cli
from eventwatch.output.parquet import EVENT_SCHEMA, event_table, hive_partitioning, parse_date, typed_row
from eventwatch.records import Actor, Document, Event, EventDate, Place, Sentence
from eventwatch.store import Store, Stored

LTU = Actor("Lithuania", "Lithuania", "LTU", "LTU", "state", "GOV")
BLR = Actor("Belarus", "Belarus", "BLR", "BLR", "state", "GOV")
VILNIUS = Place("Vilnius", "Vilnius", "LTU", 54.69, 25.28, "city", geonames_id=593116)


def _store(db: Path, doc_id: str, doc_date: str | None, event_dates: list[str | None]) -> None:
    """A store with one document and one event per given event date (None: undated event)."""
    text = "Lithuania expelled two Belarusian diplomats. Belarus threatened to respond."
    sentence = Sentence(0, 0, 44, text[:44])
    doc = Document(id=doc_id, origin="x", text=text, date=doc_date, content_hash=f"h-{doc_id}")
    doc.events = [
        Event("SANCTION", f"expelled {n}", sentence, LTU, BLR if n else None, cameo="1711", quad_class=4,
              goldstein=-7.0, location=VILNIUS if n == 0 else None, date=EventDate(when, None))
        for n, when in enumerate(event_dates)
    ]  # fmt: skip
    with Store.open(db) as store:
        store.save([Stored(doc, f"raw-{doc_id}")])


def _export(db: Path, out: Path, *flags: str) -> None:
    args = ["export", "--format", "parquet", "--out", str(out), "--db", str(db), *flags]
    result = CliRunner().invoke(cli.app, args)
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("2024-03-06", (date(2024, 3, 6), "day"), id="day"),
        pytest.param("2024-03", (date(2024, 3, 1), "month"), id="month"),
        pytest.param("2024", (date(2024, 1, 1), "year"), id="year"),
        pytest.param(None, (None, None), id="none"),
        pytest.param("2024-13", (None, None), id="bad-month"),
        pytest.param("last week", (None, None), id="words"),
    ],
)
def test_parse_date(value: str | None, expected: tuple[date | None, str | None]) -> None:
    assert parse_date(value) == expected


def test_event_day_is_the_event_date_else_the_document_date() -> None:
    dated = typed_row({"date": "2024-03", "doc_date": "2024-05-02", "context": None})
    undated = typed_row({"date": None, "doc_date": "2024-05-02"})
    march, may = date(2024, 3, 1), date(2024, 5, 2)
    assert (dated["event_day"], dated["month"], dated["date_precision"]) == (march, "2024-03", "month")
    assert (undated["event_day"], undated["date"], undated["doc_date"]) == (may, None, may)


def test_no_column_is_null_typed_even_when_every_value_is_missing() -> None:
    table = event_table([{"doc_id": "d", "event_id": "e", "event_type": "ACCUSE", "sentence_index": 0}])
    assert table.schema == EVENT_SCHEMA
    assert not [f.name for f in table.schema if str(f.type) == "null"]
    assert table.column("mentions").to_pylist() == [[0]]


def test_single_file_export_has_structs_lists_and_dates(tmp_path: Path) -> None:
    _store(tmp_path / "a.db", "ltu-1", "2025-04-02", ["2025-04-01", None])
    _export(tmp_path / "a.db", tmp_path / "a.parquet")
    table = pq.read_table(tmp_path / "a.parquet")
    assert table.schema == EVENT_SCHEMA
    rows = table.to_pylist()
    assert rows[0]["location"]["lat"] == 54.69 and rows[1]["location"] is None
    assert rows[0]["actor"]["code"] == "LTU" and rows[0]["span"] == [0, 44]
    assert [r["event_day"] for r in rows] == [date(2025, 4, 1), date(2025, 4, 2)]


def test_partition_by_needs_parquet(tmp_path: Path) -> None:
    _store(tmp_path / "a.db", "ltu-1", "2025-04-02", ["2025-04-01"])
    args = ["export", "--format", "csv", "--partition-by", "month", "--db", str(tmp_path / "a.db")]
    result = CliRunner().invoke(cli.app, args)
    assert result.exit_code == 2 and "parquet only" in result.stderr


@pytest.mark.parametrize("key", ["event_day", "month"])
def test_two_partitioned_exports_read_together(tmp_path: Path, key: str) -> None:
    """Two stores exported into one folder make one dataset for DuckDB, pandas and polars."""
    import duckdb
    import pandas as pd
    import polars as pl

    _store(tmp_path / "a.db", "ltu-1", "2025-04-02", ["2025-04-01", None])
    _store(tmp_path / "b.db", "ltu-2", None, ["2025-06", None])  # one event has no day at all
    lake = tmp_path / "lake"
    _export(tmp_path / "a.db", lake, "--partition-by", key)
    _export(tmp_path / "b.db", lake, "--partition-by", key)
    folders = sorted(p.name for p in lake.iterdir())
    expected = {"event_day": ["event_day=2025-04-01", "event_day=2025-04-02", "event_day=2025-06-01"],
                "month": ["month=2025-04", "month=2025-06"]}[key]  # fmt: skip
    assert folders == [*expected, f"{key}=__HIVE_DEFAULT_PARTITION__"]

    files = f"{lake}/*/*.parquet"
    got = duckdb.sql(
        f"SELECT doc_id, count(*) AS n, min(date) AS first, max(location.lat) AS lat "
        f"FROM read_parquet('{files}', hive_partitioning = true) GROUP BY doc_id ORDER BY doc_id"
    ).fetchall()
    assert got == [("ltu-1", 2, date(2025, 4, 1), 54.69), ("ltu-2", 2, date(2025, 6, 1), 54.69)]

    frame = pd.read_parquet(lake, partitioning=hive_partitioning(key))
    assert frame[key].isna().sum() == 1
    assert pd.read_parquet(lake, dtype_backend="pyarrow").shape == frame.shape
    assert len(frame) == 4 and sorted(frame["doc_id"].unique()) == ["ltu-1", "ltu-2"]
    precisions = Counter(zip(frame["doc_id"], frame["date_precision"].fillna("-"), strict=True))
    assert precisions == Counter([("ltu-1", "day"), ("ltu-1", "-"), ("ltu-2", "month"), ("ltu-2", "-")])

    polars = pl.read_parquet(f"{lake}/*/*.parquet", hive_partitioning=True)
    assert polars.height == 4 and polars.schema["date"] == pl.Date
    assert polars.schema["actor"] == pl.Struct and polars.schema["context"] == pl.List(pl.String)


def test_what_was_inferred_is_a_column_of_its_own() -> None:
    told = {"date": "2024-03-06", "date_inferred": False, "location_inferred": False}
    guessed = {"date": "2024-03-06", "date_inferred": True, "location_inferred": True}
    table = event_table([told, guessed])
    assert table.column("date_inferred").to_pylist() == [False, True]
    assert table.column("location_inferred").to_pylist() == [False, True]
