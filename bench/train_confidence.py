"""Train the calibrated confidence (`knowledge/confidence.json`) on the dev split; print reliability tables.

Usage:
  python bench/train_confidence.py train            # fit on the dev split, write the weights
  python bench/train_confidence.py table [--split test|dev]   # reliability table of the shipped model

Each coded event of an annotated article is labelled right when it matches a gold event
(required or optional) of the same article at the dyad level: same type, actor and recipient,
as `score_events.py` matches them. The model is a logistic regression with an L2 penalty, fit by
Newton's method in numpy; its weights are plain JSON, readable and diffable.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from eventwatch import pipeline
from eventwatch.events.calibration import MODEL_FILE, Calibration, features
from eventwatch.records import Actor, Document, Event, RawDocument
from eventwatch.settings import Options
from eventwatch.toolkit import Toolkit

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_events import load_split  # noqa: E402

L2 = 1.0
BINS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)


def norm(text: object) -> str:
    return " ".join(str(text).lower().replace(".", "").split())


def fits(codes: list[str], actor: Actor | None) -> bool:
    if not codes:
        return True
    if actor is None:
        return False
    keys = {norm(k) for k in (actor.code, actor.country, actor.name) if k}
    return bool({norm(c) for c in codes} & keys)


def kinds(gold: dict) -> set[str]:
    kind = gold["event_type"]
    return set(kind) if isinstance(kind, list) else {kind}


def labelled(docs: list[dict], golds: dict[str, dict], kit: Toolkit) -> list[tuple[Event, int]]:
    """Every coded event of the articles with 1 when it matches an unused gold event, else 0."""
    raws = [RawDocument(id=d["id"], origin="corpus", text=d["text"], date=d.get("date")) for d in docs]
    out: list[tuple[Event, int]] = []
    for doc in pipeline.run(raws, kit):
        if not isinstance(doc, Document):
            continue
        gold = golds[doc.id]["events"]
        used: set[int] = set()
        for ev in doc.events:
            hit = next(
                (
                    i
                    for i, g in enumerate(gold)
                    if i not in used
                    and ev.event_type in kinds(g)
                    and fits(g["actor"], ev.actor)
                    and fits(g["recipient"], ev.recipient)
                ),
                None,
            )
            if hit is not None:
                used.add(hit)
            out.append((ev, int(hit is not None)))
    return out


def fit(rows: list[tuple[Event, int]]) -> Calibration:
    names = sorted({f for ev, _ in rows for f in features(ev)})
    index = {n: i for i, n in enumerate(names)}
    x = np.zeros((len(rows), len(names) + 1))
    x[:, -1] = 1.0
    for r, (ev, _) in enumerate(rows):
        for f, v in features(ev).items():
            x[r, index[f]] = v
    y = np.array([label for _, label in rows], dtype=float)
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], L2)
    penalty[-1] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-6)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    weights = {n: round(float(w[i]), 4) for n, i in index.items() if abs(w[i]) > 1e-4}
    return Calibration(weights, round(float(w[-1]), 4))


def table(rows: list[tuple[float, int]], title: str) -> None:
    print(f"{title}: {len(rows)} events, {sum(y for _, y in rows)} right")
    print(f"{'confidence':>12} {'events':>7} {'mean p':>7} {'right':>7}")
    for lo, hi in zip(BINS, BINS[1:], strict=False):
        inside = [(p, y) for p, y in rows if lo <= p < hi]
        if inside:
            mean = sum(p for p, _ in inside) / len(inside)
            right = sum(y for _, y in inside) / len(inside)
            print(f"{lo:5.1f}-{min(hi, 1.0):4.1f} {len(inside):9d} {mean:7.3f} {right:7.3f}")
    for cut in (0.3, 0.5, 0.7):
        kept = [y for p, y in rows if p >= cut]
        if kept:
            print(f"confidence >= {cut}: {len(kept)} events, {sum(kept) / len(kept):.3f} right")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("action", choices=["train", "table"])
    ap.add_argument("--split", default="test", choices=["dev", "test"])
    args = ap.parse_args()
    kit = Toolkit(Options(workers=2))
    if args.action == "train":
        kit.lexicon.calibration = None  # features read the rule score, before calibration
        docs, golds = load_split("dev")
        rows = labelled(docs, golds, kit)
        model = fit(rows)
        MODEL_FILE.write_text(
            json.dumps({"bias": model.bias, "weights": model.weights, "trained_on": "dev split"}, indent=1)
            + "\n",
            encoding="utf-8",
        )
        print(f"trained on {len(docs)} dev articles, {len(rows)} events ({sum(y for _, y in rows)} right)")
        table([(model.probability(ev), y) for ev, y in rows], "dev split (training data)")
        return
    docs, golds = load_split(args.split)
    rows = labelled(docs, golds, kit)
    table([(ev.confidence, y) for ev, y in rows], f"{args.split} split")


if __name__ == "__main__":
    main()
