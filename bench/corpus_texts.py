"""Rebuild the article texts of the events corpus that the repository does not store (licence).

Usage:
  python bench/corpus_texts.py --out texts.jsonl [--mirrors DIR]

`corpus/events/origins.tsv` names, for every annotated article, the public repository, file and
record it came from (`owner/name:path#row=N`) and the SHA-256 of its text. This script reads each
of those records again and writes `{"id", "text", "date", "title", "source"}` lines (date and
title from `gold.jsonl`), keeping only texts whose SHA-256 (of the UTF-8 bytes) matches; then
`EVENTWATCH_CORPUS_TEXTS=texts.jsonl python bench/corpus_events.py stats`. Wikinews articles are
skipped: their texts are in `corpus/events/docs.jsonl` already.

Fetch the repositories first, into DIR (default `../.mirror` beside the repository), one directory
`owner+name` each: a clone with its work tree (`git clone https://github.com/OWNER/NAME
DIR/OWNER+NAME`) or a bare git directory `DIR/OWNER+NAME/repo`. The repositories are
Vatshayan/Fake-News-Prediction, basharulalammazu/Aljazeera-News-Analysis, eventdata/ConfliBERT,
loki86/ksr_zadanie1V2, masakhane-io/masakhane-news and slanglab/IndiaPoliceEvents. A full
history is needed for Al Jazeera: `aljazeera_all_categories_articles.csv` was deleted after the
first commit, so a file missing at HEAD (or whose record no longer matches) is looked up in the
earlier commits that touched it.

How each record becomes a text (the recipe that reproduces the stored digests):
- CSV/TSV (`#row=N` or `#rowN`): the N-th record after the header, counted from 0, parsed as CSV
  (quoted fields may span lines), the text column unchanged: `text` of True.csv (Reuters 2017) and
  of masakhane-news `data/eng/*.tsv` (BBC; the `(url ...)` note must match the record's url),
  `content` of the Al Jazeera CSVs; ConfliBERT's `data/insightCrime/*.tsv` have no header and
  the text (title. body) is the first column.
- Reuters-21578 SGML (`#NEWID=N`): TITLE + newline + DATELINE + BODY as they stand in the file,
  entities such as `&lt;` and the closing ` Reuter\\n&#3;` included.
- ConfliBERT samples (`.txt`, `#article=N`): the file split at every blank line (`\\n\\n`), the
  N-th piece counted from 0 (title line, then paragraphs).
- IndiaPoliceEvents `docs.jsonl` (`#doc_id=N`): `doc_text` of that document, unchanged.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_events import CORPUS, ROOT, digest, read_jsonl, read_origins  # noqa: E402

LOCATOR = re.compile(
    r"^(?P<repo>[^/:]+/[^/:]+):(?P<path>[^#]+)"
    r"#(?P<key>[A-Za-z_]+?)=?(?P<value>\d+)(?: \(url (?P<url>[^)]*)\))?$"
)
# Text column of each repository's tables: a name when the table has a header, an index when not.
TABLE_TEXT = {
    "Vatshayan/Fake-News-Prediction": "text",
    "basharulalammazu/Aljazeera-News-Analysis": "content",
    "masakhane-io/masakhane-news": "text",
    "eventdata/ConfliBERT": 0,
}
LFS_POINTER = b"version https://git-lfs.github.com/spec/"

csv.field_size_limit(2**31 - 1)


class Missing(Exception):
    """The record cannot be read here (repository, file or record absent)."""


# --- reading files of a fetched repository ------------------------------------------------------


def find_repository(mirrors: Path, repo: str) -> tuple[Path | None, Path | None]:
    """(git directory, work tree) of `owner/name` under the mirrors directory; either may be None."""
    owner, name = repo.split("/")
    for base in (mirrors / f"{owner}+{name}", mirrors / owner / name, mirrors / name):
        for d in (base / "repo", base):
            if (d / ".git").exists():
                return d / ".git", d
            if (d / "HEAD").is_file() and (d / "objects").is_dir():
                return d, None
        if base.is_dir() and not (base / "repo").exists():
            return None, base
    return None, None


def _git(git_dir: Path, *args: str) -> bytes | None:
    done = subprocess.run(["git", "--git-dir", str(git_dir), *args], capture_output=True)
    return done.stdout if done.returncode == 0 else None


def file_versions(mirrors: Path, repo: str, path: str) -> Iterator[tuple[str, bytes]]:
    """The file as checked out or at HEAD, then as in each earlier commit that touched it."""
    git_dir, work_tree = find_repository(mirrors, repo)
    if git_dir is None and work_tree is None:
        raise Missing(f"repository {repo} not found under {mirrors}")
    found = False
    if work_tree is not None and (work_tree / path).is_file():
        found = True
        yield "work tree", (work_tree / path).read_bytes()
    if git_dir is not None:
        revs = ["HEAD"] + (_git(git_dir, "log", "--format=%H", "HEAD", "--", path) or b"").decode().split()
        for rev in revs:
            data = _git(git_dir, "show", f"{rev}:{path}")
            if data is not None:
                found = True
                yield rev[:12], data
    if not found:
        shallow = git_dir is not None and (git_dir / "shallow").exists()
        hint = " (shallow clone: fetch its full history)" if shallow else ""
        raise Missing(f"{path} not in {repo}{hint}")


# --- one function per source format: (file bytes, record key, value, url) -> text ---------------


def table_record(data: bytes, repo: str, value: int, url: str | None) -> str:
    """Record `value` (0-based, header not counted) of a CSV or TSV file, its text column."""
    text = data.decode("utf-8")
    delimiter = "\t" if text.split("\n", 1)[0].count("\t") else ","
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    column = TABLE_TEXT[repo]
    if isinstance(column, str):
        header, rows = rows[0], rows[1:]
        column = header.index(column)
    if url:  # masakhane-news: the url note identifies the record even if rows moved
        matching = [i for i, row in enumerate(rows) if row and row[-1].endswith(url)]
        if matching and value not in matching:
            value = matching[0]
    if value >= len(rows):
        raise Missing(f"row {value} beyond the {len(rows)} records of the file")
    return rows[value][column]


def reuters_record(data: bytes, newid: int) -> str:
    """Reuters-21578 SGML: TITLE, newline, DATELINE and BODY verbatim (entities kept)."""
    sgml = data.decode("latin-1")
    start = sgml.find(f'NEWID="{newid}"')
    if start < 0:
        raise Missing(f"NEWID={newid} not in the file")
    article = sgml[start : sgml.find("</REUTERS>", start)]

    def element(tag: str) -> str:
        m = re.search(rf"<{tag}>(.*?)</{tag}>", article, re.S)
        return m.group(1) if m else ""

    return element("TITLE") + "\n" + element("DATELINE") + element("BODY")


def sample_article(data: bytes, index: int) -> str:
    """ConfliBERT pretraining samples: articles separated by a blank line."""
    articles = data.decode("utf-8").split("\n\n")
    if index >= len(articles):
        raise Missing(f"article {index} beyond the {len(articles)} of the file")
    return articles[index]


def jsonl_document(data: bytes, doc_id: int) -> str:
    """IndiaPoliceEvents: `doc_text` of the document with that `doc_id`."""
    for line in data.decode("utf-8").splitlines():
        if line.strip():
            doc = json.loads(line)
            if str(doc.get("doc_id")) == str(doc_id):
                return doc["doc_text"]
    raise Missing(f"doc_id={doc_id} not in the file")


def extract(data: bytes, repo: str, path: str, key: str, value: int, url: str | None) -> str:
    if data.startswith(LFS_POINTER):
        raise Missing(f"{path} is a git LFS pointer, not the file")
    if key == "NEWID":
        return reuters_record(data, value)
    if key == "article":
        return sample_article(data, value)
    if key == "doc_id":
        return jsonl_document(data, value)
    if key == "row" and repo in TABLE_TEXT:
        return table_record(data, repo, value, url)
    raise Missing(f"no reader for #{key} records of {repo}")


def rebuild(mirrors: Path, origin: str, expected: str) -> tuple[str | None, str]:
    """(text whose digest matches or None, note): tries the file's versions from newest to oldest."""
    m = LOCATOR.match(origin)
    if not m:
        raise Missing(f"cannot read the locator {origin!r}")
    repo, path, key, value, url = m["repo"], m["path"], m["key"], int(m["value"]), m["url"]
    first_note, problems = None, []
    for rev, data in file_versions(mirrors, repo, path):
        try:
            text = extract(data, repo, path, key, value, url)
        except Missing as e:
            problems.append(f"{rev}: {e}")
            continue
        if digest(text) == expected:
            return text, rev
        first_note = first_note or f"{rev}: sha256 {digest(text)[:12]}..., expected {expected[:12]}..."
    if first_note is None:
        raise Missing("; ".join(problems))
    return None, first_note


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--mirrors", type=Path, default=ROOT.parent / ".mirror", help="fetched repositories")
    parser.add_argument("--out", type=Path, required=True, help="JSON Lines file to write")
    args = parser.parse_args()

    stored = {d["id"] for d in read_jsonl(CORPUS / "docs.jsonl")}
    gold = {g["id"]: g for g in read_jsonl(CORPUS / "gold.jsonl")}
    wanted = [row for row in read_origins() if row[0] not in stored]

    out, mismatches, missing = [], [], []
    for doc_id, source, _licence, origin, expected in wanted:
        try:
            text, note = rebuild(args.mirrors, origin, expected)
        except Missing as e:
            missing.append(f"{doc_id}: {e}")
            continue
        if text is None:
            mismatches.append(f"{doc_id} ({origin}): {note}")
            continue
        g = gold.get(doc_id, {})
        out.append(
            {"id": doc_id, "text": text, "date": g.get("date"), "title": g.get("title"), "source": source}
        )

    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as f:
        f.writelines(json.dumps(d, ensure_ascii=False) + "\n" for d in out)
    for line in mismatches:
        print(f"mismatch: {line}")
    for line in missing:
        print(f"missing: {line}")
    print(
        f"{len(out)} of {len(wanted)} texts rebuilt, {len(mismatches)} checksum mismatches, "
        f"{len(missing)} missing"
    )
    sys.exit(1 if mismatches or missing else 0)


if __name__ == "__main__":
    main()
