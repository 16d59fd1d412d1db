"""Golden quality gate: extraction F1 on the dev sets must not drop below the pinned baseline."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from eventwatch.article import extract_article
from eventwatch.records import Document, RawDocument
from eventwatch.settings import Options
from eventwatch.toolkit import Toolkit

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
BASELINE = Path(__file__).resolve().parent / "baselines" / "extract.json"
TOLERANCE = 0.002  # room for float noise only; a real drop fails


def scorer() -> ModuleType:
    path = SHARED / "eval" / "score_text.py"
    if not path.exists():
        pytest.skip("../shared/eval is not beside the checkout")
    spec = importlib.util.spec_from_file_location("score_text", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def extracted(name: str) -> dict[str, dict[str, str]]:
    """Our text for every page of a dev set; language is not filtered (the sets mix languages)."""
    kit = Toolkit(Options(english_only=False))
    out = {}
    with (SHARED / "eval" / "data" / name / "docs.jsonl").open(encoding="utf-8") as lines:
        for row in map(json.loads, lines):
            raw = RawDocument(
                id=row["id"], origin=row["id"], html=row.get("html"), text=row.get("text"), url=row.get("url")
            )
            doc = extract_article(raw, kit)
            out[row["id"]] = {"text": doc.text if isinstance(doc, Document) else ""}
    return out


@pytest.mark.parametrize("name", ["text-aeb", "text-snippets"])
def test_dev_f1_holds_the_baseline(name: str) -> None:
    score = scorer()
    gold = score.load(SHARED / "eval" / "data" / name / "gold.jsonl")
    pred = extracted(name)
    result = score.snippet_scores(gold, pred) if name == "text-snippets" else score.body_scores(gold, pred)
    pinned = json.loads(BASELINE.read_text(encoding="utf-8"))[name]
    for key, floor in pinned.items():
        assert result[key] >= floor - TOLERANCE, f"{name} {key} {result[key]} fell below {floor}"
