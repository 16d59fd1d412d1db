"""Quality gate: the places dev benchmark (TR-News) must not drop below the pinned figures."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from eventwatch.output.contract import places_json
from eventwatch.places import geoparse
from eventwatch.places.gazetteer import Gazetteer

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
GOLD = EVAL / "data" / "places-trnews" / "gold.jsonl"
BASELINE = ROOT / "tests" / "baselines" / "places.json"
TOLERANCE = 0.002  # rounding noise only: a real drop fails


@pytest.mark.skipif(not GOLD.is_file(), reason="needs ../shared/eval")
def test_places_benchmark_holds_its_figures(tmp_path: Path) -> None:
    gazetteer = Gazetteer.load()
    predicted = tmp_path / "places.jsonl"
    with GOLD.open(encoding="utf-8") as gold, predicted.open("w", encoding="utf-8") as out:
        for row in map(json.loads, gold):
            out.write(json.dumps(places_json(row["id"], geoparse(row["text"], gazetteer))) + "\n")
    scored = subprocess.run(
        [sys.executable, str(EVAL / "score_places.py"), str(GOLD), str(predicted), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    figures = json.loads(scored.stdout)
    floors = json.loads(BASELINE.read_text(encoding="utf-8"))["trnews"]
    dropped = {k: (figures[k], floor) for k, floor in floors.items() if figures[k] < floor - TOLERANCE}
    assert not dropped, f"places figures dropped (now, pinned): {dropped}"
