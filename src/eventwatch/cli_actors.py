"""`eventwatch actors ...`: look up an actor on a date, validate a user dictionary."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from eventwatch.actors.knowledge import built_in_tables
from eventwatch.actors.load import validate as validate_file
from eventwatch.actors.resolve import ActorResolver
from eventwatch.errors import EventwatchError
from eventwatch.output.contract import actor_json
from eventwatch.settings import Options

actors_app = typer.Typer(
    help="Look up actors in the knowledge base and check user dictionaries.", no_args_is_help=True
)


@actors_app.command()
def lookup(
    name: Annotated[
        str, typer.Argument(help="A name or phrase: 'Putin', 'the Tajik president', 'NATO', 'RUS'.")
    ],
    date: Annotated[
        str | None, typer.Option("--date", help="Resolve roles and memberships on YYYY-MM-DD.")
    ] = None,
) -> None:
    """Print the actor NAME stands for as a contract actor object (JSON).

    Example: eventwatch actors lookup "the Russian president" --date 2010-06-01
    """
    try:
        kb = ActorResolver.load(Options.from_env().dictionary_paths())
    except EventwatchError as exc:
        typer.echo(f"error: {exc} (fix the dictionary file, or unset EVENTWATCH_DICTIONARIES)", err=True)
        raise typer.Exit(1) from exc
    actor = kb.lookup(name, date)
    if actor is None:
        typer.echo(f"error: no actor known as {name!r}; add it to a user dictionary file", err=True)
        raise typer.Exit(1)
    typer.echo(json.dumps(actor_json(actor), ensure_ascii=False))


@actors_app.command()
def validate(
    file: Annotated[Path, typer.Argument(help="A knowledge file (TSV) in one of the documented formats.")],
) -> None:
    """Print every problem of a user dictionary file with its line; exit 1 if there is any.

    Example: eventwatch actors validate my-actors.tsv
    """
    if not file.is_file():
        typer.echo(f"error: {file} is not a file", err=True)
        raise typer.Exit(2)
    problems = validate_file(file, built_in_tables())
    for problem in problems:
        typer.echo(problem)
    if problems:
        raise typer.Exit(1)
    typer.echo(f"{file}: ok")
