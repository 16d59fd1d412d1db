"""Knowledge files in YAML: loaded safely, every mapping tagged with its line for error messages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from eventwatch.errors import KnowledgeError

LINE = "__line__"  # the key under which each mapping keeps the line it starts on


class _LineLoader(yaml.SafeLoader):
    """A safe YAML loader that records the line of every mapping under `LINE`."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        mapping = super().construct_mapping(node, deep=True)
        mapping[LINE] = node.start_mark.line + 1
        return mapping


def load_with_lines(path: Path, what: str) -> Any:
    """The YAML document in `path`; unreadable or invalid files raise `KnowledgeError` with file and line."""
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)  # noqa: S506 (safe subclass)
    except OSError as exc:
        raise KnowledgeError(f"{path}: cannot read {what} ({exc.strerror})") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 0
        raise KnowledgeError(f"{path}:{line}: not valid YAML ({getattr(exc, 'problem', exc)})") from exc


def has_top_level_key(path: Path, *keys: str) -> bool:
    """Whether a YAML user dictionary has one of `keys` at its top level (the stages pick their
    files so)."""
    if path.suffix.lower() not in {".yaml", ".yml"}:
        return False
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise KnowledgeError(f"{path}: cannot read dictionary file ({exc.strerror})") from exc
    starts = tuple(f"{key}:" for key in keys)
    return any(line.startswith(starts) for line in text.splitlines())


def list_at(path: Path, data: dict[str, Any], key: str) -> list[Any]:
    """The list under `key` of a mapping read by `load_with_lines` ([] when the key is absent);
    any other value is an error naming the file and the mapping's line."""
    value = data.get(key, [])
    if not isinstance(value, list):
        raise KnowledgeError(f"{path}:{data.get(LINE, 1)}: {key!r} must be a list")
    return value
