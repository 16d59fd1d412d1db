"""The scale-out adapter codes a partition of rows like `eventwatch extract` does."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from eventwatch import cli
from eventwatch.distributed import extract_partition

ROWS = [
    {
        "id": "a",
        "text": "Kenyan police arrested twelve protesters in Nairobi on Monday.",
        "date": "2024-03-06",
    },
    {"id": "b", "html": ""},
    {"id": "c", "text": "Uganda accused Kenya of closing the border.", "date": "2024-03-06"},
]


def test_partition_yields_contract_lines_and_skips(tmp_path: Path) -> None:
    lines = list(extract_partition(iter(ROWS)))
    events = [line for line in lines if "event_type" in line]
    skipped = [line for line in lines if "skipped" in line]
    assert skipped == [
        {"doc_id": "row:1", "skipped": "no text", "detail": 'the line has neither "text" nor "html"'}
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in ROWS if r["id"] != "b"))
    printed = CliRunner().invoke(cli.app, ["extract", str(source)]).stdout
    assert events == [json.loads(line) for line in printed.splitlines()]
    assert {e["doc_id"] for e in events} == {"a", "c"}
