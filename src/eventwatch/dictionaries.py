"""User dictionary files: which stage each one extends, and every problem found in it.

A file's kind comes from its content, as when the stages load it: an actors TSV by its
header, a places TSV by the countries or admin1 header, YAML by its top-level keys
(`triggers:` for the event lexicon, `places:` and the word lists for places, `boilerplate:`
for article extraction). Actor files report every problem; the others report the first,
always with file and line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from eventwatch.actors.knowledge import built_in_tables
from eventwatch.actors.load import validate as validate_actor_file
from eventwatch.article.phrasing import is_boilerplate_file, load_phrasing
from eventwatch.errors import KnowledgeError
from eventwatch.events.lexicon import Lexicon, is_trigger_file
from eventwatch.places.knowledge import PlacesKnowledge, is_places_file, read_file

KINDS_HELP = (
    "an actors TSV (header of knowledge/actors/README.md), a places TSV (countries or admin1 "
    "header), or YAML with a 'triggers:' or 'places:' list or a 'boilerplate:' mapping"
)


@dataclass(frozen=True)
class Checked:
    """What one file is for and what is wrong with it (empty: the stages can load it)."""

    path: Path
    kinds: tuple[str, ...]
    problems: list[str] = field(default_factory=list)


def check(path: Path) -> Checked:
    """The kinds of one dictionary file and its problems; a file of no known kind is a problem."""
    try:
        return _check(path)
    except KnowledgeError as exc:  # unreadable, or not even well-formed YAML
        return Checked(path, (), [str(exc)])


def _check(path: Path) -> Checked:
    kinds: list[str] = []
    problems: list[str] = []
    if is_places_file(path):
        kinds.append("places")
        problems += _first_error(lambda: read_file(path, PlacesKnowledge()))
    elif path.suffix.lower() == ".tsv":
        kinds.append("actors")
        problems += validate_actor_file(path, built_in_tables())
    if is_trigger_file(path):
        kinds.append("triggers")
        problems += _first_error(lambda: Lexicon.load([path]))
    if is_boilerplate_file(path):
        kinds.append("boilerplate")
        problems += _first_error(lambda: load_phrasing((str(path),)))
    if not kinds:
        problems.append(f"{path}: not a dictionary file; expected {KINDS_HELP}")
    return Checked(path, tuple(kinds), problems)


def _first_error(load: Callable[[], object]) -> list[str]:
    try:
        load()
    except KnowledgeError as exc:
        return [str(exc)]
    return []
