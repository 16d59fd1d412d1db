"""The orchestrator: stage order, workers, and the prefilter's effect on output."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from gates import event_lines

from eventwatch import pipeline
from eventwatch.read import read_inputs
from eventwatch.records import Document, RawDocument, Skip
from eventwatch.settings import Options
from eventwatch.toolkit import Toolkit

SAMPLE = Path(pipeline.__file__).parent / "sample"


def test_every_stage_reads_only_what_earlier_stages_wrote() -> None:
    written = {"raw"}
    numbers = [s.number for s in pipeline.STAGES]
    assert numbers == sorted(numbers)
    for stage in pipeline.STAGES:
        missing = set(stage.reads) - written
        assert not missing, f"stage {stage.name} reads {missing} before any stage writes it"
        written |= set(stage.writes)


def test_stage_fields_exist_on_document() -> None:
    fields = set(Document.__dataclass_fields__) | {"raw"}
    for stage in pipeline.STAGES:
        assert set(stage.reads) | set(stage.writes) <= fields, stage.name


def test_run_keeps_order_and_passes_skips_through(kit: Toolkit) -> None:
    items: list[RawDocument | Skip] = [
        RawDocument(
            id="a", origin="t:1", text="Kenya and Uganda signed a trade pact on Monday.", date="2024-05-08"
        ),
        Skip("t:2", "empty"),
        RawDocument(id="c", origin="t:3", text="Protesters marched in Nairobi.", date="2024-05-08"),
    ]
    out = list(pipeline.run(items, kit, chunk=2))
    assert [getattr(o, "id", None) or o.origin for o in out] == ["a", "t:2", "c"]
    first = out[0]
    assert isinstance(first, Document) and first.sentences and not first.parses


@pytest.fixture(scope="module")
def sample_raws() -> list[RawDocument | Skip]:
    if not any(SAMPLE.rglob("*.txt")):
        pytest.skip("no sample corpus bundled yet")
    return list(read_inputs([str(SAMPLE)], Options()))


def test_one_and_two_workers_give_identical_output(kit: Toolkit, sample_raws) -> None:
    two = kit.with_options(replace(kit.options, workers=2))
    assert event_lines(kit, sample_raws, chunk=3) == event_lines(two, sample_raws, chunk=3)


def test_input_of_one_chunk_stays_in_this_process(kit: Toolkit, monkeypatch) -> None:
    two = kit.with_options(replace(kit.options, workers=2))
    forks: list[int] = []
    real = pipeline._run_parallel

    def counted(chunks, kit_, workers, *stages):
        forks.append(workers)
        return real(chunks, kit_, workers, *stages)

    monkeypatch.setattr(pipeline, "_run_parallel", counted)
    docs = [RawDocument(id=str(n), origin=f"t:{n}", text="Kenya sent aid to Somalia.") for n in range(5)]
    assert len(list(pipeline.run(docs, two, chunk=5))) == 5 and forks == []
    assert len(list(pipeline.run(docs, two, chunk=4))) == 5 and forks == [2]
    assert list(pipeline.run([], two)) == []


def test_prefilter_keeps_the_events_of_parsing_everything(kit: Toolkit, sample_raws) -> None:
    everything = kit.with_options(replace(kit.options, prefilter=False))
    with_filter = {e["event_id"] for e in event_lines(kit, sample_raws)}
    without = {e["event_id"] for e in event_lines(everything, sample_raws)}
    assert without, "the sample corpus should yield events"
    assert len(with_filter & without) / len(without) >= 0.99


def _dev_raws(shared: Path) -> list[RawDocument | Skip]:
    """The dev sets' documents: GSR sentences and TR-News articles (text), with their dates."""
    sets = [shared / "eval/data/events-plover-gsr/gold.jsonl", shared / "eval/data/places-trnews/gold.jsonl"]
    rows: list[RawDocument | Skip] = []
    for path in sets:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            row = json.loads(line)
            rows.append(
                RawDocument(
                    id=str(row["id"]), origin=f"{path.name}:{n}", text=row["text"], date=row.get("date")
                )
            )
    return rows


def test_prefilter_keeps_the_events_on_the_dev_sets(kit: Toolkit, shared: Path) -> None:
    raws = _dev_raws(shared)
    everything = kit.with_options(replace(kit.options, prefilter=False))
    with_filter = {e["event_id"] for e in event_lines(kit, raws)}
    without = {e["event_id"] for e in event_lines(everything, raws)}
    assert len(without) > 300
    assert len(with_filter & without) / len(without) >= 0.99


def test_a_fault_in_one_document_skips_it_and_the_batch_goes_on(kit: Toolkit, monkeypatch) -> None:
    real = pipeline.events.code_document

    def fragile(doc: Document, kit: Toolkit) -> Document:
        if "glitch" in doc.text:
            raise ValueError("cannot code this")
        return real(doc, kit)

    monkeypatch.setattr(pipeline.events, "code_document", fragile)
    raws: list[RawDocument | Skip] = [
        RawDocument(id="a", origin="t:1", text="A glitch hit the ministry of Kenya today."),
        RawDocument(id="b", origin="t:2", text="Kenya and Uganda signed a trade pact."),
    ]
    first, second = pipeline.run(raws, kit)
    assert isinstance(first, Skip) and first.reason == "internal error"
    assert "ValueError: cannot code this" in first.detail
    assert isinstance(second, Document)


def test_a_configuration_error_stops_the_run(kit: Toolkit, monkeypatch) -> None:
    from eventwatch.errors import KnowledgeError

    def broken(doc: Document, kit: Toolkit) -> Document:
        raise KnowledgeError("triggers.yaml:3: not valid YAML")

    monkeypatch.setattr(pipeline.events, "code_document", broken)
    with pytest.raises(KnowledgeError):
        list(pipeline.run([RawDocument(id="a", origin="t:1", text="Kenya met Uganda.")], kit))


def test_user_dictionaries_reach_every_stage(tmp_path: Path) -> None:
    people = tmp_path / "people.tsv"
    people.write_text(
        "name\taliases\tcode\trole\tstart\tend\nJane Okoro\t\tKEN\tforeign minister\t2025-01-10\t\n"
    )
    verbs = tmp_path / "verbs.yaml"
    verbs.write_text('triggers:\n  - {type: COERCE, cameo: "173", verbs: [corral], recipient: [obj]}\n')
    where = tmp_path / "where.yaml"
    where.write_text(
        "places:\n  - {name: Upper Valley, feature: region, lat: 40.1, lon: 70.9, country: KGZ}\n"
    )
    kit = Toolkit(Options(dictionaries=(str(people), str(verbs), str(where))))
    text = "Foreign Minister Jane Okoro said Kenyan police corralled protesters in the Upper Valley."
    (doc,) = pipeline.run([RawDocument(id="u", origin="t", text=text, date="2025-06-01")], kit)
    assert isinstance(doc, Document)
    coerce = [e for e in doc.events if e.event_type == "COERCE"]
    assert coerce and coerce[0].actor is not None and coerce[0].actor.code == "KEN"
    assert coerce[0].speaker is not None and coerce[0].speaker.role == "foreign minister"
    assert coerce[0].location is not None and coerce[0].location.name == "Upper Valley"
