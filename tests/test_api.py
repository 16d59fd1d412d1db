"""The public Python API: `eventwatch.code`, `Pipeline`, records' `to_dict`, `load_store`."""

from __future__ import annotations

import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from itertools import count, islice
from pathlib import Path

import pytest
from typer.testing import CliRunner

import eventwatch
from eventwatch import cli
from eventwatch.api import DocumentSkipped, Pipeline, load_store, shared_toolkit
from eventwatch.errors import StoreError
from eventwatch.output.contract import actor_json, event_json, place_json
from eventwatch.records import Document, Event, RawDocument, Sentence, Skip
from eventwatch.settings import Options
from eventwatch.toolkit import Toolkit

# written for these tests: a sanction, a negated recall, a meeting with a title + name each side
STORY = (
    "The European Union imposed sanctions on Belarus on Monday. "
    "Lithuania did not recall its ambassador from Minsk. "
    "Chinese President Xi Jinping met Kazakh President Kassym-Jomart Tokayev in Astana on Tuesday."
)
DAY = "2021-09-17"
GERMAN = "Der Bundestag hat am Freitag ein neues Gesetz beschlossen, das er lange beriet."


@pytest.fixture(scope="module")
def pipeline(kit: Toolkit) -> Pipeline:
    return Pipeline(toolkit=kit)


def test_code_gives_the_lines_of_eventwatch_extract(kit: Toolkit, tmp_path: Path) -> None:
    path = tmp_path / "story.jsonl"
    path.write_text(
        json.dumps({"text": STORY, "date": DAY, "url": "https://example.org/s", "source": "Wire"})
    )
    result = CliRunner().invoke(cli.app, ["extract", str(path), "--format", "jsonl", "--workers", "1"])
    assert result.exit_code == 0, result.output
    expected = [json.loads(line) for line in result.stdout.splitlines()]
    events = eventwatch.code(STORY, date=DAY, url="https://example.org/s", source="Wire")
    assert len(expected) >= 3
    assert [e.to_dict() for e in events] == expected


def test_code_reads_html_when_the_string_starts_with_a_tag() -> None:
    page = f"<html><body><article><p>{STORY}</p></article></body></html>"
    assert [e.to_dict()["event_type"] for e in eventwatch.code(page, date=DAY)] == [
        e.event_type for e in eventwatch.code(STORY, date=DAY)
    ]


def test_an_event_reads_in_one_line() -> None:
    first = eventwatch.code(STORY, date=DAY)[0]
    assert repr(first) == (
        "Event(SANCTION EU -> BLR, cameo=166, status=occurred, date=2021-09-13, trigger='imposed sanctions')"
    )


def test_without_a_date_relative_words_stay_words() -> None:
    (event, *_) = eventwatch.code("The European Union imposed sanctions on Belarus on Monday.")
    assert (event.date.value, event.date.text) == (None, "on Monday")
    assert event.to_dict()["doc_date"] is None


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        pytest.param("  \n ", "no text", id="blank"),
        pytest.param(
            "Der Bundestag hat am Freitag ein neues Gesetz beschlossen, das er lange beriet.",
            "language: de",
            id="german",
        ),
    ],
)
def test_code_raises_with_the_reason_for_a_text_it_cannot_code(text: str, reason: str) -> None:
    with pytest.raises(DocumentSkipped) as caught:
        eventwatch.code(text)
    assert caught.value.skip.reason == reason
    assert reason in str(caught.value) and "\n" not in str(caught.value)


def test_run_keeps_order_and_gives_each_row_a_result(pipeline: Pipeline) -> None:
    rows = [
        {"id": "a1", "text": STORY, "date": DAY},
        {"id": "a2"},
        "Lithuania did not recall its ambassador from Minsk.",
        RawDocument(id="r4", origin="mine", text="  "),
    ]
    out = list(pipeline.run(rows))
    assert [type(x).__name__ for x in out] == ["Document", "Skip", "Document", "Skip"]
    assert isinstance(out[0], Document) and out[0].id == "a1" and len(out[0].events) >= 3
    assert isinstance(out[1], Skip) and (out[1].origin, out[1].reason) == ("row:2", "no text")
    assert isinstance(out[3], Skip) and out[3].origin == "mine"


def test_run_is_lazy(pipeline: Pipeline) -> None:
    taken: list[int] = []

    def endless():
        for n in count():
            taken.append(n)
            yield {"id": f"d{n}", "text": "Nothing of note happened in the village fair today."}

    first = list(islice(pipeline.run(endless()), 3))
    assert [d.id for d in first if isinstance(d, Document)] == ["d0", "d1", "d2"]
    assert len(taken) <= 2 * 64 + 1  # one chunk (and the next, to see if there is one)


