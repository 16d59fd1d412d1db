"""`eventwatch watch` and `eventwatch alerts`: thin adapters over `eventwatch.watch`."""

import json
import re
import sys
import time
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

_EVERY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNIT = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def every_seconds(text: str) -> float:
    """`90`, `30s`, `15m`, `2h` or `1d` as seconds; `typer.BadParameter` otherwise."""
    match = _EVERY.match(text)
    if not match or float(match.group(1)) <= 0:
        raise typer.BadParameter(f"'{text}' is not a period like 30s, 15m or 1h", param_hint="--every")
    return float(match.group(1)) * _UNIT[match.group(2)]


def register_watch(app: typer.Typer, cli: Any) -> None:
    """Add `watch` and `alerts` to the main CLI; `cli` is that module (its options and helpers),
    handed over rather than imported so the two modules do not import each other."""
    NLP_SETTINGS, Format, FormatOption = cli.NLP_SETTINGS, cli.Format, cli.FormatOption  # noqa: N806
    _format, uses_settings = cli._format, cli.uses_settings
    from eventwatch.settings import Options
    from eventwatch.store import Store
    from eventwatch.toolkit import Toolkit
    from eventwatch.watch import Fetcher, load_rules, load_sources, watch_once
    from eventwatch.watch.alerts import list_alerts
    from eventwatch.watch.sinks import summary_line

    @app.command()
    @uses_settings(*NLP_SETTINGS, "db")
    def watch(
        sources: Annotated[Path, typer.Option("--sources", help="Sources YAML (feeds, sitemaps, folders).")],
        rules: Annotated[Path | None, typer.Option("--rules", help="Alert rules YAML.")] = None,
        once: Annotated[bool, typer.Option("--once", help="Run one cycle and stop.")] = False,
        every: Annotated[str, typer.Option("--every", help="Time between cycles: 30s, 15m, 1h.")] = "15m",
        *,
        options: Options,
    ) -> None:
        """Follow feeds, sitemaps and folders: store new articles, merge stories, raise alerts.

        Each cycle reports one line per source on stderr; alerts go to the rules' sinks. Stopping
        (Ctrl-C, kill) and starting again loses nothing and stores nothing twice.

        Example: eventwatch watch --sources sources.yaml --rules rules.yaml --once --db news.db
        """
        pause = every_seconds(every)
        config = load_sources(sources)
        alert_rules = load_rules(rules) if rules else ()
        kit = Toolkit(options)
        with Store.open(options.db) as store, Fetcher(config.fetch) as fetcher:
            try:
                while True:
                    result = watch_once(config, alert_rules, store, kit, fetcher, sys.stdout)
                    for report in result.sources:
                        typer.echo(_report_line(report), err=True)
                    for problem in result.problems():
                        typer.echo(f"problem: {problem}", err=True)
                    typer.echo(f"alerts fired: {len(result.alerts)}", err=True)
                    if once:
                        return
                    time.sleep(pause)
            except KeyboardInterrupt:
                typer.echo("stopped; the next run carries on where this one stopped", err=True)
                raise typer.Exit(130) from None

    @app.command()
    @uses_settings("db")
    def alerts(
        rule: Annotated[str | None, typer.Option("--rule", help="Only this rule's alerts.")] = None,
        limit: Annotated[int | None, typer.Option("--limit", help="Only the latest N alerts.")] = None,
        fmt: FormatOption = None,  # type: ignore[valid-type]
        *,
        options: Options,
    ) -> None:
        """List stored alerts: rule, time fired, the story events that caused it, delivery per sink.

        Example: eventwatch alerts --rule attacks-in-israel --format jsonl
        """
        with Store.open(options.db, create=False) as store:
            found = list_alerts(store, rule, limit)
        if _format(fmt) != Format.table.value:
            for alert in found:
                typer.echo(json.dumps(alert, ensure_ascii=False))
            return
        table = Table("id", "rule", "fired at", "story events", "deliveries", title="alerts")
        for alert in found:
            events = alert.get("story_events") or alert.get("trend") or []
            lines = [summary_line(e) if "event_type" in e else json.dumps(e) for e in events[:3]]
            more = [f"... and {len(events) - 3} more"] if len(events) > 3 else []
            sent = ", ".join(f"{k}: {v}" for k, v in alert["deliveries"].items())
            table.add_row(
                str(alert["alert_id"]), alert["rule"], alert["fired_at"], "\n".join(lines + more), sent
            )
        Console().print(table if found else "no alerts")


def _report_line(report: Any) -> str:
    s = report.summary
    return (
        f"{report.name}: {report.new_links} new link(s), {report.pages} page(s); stored {s.stored} new, "
        f"{s.already} already, {sum(s.skipped.values())} skipped, {s.events} events"
    )
