"""Boilerplate phrasing and outlet names, loaded once from `knowledge/boilerplate.yaml`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from eventwatch.errors import KnowledgeError

BOILERPLATE_FILE = Path(__file__).resolve().parents[1] / "knowledge" / "boilerplate.yaml"


@dataclass(slots=True, frozen=True)
class Phrasing:
    """Compiled line and block patterns, and the outlet table (lower-cased spelling -> name)."""

    lines: re.Pattern[str]
    blocks: re.Pattern[str]
    tail: re.Pattern[str]
    outlets: dict[str, str]

    def is_boilerplate(self, line: str) -> bool:
        return self.lines.match(line) is not None

    def opens_block(self, line: str) -> bool:
        return self.blocks.match(line) is not None

    def closes_article(self, line: str) -> bool:
        """Furniture that follows an article: author notes, subscription prompts."""
        return self.tail.match(line) is not None

    def outlet(self, name: str) -> str | None:
        """The normalised outlet for a spelling, or None when it is not a known outlet."""
        return self.outlets.get(" ".join(name.split()).strip(" .,:;").lower())


@lru_cache(maxsize=4)
def load_phrasing(path: Path = BOILERPLATE_FILE) -> Phrasing:
    """Read and validate a boilerplate file; errors name the file and line."""
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise KnowledgeError(f"{path}: cannot read boilerplate phrasing: {exc}") from exc
    if not isinstance(root, yaml.MappingNode):
        raise KnowledgeError(f"{path}:1: expected a mapping with keys lines, blocks, tail, outlets")
    sections = {key.value: value for key, value in root.value}
    missing = {"lines", "blocks", "tail", "outlets"} - set(sections)
    if missing:
        raise KnowledgeError(f"{path}: missing section(s): {', '.join(sorted(missing))}")
    return Phrasing(
        lines=_patterns(path, sections["lines"]),
        blocks=_patterns(path, sections["blocks"]),
        tail=_patterns(path, sections["tail"]),
        outlets=_outlets(path, sections["outlets"]),
    )


def _patterns(path: Path, node: yaml.Node) -> re.Pattern[str]:
    """One alternation of every pattern in a sequence node, each checked on its own."""
    if not isinstance(node, yaml.SequenceNode):
        raise KnowledgeError(f"{path}:{node.start_mark.line + 1}: expected a list of patterns")
    parts = []
    for item in node.value:
        where = f"{path}:{item.start_mark.line + 1}"
        if not isinstance(item, yaml.ScalarNode) or not item.value.strip():
            raise KnowledgeError(f"{where}: expected a non-empty pattern string")
        try:
            re.compile(item.value)
        except re.error as exc:
            raise KnowledgeError(f"{where}: bad pattern {item.value!r}: {exc}") from exc
        parts.append(f"(?:{item.value})")
    return re.compile("|".join(parts), re.IGNORECASE)


def _outlets(path: Path, node: yaml.Node) -> dict[str, str]:
    """Spelling -> outlet name; every key and value must be a non-empty string."""
    if not isinstance(node, yaml.MappingNode):
        raise KnowledgeError(f"{path}:{node.start_mark.line + 1}: expected a mapping of outlet spellings")
    table = {}
    for key, value in node.value:
        if not isinstance(value, yaml.ScalarNode) or not str(value.value).strip():
            raise KnowledgeError(f"{path}:{key.start_mark.line + 1}: outlet {key.value!r} needs a name")
        table[" ".join(str(key.value).split()).lower()] = str(value.value).strip()
    return table
