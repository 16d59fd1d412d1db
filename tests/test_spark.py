"""The Spark job on local[2] gives the events `eventwatch extract` gives, as the Parquet dataset.

The one integration test of the Spark job (about 30 s: a JVM and two Python workers that each
load the toolkit). It needs pyspark and Java 17+, and is skipped without them.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from pathlib import Path

import pyarrow.dataset as ds
import pytest
from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwatch import cli
from eventwatch.output.parquet import hive_partitioning, typed_row
from eventwatch.settings import Options
from eventwatch.spark import documents_in

ROWS = [
    {
        "id": "ken-1",
        "text": "Kenyan police arrested twelve protesters in Nairobi on Monday.",
        "date": "2024-03-06",
    },
    {"id": "empty", "html": ""},
    {"id": "uga-1", "text": "Uganda accused Kenya of closing the border.", "date": "2024-03-06"},
    {"id": "ltu-1", "text": "Lithuania expelled two Belarusian diplomats on Tuesday.", "date": "2025-04-02"},
]
PAGE = (
    "<html><head><title>Talks</title></head><body><article><h1>Armenia and Azerbaijan talk</h1>"
    "<p>Armenia and Azerbaijan signed a border agreement in Moscow on Friday, officials said.</p>"
    "<p>Russia threatened to impose sanctions on Georgia over the pipeline.</p></article></body></html>"
)


def _java() -> bool:
    java = shutil.which("java")
    if java is None:
        return False
    return subprocess.run([java, "-version"], capture_output=True).returncode == 0


def _inputs(folder: Path) -> Path:
    folder.mkdir()
    (folder / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in ROWS) + "\n{not json\n")
    with (folder / "crawl.warc.gz").open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, status in (
            ("https://news.example.org/talks", "200 OK"),
            ("https://news.example.org/gone", "404"),
        ):
            http = StatusAndHeaders(status, [("Content-Type", "text/html")], protocol="HTTP/1.1")
            payload = io.BytesIO(PAGE.encode())
            writer.write_record(
                writer.create_warc_record(url, "response", payload=payload, http_headers=http)
            )
    (folder / "notes.md").write_text("not an input kind: left out")
    return folder


@pytest.fixture(scope="module")
def spark():
    pytest.importorskip("pyspark")
    if not _java():
        pytest.skip("Spark needs Java 17+ (java not found)")
    from eventwatch.spark import session

    active = session("local[2]", "eventwatch-test")
    active.conf.set("spark.sql.shuffle.partitions", "2")
    yield active
    active.stop()


def test_documents_in_reads_bytes_like_the_file_and_names_the_spark_path(tmp_path: Path) -> None:
    folder = _inputs(tmp_path / "in")
    items = documents_in("s3a://bucket/in/feed.jsonl", (folder / "feed.jsonl").read_bytes(), Options())
    assert [item.origin for item in items] == [f"s3a://bucket/in/feed.jsonl:{n}" for n in range(1, 6)]
    assert [getattr(item, "reason", None) for item in items] == [None, "no text", None, None, "bad json"]


def test_spark_command_matches_extract(spark, tmp_path: Path) -> None:
    folder, lake = _inputs(tmp_path / "in"), tmp_path / "lake"
    args = ["spark", str(folder), "--out", str(lake), "--master", "local[2]", "--partitions", "3"]
    ran = CliRunner().invoke(cli.app, args)
    printed = CliRunner().invoke(cli.app, ["extract", str(folder)]).stdout
    expected = sorted(
        (typed_row(json.loads(line)) for line in printed.splitlines()), key=lambda r: r["event_id"]
    )
    assert len(expected) >= 3, "the inputs must give events for the comparison to mean anything"
    assert ran.exit_code == 0 and f"2 files: {len(expected)} events, 3 skipped" in ran.stderr, ran.output

    events = ds.dataset(lake / "events", partitioning=hive_partitioning("event_day"))
    assert sorted(events.to_table().to_pylist(), key=lambda r: r["event_id"]) == expected
    skipped = {
        (r["origin"].rsplit("/", 1)[-1], r["reason"])
        for r in ds.dataset(lake / "skipped").to_table().to_pylist()
    }
    assert skipped == {
        ("feed.jsonl:2", "no text"),
        ("feed.jsonl:5", "bad json"),
        ("crawl.warc.gz#2", "http 404"),
    }

    again = CliRunner().invoke(cli.app, args)
    assert again.exit_code == 1 and again.stderr.count("\n") == 1 and "already exists" in again.stderr
