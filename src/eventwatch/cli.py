"""The command line: a thin adapter over `pipeline.run` and the store."""

from __future__ import annotations

import json
import sys

import typer

from eventwatch import pipeline
from eventwatch.errors import EventwatchError
from eventwatch.output.contract import event_json, places_json, text_json
from eventwatch.read import read_inputs
from eventwatch.records import Document, Skip
from eventwatch.settings import Options
from eventwatch.toolkit import Toolkit

app = typer.Typer(help="Turn news into political event data (PLOVER/CAMEO), offline.", no_args_is_help=True)


def _emit(row: dict) -> None:
    sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


def _report(skip: Skip) -> None:
    typer.echo(skip.message(), err=True)


@app.command()
def text(inputs: list[str]) -> None:
    """Print the clean article of each document (contract `text` shape)."""
    kit = Toolkit(Options.from_env())
    try:
        for item in pipeline.text_only(read_inputs(inputs, kit.options), kit):
            _report(item) if isinstance(item, Skip) else _emit(text_json(item))
    except EventwatchError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc


@app.command()
def extract(inputs: list[str]) -> None:
    """Print one JSON line per coded event."""
    kit = Toolkit(Options.from_env())
    try:
        for item in pipeline.run(read_inputs(inputs, kit.options), kit):
            if isinstance(item, Skip):
                _report(item)
                continue
            for ev in item.events:
                _emit(event_json(item, ev))
    except EventwatchError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc


@app.command()
def places(inputs: list[str]) -> None:
    """Print the places of each document with offsets."""
    from eventwatch.places import geoparse

    kit = Toolkit(Options.from_env())
    for item in read_inputs(inputs, kit.options):
        if isinstance(item, Skip):
            _report(item)
            continue
        given = item.text if item.text is not None else ""
        doc = item if isinstance(item, Document) else None
        del doc
        _emit(places_json(item.id or item.origin, geoparse(given, kit.gazetteer)))
