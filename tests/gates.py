"""Shared by the quality gates: run a ../shared scorer on our output, compare with pinned floors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
BASELINES = Path(__file__).resolve().parent / "baselines"


def score(scorer: str, gold: Path, predicted: Path) -> dict[str, Any]:
    """The figures a scorer in ../shared/eval prints (its --json line), unchanged."""
    done = subprocess.run(
        [sys.executable, str(EVAL / scorer), str(gold), str(predicted), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.splitlines()[0])


def dropped(figures: dict[str, Any], baseline: str, section: str, tolerance: float) -> dict[str, tuple]:
    """Every pinned figure the new one fell below (beyond `tolerance`), as (now, pinned)."""
    floors = json.loads((BASELINES / baseline).read_text(encoding="utf-8"))[section]
    return {k: (figures[k], floor) for k, floor in floors.items() if figures[k] < floor - tolerance}


def event_lines(
    kit: Any, raws: list[Any], chunk: int = 64, floor: float | None = None
) -> list[dict[str, Any]]:
    """The contract lines `eventwatch extract` would print for `raws`, in order: at its default
    confidence floor unless `floor` says otherwise (the tests' toolkit itself keeps every event)."""
    from eventwatch import pipeline
    from eventwatch.output.contract import event_json
    from eventwatch.records import Document
    from eventwatch.settings import Options

    least = Options().min_confidence if floor is None else floor
    docs = [d for d in pipeline.run(raws, kit, chunk=chunk) if isinstance(d, Document)]
    return [event_json(d, ev) for d in docs for ev in d.events if ev.confidence >= least]
