"""Output lines validate against ../shared/contract/event.schema.json (skipped when ../shared is absent)."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwatch import cli
from eventwatch.output.contract import event_json
from eventwatch.records import Actor, Document, Event, EventDate, Place, Sentence
from eventwatch.toolkit import Toolkit

SAMPLE = Path(str(resources.files("eventwatch").joinpath("sample", "articles")))
TEXT = "DUSHANBE, Oct 15 - Russia said it would send troops to the Tajik-Afghan border next week."


@pytest.fixture(scope="module")
def validator(shared: Path):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((shared / "contract" / "event.schema.json").read_text())
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def _event(**changes) -> dict:
    sentence = Sentence(0, 0, len(TEXT), TEXT)
    doc = Document(id="tjk-1", origin="x", text=TEXT, date="2021-10-15")
    border = Place(
        "Tajik-Afghan border",
        "Tajikistan-Afghanistan border",
        "TJK",
        37.1,
        68.8,
        "border",
        countries=("TJK", "AFG"),
    )
    russia = Actor("Russia", "Russia", "RUS", "RUS", "state", "GOV")
    fields = dict(
        actor=russia,
        location=border,
        cameo="154",
        quad_class=4,
        goldstein=-7.2,
        date=EventDate("2021-10-22", "next week"),
        status="planned",
        context=["military"],
    )
    fields.update(changes)
    return event_json(doc, Event("MOBILIZE", "send troops", sentence, **fields))


def test_a_full_event_line_is_valid(validator) -> None:
    assert list(validator.iter_errors(_event())) == []


@pytest.mark.parametrize(
    ("changes", "bad_key"),
    [
        pytest.param({"status": "maybe"}, "status", id="unknown-status"),
        pytest.param({"quad_class": 5}, "quad_class", id="quad-class-out-of-range"),
        pytest.param({"date": EventDate("15 Oct 2021", "Oct 15")}, "date", id="date-not-iso"),
    ],
)
def test_the_schema_catches_a_broken_line(validator, changes: dict, bad_key: str) -> None:
    errors = list(validator.iter_errors(_event(**changes)))
    assert [e.path[0] for e in errors] == [bad_key]


@pytest.mark.parametrize("corpus", ["demo", "seed"])
def test_every_extract_line_is_valid(validator, shared: Path, kit: Toolkit, monkeypatch, corpus: str) -> None:
    """The demo corpus and the seed page: every `extract` line validates against the schema."""
    path = SAMPLE if corpus == "demo" else shared / "seed" / "csto-dushanbe.txt"
    monkeypatch.setattr(cli, "Toolkit", lambda options: kit)
    result = CliRunner().invoke(cli.app, ["extract", str(path), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    for line in lines:
        assert list(validator.iter_errors(line)) == [], line
    if not lines:
        pytest.skip(f"the event coder found no events in the {corpus} corpus yet: nothing to validate")


def test_text_and_places_lines_of_the_demo_corpus_have_the_contract_keys(kit: Toolkit, monkeypatch) -> None:
    monkeypatch.setattr(cli, "Toolkit", lambda options: kit)
    runner = CliRunner()
    texts = [json.loads(x) for x in runner.invoke(cli.app, ["text", str(SAMPLE)]).stdout.splitlines()]
    places = [json.loads(x) for x in runner.invoke(cli.app, ["places", str(SAMPLE)]).stdout.splitlines()]
    assert len(texts) == len(places) == len(list(SAMPLE.iterdir()))
    keys = {"id", "url", "title", "text", "date", "author", "source", "language", "quality"}
    assert all(keys <= set(t) and 0 <= t["quality"] <= 1 for t in texts)
    for line in places:
        assert set(line) == {"id", "places"}
        assert all(isinstance(p["start"], int) and p["end"] > p["start"] for p in line["places"])
