"""Extraction speed: eventwatch `article.extract_article` against trafilatura alone, in the same run.

    .venv/bin/python bench/article_speed.py [DOCS.jsonl ...] [--limit N]

Reads JSON Lines pages with `html` (default: the dev sets in ../shared/eval/data/text-*).
Both run on every page in turn. Prints pages/s for each and the ratio;
fails (exit 1) when eventwatch is over 1.5x slower.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

import trafilatura

from eventwatch.article import extract_article
from eventwatch.records import RawDocument
from eventwatch.settings import Options
from eventwatch.toolkit import Toolkit

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
LIMIT = 1.5


def pages(paths: list[Path], limit: int) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for path in paths:
        with path.open(encoding="utf-8") as lines:
            rows.extend(row for row in map(json.loads, lines) if row.get("html"))
    return rows[:limit] if limit else rows


Run = Callable[[dict[str, str]], object]


def rates(first: Run, second: Run, rows: list[dict[str, str]]) -> tuple[float, float]:
    """Pages/s of both, timed page by page in turn so a busy machine slows both alike."""
    spent = [0.0, 0.0]
    for row in rows:
        for slot, run in enumerate((first, second)):
            start = time.perf_counter()
            run(row)
            spent[slot] += time.perf_counter() - start
    return len(rows) / spent[0], len(rows) / spent[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("docs", nargs="*", type=Path)
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    paths = args.docs or sorted((SHARED / "eval" / "data").glob("text-*/docs.jsonl"))
    rows = pages(paths, args.limit)
    kit = Toolkit(Options(english_only=False))
    kit.phrasing, kit.language_model  # noqa: B018 - loaded once per run, not per page

    def ours(row: dict[str, str]) -> object:
        return extract_article(
            RawDocument(id=row.get("id"), origin="bench", html=row["html"], url=row.get("url")), kit
        )

    def theirs(row: dict[str, str]) -> object:
        return trafilatura.extract(row["html"], url=row.get("url"), include_comments=False)

    base, mine = rates(theirs, ours, rows)
    ratio = base / mine
    speeds = f"trafilatura={base:.1f}/s eventwatch={mine:.1f}/s"
    print(f"pages={len(rows)} {speeds} slowdown={ratio:.2f}x (limit {LIMIT}x)")
    return 0 if ratio <= LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())
