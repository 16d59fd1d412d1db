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
    least: float | None = None  # smallest value allowed (numbers)
    most: float | None = None  # largest value allowed (numbers)
    above: bool = False  # `least` itself is not allowed

    def problem(self, value: Any) -> str | None:
        """Why `value` cannot be this setting, or None when it can."""
        if self.least is not None and (value < self.least or (self.above and value == self.least)):
            return f"must be {'more than' if self.above else 'at least'} {self.least:g}, not {value}"
        if self.most is not None and value > self.most:
            return f"must be at most {self.most:g}, not {value}"
        return None


class SettingError(ValueError):
    """A setting's value is out of range or not of its type; `setting` names it for the adapters."""

    def __init__(self, setting: Setting, problem: str) -> None:
        super().__init__(f"{setting.name} {problem}")
        self.setting = setting
        self.problem = problem


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "eventwatch.db", "SQLite store path.", "EVENTWATCH_DB"),
    Setting(
        "max_bytes",
        20_000_000,
        "Documents larger than this many bytes are skipped.",
        "EVENTWATCH_MAX_BYTES",
        least=0,
        above=True,
    ),
    Setting(
        "workers",
        0,
        "Worker processes for the NLP stages (0 = one per core; input of one chunk, 64 documents, "
        "stays in one process).",
        "EVENTWATCH_WORKERS",
        least=0,
    ),
    Setting("batch_size", 64, "Sentences per spaCy batch.", None, least=0, above=True),
    Setting("prefilter", True, "Parse only sentences with a trigger and an actor candidate.", None),
    Setting(
        "min_confidence",
        0.15,
        "Drop events below this confidence, the calibrated probability that type, actor and recipient "
        "are right (0 keeps every event).",
        "EVENTWATCH_MIN_CONFIDENCE",
        least=0,
        most=1,
    ),
    Setting(
        "dictionaries",
        (),
        "Extra user dictionary files (actors, triggers, places, boilerplate) that extend or override "
        "the built-in ones.",
        "EVENTWATCH_DICTIONARIES",
    ),
    Setting("english_only", True, "Skip documents not detected as English.", None),
    Setting(
        "skips", "", "Also write every skipped input as a JSON line (origin, reason, detail) to this file."
    ),
    Setting(
        "doc_timeout",
        30.0,
        "Seconds of work allowed per document; a document that takes longer is skipped (reason "
        "timeout) and the batch goes on (0 = no limit).",
        "EVENTWATCH_DOC_TIMEOUT",
        least=0,
    ),
)


@dataclass(slots=True, frozen=True)
class Options:
    """Run options; one instance per run, passed to every stage."""

    db: str = "eventwatch.db"
    max_bytes: int = 20_000_000
    workers: int = 0  # one per core
    batch_size: int = 64
    prefilter: bool = True
    min_confidence: float = 0.15  # chosen on the dev split, out of fold: bench/train_confidence.py
    dictionaries: tuple[str, ...] = field(default_factory=tuple)
    english_only: bool = True
    skips: str = ""  # a file for the skipped inputs as JSON Lines (the CLI writes it)
    doc_timeout: float = 30.0

    def __post_init__(self) -> None:
        for s in SETTINGS:
            problem = s.problem(getattr(self, s.name))
            if problem:
                raise SettingError(s, problem)

    @classmethod
    def from_env(cls, defaults: dict[str, Any] | None = None, **overrides: Any) -> Options:
        """Defaults (a command's own, if given), then `EVENTWATCH_*` variables, then flags."""
        values: dict[str, Any] = dict(defaults or {})
        for s in SETTINGS:
            raw = os.environ.get(s.env) if s.env else None
            if raw is not None:
                values[s.name] = _from_env(s, raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        unknown = set(values) - {f.name for f in fields(cls)}
        if unknown:
            raise ValueError(f"unknown settings: {', '.join(sorted(unknown))}")
        return replace(cls(), **values)

    def dictionary_paths(self) -> tuple[Path, ...]:
        return tuple(Path(p) for p in self.dictionaries)


_TRUE, _FALSE = {"1", "true", "yes", "on"}, {"0", "false", "no", "off"}


def _from_env(setting: Setting, raw: str) -> Any:
    """An environment variable's text as the setting's type; `SettingError` naming the variable if not."""
    default, word = setting.default, raw.strip().lower()
    try:
        if isinstance(default, bool):
            if word not in _TRUE | _FALSE:
                raise ValueError(raw)
            return word in _TRUE
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, float):
            return float(raw)
    except ValueError:
        kind = {bool: "on or off", int: "a whole number", float: "a number"}[type(default)]
        raise SettingError(setting, f"from {setting.env}={raw!r}: not {kind}") from None
    if isinstance(default, tuple):
        return tuple(p for p in raw.split(os.pathsep) if p)
    return raw
