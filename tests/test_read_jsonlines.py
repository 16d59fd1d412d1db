"""JSON Lines input: streamed size limit per line and the type of every input field."""

from __future__ import annotations

import gzip
import io
import json
import tracemalloc
from pathlib import Path

import pytest

from eventwatch.read import jsonlines
from eventwatch.read.jsonlines import from_row, read_stream, real_day
from eventwatch.records import RawDocument, Skip

STORY = "Border guards of both states reopened the crossing after talks on Friday."


def test_a_huge_gzipped_line_is_skipped_without_being_held_or_read_whole(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(jsonlines, "DRAIN_FLOOR", 1 << 20)  # the test's line is 40 MB, not 5 GB
    path = tmp_path / "huge.jsonl.gz"
    with gzip.open(path, "wb", compresslevel=1) as fh:
        fh.write(json.dumps({"text": STORY}).encode() + b"\n")
        fh.write(b'{"text": "')
        for _ in range(40):  # 40 MB in one line, about 40 KB compressed
            fh.write(b"a" * (1 << 20))
        fh.write(b'"}\n' + json.dumps({"text": STORY, "id": "after"}).encode() + b"\n")
    tracemalloc.start()
    with gzip.open(path, "rb") as fh:
        items = list(read_stream(fh, "huge", 100_000))
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        left = len(fh.read())
    assert [type(i).__name__ for i in items] == ["RawDocument", "Skip"]
    skip = items[1]
    assert isinstance(skip, Skip) and (skip.origin, skip.reason) == ("huge:2", "too large")
    assert "the rest of the file is not read" in skip.detail
    assert left > 39_000_000, "reading stopped a few times the limit into the line"
    assert peak < 8_000_000, peak


def test_a_line_a_little_over_the_limit_is_skipped_and_reading_goes_on() -> None:
    big = json.dumps({"text": "word " * 30_000}).encode() + b"\n"  # 150 KB
    rows = json.dumps({"text": STORY}).encode() + b"\n" + big + json.dumps({"text": STORY}).encode() + b"\n"
    items = list(read_stream(io.BytesIO(rows), "s", 100_000))
    assert [type(i).__name__ for i in items] == ["RawDocument", "Skip", "RawDocument"]
    assert items[1].detail == f"{len(big)} bytes, over the limit of 100000 (--max-bytes)"  # type: ignore[union-attr]


def test_a_line_of_exactly_the_limit_is_read() -> None:
    line = json.dumps({"text": STORY}).encode() + b"\n"
    items = list(read_stream(io.BytesIO(line + line), "s", len(line)))
    assert all(isinstance(i, RawDocument) for i in items) and len(items) == 2


@pytest.mark.parametrize(
    ("row", "detail"),
    [
        pytest.param({"text": 12345}, '"text" must be a string, not a number', id="text-number"),
        pytest.param({"text": ["a", "b"]}, '"text" must be a string, not a list', id="text-list"),
        pytest.param({"html": {"p": 1}}, '"html" must be a string, not an object', id="html-object"),
        pytest.param({"text": STORY, "date": 20250101}, '"date" must be a string', id="date-number"),
        pytest.param({"text": STORY, "url": True}, '"url" must be a string, not a boolean', id="url-bool"),
        pytest.param({"text": STORY, "id": [1]}, '"id" must be a string or a number', id="id-list"),
    ],
)
def test_a_field_of_the_wrong_type_skips_the_row(row: dict[str, object], detail: str) -> None:
    item = from_row(row, "rows:3")
    assert isinstance(item, Skip) and (item.origin, item.reason) == ("rows:3", "bad field")
    assert detail in item.detail


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        pytest.param("2025-02-28", "2025-02-28", id="real-day"),
        pytest.param("2024-02-29T10:00:00Z", "2024-02-29", id="leap-day-with-time"),
        pytest.param("2025-02-30", None, id="february-30"),
        pytest.param("9999-99-99", None, id="month-99"),
        pytest.param("2025/01/01", None, id="slashes"),
        pytest.param("yesterday", None, id="words"),
    ],
)
def test_only_real_dates_become_the_document_date(given: str, kept: str | None) -> None:
    doc = from_row({"text": STORY, "date": given, "id": 7}, "rows:1")
    assert isinstance(doc, RawDocument) and doc.date == kept and doc.id == "7"
    assert (kept is None) == any("ignored" in note for note in doc.notes)
    assert (real_day(given) is None) == (kept is None)
