"""Event-coding figures on the annotated corpus: dev and test split, at several confidence floors.

Usage: python bench/events_quality.py [--split dev|test|both] [--floors 0,0.1,0.3,0.5,0.7]

Repeats: the share of records with the type, actor and recipient of an earlier record of the same
article / of those, the ones with the same status and no other date / the records beyond the
number of gold events of their article that fit their type, actor and recipient (one real event
told twice, as the annotation sees it: the first two count a second act between the same parties
too, which the annotated articles hold for 15-19% of their required events).

Codes every article of the split whose text is here (see bench/corpus_events.py; set
EVENTWATCH_CORPUS_TEXTS for the texts that are not in the repository) and scores the events with
../shared/eval/score_events.py, the scorer of the independent sets. Judge changes by the test
split; tune on dev only.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from pathlib import Path

from eventwatch import pipeline
from eventwatch.output.contract import event_json
from eventwatch.records import Document, RawDocument
from eventwatch.settings import Options
from eventwatch.toolkit import Toolkit

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_events import load_split  # noqa: E402
from events_errors import beyond_gold, repeats, same_day_repeats  # noqa: E402

SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score_events.py"


def scorer():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("score_events", SCORER)
    if spec is None or spec.loader is None or not SCORER.exists():
        sys.exit(f"no scorer at {SCORER}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def coded(docs: list[dict], kit: Toolkit) -> list[dict]:
    raws = [RawDocument(id=d["id"], origin="corpus", text=d["text"], date=d.get("date")) for d in docs]
    lines = []
    for doc in pipeline.run(raws, kit):
        if isinstance(doc, Document):
            lines.extend(event_json(doc, e) for e in doc.events)
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="both", choices=["dev", "test", "both"])
    ap.add_argument("--floors", default="0,0.1,0.3,0.5,0.7")
    args = ap.parse_args()
    score = scorer()
    kit = Toolkit(Options(workers=2, min_confidence=0.0))
    keys = ("type_p", "type_r", "dyad_p", "dyad_r", "dyad_f1", "status_agree")
    for split in ("dev", "test") if args.split == "both" else (args.split,):
        docs, golds = load_split(split)
        lines = coded(docs, kit)
        n_gold = sum(1 for g in golds.values() for e in g["events"] if not e.get("optional"))
        print(f"{split}: {len(docs)} articles, {n_gold} required events, {len(lines)} coded events")
        with tempfile.TemporaryDirectory() as tmp:
            gold_path = Path(tmp) / "gold.jsonl"
            gold_path.write_text("".join(json.dumps(golds[d["id"]]) + "\n" for d in docs))
            gold = score.load_gold(gold_path)
            for floor in (float(f) for f in args.floors.split(",")):
                pred: dict[str, list[dict]] = {}
                for e in lines:
                    if e["confidence"] >= floor:
                        pred.setdefault(str(e["doc_id"]), []).append(e)
                result, _ = score.score(gold, pred)
                figures = " ".join(f"{k}={result.get(k)}" for k in keys)
                kept = [e for events in pred.values() for e in events]
                share = max(1, len(kept))
                twice = sum(beyond_gold(golds[doc], events) for doc, events in pred.items())
                again = (
                    f"repeats={repeats(kept) / share:.1%}/{same_day_repeats(kept) / share:.1%}"
                    f"/{twice / share:.1%}"
                )
                print(f"  confidence >= {floor:<4} events={result['pred_events']:<5} {figures} {again}")


if __name__ == "__main__":
    main()
