"""The terminal face of `trends.timeseries`: one row per group with a sparkline, spikes in red."""

from __future__ import annotations

import csv
import json
from typing import IO

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from eventwatch.trends import Series, Trends

BARS = "▁▂▃▄▅▆▇█"


def sparkline(series: Series, peak: int) -> Text:
    """One bar per period scaled to `peak` (a blank for no events); spike periods in bold red."""
    line = Text()
    for point in series.points:
        if point.count == 0:
            bar = " "
        else:
            bar = BARS[min(len(BARS) - 1, (point.count * len(BARS) - 1) // max(peak, 1))]
        line.append(bar, style="bold red" if point.spike else "cyan")
    return line


def print_trends(trends: Trends, console: Console) -> None:
    """The series of `trends` as a Rich table (or one line saying there were no dated events)."""
    if not trends.series:
        console.print("no dated events match")
        return
    peak = max(p.count for s in trends.series for p in s.points)
    first, last = trends.periods[0], trends.periods[-1]
    table = Table(title=f"events per {trends.by} by {trends.group}, {first} to {last} (peak {peak})",
                  box=box.SIMPLE_HEAD, pad_edge=False)  # fmt: skip
    for header in (trends.group, "events", "goldstein", trends.by + "s", "spikes"):
        table.add_column(header, no_wrap=header != "spikes", overflow="fold")
    for s in trends.series:
        goldstein = sum(p.goldstein for p in s.points)
        table.add_row(s.group, str(s.total), f"{goldstein:.1f}", sparkline(s, peak), ", ".join(s.spikes))
    console.print(table)
    if trends.undated:
        console.print(f"{trends.undated} events dated too coarsely for a {trends.by} are not counted")


def write_trends(trends: Trends, fmt: str, stream: IO[str]) -> None:
    """jsonl: one line per group (its points inside); csv: one row per group and period."""
    if fmt == "jsonl":
        for s in trends.series:
            stream.write(json.dumps({"by": trends.by, "group_by": trends.group, **s.to_dict()}) + "\n")
        return
    rows = csv.writer(stream)
    rows.writerow([trends.group, trends.by, "count", "goldstein", "z", "spike"])
    for s in trends.series:
        for p in s.points:
            z = "" if p.z is None else round(p.z, 3)
            rows.writerow([s.group, p.period, p.count, round(p.goldstein, 3), z, int(p.spike)])
