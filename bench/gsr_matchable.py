"""GSR event scores on the gold events that a contract-conformant coder can match at all.

    .venv/bin/python bench/gsr_matchable.py PRED.jsonl

The PLOVER GSR gold codes many actors with CAMEO-era codes (IGO, NGO, JAP, ITL, ...) that no
ISO-3166/acronym output (the contract) can equal. This prints the official scorer's figures
on all events and on the events whose actor (and, for dyads, recipient) lists hold at least
one matchable code, using the scorer in ../shared/eval unchanged.
"""

from __future__ import annotations

import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
UNMATCHABLE = {"IGO", "NGO", "JAP", "ITL", "VTN", "IMG", "ISM"}


def _only_unmatchable(codes: list[str]) -> bool:
    return bool(codes) and set(codes) <= UNMATCHABLE


def main() -> None:
    sys.path.insert(0, str(SHARED))
    import score_events as scorer  # type: ignore[import-not-found]

    gold = scorer.load_gold(SHARED / "data/events-plover-gsr/gold.jsonl")
    pred = scorer.load_pred(sys.argv[1])
    subsets = {
        "all": lambda e: True,
        "matchable actor": lambda e: not _only_unmatchable(e["actor"]),
        "matchable dyad": lambda e: not (_only_unmatchable(e["actor"]) or _only_unmatchable(e["recipient"])),
    }
    for name, keep in subsets.items():
        docs = [{**d, "events": [e for e in d["events"] if keep(e)]} for d in gold]
        result, _ = scorer.score([d for d in docs if d["events"]], pred)
        ratio = result["actor_r"] / result["type_r"] if result["type_r"] else 0.0
        print(
            f"{name}: events={result['gold_events']} type_r={result['type_r']} actor_r={result['actor_r']} "
            f"dyad_r={result['dyad_r']} actor_r/type_r={ratio:.3f}"
        )


if __name__ == "__main__":
    main()
