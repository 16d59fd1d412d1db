"""The actor knowledge with the name indexes mention finding scans, built once at load.

`ActorKB` is the data of `knowledge.py` plus three indexes over it: the name automaton
(`match.py`), close spellings of known people and of state names (`fuzzy.py`). They are built
when the knowledge loads, so forked workers share them. Resolving text is `resolve.py`.
"""

from __future__ import annotations

from eventwatch.actors.fuzzy import FuzzyNames, StateSpellings
from eventwatch.actors.knowledge import ActorKnowledge
from eventwatch.actors.load import Table
from eventwatch.actors.match import Index


class ActorKB(ActorKnowledge):
    """Every actor eventwatch knows, with the indexes mention finding needs."""

    def __init__(self, tables: list[Table]) -> None:
        super().__init__(tables)
        self.index = Index.build(self)
        self.fuzzy = FuzzyNames(self)
        self.spellings = StateSpellings(self)
