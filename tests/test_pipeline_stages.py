"""The stage table is what runs: one guard for every stage, command and adapter, time budgets per document."""

from __future__ import annotations

import threading
import time
from dataclasses import replace

import pytest

from eventwatch import pipeline
from eventwatch.distributed import extract_partition
from eventwatch.records import Document, RawDocument, Skip
from eventwatch.toolkit import Toolkit

GOOD = "Kenya and Uganda signed a trade pact in Nairobi on Monday."
BAD = "A glitch hit the talks: Kenya and Uganda signed a trade pact in Nairobi on Monday."


def _raws() -> list[RawDocument | Skip]:
    return [
        RawDocument(id="good-1", origin="t:1", text=GOOD, date="2024-05-08"),
        RawDocument(id="bad", origin="t:2", text=BAD, date="2024-05-08"),
        RawDocument(id="good-2", origin="t:3", text=GOOD.replace("Monday", "Tuesday"), date="2024-05-08"),
    ]


def _glitched(doc: object) -> bool:
    docs = doc if isinstance(doc, list) else [doc]
    return any("glitch" in (getattr(d, "text", None) or "") for d in docs)


# (module attribute the stage calls, stage name): a fault injected into each stage in turn
FAULTS = [
    ("article", "extract_article"),
    ("nlp", "segment"),
    ("actors", "find_mentions"),
    ("places", "geoparse_document"),
    ("nlp", "parse_candidates"),
    ("events", "code_document"),
    ("events", "deduplicate"),
]


@pytest.mark.parametrize(("module", "name"), FAULTS, ids=[f"{m}.{n}" for m, n in FAULTS])
def test_a_fault_in_any_stage_skips_only_that_document(kit: Toolkit, monkeypatch, module, name) -> None:
    target = getattr(pipeline, module)
    real = getattr(target, name)

    def faulty(first, *rest):
        if _glitched(first):
            raise RuntimeError("injected")
        return real(first, *rest)

    monkeypatch.setattr(target, name, faulty)
    out = list(pipeline.run(_raws(), kit))
    assert [type(o).__name__ for o in out] == ["Document", "Skip", "Document"]
    skip = out[1]
    assert isinstance(skip, Skip) and skip.reason == "internal error"
    assert "RuntimeError: injected" in skip.detail
    good = [o for o in out if isinstance(o, Document)]
    assert all(d.events for d in good), "the good documents keep their events"


@pytest.mark.parametrize("stages", ["TEXT_STAGES", "PLACES_STAGES"])
def test_text_and_places_go_through_the_same_guard(kit: Toolkit, monkeypatch, stages: str) -> None:
    real = pipeline.article.extract_article

    def faulty(raw, kit):
        if _glitched(raw):
            raise RuntimeError("injected")
        return real(raw, kit)

    monkeypatch.setattr(pipeline.article, "extract_article", faulty)
    out = list(pipeline.run(_raws(), kit, stages=getattr(pipeline, stages)))
    assert [type(o).__name__ for o in out] == ["Document", "Skip", "Document"]
    if stages == "PLACES_STAGES":
        assert "Nairobi" in [p.name for p in out[0].places]  # type: ignore[union-attr]


def test_a_row_that_faults_in_the_engine_adapter_is_skipped_and_the_partition_goes_on(
    kit: Toolkit, monkeypatch
) -> None:
    real = pipeline.events.code_document

    def faulty(doc, k):
        if _glitched(doc):
            raise RuntimeError("injected")
        return real(doc, k)

    monkeypatch.setattr(pipeline.events, "code_document", faulty)
    lines = list(extract_partition([{"id": "a", "text": GOOD}, {"id": "b", "text": BAD}]))
    skipped = [line for line in lines if "skipped" in line]
    assert [line["skipped"] for line in skipped] == ["internal error"]
    assert "RuntimeError: injected" in skipped[0]["detail"]
    assert any("event_id" in line for line in lines), "the good row's events still come out"


def _slow_events(monkeypatch) -> None:
    real = pipeline.events.code_document

    def slow(doc, kit):
        if _glitched(doc):
            end = time.perf_counter() + 2.5
            while time.perf_counter() < end:  # busy Python work, as a pathological document makes
                pass
        return real(doc, kit)

    monkeypatch.setattr(pipeline.events, "code_document", slow)


def _timed(kit: Toolkit, workers: int = 1) -> tuple[list[object], float]:
    budget = kit.with_options(replace(kit.options, doc_timeout=0.5, workers=workers))
    began = time.perf_counter()
    out = list(pipeline.run(_raws(), budget, chunk=1))
    return out, time.perf_counter() - began


def test_a_document_over_its_time_budget_becomes_a_timeout_skip(kit: Toolkit, monkeypatch) -> None:
    _slow_events(monkeypatch)
    out, took = _timed(kit)
    assert [type(o).__name__ for o in out] == ["Document", "Skip", "Document"]
    skip = out[1]
    assert isinstance(skip, Skip) and skip.reason == "timeout" and "stage events" in skip.detail
    assert took < 2, "the timer interrupts the stage, it does not wait for it to end"


def test_the_time_budget_holds_in_worker_processes(kit: Toolkit, monkeypatch) -> None:
    _slow_events(monkeypatch)
    out, took = _timed(kit, workers=2)
    assert [getattr(o, "reason", None) for o in out] == [None, "timeout", None]
    assert took < 2.4


def test_outside_the_main_thread_the_budget_is_checked_between_stages(kit: Toolkit, monkeypatch) -> None:
    _slow_events(monkeypatch)
    result: list[object] = []
    thread = threading.Thread(target=lambda: result.extend(_timed(kit)[0]))
    thread.start()
    thread.join(30)
    assert [getattr(o, "reason", None) for o in result] == [None, "timeout", None]


def test_each_stage_writes_only_what_it_declares(kit: Toolkit) -> None:
    item: object = _raws()[0]
    for stage in pipeline.STAGES:
        item = pipeline.check_stage(stage, item, kit)  # type: ignore[arg-type]
        assert isinstance(item, Document), stage.name
    assert item.events and not item.parses  # type: ignore[attr-defined]


def test_an_undeclared_write_is_caught(kit: Toolkit) -> None:
    def sneaky(doc: Document, k: Toolkit) -> Document:
        doc.title = "changed"
        return doc

    stage = pipeline.Stage(3, "sneaky", sneaky, ("text",), ("sentences",))
    doc = Document(id="d", origin="t", text=GOOD)
    with pytest.raises(AssertionError, match=r"sneaky wrote \['title'\]"):
        pipeline.check_stage(stage, doc, kit)
