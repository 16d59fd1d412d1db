"""A time budget per document: work on one document that runs past it is cut off.

In the main thread of a process (the CLI, each forked worker, a Spark or Dask task) the
budget is enforced by an interval timer (SIGALRM) that interrupts the stage wherever it is;
elsewhere (a web server's worker thread) the budget is checked between stages. The
interruption is a `BaseException`, so a stage's own `except Exception` cannot swallow it.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class OverBudget(BaseException):
    """A document used up its time budget (becomes a `Skip` with reason `timeout`)."""


class Budget:
    """Seconds of work left for one document; `limit` 0 means no limit."""

    __slots__ = ("limit", "spent")

    def __init__(self, limit: float) -> None:
        self.limit = limit
        self.spent = 0.0

    @property
    def left(self) -> float:
        return self.limit - self.spent if self.limit > 0 else float("inf")

    @contextmanager
    def running(self) -> Iterator[None]:
        """Charge the time of the block to this document; interrupt it when the budget runs out."""
        if self.left <= 0:
            raise OverBudget
        began = time.perf_counter()
        try:
            with _alarm(self.left):
                yield
        finally:
            self.spent += time.perf_counter() - began
        if self.left <= 0:  # no timer here (not the main thread): checked after the fact
            raise OverBudget


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise OverBudget


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    if seconds == float("inf") or not _can_signal():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _interrupt)
    signal.setitimer(signal.ITIMER_REAL, max(seconds, 0.001))
    try:
        yield
    finally:
        try:
            signal.setitimer(signal.ITIMER_REAL, 0)
        finally:  # the timer may fire just before it is cancelled: the handler is restored anyway
            signal.signal(signal.SIGALRM, previous)


def _can_signal() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
