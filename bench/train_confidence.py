"""Train the calibrated confidence (`knowledge/confidence.json`) on the dev split; print reliability tables.

Usage:
  python bench/train_confidence.py train            # fit on the dev split, write the weights
  python bench/train_confidence.py table [--split test|dev]   # reliability table of the shipped model

Each coded event of an annotated article is labelled right when it matches a gold event
(required or optional) of the same article at the dyad level: same type, actor and recipient,
as `score_events.py` matches them. The model is a logistic regression with an L2 penalty, fit by
Newton's method in numpy; its weights are plain JSON, readable and diffable.

`train` first fits it five times on four fifths of the dev articles and scores the fifth it did not
see (out-of-fold), prints that reliability table and the dyad precision, recall and F1 each
confidence floor would give, and names the floor with the best out-of-fold F1: the figure to
choose `min_confidence`'s default by (settings.py), honestly, as these probabilities were not fit
on the events they score. Then it fits on all dev articles and writes the weights.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from eventwatch import pipeline
from eventwatch.events.calibration import MODEL_FILE, Calibration, features
from eventwatch.events.parties import Parties
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


RIGHT, OPTIONAL = 1, 2  # labels beside 0: matches a required gold event, matches an optional one


Row = tuple[Event, int, str, Parties]  # an event, its label, its article and the article's parties


def labelled(docs: list[dict], golds: dict[str, dict], kit: Toolkit) -> list[Row]:
    """Every coded event of the articles with RIGHT or OPTIONAL when it matches an unused gold
    event (required or optional), else 0; with the article's id and parties."""
    raws = [RawDocument(id=d["id"], origin="corpus", text=d["text"], date=d.get("date")) for d in docs]
    out: list[Row] = []
    for doc in pipeline.run(raws, kit):
        if not isinstance(doc, Document):
            continue
        gold = golds[doc.id]["events"]
        parties = Parties.of(doc.events)
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
            label = 0 if hit is None else OPTIONAL if gold[hit].get("optional") else RIGHT
            out.append((ev, label, doc.id, parties))
    return out


def fit(rows: list[Row]) -> Calibration:
    names = sorted({f for ev, _, _, parties in rows for f in features(ev, parties)})
    index = {n: i for i, n in enumerate(names)}
    x = np.zeros((len(rows), len(names) + 1))
    x[:, -1] = 1.0
    for r, (ev, _, _, parties) in enumerate(rows):
        for f, v in features(ev, parties).items():
            x[r, index[f]] = v
    y = np.array([label > 0 for _, label, _, _ in rows], dtype=float)
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


def table(labelled_rows: list[tuple[float, int]], title: str) -> None:
    rows = [(p, int(label > 0)) for p, label in labelled_rows]
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


def out_of_fold(rows: list[Row], folds: int = 5) -> list[tuple[float, int]]:
    """Each event's probability from a model fit on the other folds' articles (folds by article)."""
    fold_of = {doc: i % folds for i, doc in enumerate(sorted({doc for _, _, doc, _ in rows}))}
    scored: list[tuple[float, int]] = []
    for k in range(folds):
        model = fit([r for r in rows if fold_of[r[2]] != k])
        scored += [(model.probability(ev, pt), y) for ev, y, doc, pt in rows if fold_of[doc] == k]
    return scored


def floors(scored: list[tuple[float, int]], required: int) -> float:
    """Dyad precision, recall and F1 at each confidence floor, as score_events.py counts them (an
    event matching an optional gold event counts neither way); returns the floor of the best F1."""
    print(f"{'floor':>6} {'events':>7} {'dyad_p':>7} {'dyad_r':>7} {'dyad_f1':>7}")
    best, best_f1 = 0.0, -1.0
    for step in range(0, 51):
        floor = step / 100
        kept = [y for p, y in scored if p >= floor]
        hits = sum(1 for y in kept if y == RIGHT)
        counted = sum(1 for y in kept if y != OPTIONAL)
        prec, rec = hits / max(counted, 1), hits / max(required, 1)
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        if f1 > best_f1 + 1e-9:
            best, best_f1 = floor, f1
        if step % 5 == 0:
            print(f"{floor:6.2f} {len(kept):7d} {prec:7.3f} {rec:7.3f} {f1:7.3f}")
    print(f"best out-of-fold dyad F1 {best_f1:.3f} at confidence >= {best:.2f}")
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("action", choices=["train", "table"])
    ap.add_argument("--split", default="test", choices=["dev", "test"])
    args = ap.parse_args()
    kit = Toolkit(Options(workers=2, min_confidence=0.0))
    if args.action == "train":
        kit.lexicon.calibration = None  # features read the rule score, before calibration
        docs, golds = load_split("dev")
        rows = labelled(docs, golds, kit)
        required = sum(1 for g in golds.values() for e in g["events"] if not e.get("optional"))
        scored = out_of_fold(rows)
        table(scored, "dev split, out of fold")
        floors(scored, required)
        model = fit(rows)
        MODEL_FILE.write_text(
            json.dumps({"bias": model.bias, "weights": model.weights, "trained_on": "dev split"}, indent=1)
            + "\n",
            encoding="utf-8",
        )
        right = sum(y > 0 for _, y, _, _ in rows)
        print(f"trained on {len(docs)} dev articles, {len(rows)} events ({right} right)")
        table([(model.probability(ev, pt), y) for ev, y, _, pt in rows], "dev split (training data)")
        return
    docs, golds = load_split(args.split)
    rows = labelled(docs, golds, kit)
    table([(ev.confidence, y) for ev, y, _, _ in rows], f"{args.split} split")


if __name__ == "__main__":
    main()
