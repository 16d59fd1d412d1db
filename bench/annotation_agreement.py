"""Inter-annotator agreement: two independent annotations of the same articles, scored as
score_events.py scores a system (dyad level: same type, actor and recipient), each way round.

Usage: python bench/annotation_agreement.py FIRST_GOLD.jsonl SECOND_GOLD.jsonl [--strict]

A code list on either side is one participant named in acceptable ways, so two lists agree
when they share a code or a name; an empty list (an unnamed attacker) agrees with anything. As
in the scorer, an event one side marks optional is neither missed nor spurious.
"""

from __future__ import annotations

import json
import sys


def norm(text: object) -> str:
    return " ".join(str(text).lower().replace(".", "").split())


def kinds(event: dict) -> set[str]:
    kind = event["event_type"]
    return set(kind) if isinstance(kind, list) else {kind}


STRICT = False  # --strict: an empty list agrees only with an empty list, and types must be equal


def same(a: dict, b: dict, level: str) -> bool:
    if (kinds(a) != kinds(b)) if STRICT else not kinds(a) & kinds(b):
        return False
    for key in ("actor", "recipient") if level == "dyad" else ("actor",) if level == "actor" else ():
        x, y = {norm(c) for c in a.get(key, [])}, {norm(c) for c in b.get(key, [])}
        if STRICT and (bool(x) != bool(y)):
            return False
        if x and y and not x & y:
            return False
    return True


def matched(golds: list[dict], others: list[dict], level: str) -> int:
    used: set[int] = set()
    for g in golds:
        hit = next((i for i, o in enumerate(others) if i not in used and same(g, o, level)), None)
        if hit is not None:
            used.add(hit)
    return len(used)


def agreement(first: dict[str, dict], second: dict[str, dict], level: str) -> tuple[float, float, float]:
    """Precision, recall and F1 of `second` against `first` on the articles both annotated."""
    tp = n_first = n_second = 0
    for doc_id in sorted(first.keys() & second.keys()):
        a, b = first[doc_id]["events"], second[doc_id]["events"]
        a_req = [e for e in a if not e.get("optional")]
        b_req = [e for e in b if not e.get("optional")]
        hits = matched(a_req, b, level)
        tp += hits
        n_first += len(a_req)
        # what the second calls required and the first has nowhere (not even optional) is spurious
        n_second += hits + len(b_req) - matched(b_req, a, level)
    p = tp / n_second if n_second else 0.0
    r = tp / n_first if n_first else 0.0
    return round(p, 3), round(r, 3), round(2 * p * r / (p + r) if p + r else 0.0, 3)


def main() -> None:
    global STRICT
    args = [a for a in sys.argv[1:] if a != "--strict"]
    STRICT = len(args) < len(sys.argv) - 1
    if len(args) != 2:
        sys.exit(__doc__)
    docs = []
    for path in args:
        with open(path, encoding="utf-8") as f:
            docs.append({d["id"]: d for d in map(json.loads, f) if d})
    both = len(docs[0].keys() & docs[1].keys())
    print(f"articles annotated twice: {both}")
    for level in ("type", "actor", "dyad"):
        p, r, f = agreement(docs[0], docs[1], level)
        print(f"{level}: second vs first p={p} r={r} f1={f}")


if __name__ == "__main__":
    main()
