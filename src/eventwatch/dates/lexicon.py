"""The vocabulary of time expressions, loaded once from `knowledge/dates.yaml` and validated."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from eventwatch.errors import KnowledgeError

DEFAULT_PATH = Path(__file__).resolve().parents[1] / "knowledge" / "dates.yaml"
UNITS = frozenset({"hour", "day", "week", "fortnight", "month", "year"})


@dataclass(slots=True, frozen=True)
class DateWords:
    """Word lists of the date grammar; names map to 1-based month or 0-based weekday numbers."""

    weekdays: dict[str, int]
    weekday_abbreviations: dict[str, int]
    months: dict[str, int]
    month_abbreviations: dict[str, int]
    numbers: dict[str, int]
    day_words: dict[str, int]
    weekday_titles: tuple[str, ...]
    habitual: tuple[str, ...]
    day_parts: tuple[str, ...]
    date_prepositions: tuple[str, ...]
    period_edges: tuple[str, ...]
    period_parts: tuple[str, ...]
    units: dict[str, str]
    seasons: dict[str, int]
    holidays: dict[str, tuple[int, int]]


def default_words() -> DateWords:
    """The built-in vocabulary (read once per run, by `dates.default_grammar`)."""
    return load_words(DEFAULT_PATH)


def load_words(path: Path) -> DateWords:
    """Read and validate a dates vocabulary file; errors name the file and line."""
    with path.open(encoding="utf-8") as handle:
        root = yaml.compose(handle)
    if not isinstance(root, yaml.MappingNode):
        raise KnowledgeError(f"{path}:1: expected a mapping of word lists")
    nodes = {key.value: value for key, value in root.value}
    reader = _Reader(path, nodes)
    weekdays, weekday_abbr = reader.names("weekdays", 7, start=0)
    months, month_abbr = reader.names("months", 12, start=1)
    return DateWords(
        weekdays=weekdays,
        weekday_abbreviations=weekday_abbr,
        months=months,
        month_abbreviations=month_abbr,
        numbers=reader.integers("numbers"),
        day_words=reader.integers("day_words"),
        weekday_titles=reader.words("weekday_titles"),
        habitual=reader.words("habitual"),
        day_parts=reader.words("day_parts"),
        date_prepositions=reader.words("date_prepositions"),
        period_edges=reader.words("period_edges"),
        period_parts=reader.words("period_parts"),
        units=reader.units("units"),
        seasons=reader.months_of("seasons"),
        holidays=reader.month_days("holidays"),
    )


class _Reader:
    """Typed access to the top-level keys of one file, with line-numbered errors."""

    def __init__(self, path: Path, nodes: dict[str, yaml.Node]) -> None:
        self.path = path
        self.nodes = nodes

    def fail(self, node: yaml.Node, message: str) -> KnowledgeError:
        return KnowledgeError(f"{self.path}:{node.start_mark.line + 1}: {message}")

    def node(self, key: str, kind: type[yaml.Node]) -> Any:
        node = self.nodes.get(key)
        if node is None:
            raise KnowledgeError(f"{self.path}:1: missing key {key!r}")
        if not isinstance(node, kind):
            raise self.fail(node, f"{key!r} must be a {'list' if kind is yaml.SequenceNode else 'mapping'}")
        return node

    def words(self, key: str) -> tuple[str, ...]:
        node = self.node(key, yaml.SequenceNode)
        return tuple(self.text(item, key) for item in node.value)

    def text(self, node: yaml.Node, key: str) -> str:
        if not isinstance(node, yaml.ScalarNode) or not str(node.value).strip():
            raise self.fail(node, f"{key!r}: expected a non-empty word")
        return str(node.value).strip()

    def integers(self, key: str) -> dict[str, int]:
        found: dict[str, int] = {}
        for name, value in self.node(key, yaml.MappingNode).value:
            try:
                found[self.text(name, key)] = int(value.value)
            except (TypeError, ValueError):
                raise self.fail(value, f"{key!r}: {name.value!r} needs a whole number") from None
        return found

    def months_of(self, key: str) -> dict[str, int]:
        found = self.integers(key)
        for (name, value), month in zip(self.node(key, yaml.MappingNode).value, found.values(), strict=True):
            if not 1 <= month <= 12:
                raise self.fail(value, f"{key!r}: {name.value!r} needs a month number 1-12")
        return found

    def month_days(self, key: str) -> dict[str, tuple[int, int]]:
        found: dict[str, tuple[int, int]] = {}
        for name, value in self.node(key, yaml.MappingNode).value:
            parts = re.fullmatch(r"(\d\d)-(\d\d)", str(value.value))
            if not parts or not 1 <= int(parts[1]) <= 12 or not 1 <= int(parts[2]) <= 31:
                raise self.fail(value, f'{key!r}: {name.value!r} needs a day as "MM-DD"')
            found[self.text(name, key)] = (int(parts[1]), int(parts[2]))
        return found

    def units(self, key: str) -> dict[str, str]:
        found: dict[str, str] = {}
        for name, value in self.node(key, yaml.MappingNode).value:
            unit = self.text(value, key)
            if unit not in UNITS:
                raise self.fail(value, f"{key!r}: unknown unit {unit!r} (use one of {sorted(UNITS)})")
            found[self.text(name, key)] = unit
        return found

    def names(self, key: str, count: int, start: int) -> tuple[dict[str, int], dict[str, int]]:
        node = self.node(key, yaml.MappingNode)
        if len(node.value) != count:
            raise self.fail(node, f"{key!r} needs exactly {count} entries in calendar order")
        names: dict[str, int] = {}
        abbreviations: dict[str, int] = {}
        for number, (name, short) in enumerate(node.value, start=start):
            names[self.text(name, key)] = number
            if not isinstance(short, yaml.SequenceNode):
                raise self.fail(short, f"{key!r}: abbreviations of {name.value!r} must be a list")
            abbreviations.update({self.text(item, key): number for item in short.value})
        return names, abbreviations
