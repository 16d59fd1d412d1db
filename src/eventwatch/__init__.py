"""eventwatch: political event data from news, offline.

The public API (see the README's "Python API"):

- `code(text_or_html, *, date=None, url=None, title=None, source=None) -> list[Event]`
- `Pipeline(options).run(rows)` streams `Document`s and `Skip`s
- `load_store(path)` reads a store written by `eventwatch ingest`
- records (`Document`, `Event`, `Actor`, `Place`, `Skip`) with `.to_dict()`, and `Options`

Names load on first use, so `import eventwatch` (and the CLI's start-up) stays light.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from eventwatch.api import DocumentSkipped, EventStore, Pipeline, code, load_store
    from eventwatch.errors import EventwatchError
    from eventwatch.records import Actor, Document, Event, EventDate, Place, Skip
    from eventwatch.settings import Options

_PUBLIC = {
    "code": "eventwatch.api",
    "Pipeline": "eventwatch.api",
    "load_store": "eventwatch.api",
    "EventStore": "eventwatch.api",
    "EventwatchError": "eventwatch.errors",
    "DocumentSkipped": "eventwatch.api",
    "Options": "eventwatch.settings",
    "Document": "eventwatch.records",
    "Event": "eventwatch.records",
    "EventDate": "eventwatch.records",
    "Actor": "eventwatch.records",
    "Place": "eventwatch.records",
    "Skip": "eventwatch.records",
}

__all__ = [
    "Actor",
    "Document",
    "DocumentSkipped",
    "Event",
    "EventDate",
    "EventStore",
    "EventwatchError",
    "Options",
    "Pipeline",
    "Place",
    "Skip",
    "__version__",
    "code",
    "load_store",
]


def __getattr__(name: str) -> Any:
    if name not in _PUBLIC:
        raise AttributeError(f"module 'eventwatch' has no attribute {name!r}")
    value = getattr(import_module(_PUBLIC[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
