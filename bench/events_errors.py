"""False positives and misses of the event coder against an exhaustive gold, grouped by cause.

Usage: python bench/events_errors.py GOLD.jsonl PRED.jsonl [--show CAUSE] [--limit N]

Gold follows ../shared/eval/ANNOTATION.md; PRED is `eventwatch extract` output. Each gold event is
aligned to the predicted events of its sentence (the gold `evidence` is the sentence's first words),
then each miss and each false positive gets one cause. Run it on the dev split only.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict


def norm(text: object) -> str:
    return " ".join(str(text).lower().replace(".", "").split())


def codes(actor: dict | None) -> set[str]:
    if not actor:
        return set()
    return {norm(actor[k]) for k in ("code", "country", "name") if actor.get(k)}


def fits(gold_codes: list[str], actor: dict | None) -> bool:
    return not gold_codes or bool({norm(c) for c in gold_codes} & codes(actor))


def types(gold: dict) -> set[str]:
    kind = gold["event_type"]
    return set(kind) if isinstance(kind, list) else {kind}


def same_sentence(gold: dict, pred: dict) -> bool:
    evidence = norm(gold.get("evidence", "")).replace(" ", "")[:40]
    sentence = norm(pred.get("sentence", "")).replace(" ", "")
    return bool(evidence) and evidence in sentence


def miss_cause(gold: dict, preds: list[dict]) -> str:
    here = [p for p in preds if same_sentence(gold, p)]
    if not here:
        return "miss: no event in the sentence"
    typed = [p for p in here if p["event_type"] in types(gold)]
    if not typed:
        return "miss: other type in the sentence"
    if not any(fits(gold["actor"], p.get("actor")) for p in typed):
        if not any(p.get("actor") for p in typed):
            return "miss: actor missing"
        if any(_uncoded(p.get("actor")) for p in typed):
            return "miss: actor uncoded"
        return "miss: actor wrong"
    good = [p for p in typed if fits(gold["actor"], p.get("actor"))]
    if not any(p.get("recipient") for p in good):
        return "miss: recipient missing"
    if any(_uncoded(p.get("recipient")) for p in good):
        return "miss: recipient uncoded"
    return "miss: recipient wrong"


def _uncoded(actor: dict | None) -> bool:
    return not (actor or {}).get("code") and not (actor or {}).get("country")


def fp_cause(pred: dict, golds: list[dict], optional: list[dict]) -> str:
    if any(same_sentence(g, pred) for g in optional) and not any(same_sentence(g, pred) for g in golds):
        return "fp: sentence has only optional events"
    here = [g for g in golds if same_sentence(g, pred)]
    if not here:
        return "fp: non-event sentence"
    if not any(pred["event_type"] in types(g) for g in here):
        return "fp: wrong type"
    return "fp: repeat or wrong participants"


def repeats(events: list[dict]) -> int:
    """Records with the type, actor and recipient of an earlier record of the same article."""
    seen: set[tuple[str, str, str, str]] = set()
    n = 0
    for e in events:
        key = (str(e["doc_id"]), e["event_type"], _who(e.get("actor")), _who(e.get("recipient")))
        n += key in seen
        seen.add(key)
    return n


def same_day_repeats(events: list[dict]) -> int:
    """Records that repeat an earlier record of the same article as one real event would: same type,
    actor and recipient, same status, and no two different dates (a record with the same parties on
    another day, or planned where the other occurred, is another event)."""
    seen: dict[tuple[str, str, str, str, str], list[str]] = {}
    n = 0
    for e in events:
        key = (str(e["doc_id"]), e["event_type"], _who(e.get("actor")), _who(e.get("recipient")), e["status"])
        day = str(e.get("date") or "")
        days = seen.setdefault(key, [])
        n += any(not day or not d or d.startswith(day) or day.startswith(d) for d in days)
        days.append(day)
    return n


def beyond_gold(gold: dict, events: list[dict]) -> int:
    """Records of one article beyond the number of its gold events (required or optional) that fit
    their type, actor and recipient: one real event told twice, as the annotation sees it (records
    of a dyad the gold does not have at all are false positives, not repeats)."""
    groups: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for e in events:
        groups[(e["event_type"], _who(e.get("actor")), _who(e.get("recipient")))].append(e)
    n = 0
    for same in groups.values():
        first = same[0]
        told = sum(
            1
            for g in gold["events"]
            if first["event_type"] in types(g)
            and fits(g["actor"], first.get("actor"))
            and fits(g["recipient"], first.get("recipient"))
        )
        n += max(0, len(same) - told) if told else 0
    return n


def _who(actor: dict | None) -> str:
    return "" if not actor else str(actor.get("code") or actor.get("name"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--show", default="", help="print examples of causes starting with this")
    ap.add_argument("--limit", type=int, default=15)
    args = ap.parse_args()
    with open(args.gold, encoding="utf-8") as f:
        gold = [json.loads(line) for line in f if line.strip()]
    preds: dict[str, list[dict]] = defaultdict(list)
    with open(args.pred, encoding="utf-8") as f:
        for event in (json.loads(line) for line in f if line.strip()):
            preds[str(event["doc_id"])].append(event)
    causes: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for doc in gold:
        required = [g for g in doc["events"] if not g.get("optional")]
        optional = [g for g in doc["events"] if g.get("optional")]
        mine = preds.get(str(doc["id"]), [])
        hit: set[int] = set()
        for g in required:
            found = [
                i
                for i, p in enumerate(mine)
                if i not in hit
                and p["event_type"] in types(g)
                and fits(g["actor"], p.get("actor"))
                and fits(g["recipient"], p.get("recipient"))
            ]
            if found:
                hit.add(found[0])
                causes["hit"] += 1
                continue
            cause = miss_cause(g, mine)
            causes[cause] += 1
            examples[cause].append(
                f"{doc['id']}: {g['event_type']} {g['actor']}->{g['recipient']} | {g.get('evidence', '')}"
                + "".join(
                    f"\n     pred {p['event_type']} {sorted(codes(p.get('actor')))}->"
                    f"{sorted(codes(p.get('recipient')))} '{p.get('trigger')}'"
                    for p in mine
                    if same_sentence(g, p)
                )
            )
        for i, p in enumerate(mine):
            if i in hit:
                continue
            cause = fp_cause(p, required, optional)
            causes[cause] += 1
            examples[cause].append(
                f"{doc['id']}: {p['event_type']} {sorted(codes(p.get('actor')))}->"
                f"{sorted(codes(p.get('recipient')))} '{p.get('trigger')}' | {p['sentence'][:160]}"
            )
    total_pred = sum(len(v) for v in preds.values())
    n_gold = sum(1 for d in gold for g in d["events"] if not g.get("optional"))
    print(f"predicted {total_pred}, required gold {n_gold}")
    n_repeats = sum(repeats(events) for events in preds.values())
    print(
        f"repeats: {n_repeats} of {total_pred} records ({n_repeats / max(1, total_pred):.1%})"
        " repeat an earlier record's type, actor and recipient in the same article"
    )
    for cause, n in causes.most_common():
        print(f"{n:5d}  {cause}")
    if args.show:
        for cause, rows in examples.items():
            if cause.startswith(args.show):
                print(f"\n== {cause}")
                for row in rows[: args.limit]:
                    print("  ", row)


if __name__ == "__main__":
    main()
