"""A hand audit of coded events: draw them at random, judge them by hand, count what is right.

Usage:
  python bench/audit_events.py draw PRED.jsonl DOCS.jsonl --n 80 --seed 11 > sheet.jsonl
  python bench/audit_events.py tally sheet.jsonl [--floors 0,0.3,0.5]

`draw` picks events uniformly from `eventwatch extract` output (every record equally likely, so
the tally estimates the precision a user sees) and writes one audit line each: the event, its
sentence, and empty verdicts. The auditor reads the article and fills
`verdict` with true/false for `real` (a codable event per ../shared/eval/ANNOTATION.md, not an
optional one), `type`, `actor`, `recipient` and `status`, and a `note`. `tally` counts records
fully right (all five true) overall and at each confidence floor.
"""

from __future__ import annotations

import argparse
import json
import random
import sys

VERDICTS = ("real", "type", "actor", "recipient", "status")


def _who(actor: dict | None) -> str | None:
    if not actor:
        return None
    return " / ".join(str(actor[k]) for k in ("code", "name", "text") if actor.get(k))


def draw(pred_path: str, docs_path: str, n: int, seed: int) -> None:
    with open(docs_path, encoding="utf-8") as f:
        titles = {d["id"]: d.get("title") for d in map(json.loads, f) if d}
    with open(pred_path, encoding="utf-8") as f:
        events = [json.loads(line) for line in f if line.strip()]
    for e in random.Random(seed).sample(events, min(n, len(events))):
        line = {
            "doc_id": e["doc_id"],
            "title": titles.get(e["doc_id"]),
            "sentence_index": e["sentence_index"],
            "sentence": e["sentence"],
            "event": {
                "type": e["event_type"],
                "cameo": e.get("cameo"),
                "trigger": e.get("trigger"),
                "actor": _who(e.get("actor")),
                "recipient": _who(e.get("recipient")),
                "status": e.get("status"),
                "date": e.get("date"),
                "confidence": e.get("confidence"),
            },
            "verdict": {k: None for k in VERDICTS},
            "note": "",
        }
        sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")


def tally(sheet_path: str, floors: list[float]) -> None:
    with open(sheet_path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    judged = [r for r in rows if all(r["verdict"].get(k) is not None for k in VERDICTS)]
    print(f"{len(judged)} of {len(rows)} records judged")
    for k in VERDICTS:
        print(f"  {k:<10} right {sum(bool(r['verdict'][k]) for r in judged)}")
    for floor in floors:
        kept = [r for r in judged if (r["event"].get("confidence") or 0.0) >= floor]
        right = sum(all(r["verdict"][k] for k in VERDICTS) for r in kept)
        share = right / len(kept) if kept else 0.0
        print(f"confidence >= {floor}: {right} of {len(kept)} fully right ({share:.0%})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="action", required=True)
    d = sub.add_parser("draw")
    d.add_argument("pred")
    d.add_argument("docs")
    d.add_argument("--n", type=int, default=80)
    d.add_argument("--seed", type=int, default=11)
    t = sub.add_parser("tally")
    t.add_argument("sheet")
    t.add_argument("--floors", default="0,0.3,0.5")
    args = ap.parse_args()
    if args.action == "draw":
        draw(args.pred, args.docs, args.n, args.seed)
    else:
        tally(args.sheet, [float(x) for x in args.floors.split(",")])


if __name__ == "__main__":
    main()
