"""The scale-out adapter codes a partition of rows like `eventwatch extract` does, on a real engine too."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwatch import cli
from eventwatch.distributed import extract_partition, row_origin

ROWS = [
    {
        "id": "a",
        "text": "Kenyan police arrested twelve protesters in Nairobi on Monday.",
        "date": "2024-03-06",
    },
    {"id": "b", "html": ""},
    {"id": "c", "text": "Uganda accused Kenya of closing the border.", "date": "2024-03-06"},
    {"title": "a row with neither id nor text"},
]


def _cli_events(tmp_path: Path) -> list[dict]:
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in ROWS if r.get("id") in ("a", "c")))
    printed = CliRunner().invoke(cli.app, ["extract", str(source)]).stdout
    return [json.loads(line) for line in printed.splitlines()]


def test_partition_gives_contract_lines_and_skips_with_the_rows_own_ids(tmp_path: Path) -> None:
    lines = extract_partition(iter(ROWS))
    assert isinstance(lines, list)  # a generator cannot be pickled back from a worker process
    events = [line for line in lines if "event_type" in line]
    skipped = [line for line in lines if "skipped" in line]
    no_text = 'the line has neither "text" nor "html"'
    assert skipped == [
        {"doc_id": "b", "skipped": "no text", "detail": no_text},
        {"doc_id": row_origin(ROWS[3]), "skipped": "no text", "detail": no_text},
    ]
    assert events == _cli_events(tmp_path)
    assert {e["doc_id"] for e in events} == {"a", "c"}


def test_a_row_without_id_is_named_by_its_content() -> None:
    assert row_origin({"id": 7}) == "7"
    assert row_origin({"text": "x"}) == row_origin({"text": "x"}) != row_origin({"text": "y"})
    assert row_origin({"text": "x"}).startswith("row:")


def test_dask_processes_scheduler(tmp_path: Path) -> None:
    """The documented Dask recipe on the processes scheduler (each worker loads the toolkit once)."""
    bag = pytest.importorskip("dask.bag")

    lines = (
        bag.from_sequence(ROWS, npartitions=2)
        .map_partitions(extract_partition)
        .compute(scheduler="processes", num_workers=2)
    )
    events = [line for line in lines if "event_type" in line]
    assert sorted(line["doc_id"] for line in lines if "skipped" in line) == sorted(["b", row_origin(ROWS[3])])
    assert events == _cli_events(tmp_path)
