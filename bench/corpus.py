"""Benchmark corpora: the dev HTML pages in ../shared (when present) and a generated corpus.

The generated corpus is built from the bundled sample articles only, so the
benchmark runs on a user's checkout too: each document is a sample article with
its paragraphs re-ordered and re-dated, deterministically (seeded).
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from eventwatch.records import RawDocument

SAMPLE = Path(__file__).resolve().parents[1] / "src" / "eventwatch" / "sample"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
_TAGS = re.compile(r"<[^>]+>")


def sample_texts() -> list[str]:
    """The plain text of every bundled sample article (HTML tags dropped)."""
    texts = []
    for path in sorted(SAMPLE.rglob("*")):
        if path.suffix in {".txt", ".html", ".htm"}:
            raw = path.read_text(encoding="utf-8")
            texts.append(_TAGS.sub("\n", raw) if path.suffix != ".txt" else raw)
    if not texts:
        raise SystemExit(f"no sample articles under {SAMPLE}")
    return texts


def generated(n: int, seed: int = 7) -> Iterator[RawDocument]:
    """`n` plain-text documents re-mixed from the sample articles."""
    rng = random.Random(seed)
    bases = [[p.strip() for p in t.split("\n\n") if p.strip()] for t in sample_texts()]
    start = date(2019, 1, 1)
    for i in range(n):
        paras = list(rng.choice(bases))
        head, body = paras[0], paras[1:]
        rng.shuffle(body)
        day = start + timedelta(days=rng.randrange(2000))
        text = "\n\n".join([head, *body])
        yield RawDocument(id=f"gen-{i}", origin=f"generated:{i}", text=text, date=day.isoformat())


def dev_pages() -> list[RawDocument]:
    """The raw HTML pages of the dev extraction sets, if ../shared is beside the checkout."""
    pages = []
    for name in ("text-aeb", "text-snippets"):
        path = SHARED / "eval" / "data" / name / "docs.jsonl"
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                row = json.loads(line)
                pages.append(
                    RawDocument(id=row["id"], origin=f"{path}:{n}", html=row.get("html"), url=row.get("url"))
                )
    return pages
