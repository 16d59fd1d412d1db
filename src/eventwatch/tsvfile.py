"""Knowledge files in TSV: the rows with their line numbers, for error messages."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path


def tsv_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    """(line number, stripped cells) of every line that is neither blank nor a `#` comment."""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\r\n")
            if line.strip() and not line.lstrip().startswith("#"):
                yield number, [cell.strip() for cell in line.split("\t")]
