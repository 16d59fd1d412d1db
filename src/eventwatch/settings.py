"""The one list of settings: name, default and help drive the CLI, the docs and a test.

`Options` is built once (defaults <- environment <- flags) and passed explicitly to
every stage; nothing reads module-level mutable state.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any


@dataclass(slots=True, frozen=True)
class Setting:
    name: str
    default: Any
    help: str
    env: str | None = None


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "eventwatch.db", "SQLite store path.", "EVENTWATCH_DB"),
    Setting(
        "max_bytes", 20_000_000, "Documents larger than this many bytes are skipped.", "EVENTWATCH_MAX_BYTES"
    ),
    Setting(
        "workers",
        0,
        "Worker processes for the NLP stages (0 = one per core; input of one chunk, 64 documents, "
        "stays in one process).",
        "EVENTWATCH_WORKERS",
    ),
    Setting("batch_size", 64, "Sentences per spaCy batch.", None),
    Setting("prefilter", True, "Parse only sentences with a trigger and an actor candidate.", None),
    Setting("min_confidence", 0.0, "Drop events below this confidence.", None),
    Setting(
        "dictionaries",
        (),
        "Extra user dictionary files (actors, triggers, places, boilerplate) that extend or override "
        "the built-in ones.",
        "EVENTWATCH_DICTIONARIES",
    ),
    Setting("english_only", True, "Skip documents not detected as English.", None),
)


@dataclass(slots=True, frozen=True)
class Options:
    """Run options; one instance per run, passed to every stage."""

    db: str = "eventwatch.db"
    max_bytes: int = 20_000_000
    workers: int = 0  # one per core
    batch_size: int = 64
    prefilter: bool = True
    min_confidence: float = 0.0
    dictionaries: tuple[str, ...] = field(default_factory=tuple)
    english_only: bool = True

    @classmethod
    def from_env(cls, defaults: dict[str, Any] | None = None, **overrides: Any) -> Options:
        """Defaults (a command's own, if given), then `EVENTWATCH_*` variables, then flags."""
        values: dict[str, Any] = dict(defaults or {})
        for s in SETTINGS:
            raw = os.environ.get(s.env) if s.env else None
            if raw is not None:
                values[s.name] = _coerce(s.default, raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        unknown = set(values) - {f.name for f in fields(cls)}
        if unknown:
            raise ValueError(f"unknown settings: {', '.join(sorted(unknown))}")
        return replace(cls(), **values)

    def dictionary_paths(self) -> tuple[Path, ...]:
        return tuple(Path(p) for p in self.dictionaries)


def _coerce(default: Any, raw: str) -> Any:
    if isinstance(default, bool):
        return raw.strip().lower() in {"1", "true", "yes", "on"}
    if isinstance(default, int):
        return int(raw)
    if isinstance(default, float):
        return float(raw)
    if isinstance(default, tuple):
        return tuple(p for p in raw.split(os.pathsep) if p)
    return raw
