"""Alert rules: conditions on a story event, and trend rules that fire once per group and period."""

from __future__ import annotations

import io
import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from eventwatch import stories
from eventwatch.read import read_inputs
from eventwatch.store import Store, ingest
from eventwatch.toolkit import Toolkit
from eventwatch.watch.alerts import deliver, evaluate, km_between, matches
from eventwatch.watch.config import Near, Rule, Sink, Trend

EVENT = {
    "event_type": "ASSAULT", "quad_class": 4, "status": "occurred", "confidence": 0.7, "num_sources": 2,
    "actor": {"code": "SYR", "country": "SYR"}, "recipient": {"code": "REB", "country": None},
    "location": {"name": "Aleppo", "country": "SYR", "lat": 36.2, "lon": 37.16},
}  # fmt: skip


@pytest.mark.parametrize(
    ("rule", "fires"),
    [
        (Rule("r", types=("ASSAULT", "COERCE")), True),
        (Rule("r", types=("PROTEST",)), False),
        (Rule("r", quad_classes=(3,)), False),
        (Rule("r", actors=("SYR",), recipients=("REB",)), True),
        (Rule("r", countries=("TUR",)), False),
        (Rule("r", statuses=("planned",)), False),
        (Rule("r", min_confidence=0.8), False),
        (Rule("r", min_sources=3), False),
        (Rule("r", near=Near(36.0, 37.0, 50)), True),  # about 26 km from Aleppo
        (Rule("r", near=Near(33.5, 36.3, 50)), False),  # Damascus, about 310 km away
    ],
    ids=["type", "other-type", "quad", "dyad", "country", "status", "confidence", "sources", "near", "far"],
)
def test_conditions(rule: Rule, fires: bool) -> None:
    assert matches(rule, EVENT) is fires


def test_distance() -> None:
    assert km_between(36.2, 37.16, 33.51, 36.29) == pytest.approx(310, abs=10)


def _weeks_of_shelling(folder: Path) -> Path:
    """Nine quiet weeks (one shelling a week), then a week with six."""
    folder.mkdir()
    start, lines, n = date(2026, 1, 5), [], 0
    for week in range(10):
        for k in range(6 if week == 9 else 1):
            n += 1
            day = (start + timedelta(weeks=week, days=k)).isoformat()
            text = f"Syrian troops shelled rebel positions near Aleppo, killing {n} fighters, the army said."
            lines.append(json.dumps({"id": f"s{n}", "date": day, "text": text}))
    (folder / "weeks.jsonl").write_text("\n".join(lines) + "\n")
    return folder


def test_a_trend_rule_fires_once_for_the_spiking_week(tmp_path: Path, kit: Toolkit) -> None:
    weekly = Trend(by="week", group="country", z=3, min_count=3)
    rule = Rule("conflict-surge", quad_classes=(4,), trend=weekly, sinks=(Sink("stdout"),))
    quiet = Rule("quiet", quad_classes=(4,), trend=Trend(by="week", group="country", z=3, min_count=50))
    corpus = _weeks_of_shelling(tmp_path / "news")
    out = io.StringIO()
    with Store.open(tmp_path / "t.db") as store:
        ingest(read_inputs([str(corpus)], kit.options), kit, store, after_commit=stories.update)
        first = evaluate(store, (rule, quiet))
        second = evaluate(store, (rule, quiet))
        problems = deliver(store, (rule,), out)
    assert len(first) == 1 and not second and not problems
    spike = first[0].payload["trend"]
    assert [(s["group"], s["period"], s["count"]) for s in spike] == [("SYR", "2026-03-09", 6)]
    assert spike[0]["z"] >= 3 and spike[0]["baseline"] == [1] * 8
    assert json.loads(out.getvalue())["rule"] == "conflict-surge"
