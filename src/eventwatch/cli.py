"""The command line: a thin adapter over `pipeline.run`, the store and the output writers.

Every setting in `settings.SETTINGS` becomes a flag of the commands it applies to; library
errors become one line on stderr and exit code 1 (failure to run) or 2 (usage).
"""

from __future__ import annotations

import functools
import importlib.util
import inspect
import json
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.table import Table

from eventwatch import __version__, pipeline, stories
from eventwatch.errors import (
    ConfigError,
    EventwatchError,
    FilterError,
    InputError,
    KnowledgeError,
    StoreError,
)
from eventwatch.output.console import Tally, Tick
from eventwatch.output.console import progress as progress_bar
from eventwatch.output.contract import event_json, places_json, text_json
from eventwatch.output.export import export_events
from eventwatch.output.writers import Writer, make_writer
from eventwatch.read import read_inputs
from eventwatch.settings import SETTINGS, Options, Setting, SettingError
from eventwatch.store import EventQuery, Store, Summary, find_events, ingest, stored_events
from eventwatch.toolkit import Toolkit

app = typer.Typer(
    help="Turn news into political event data (PLOVER/CAMEO), offline, with evidence.",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode=None,  # plain help wraps at any width without cutting flags or variable names
)
F = TypeVar("F", bound=Callable[..., Any])
NLP_SETTINGS = tuple(s.name for s in SETTINGS if s.name != "db")
TEXT_SETTINGS = ("max_bytes", "english_only", "doc_timeout", "skips")  # `text` stops after extraction
HINTS = {
    StoreError: "check --db (or $EVENTWATCH_DB): its folder must exist and be writable",
    KnowledgeError: "fix the named line, or leave that --dictionary file out",
    FilterError: "see --help for the values each filter takes",
    InputError: "see --help for the inputs this command reads",
    ConfigError: "fix the named line; `eventwatch validate FILE` lists every problem",
}


