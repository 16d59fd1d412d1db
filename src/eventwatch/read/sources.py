"""Input readers. Placeholder: .txt, .html and .jsonl files only."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from eventwatch.errors import InputError
from eventwatch.records import RawDocument, Skip
from eventwatch.settings import Options


def read_inputs(paths: Iterable[str], options: Options) -> Iterator[RawDocument | Skip]:
    for p in paths:
        path = Path(p)
        if not path.exists():
            raise InputError(f"{p}: no such file or folder")
        if path.suffix == ".jsonl":
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                row = json.loads(line)
                yield RawDocument(
                    id=row.get("id"), origin=f"{p}:{n}", text=row.get("text"), html=row.get("html"),
                    url=row.get("url"), date=row.get("date"), title=row.get("title"), source=row.get("source"),
                )
        elif path.suffix in {".html", ".htm"}:
            yield RawDocument(id=None, origin=p, html=path.read_text(encoding="utf-8"))
        else:
            yield RawDocument(id=None, origin=p, text=path.read_text(encoding="utf-8"))
