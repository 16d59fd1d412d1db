"""The trigger lexicon: verbs, nouns and phrases for the 16 PLOVER types, as data."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path


class Lexicon:
    """Placeholder lexicon."""

    @classmethod
    def load(cls, extra: Sequence[Path] = ()) -> Lexicon:
        return cls()

    def keywords(self) -> set[str]:
        """Lower-case word forms that may start a trigger (for the parse prefilter)."""
        return set()