def test_pipelines_share_what_is_loaded_and_keep_their_options(kit: Toolkit) -> None:
    strict = Pipeline(Options(workers=1, min_confidence=0.99))
    assert strict.toolkit.nlp is kit.nlp and strict.toolkit.actors is kit.actors
    assert list(strict.run([STORY]))[0].events == []  # type: ignore[union-attr]
    assert list(Pipeline(toolkit=kit).run([STORY]))[0].events  # type: ignore[union-attr]


def test_the_same_options_get_the_same_toolkit(kit: Toolkit) -> None:
    options = Options(workers=1, min_confidence=0.25)
    assert shared_toolkit(options) is shared_toolkit(Options(workers=1, min_confidence=0.25))
    assert shared_toolkit(options) is not kit and shared_toolkit(options).lexicon is kit.lexicon


def test_threads_get_what_one_thread_gets() -> None:
    texts = [STORY, "Lithuania did not recall its ambassador from Minsk.", STORY.split(". ")[2]] * 3
    alone = [[e.to_dict() for e in eventwatch.code(t, date=DAY)] for t in texts]
    with ThreadPoolExecutor(4) as pool:
        together = list(pool.map(lambda t: [e.to_dict() for e in eventwatch.code(t, date=DAY)], texts))
    assert together == alone


def test_to_dict_uses_the_one_serializer(pipeline: Pipeline) -> None:
    (doc,) = pipeline.run([{"id": "s1", "text": STORY, "date": DAY}])
    assert isinstance(doc, Document)
    event = doc.events[-1]
    assert event.to_dict() == event_json(doc, event)
    assert event.actor is not None and event.actor.to_dict() == actor_json(event.actor)
    assert event.location is not None and event.location.to_dict() == place_json(event.location)
    whole = doc.to_dict()
    assert whole["id"] == "s1" and whole["text"] == doc.text
    assert whole["events"] == [e.to_dict() for e in doc.events]
    skip = Skip("row:9", "empty", "nothing there")
    assert skip.to_dict() == {"origin": "row:9", "reason": "empty", "detail": "nothing there"}


def test_an_event_without_its_document_says_how_to_serialise_it() -> None:
    event = Event("CONSULT", "met", Sentence(0, 0, 3, "Met"))
    with pytest.raises(ValueError, match="event_json"):
        event.to_dict()


def test_contract_validates(pipeline: Pipeline, shared: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((shared / "contract" / "event.schema.json").read_text())
    (doc,) = pipeline.run([{"text": STORY, "date": DAY}])
    assert isinstance(doc, Document)
    for event in doc.events:
        jsonschema.validate(event.to_dict(), schema)


def test_load_store_reads_what_ingest_wrote(pipeline: Pipeline, db_path: Path) -> None:
    summary = pipeline.ingest([{"id": "a1", "text": STORY, "date": DAY}, {"id": "a2"}], db_path)
    assert (summary["stored"], summary["skipped"]) == (1, {"no text": 1})
    with load_store(db_path) as store:
        everything = store.events()
        assert len(everything) >= 3 and {e["doc_id"] for e in everything} == {"a1"}
        assert [e["actor"]["code"] for e in store.events(actor="eu")] == ["EU"]
        assert [e["event_type"] for e in store.events(country="KAZ")] == ["CONSULT"]
        assert store.events(search="Tokayev", limit=1)[0]["doc_id"] == "a1"
        assert store.events(since="2022") == []
        assert [d["id"] for d in store.documents()] == ["a1"]
        assert store.document("a1")["date"] == DAY  # type: ignore[index]
        assert store.document("nope") is None
        assert store.counts() == {"documents": 1, "events": len(everything), "skips": 1}
    again = pipeline.ingest([{"id": "a1", "text": STORY, "date": DAY}], db_path)
    assert (again["stored"], again["already"]) == (0, 1)


def test_load_store_errors_are_one_clear_line(pipeline: Pipeline, tmp_path: Path, db_path: Path) -> None:
    with pytest.raises(StoreError, match="no store at"):
        load_store(tmp_path / "missing.db")
    pipeline.ingest(["Lithuania did not recall its ambassador from Minsk."], db_path)
    with load_store(db_path) as store, pytest.raises(ValueError, match="unknown event filter.*known: actor"):
        store.events(actr="EU")


def test_importing_eventwatch_loads_nothing_heavy() -> None:
    heavy = "('spacy', 'eventwatch.pipeline', 'trafilatura')"
    probe = f"import sys, eventwatch; print(sorted(m for m in {heavy} if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_the_package_names_its_public_api() -> None:
    assert {"code", "Pipeline", "load_store", "Event", "Document", "Options"} <= set(dir(eventwatch))
    assert eventwatch.Pipeline is Pipeline
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        eventwatch.nothing  # noqa: B018
