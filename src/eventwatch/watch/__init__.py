"""Watch live sources: poll feeds, sitemaps and folders, merge stories, raise alerts.

`watch_once` is one cycle, in this order:

1. sources: poll each source and store its new pages (`cycle.run_cycle`), stories updated;
2. rules: fire the alert rules whose condition newly holds (`alerts.evaluate`);
3. sinks: deliver every pending alert (`alerts.deliver`), failed ones again next cycle.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import IO

from eventwatch.store import Store
from eventwatch.toolkit import Toolkit
from eventwatch.watch.alerts import Alert, deliver, evaluate
from eventwatch.watch.config import Rule, Sources, load_rules, load_sources
from eventwatch.watch.cycle import SourceReport, run_cycle
from eventwatch.watch.fetch import Fetcher


@dataclass(slots=True)
class CycleResult:
    """What one watch cycle did: per-source reports, alerts fired, delivery problems."""

    sources: list[SourceReport]
    alerts: list[Alert] = field(default_factory=list)
    delivery_problems: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        """Every problem of the cycle, one line each, the source named."""
        found = [f"{r.name}: {p}" for r in self.sources for p in r.problems]
        return found + self.delivery_problems

    def lines(self) -> list[str]:
        """The cycle for a person: one line per source, then each problem, then the alerts fired."""
        return [*(r.line() for r in self.sources), *(f"problem: {p}" for p in self.problems()),
                f"alerts fired: {len(self.alerts)}"]  # fmt: skip


def watch_once(
    sources: Sources, rules: tuple[Rule, ...], store: Store, kit: Toolkit, fetcher: Fetcher, stdout: IO[str]
) -> CycleResult:
    """One cycle: poll and store, fire the rules, deliver the alerts."""
    # 1. sources
    reports = run_cycle(sources, store, kit, fetcher)
    # 2. rules
    fired = evaluate(store, rules)
    # 3. sinks
    problems = deliver(store, rules, stdout)
    return CycleResult(reports, fired, problems)


__all__ = ["CycleResult", "Fetcher", "load_rules", "load_sources", "watch_once"]