class Format(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    table = "table"


class Period(StrEnum):
    day = "day"
    week = "week"
    month = "month"


class Group(StrEnum):
    country = "country"
    actor = "actor"
    type = "type"
    quad_class = "quad_class"
    all = "all"


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    gdelt = "gdelt"
    gdelt_mentions = "gdelt-mentions"


Inputs = Annotated[
    list[str],
    typer.Argument(help="Files, folders, WARC, .jsonl, or - for JSON Lines on stdin.", metavar="INPUT"),
]
FormatOption = Annotated[
    Format | None,
    typer.Option(
        "--format",
        "-f",
        help="Output format (default: table on a terminal, else jsonl).",
        metavar="jsonl|csv|table",
    ),
]


def _flag(setting: Setting) -> str:
    name = setting.name.replace("_", "-")
    if isinstance(setting.default, tuple):  # a list setting takes one value per flag: --dictionary A
        name = name[:-3] + "y" if name.endswith("ies") else name.rstrip("s")
    return f"--{name}"


METAVARS = {"db": "PATH", "max_bytes": "BYTES", "workers": "N", "batch_size": "N", "min_confidence": "0-1",
            "dictionaries": "FILE", "skips": "FILE", "doc_timeout": "SECONDS"}  # fmt: skip


def _setting_parameter(setting: Setting, defaults: dict[str, Any] | None = None) -> inspect.Parameter:
    """A Typer option for one setting; None means "not given", so the environment or default applies.

    The default shown is the command's own where it has one (`text` does not need English).
    """
    env = f" (env: {setting.env})" if setting.env else ""
    default = (defaults or {}).get(setting.name, setting.default)
    shown = default if default not in ("", ()) else "none"
    if isinstance(default, bool):
        shown = "on" if default else "off"
    help_text = f"{setting.help} (default: {shown}){env}"
    kind = type(setting.default)
    decls = [_flag(setting)]
    if kind is bool:
        decls = [f"{decls[0]}/--no-{decls[0][2:]}"]
    annotation: Any = list[str] | None if kind is tuple else kind | None
    metavar = METAVARS.get(setting.name)
    option = typer.Option(None, *decls, help=help_text, show_default=False, metavar=metavar)
    return inspect.Parameter(
        setting.name, inspect.Parameter.KEYWORD_ONLY, default=option, annotation=annotation
    )


def uses_settings(*names: str, defaults: dict[str, Any] | None = None) -> Callable[[F], F]:
    """Give a command one flag per named setting and call it with the built `options`; translate errors.

    `defaults` are the command's own defaults where they differ from the settings list's.
    """
    chosen = [s for s in SETTINGS if s.name in names]

    def decorate(func: F) -> F:
        own = inspect.signature(func, eval_str=True)
        params = [p for p in own.parameters.values() if p.name != "options"]

        @functools.wraps(func)
        def command(**kwargs: Any) -> Any:
            options = _options({s.name: _given(s, kwargs.pop(s.name, None)) for s in chosen}, defaults)
            with failures():
                return func(options=options, **kwargs)

        return _signed(command, [*params, *(_setting_parameter(s, defaults) for s in chosen)])

    return decorate


def _signed(command: Callable[..., Any], params: list[inspect.Parameter]) -> Any:
    """Give a wrapper the parameters Typer should see."""
    signature = inspect.Signature(params)
    command.__signature__ = signature  # type: ignore[attr-defined]
    command.__annotations__ = {p.name: p.annotation for p in signature.parameters.values()}
    return command


FILTERS = {  # EventQuery field -> (flag, help)
    "actor": ("--actor", "Actor code, e.g. RUS, NATO, TALIBAN."),
    "recipient": ("--recipient", "Recipient code."),
    "event_type": ("--type", "PLOVER type, e.g. ACCUSE."),
    "country": ("--country", "ISO3 of the place, the actor or the recipient."),
    "status": ("--status", "occurred, ongoing, planned, hypothetical or negated."),
    "since": ("--since", "From YYYY[-MM[-DD]] (the event's date, else the article's)."),
    "until": ("--until", "Up to YYYY[-MM[-DD]]."),
    "search": ("--search", "Words that must all occur in the article."),
    "limit": ("--limit", "At most this many events."),
    "min_confidence": ("--min-confidence", "Only events with at least this confidence (0-1)."),
}
_FILTER_TYPES: dict[str, Any] = {"limit": int | None, "min_confidence": float | None}


FILTER_METAVARS = {"actor": "CODE", "recipient": "CODE", "event_type": "TYPE", "country": "ISO3",
                   "status": "STATUS", "since": "DATE", "until": "DATE", "search": "WORDS",
                   "limit": "N", "min_confidence": "P"}  # fmt: skip


def with_filters(func: F) -> F:
    """Give a command the event filters as flags and call it with the built `query`."""
    own = [p for p in inspect.signature(func, eval_str=True).parameters.values() if p.name != "query"]
    keyword = inspect.Parameter.KEYWORD_ONLY
    flags = [
        inspect.Parameter(name, keyword,
                          default=typer.Option(None, flag, help=text, metavar=FILTER_METAVARS.get(name)),
                          annotation=_FILTER_TYPES.get(name, str | None))
        for name, (flag, text) in FILTERS.items()
    ]  # fmt: skip

    @functools.wraps(func)
    def command(**kwargs: Any) -> Any:
        query = EventQuery(**{name: kwargs.pop(name, None) for name in FILTERS})
        return func(query=query, **kwargs)

    positional = [p for p in own if p.kind is not keyword]
    return _signed(command, [*positional, *flags, *(p for p in own if p.kind is keyword)])


def _options(flags: dict[str, Any], defaults: dict[str, Any] | None = None) -> Options:
    try:
        return Options.from_env(defaults, **flags)
    except SettingError as exc:  # a flag or $EVENTWATCH_* value out of range or of the wrong type
        where = _flag(exc.setting) + (f" (or ${exc.setting.env})" if exc.setting.env else "")
        typer.echo(f"error: {where} {exc.problem} (hint: see --help for its values)", err=True)
        raise typer.Exit(2) from exc


def _given(setting: Setting, value: Any) -> Any:
    if value is None:
        return None
    return tuple(value) if isinstance(setting.default, tuple) else value


@contextmanager
def failures() -> Iterator[None]:
    """Library errors -> one line on stderr with a hint, exit 2 for usage errors and 1 otherwise."""
    try:
        yield
    except EventwatchError as exc:
        hint = next((h for kind, h in HINTS.items() if isinstance(exc, kind)), "")
        typer.echo(f"error: {exc}" + (f" (hint: {hint})" if hint else ""), err=True)
        raise typer.Exit(2 if isinstance(exc, InputError) else 1) from exc
    except BrokenPipeError:  # `eventwatch extract ... | head` closed the pipe: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _terminal() -> bool:
    return sys.stdout.isatty()


def _format(fmt: Format | None) -> str:
    return fmt.value if fmt else ("table" if _terminal() else "jsonl")


def _writer(fmt: Format | None, kind: str, title: str | None = None) -> Writer:
    console = Console() if _terminal() else Console(width=160)
    return make_writer(_format(fmt), kind, sys.stdout, console, title)


def _finish(tally: Tally) -> None:
    """Exit 2 once everything else is done if an input path did not exist."""
    if tally.missing:
        typer.echo(f"error: {tally.missing} input path(s) not found (hint: check the paths)", err=True)
        raise typer.Exit(2)


def _tally(options: Options) -> Tally:
    """The skip reporter of a command; with `--skips FILE` it also keeps every skip in FILE."""
    if not options.skips:
        return Tally()
    path = Path(options.skips)
    try:
        path.write_text("", encoding="utf-8")  # a fresh record for this run
    except OSError as exc:
        why = f"cannot write {path}: {exc.strerror}"
        raise typer.BadParameter(why, param_hint="--skips") from exc
    return Tally(skips=path)


def progress(label: str) -> AbstractContextManager[Tick]:
    return progress_bar(label, shown=_terminal())


def _run_writer(items: Iterable[dict[str, Any]], writer: Writer) -> None:
    try:
        for line in items:
            writer.write(line)
    finally:
        writer.close()


@app.command()
@uses_settings(*TEXT_SETTINGS, defaults={"english_only": False})
def text(inputs: Inputs, fmt: FormatOption = None, *, options: Options) -> None:
    """Print the clean article of each document: id, url, title, text, date, author, source, quality.

    Extraction works in any language (`language` says which); only event coding needs English,
    so here `--english-only` is off unless asked for.

    Example: eventwatch text page.html feed.jsonl.gz > articles.jsonl
    """
    kit, tally, writer = Toolkit(options), _tally(options), _writer(fmt, "text")
    with progress("text") as tick:
        docs = tally.kept(pipeline.text_only(tally.noted(read_inputs(inputs, options)), kit), tick)
        _run_writer((text_json(d) for d in docs), writer)
    _finish(tally)


@app.command("extract")
@uses_settings(*NLP_SETTINGS)
def extract_events(inputs: Inputs, fmt: FormatOption = None, *, options: Options) -> None:
    """Print one line per coded event (PLOVER type, CAMEO, actors, place, date, status, evidence).

    Example: eventwatch extract news/ --format csv > events.csv
    """
    kit, tally, writer = Toolkit(options), _tally(options), _writer(fmt, "events")
    with progress("extract") as tick:
        docs = tally.kept(pipeline.run(tally.noted(read_inputs(inputs, options)), kit), tick)
        _run_writer((event_json(d, ev) for d in docs for ev in d.events), writer)
    _finish(tally)


@app.command()
@uses_settings(*NLP_SETTINGS)
def places(inputs: Inputs, fmt: FormatOption = None, *, options: Options) -> None:
    """Print the places of each document with offsets (into plain text as given, else the clean text).

    Example: eventwatch places story.txt
    """
    kit, tally, writer = Toolkit(options), _tally(options), _writer(fmt, "places")
    with progress("places") as tick:
        raws = tally.noted(read_inputs(inputs, options))
        docs = tally.kept(pipeline.run(raws, kit, stages=pipeline.PLACES_STAGES), tick)
        _run_writer((places_json(d.id, d.places) for d in docs), writer)
    _finish(tally)


@app.command("ingest")
@uses_settings(*NLP_SETTINGS, "db")
def ingest_command(inputs: Inputs, fmt: FormatOption = None, *, options: Options) -> None:
    """Process documents and store them with their events (SQLite); ends with a summary.

    Documents already in the store are not added again; a killed run can simply be started again.

    Example: eventwatch ingest news/ crawl.warc.gz --db events.db
    """
    tally = _tally(options)
    with Store.open(options.db) as store, progress("ingest") as tick:
        raws = tally.noted(read_inputs(inputs, options))
        summary = ingest(
            raws, Toolkit(options), store, progress=tally.watching(tick), after_commit=stories.update
        )
    _print_summary(summary, options.db, _format(fmt))
    _finish(tally)


def _print_summary(summary: Summary, db: str, fmt: str, *, err: bool = False) -> None:
    if fmt == "table":
        Console(stderr=err).print("\n".join(summary.lines()) + f"\nstore: {db}", highlight=False)
        return
    typer.echo(json.dumps({**summary.as_dict(), "db": db}), err=err or fmt == "csv")


StoriesOption = Annotated[
    bool,
    typer.Option(
        "--stories",
        help="One line per story event (the same event told by several articles), with story_id, "
        "num_mentions, num_articles and num_sources.",
    ),
]


@app.command()
@uses_settings("db")
@with_filters
def events(
    fmt: FormatOption = None, story_events: StoriesOption = False, *, query: EventQuery, options: Options
) -> None:
    """Query stored events; prints the same lines as `extract`.

    Example: eventwatch events --actor RUS --type THREATEN --since 2024-01-01 --search "border troops"
    """
    with Store.open(options.db, create=False) as store:
        found = stories.story_events(store, query) if story_events else find_events(store, query)
        _run_writer(found, _writer(fmt, "events"))


@app.command()
@uses_settings("db")
@with_filters
def export(
    fmt: Annotated[
        ExportFormat,
        typer.Option(
            "--format", "-f", help="The output format.", metavar="jsonl|csv|parquet|gdelt|gdelt-mentions"
        ),
    ] = (ExportFormat.jsonl),
    out: Annotated[
        Path | None, typer.Option(help="Write here (default: stdout; parquet needs it).", metavar="FILE")
    ] = None,
    partition_by: Annotated[
        str | None,
        typer.Option(help="Parquet only: a Hive-partitioned folder by event_day or month.", metavar="KEY"),
    ] = None,
    story_events: StoriesOption = False,
    *,
    query: EventQuery,
    options: Options,
) -> None:
    """Export stored events (all, or those the filters select): JSON Lines, CSV, Parquet or GDELT 2.0.

    GDELT: the 61 tab-separated columns of the GDELT 2.0 event table, filled where eventwatch knows;
    gdelt-mentions: its mentions table (a row per sentence telling an event), ids shared with it.
    Parquet: typed columns (dates, lists, structs); `--partition-by event_day --out DIR` adds a
    Hive-partitioned dataset to DIR.

    Example: eventwatch export --format gdelt --out events.gdelt.tsv --since 2025-01-01
    """
    if fmt is ExportFormat.parquet and out is None:
        raise typer.BadParameter("parquet is binary: give --out FILE.parquet", param_hint="--out")
    with Store.open(options.db, create=False) as store:
        if story_events:
            chosen = stories.stored_story_events(store, query)
        else:
            chosen = stories.with_stored_counts(store.conn, stored_events(store, query))
        count = export_events(fmt.value, chosen, out, sys.stdout, partition_by)
    typer.echo(f"{count} events exported" + (f" to {out}" if out else ""), err=True)


@app.command()
@uses_settings(*NLP_SETTINGS)
def spark(
    inputs: Annotated[
        list[str], typer.Argument(help="JSON Lines, WARC or article files/folders; any Hadoop path.")
    ],
    out: Annotated[str, typer.Option(help="Dataset folder: OUT/events (Parquet) and OUT/skipped.")],
    master: Annotated[
        str | None, typer.Option(help="Spark master (default: spark-submit's, else local[*]).")
    ] = None,
    partitions: Annotated[int | None, typer.Option(min=1, help="Coding tasks (default: 2 x cores).")] = None,
    partition_by: Annotated[str, typer.Option(help="Hive partition key: event_day or month.")] = "event_day",
    append: Annotated[bool, typer.Option(help="Add to an existing dataset at OUT.")] = False,
    *,
    options: Options,
) -> None:
    """Code documents on a Spark cluster into a Hive-partitioned Parquet dataset (same events as extract).

    Example: eventwatch spark crawl/ feed.jsonl --out lake --master local[2]
    """
    from eventwatch.spark import run_job, session

    result = run_job(session(master), inputs, out, options=options, partition_by=partition_by,
                     partitions=partitions, append=append)  # fmt: skip
    typer.echo(
        f"{result.files} files: {result.events} events, {result.skipped} skipped -> {result.out}", err=True
    )


@app.command()
@uses_settings(*NLP_SETTINGS)
def demo(
    db: Annotated[
        Path | None, typer.Option(help="Keep the demo store here (default: a temp file).", metavar="PATH")
    ] = None,
    fmt: FormatOption = None,
    *,
    options: Options,
) -> None:
    """Ingest the bundled sample articles and print their events (the summary goes to stderr).

    On a terminal the events are a table; piped, JSON Lines, like every other command.

    Example: eventwatch demo --db demo.db
    """
    corpus = Path(str(resources.files("eventwatch").joinpath("sample", "articles")))
    with tempfile.TemporaryDirectory(prefix="eventwatch-demo-") as tmp:
        path = db or Path(tmp) / "demo.db"
        tally = _tally(options)
        with Store.open(path) as store:
            with progress("demo") as tick:
                raws = tally.noted(read_inputs([str(corpus)], options))
                summary = ingest(
                    raws, Toolkit(options), store, progress=tally.watching(tick), after_commit=stories.update
                )
            _print_summary(summary, str(db or "(temporary)"), _format(fmt), err=True)
            title = f"events in the sample corpus ({summary.read} articles)"
            lines = find_events(store, EventQuery())
            if _format(fmt) == "table":  # the table names each article by its title, not its id
                titles = dict(store.conn.execute("SELECT id, title FROM documents WHERE title IS NOT NULL"))
                lines = ({**line, "title": titles.get(line["doc_id"])} for line in lines)
            _run_writer(lines, _writer(fmt, "events", title))


@app.command("trends")
@uses_settings("db")
@with_filters
def trends_command(
    by: Annotated[
        Period, typer.Option("--by", help="Period: day, week (ISO, named by its Monday) or month.")
    ] = (Period.week),
    group: Annotated[
        Group, typer.Option("--group", help="One row per country, actor, type, quad_class (or all).")
    ] = (Group.country),
    window: Annotated[int, typer.Option(min=1, max=366, help="Earlier periods forming the baseline.")] = 8,
    threshold: Annotated[float, typer.Option(min=0.1, help="z score from which a period is a spike.")] = 3.0,
    top: Annotated[int, typer.Option(min=1, help="Show the groups with the most events.")] = 20,
    fmt: FormatOption = None,
    *,
    query: EventQuery,
    options: Options,
) -> None:
    """Count stored events per period and group, with a sparkline per row and spikes marked.

    A spike is a period whose count is at least --threshold standard deviations above the
    group's previous --window periods. jsonl: one line per group; csv: one row per period.

    Example: eventwatch trends --by week --group country --type ASSAULT --since 2025-01
    """
    from eventwatch.output.trends_table import print_trends, write_trends
    from eventwatch.trends import timeseries

    with Store.open(options.db, create=False) as store:
        found = timeseries(store, query, by=by.value, group=group.value, window=window, threshold=threshold,
                           top=top)  # fmt: skip
    shown = _format(fmt)
    if shown == "table":
        print_trends(found, Console() if _terminal() else Console(width=160))
    else:
        write_trends(found, shown, sys.stdout)


@app.command()
@uses_settings(*NLP_SETTINGS, "db", defaults={"workers": 1})
def serve(
    host: Annotated[
        str, typer.Option(help="Address to listen on (keep 127.0.0.1 unless behind a proxy).")
    ] = ("127.0.0.1"),
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    cache: Annotated[
        int, typer.Option(min=0, help="Summary results kept until the store changes (0: off).")
    ] = 256,
    *,
    options: Options,
) -> None:
    """Serve the HTTP API (/api/..., docs at /docs) and the dashboard (/) over the store.

    Read-only unless EVENTWATCH_TOKEN is set: then POST /api/ingest takes JSON Lines documents
    with `Authorization: Bearer <token>`; --max-bytes caps the request body.

    Example: eventwatch serve --db demo.db --port 8000, then open http://127.0.0.1:8000/
    """
    import uvicorn

    from eventwatch.serve import ServeConfig, create_app

    token = os.environ.get("EVENTWATCH_TOKEN") or None
    web = create_app(ServeConfig(str(options.db), token, options, cache_size=cache))
    mode = "ingest on (token set)" if token else "read-only"
    typer.echo(
        f"eventwatch: dashboard at http://{host}:{port}/ , API docs at /docs ({mode}); Ctrl-C stops", err=True
    )
    uvicorn.run(web, host=host, port=port, log_level="warning")


@app.command()
def validate(
    files: Annotated[
        list[Path],
        typer.Argument(
            help="User dictionary files (actors, places, triggers, boilerplate), watch sources or rules."
        ),
    ],
) -> None:
    """Check user dictionary files, watch sources and alert rules: each file's kind, then every problem.

    Exit 1 if any file has a problem. Example: eventwatch validate my-actors.tsv my-triggers.yaml rules.yaml
    """
    from eventwatch.dictionaries import check as check_dictionary
    from eventwatch.watch.config import check_file

    def check(path: Path) -> Any:
        return check_file(path) or check_dictionary(path)

    missing = [f for f in files if not f.is_file()]
    if missing:
        for f in missing:
            typer.echo(f"error: {f} is not a file", err=True)
        raise typer.Exit(2)
    results = [check(f) for f in files]
    for result in results:
        for problem in result.problems:
            typer.echo(problem)
        if not result.problems:
            typer.echo(f"{result.path}: ok ({', '.join(result.kinds)})")
    if any(r.problems for r in results):
        raise typer.Exit(1)


_EVERY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNIT = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def every_seconds(text: str) -> float:
    """`90`, `30s`, `15m`, `2h` or `1d` as seconds; `typer.BadParameter` otherwise."""
    match = _EVERY.match(text)
    if not match or float(match.group(1)) <= 0:
        raise typer.BadParameter(f"'{text}' is not a period like 30s, 15m or 1h", param_hint="--every")
    return float(match.group(1)) * _UNIT[match.group(2)]


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
    from eventwatch.watch import Fetcher, load_rules, load_sources, watch_once  # httpx: only when watching

    pause = every_seconds(every)
    config = load_sources(sources)
    alert_rules = load_rules(rules) if rules else ()
    kit = Toolkit(options)
    with Store.open(options.db) as store, Fetcher(config.fetch) as fetcher:
        try:
            while True:
                result = watch_once(config, alert_rules, store, kit, fetcher, sys.stdout)
                typer.echo("\n".join(result.lines()), err=True)
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
    fmt: FormatOption = None,
    *,
    options: Options,
) -> None:
    """List stored alerts: rule, time fired, the story events that caused it, delivery per sink.

    Example: eventwatch alerts --rule attacks-in-israel --format jsonl
    """
    from eventwatch.watch.alerts import list_alerts, summary_lines

    with Store.open(options.db, create=False) as store:
        found = list_alerts(store, rule, limit)
    if _format(fmt) != Format.table.value:
        for alert in found:
            typer.echo(json.dumps(alert, ensure_ascii=False))
        return
    table = Table("id", "rule", "fired at", "story events", "deliveries", title="alerts")
    for alert in found:
        sent = ", ".join(f"{k}: {v}" for k, v in alert["deliveries"].items())
        table.add_row(str(alert["alert_id"]), alert["rule"], alert["fired_at"], summary_lines(alert), sent)
    Console().print(table if found else "no alerts")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"eventwatch {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Turn news into political event data (PLOVER/CAMEO), offline, with evidence."""


if importlib.util.find_spec("eventwatch.cli_actors") is not None:
    from eventwatch.cli_actors import actors_app

    app.add_typer(actors_app, name="actors")

if __name__ == "__main__":
    app()
