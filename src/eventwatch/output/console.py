"""Terminal reporting for the command line: skip and note lines on stderr, and a progress bar."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from eventwatch.records import RawDocument, Skip

Tick = Callable[[object], None]


class Tally:
    """Reports skips and reading notes, one line each, and counts inputs that do not exist.

    With `skips` (a file), every skip is also appended there as a JSON line
    `{"origin", "reason", "detail"}`: the record of what a run left out and why.
    """

    def __init__(self, stream: IO[str] | None = None, skips: Path | None = None) -> None:
        self.stream = stream or sys.stderr
        self.skips = skips
        self.missing = 0

    def _say(self, line: str) -> None:
        self.stream.write(line + "\n")

    def passes(self, item: object) -> bool:
        """False (after reporting it) for a skip, True for anything else."""
        if not isinstance(item, Skip):
            return True
        self.missing += item.reason == "missing"
        self._say(item.message())
        if self.skips is not None:
            row = {"origin": item.origin, "reason": item.reason, "detail": item.detail}
            with self.skips.open("a", encoding="utf-8") as fh:  # complete lines even if the run is killed
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        return False

    def noted(self, items: Iterable[RawDocument | Skip]) -> Iterator[RawDocument | Skip]:
        """Pass every item on, reporting the notes made while reading (e.g. invalid UTF-8 replaced)."""
        for item in items:
            for note in item.notes if isinstance(item, RawDocument) else ():
                self._say(f"{item.origin}: note: {note}")
            yield item

    def kept(self, items: Iterable[Any], tick: Tick) -> Iterator[Any]:
        """The items that are not skips; skips are reported; every item ticks the progress bar."""
        for item in items:
            tick(item)
            if self.passes(item):
                yield item

    def watching(self, tick: Tick) -> Tick:
        """A progress callback that also reports skips."""

        def seen(item: object) -> None:
            tick(item)
            self.passes(item)

        return seen


@contextmanager
def progress(label: str, *, shown: bool) -> Iterator[Tick]:
    """A progress bar on stderr when `shown` (stdout is a terminal); otherwise a callback doing nothing."""
    if not shown:
        yield lambda _item: None
        return
    columns = (SpinnerColumn(), TextColumn(label), BarColumn(), TextColumn("{task.completed} documents"),
               TimeElapsedColumn())  # fmt: skip
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=None)
        yield lambda _item: bar.advance(task)
