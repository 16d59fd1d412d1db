"""The actor knowledge base: states, organisations, groups, office-holders, generic agents."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from eventwatch.records import Actor


class ActorKB:
    """Placeholder knowledge base."""

    @classmethod
    def load(cls, extra: Sequence[Path] = ()) -> ActorKB:
        return cls()

    def lookup(self, name: str, date: str | None = None) -> Actor | None:
        return None
