"""Quality gate: the places dev benchmark (TR-News) must not drop below the pinned figures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from gates import EVAL, dropped, score

from eventwatch.output.contract import places_json
from eventwatch.places import geoparse
from eventwatch.places.gazetteer import Gazetteer

GOLD = EVAL / "data" / "places-trnews" / "gold.jsonl"
TOLERANCE = 0.002  # rounding noise only: a real drop fails


@pytest.mark.skipif(not GOLD.is_file(), reason="needs ../shared/eval")
def test_places_benchmark_holds_its_figures(tmp_path: Path) -> None:
    gazetteer = Gazetteer.load()
    predicted = tmp_path / "places.jsonl"
    with GOLD.open(encoding="utf-8") as gold, predicted.open("w", encoding="utf-8") as out:
        for row in map(json.loads, gold):
            out.write(json.dumps(places_json(row["id"], geoparse(row["text"], gazetteer))) + "\n")
    figures = score("score_places.py", GOLD, predicted)
    fell = dropped(figures, "places.json", "trnews", TOLERANCE)
    assert not fell, f"places figures dropped (now, pinned): {fell}"
