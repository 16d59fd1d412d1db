"""`eventwatch trends` (a face of `trends.timeseries`) and the --min-confidence filter of `events`."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from synthetic import Row, build, document
from typer.testing import CliRunner

from eventwatch import cli

runner = CliRunner()


@pytest.fixture()
def db(db_path: Path) -> str:
    rows = [Row("ASSAULT", f"2025-02-{d:02d}", "SDN", place="SDN", confidence=0.9) for d in (3, 4, 11)]
    rows += [Row("ACCUSE", "2025-02-12", "RUS", "UKR", place="UKR", confidence=0.3)]
    return str(build(db_path, [document(f"d{i}", [r]) for i, r in enumerate(rows)]))


def _run(*args: str):
    return runner.invoke(cli.app, list(args))


def test_jsonl_has_one_line_per_group_with_its_points(db: str) -> None:
    result = _run("trends", "--db", db, "--by", "week", "-f", "jsonl")
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.output.splitlines()]
    assert [(x["group"], x["total"]) for x in lines] == [("SDN", 3), ("UKR", 1)]
    assert [p["count"] for p in lines[0]["points"]] == [2, 1]
    assert lines[0]["by"] == "week" and lines[0]["group_by"] == "country"


def test_csv_has_a_row_per_group_and_period_and_filters_apply(db: str) -> None:
    result = _run("trends", "--db", db, "--by", "day", "--group", "type", "--type", "ACCUSE", "-f", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [(r["type"], r["day"], r["count"]) for r in rows] == [("ACCUSE", "2025-02-12", "1")]


def test_table_shows_a_sparkline_row_per_group(db: str) -> None:
    result = _run("trends", "--db", db, "--by", "week", "-f", "table")
    assert result.exit_code == 0, result.output
    assert "events per week by country" in result.output
    assert "SDN" in result.output and "█" in result.output


def test_min_confidence_selects_events_in_every_command(db: str) -> None:
    events = _run("events", "--db", db, "--min-confidence", "0.5", "-f", "jsonl")
    assert [json.loads(x)["event_type"] for x in events.output.splitlines()] == ["ASSAULT"] * 3
    trends = _run("trends", "--db", db, "--min-confidence", "0.5", "-f", "jsonl")
    assert [json.loads(x)["group"] for x in trends.output.splitlines()] == ["SDN"]


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["--by", "year"], id="period"),
        pytest.param(["--group", "dyad"], id="group"),
        pytest.param(["--window", "0"], id="window"),
    ],
)
def test_bad_flags_are_usage_errors(db: str, args: list[str]) -> None:
    result = _run("trends", "--db", db, *args)
    assert result.exit_code == 2


def test_a_missing_store_is_one_line(tmp_path: Path) -> None:
    result = _run("trends", "--db", str(tmp_path / "none.db"))
    assert result.exit_code == 1
    assert "no store at" in result.output
