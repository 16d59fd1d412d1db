"""The annotated events corpus: assemble it, split it once into dev and test, load a split.

Usage:
  python bench/corpus_events.py build ANNOT_DIR...   # gather batches (docs.jsonl + gold.jsonl each)
  python bench/corpus_events.py stats
  python bench/corpus_events.py export dev|test OUT_DIR   # docs.jsonl + gold.jsonl of a split

Layout (`corpus/events/`): `gold.jsonl` (our annotations, every article), `docs.jsonl` (article
texts whose licence lets them live in this repository: Wikinews, CC BY 2.5), `origins.tsv`
(id, source, licence, origin locator `owner/repo:path#row`, SHA-256 of the text) and `split.tsv`
(id -> dev|test, drawn once from a hash of the id). Texts of other sources stay out of the
repository; rebuild them with `python bench/corpus_texts.py --out texts.jsonl` (after fetching the
repositories that origins.tsv names; see that script) and score them with
EVENTWATCH_CORPUS_TEXTS=texts.jsonl (lines `{"id", "text"}`, checked against the SHA-256). The dev
split also holds the 40 articles of ../shared/eval/data/events-news-dev. Tune on dev only; the test
split judges.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "events"
SHARED_DEV = ROOT.parent / "shared" / "eval" / "data" / "events-news-dev"
FREE_LICENCES = ("CC BY",)


def split_of(doc_id: str) -> str:
    """Drawn once from the id: half of the articles are test."""
    return "test" if int(hashlib.sha256(doc_id.encode()).hexdigest(), 16) % 2 == 0 else "dev"


def digest(text: str) -> str:
    """The SHA-256 `origins.tsv` keeps of an article's text (of its UTF-8 bytes)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def build(batches: list[Path]) -> None:
    golds, docs, origins = [], [], []
    for batch in batches:
        texts = {d["id"]: d for d in read_jsonl(batch / "docs.jsonl")}
        for gold in read_jsonl(batch / "gold.jsonl"):
            doc = texts[gold["id"]]
            golds.append(gold)
            licence = str(doc.get("licence", "unknown"))
            sha = digest(doc["text"])
            origins.append([gold["id"], doc.get("source", ""), licence, doc.get("origin", ""), sha])
            if licence.startswith(FREE_LICENCES):
                keys = ("id", "text", "date", "title", "source", "origin", "licence")
                docs.append({k: doc.get(k) for k in keys})
    CORPUS.mkdir(parents=True, exist_ok=True)
    with (CORPUS / "gold.jsonl").open("w", encoding="utf-8") as f:
        f.writelines(json.dumps(g, ensure_ascii=False) + "\n" for g in golds)
    with (CORPUS / "docs.jsonl").open("w", encoding="utf-8") as f:
        f.writelines(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    with (CORPUS / "origins.tsv").open("w", encoding="utf-8") as f:
        f.write("id\tsource\tlicence\torigin\tsha256\n")
        f.writelines("\t".join(str(c).replace("\t", " ") for c in row) + "\n" for row in origins)
    with (CORPUS / "split.tsv").open("w", encoding="utf-8") as f:
        f.write("id\tsplit\n")
        f.writelines(f"{g['id']}\t{split_of(g['id'])}\n" for g in golds)


def _texts() -> dict[str, dict]:
    texts = {d["id"]: d for d in read_jsonl(CORPUS / "docs.jsonl")}
    extra = os.environ.get("EVENTWATCH_CORPUS_TEXTS")
    if extra:
        digests = {row[0]: row[4] for row in read_origins()}
        for d in read_jsonl(Path(extra)):
            if digests.get(d["id"]) == digest(d["text"]):
                texts.setdefault(d["id"], d)
    return texts


def read_origins() -> list[list[str]]:
    path = CORPUS / "origins.tsv"
    if not path.exists():
        return []
    return [line.rstrip("\n").split("\t") for line in path.read_text(encoding="utf-8").splitlines()[1:]]


def load_split(name: str) -> tuple[list[dict], dict[str, dict]]:
    """Documents (with text available here) and their gold, of one split."""
    splits = dict(line.split("\t") for line in (CORPUS / "split.tsv").read_text().splitlines()[1:])
    texts = _texts()
    golds = {g["id"]: g for g in read_jsonl(CORPUS / "gold.jsonl") if splits.get(g["id"]) == name}
    docs = [texts[i] for i in golds if i in texts]
    if len(docs) < len(golds):
        missing = len(golds) - len(docs)
        print(
            f"note: {missing} of the {len(golds)} {name}-split articles of corpus/events have no text here;"
            " rebuild them (python bench/corpus_texts.py --out texts.jsonl) and set"
            " EVENTWATCH_CORPUS_TEXTS=texts.jsonl, else the figures and `make train` cover the rest only",
            file=sys.stderr,
        )
    if name == "dev":
        for d, g in zip(
            read_jsonl(SHARED_DEV / "docs.jsonl"), read_jsonl(SHARED_DEV / "gold.jsonl"), strict=False
        ):
            docs.append(d)
            golds[g["id"]] = g
    return docs, {d["id"]: golds[d["id"]] for d in docs}


def stats() -> None:
    golds = read_jsonl(CORPUS / "gold.jsonl")
    splits = dict(line.split("\t") for line in (CORPUS / "split.tsv").read_text().splitlines()[1:])
    texts = _texts()
    shared = read_jsonl(SHARED_DEV / "gold.jsonl")
    for name in ("dev", "test"):
        mine = [g for g in golds if splits[g["id"]] == name] + (shared if name == "dev" else [])
        required = sum(1 for g in mine for e in g["events"] if not e.get("optional"))
        optional = sum(1 for g in mine for e in g["events"] if e.get("optional"))
        here = sum(1 for g in mine if g["id"] in texts or g in shared)
        outlet = {row[0]: row[1] for row in read_origins()}
        sources = sorted({outlet.get(g["id"], "shared dev") for g in mine})
        years = sorted({(g.get("date") or "?")[:4] for g in mine})
        print(
            f"{name}: {len(mine)} articles ({here} with text here), {required} required + "
            f"{optional} optional events; {len(sources)} outlets; years {', '.join(years)}"
        )


def export(name: str, out_dir: Path) -> None:
    """Write `docs.jsonl` and `gold.jsonl` of one split (for `eventwatch extract` and score_events.py)."""
    docs, golds = load_split(name)
    out_dir.mkdir(parents=True, exist_ok=True)
    with (out_dir / "docs.jsonl").open("w", encoding="utf-8") as f:
        f.writelines(json.dumps({k: d.get(k) for k in ("id", "text", "date")}) + "\n" for d in docs)
    with (out_dir / "gold.jsonl").open("w", encoding="utf-8") as f:
        f.writelines(json.dumps(golds[d["id"]]) + "\n" for d in docs)


if __name__ == "__main__":
    if sys.argv[1:2] == ["build"]:
        build([Path(p) for p in sys.argv[2:]])
    elif sys.argv[1:2] == ["stats"]:
        stats()
    elif sys.argv[1:2] == ["export"] and len(sys.argv) == 4:
        export(sys.argv[2], Path(sys.argv[3]))
    else:
        sys.exit(__doc__)
