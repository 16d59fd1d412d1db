"""Boilerplate phrasing and outlet names: `knowledge/boilerplate.yaml`, extended by user files."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from eventwatch.errors import KnowledgeError
from eventwatch.yamlfile import has_top_level_key

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


SECTIONS = ("lines", "blocks", "tail", "outlets")
USER_KEY = "boilerplate"  # a user file: `boilerplate:` holding any of the sections


def load_phrasing(dictionaries: tuple[str, ...] = ()) -> Phrasing:
    """The built-in phrasing, extended by the user files among `dictionaries` that have a
    top-level `boilerplate:` mapping (their patterns come first, their outlets win).
    Errors name the file and line."""
    files = [(Path(p), True) for p in dictionaries if is_boilerplate_file(Path(p))]
    patterns: dict[str, list[str]] = {name: [] for name in SECTIONS[:3]}
    outlets: dict[str, str] = {}
    for path, user in [*files, (BOILERPLATE_FILE, False)]:
        for name, node in _sections(path, user).items():
            if name == "outlets":
                outlets = {**_outlets(path, node), **outlets}
            else:
                patterns[name] += _patterns(path, node)
    return Phrasing(
        lines=_compiled(patterns["lines"]),
        blocks=_compiled(patterns["blocks"]),
        tail=_compiled(patterns["tail"]),
        outlets=outlets,
    )


def is_boilerplate_file(path: Path) -> bool:
    """A user dictionary is a boilerplate file when it is YAML with a top-level `boilerplate:` key."""
    return has_top_level_key(path, USER_KEY)


def _sections(path: Path, user: bool) -> dict[str, yaml.Node]:
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise KnowledgeError(f"{path}: cannot read boilerplate phrasing: {exc}") from exc
    if user and isinstance(root, yaml.MappingNode):
        root = next((value for key, value in root.value if key.value == USER_KEY), None)
    if not isinstance(root, yaml.MappingNode):
        where = f"{path}:{root.start_mark.line + 1}" if root is not None else f"{path}:1"
        raise KnowledgeError(f"{where}: expected a mapping with keys {', '.join(SECTIONS)}")
    sections = {key.value: value for key, value in root.value}
    unknown = set(sections) - set(SECTIONS)
    if unknown:
        raise KnowledgeError(
            f"{path}: unknown section(s): {', '.join(sorted(unknown))} (sections: {', '.join(SECTIONS)})"
        )
    missing = set() if user else set(SECTIONS) - set(sections)
    if missing:
        raise KnowledgeError(
            f"{path}: missing section(s): {', '.join(sorted(missing))} (sections: {', '.join(SECTIONS)})"
        )
    return sections


def _patterns(path: Path, node: yaml.Node) -> list[str]:
    """Every pattern of a sequence node, each checked on its own."""
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
    return parts


def _compiled(parts: list[str]) -> re.Pattern[str]:
    """One case-insensitive alternation; matches nothing when there is no pattern."""
    return re.compile("|".join(parts) or r"(?!)", re.IGNORECASE)


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
