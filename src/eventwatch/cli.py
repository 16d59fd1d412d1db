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
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from eventwatch import __version__, extract, pipeline
from eventwatch.errors import EventwatchError, InputError, KnowledgeError, StoreError
from eventwatch.output.contract import event_json, places_json, text_json
from eventwatch.output.export import export_events
from eventwatch.output.writers import Writer, make_writer
from eventwatch.places import geoparse
from eventwatch.read import read_inputs
from eventwatch.records import RawDocument, Skip
from eventwatch.settings import SETTINGS, Options, Setting
from eventwatch.store import EventQuery, Store, Summary, find_events, ingest, numbered_events
from eventwatch.toolkit import Toolkit

app = typer.Typer(
    help="Turn news into political event data (PLOVER/CAMEO), offline, with evidence.",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
F = TypeVar("F", bound=Callable[..., Any])
NLP_SETTINGS = tuple(s.name for s in SETTINGS if s.name != "db")
TEXT_SETTINGS = ("max_bytes", "english_only")  # `text` stops after extraction
HINTS = {
    StoreError: "check --db (or $EVENTWATCH_DB): its folder must exist and be writable",
    KnowledgeError: "fix the named line, or leave that --dictionary file out",
    InputError: "see --help for the inputs this command reads",
}


class Format(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    table = "table"


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    gdelt = "gdelt"


Inputs = Annotated[
    list[str], typer.Argument(help="Files, folders, WARC, .jsonl, or - for JSON Lines on stdin.")
]
FormatOption = Annotated[
    Format | None,
    typer.Option("--format", "-f", help="Output format (default: table on a terminal, else jsonl)."),
]


# -- settings -> flags ---------------------------------------------------------------------------


def _flag(setting: Setting) -> str:
    name = setting.name.replace("_", "-")
    if isinstance(setting.default, tuple):  # a list setting takes one value per flag: --dictionary A
        name = name[:-3] + "y" if name.endswith("ies") else name.rstrip("s")
    return f"--{name}"


def _setting_parameter(setting: Setting) -> inspect.Parameter:
    """A Typer option for one setting; None means "not given", so the environment or default applies."""
    env = f" (env: {setting.env})" if setting.env else ""
    shown = list(setting.default) if isinstance(setting.default, tuple) else setting.default
    help_text = f"{setting.help} (default: {shown}){env}"
    kind = type(setting.default)
    decls = [_flag(setting)]
    if kind is bool:
        decls = [f"{decls[0]}/--no-{decls[0][2:]}"]
    annotation: Any = list[str] | None if kind is tuple else kind | None
    option = typer.Option(None, *decls, help=help_text, show_default=False)
    return inspect.Parameter(
        setting.name, inspect.Parameter.KEYWORD_ONLY, default=option, annotation=annotation
    )


def uses_settings(*names: str) -> Callable[[F], F]:
    """Give a command one flag per named setting and call it with the built `options`; translate errors."""
    chosen = [s for s in SETTINGS if s.name in names]

    def decorate(func: F) -> F:
        own = inspect.signature(func, eval_str=True)
        params = [p for p in own.parameters.values() if p.name != "options"]

        @functools.wraps(func)
        def command(**kwargs: Any) -> Any:
            options = _options({s.name: _given(s, kwargs.pop(s.name, None)) for s in chosen})
            with failures():
                return func(options=options, **kwargs)

        command.__signature__ = own.replace(parameters=[*params, *map(_setting_parameter, chosen)])  # type: ignore[attr-defined]
        command.__annotations__ = {p.name: p.annotation for p in command.__signature__.parameters.values()}  # type: ignore[attr-defined]
        return command  # type: ignore[return-value]

    return decorate


def _options(flags: dict[str, Any]) -> Options:
    try:
        return Options.from_env(**flags)
    except ValueError as exc:  # a bad $EVENTWATCH_* value
        typer.echo(f"error: {exc} (hint: check the EVENTWATCH_* environment variables)", err=True)
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


# -- shared plumbing -----------------------------------------------------------------------------


def _terminal() -> bool:
    return sys.stdout.isatty()


def _format(fmt: Format | None) -> str:
    return fmt.value if fmt else ("table" if _terminal() else "jsonl")


def _writer(fmt: Format | None, kind: str, title: str | None = None) -> Writer:
    console = Console() if _terminal() else Console(width=160)
    return make_writer(_format(fmt), kind, sys.stdout, console, title)


class Tally:
    """Reports skips and reading notes on stderr, one line each, and counts inputs that do not exist."""

    def __init__(self) -> None:
        self.missing = 0

    def passes(self, item: object) -> bool:
        """False (after reporting it) for a skip, True for anything else."""
        if not isinstance(item, Skip):
            return True
        self.missing += item.reason == "missing"
        typer.echo(item.message(), err=True)
        return False

    def noted(self, items: Iterable[RawDocument | Skip]) -> Iterator[RawDocument | Skip]:
        """Pass every item on, reporting the notes made while reading (e.g. invalid UTF-8 replaced)."""
        for item in items:
            for note in item.notes if isinstance(item, RawDocument) else ():
                typer.echo(f"{item.origin}: note: {note}", err=True)
            yield item

    def kept(self, items: Iterable[Any], tick: Callable[[object], None]) -> Iterator[Any]:
        """The items that are not skips; skips are reported; every item ticks the progress bar."""
        for item in items:
            tick(item)
            if self.passes(item):
                yield item

    def watching(self, tick: Callable[[object], None]) -> Callable[[object], None]:
        """A progress callback that also reports skips."""

        def seen(item: object) -> None:
            tick(item)
            self.passes(item)

        return seen

    def finish(self) -> None:
        """Exit 2 once everything else is done if an input path did not exist."""
        if self.missing:
            typer.echo(f"error: {self.missing} input path(s) not found (hint: check the paths)", err=True)
            raise typer.Exit(2)


@contextmanager
def progress(label: str) -> Iterator[Callable[[object], None]]:
    """A progress bar on stderr while stdout is a terminal; otherwise nothing."""
    if not _terminal():
        yield lambda _item: None
        return
    columns = (SpinnerColumn(), TextColumn(label), BarColumn(), TextColumn("{task.completed} documents"),
               TimeElapsedColumn())  # fmt: skip
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=None)
        yield lambda _item: bar.advance(task)


def _run_writer(items: Iterable[dict[str, Any]], writer: Writer) -> None:
    try:
        for line in items:
            writer.write(line)
    finally:
        writer.close()


# -- commands ------------------------------------------------------------------------------------


@app.command()
@uses_settings(*TEXT_SETTINGS)
def text(inputs: Inputs, fmt: FormatOption = None, *, options: Options) -> None:
    """Print the clean article of each document: id, url, title, text, date, author, source, quality.

    Example: eventwatch text page.html feed.jsonl.gz > articles.jsonl
    """
    kit, tally, writer = Toolkit(options), Tally(), _writer(fmt, "text")
    with progress("text") as tick:
        docs = tally.kept(pipeline.text_only(tally.noted(read_inputs(inputs, options)), kit), tick)
        _run_writer((text_json(d) for d in docs), writer)
    tally.finish()


@app.command("extract")
@uses_settings(*NLP_SETTINGS)
def extract_events(inputs: Inputs, fmt: FormatOption = None, *, options: Options) -> None:
    """Print one line per coded event (PLOVER type, CAMEO, actors, place, date, status, evidence).

    Example: eventwatch extract news/ --format csv > events.csv
    """
    kit, tally, writer = Toolkit(options), Tally(), _writer(fmt, "events")
    with progress("extract") as tick:
        docs = tally.kept(pipeline.run(tally.noted(read_inputs(inputs, options)), kit), tick)
        _run_writer((event_json(d, ev) for d in docs for ev in d.events), writer)
    tally.finish()


@app.command()
@uses_settings(*NLP_SETTINGS)
def places(inputs: Inputs, fmt: FormatOption = None, *, options: Options) -> None:
    """Print the places of each document with offsets (into plain text as given, else the clean text).

    Example: eventwatch places story.txt
    """
    kit, tally, writer = Toolkit(options), Tally(), _writer(fmt, "places")
    with progress("places") as tick:
        found = (_places_line(raw, kit) for raw in tally.noted(read_inputs(inputs, options)))
        _run_writer(tally.kept(found, tick), writer)
    tally.finish()


def _places_line(raw: RawDocument | Skip, kit: Toolkit) -> dict[str, Any] | Skip:
    if isinstance(raw, Skip):
        return raw
    doc = extract.article(raw, kit.options)
    if isinstance(doc, Skip):
        return doc
    given = raw.text if raw.text is not None else doc.text
    return places_json(doc.id, geoparse(given, kit.gazetteer))


@app.command("ingest")
@uses_settings(*NLP_SETTINGS, "db")
def ingest_command(inputs: Inputs, fmt: FormatOption = None, *, options: Options) -> None:
    """Process documents and store them with their events (SQLite); ends with a summary.

    Documents already in the store are not added again; a killed run can simply be started again.

    Example: eventwatch ingest news/ crawl.warc.gz --db events.db
    """
    tally = Tally()
    with Store.open(options.db) as store, progress("ingest") as tick:
        raws = tally.noted(read_inputs(inputs, options))
        summary = ingest(raws, Toolkit(options), store, progress=tally.watching(tick))
    _print_summary(summary, options.db, _format(fmt))
    tally.finish()


def _print_summary(summary: Summary, db: str, fmt: str, *, err: bool = False) -> None:
    if fmt == "table":
        Console(stderr=err).print("\n".join(summary.lines()) + f"\nstore: {db}", highlight=False)
        return
    typer.echo(json.dumps({**summary.as_dict(), "db": db}), err=err or fmt == "csv")


@app.command()
@uses_settings("db")
def events(
    actor: Annotated[str | None, typer.Option(help="Actor code, e.g. RUS, NATO, TALIBAN.")] = None,
    recipient: Annotated[str | None, typer.Option(help="Recipient code.")] = None,
    event_type: Annotated[str | None, typer.Option("--type", help="PLOVER type, e.g. ACCUSE.")] = None,
    country: Annotated[str | None, typer.Option(help="ISO3 of the place, actor or recipient.")] = None,
    status: Annotated[str | None, typer.Option(help="occurred ongoing planned hypothetical negated.")] = None,
    since: Annotated[
        str | None, typer.Option(help="From YYYY[-MM[-DD]] (event date, else article date).")
    ] = None,
    until: Annotated[str | None, typer.Option(help="Up to this date (YYYY[-MM[-DD]]).")] = None,
    search: Annotated[str | None, typer.Option(help="Words that must all occur in the article.")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many events.", min=0)] = None,
    fmt: FormatOption = None,
    *,
    options: Options,
) -> None:
    """Query stored events; prints the same lines as `extract`.

    Example: eventwatch events --actor RUS --type THREATEN --since 2024-01-01 --search "border troops"
    """
    query = EventQuery(actor, recipient, event_type, country, status, since, until, search, limit)
    with Store.open(options.db, create=False) as store:
        _run_writer(find_events(store, query), _writer(fmt, "events"))


@app.command()
@uses_settings("db")
def export(
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="jsonl, csv, parquet or gdelt.")] = (
        ExportFormat.jsonl
    ),
    out: Annotated[Path | None, typer.Option(help="Write here (default: stdout; parquet needs it).")] = None,
    *,
    options: Options,
) -> None:
    """Export every stored event: JSON Lines, CSV, Parquet, or the GDELT 2.0 event table (61 columns).

    Example: eventwatch export --format gdelt --out events.gdelt.tsv
    """
    if fmt is ExportFormat.parquet and out is None:
        raise typer.BadParameter("parquet is binary: give --out FILE.parquet", param_hint="--out")
    with Store.open(options.db, create=False) as store:
        count = export_events(fmt.value, numbered_events(store, EventQuery()), out, sys.stdout)
    typer.echo(f"{count} events exported" + (f" to {out}" if out else ""), err=True)


@app.command()
@uses_settings(*NLP_SETTINGS)
def demo(
    db: Annotated[Path | None, typer.Option(help="Keep the demo store here (default: a temp file).")] = None,
    fmt: FormatOption = None,
    *,
    options: Options,
) -> None:
    """Ingest the bundled sample articles and print their events table (the summary goes to stderr).

    Example: eventwatch demo --db demo.db
    """
    corpus = Path(str(resources.files("eventwatch").joinpath("sample", "articles")))
    with tempfile.TemporaryDirectory(prefix="eventwatch-demo-") as tmp:
        path = db or Path(tmp) / "demo.db"
        tally = Tally()
        with Store.open(path) as store:
            with progress("demo") as tick:
                raws = tally.noted(read_inputs([str(corpus)], options))
                summary = ingest(raws, Toolkit(options), store, progress=tally.watching(tick))
            _print_summary(summary, str(db or "(temporary)"), _format(fmt or Format.table), err=True)
            title = f"events in the sample corpus ({summary.read} articles)"
            _run_writer(find_events(store, EventQuery()), _writer(fmt or Format.table, "events", title))


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
