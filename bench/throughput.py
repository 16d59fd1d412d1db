"""Throughput: eventwatch end to end against spaCy's full pipeline, in one run.

    .venv/bin/python bench/throughput.py [--docs 10000] [--workers 2] [--baseline-sentences 3000]

(a) eventwatch: read -> extract -> segment -> actors -> places -> parse -> events -> store
    over the dev HTML pages (when ../shared is present) and a generated corpus.
(b) baseline: stock spaCy's full pipeline (every component, thinc's default BLIS products)
    over the sentences of the same extracted texts. Its rate does not depend on which
    sentences it sees, so by default it runs on an evenly spaced sample of them
    (--baseline-sentences 0 runs every sentence). For transparency the same pipeline is
    also timed with the numpy products eventwatch uses (`eventwatch.nlp.model`).
Prints sentences/s, docs/s, peak RSS and the ratio a/b.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

import psutil

if TYPE_CHECKING:
    from spacy.language import Language

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import dev_pages, generated  # noqa: E402
from eventwatch.nlp.model import load_model  # noqa: E402
from eventwatch.records import Document, RawDocument  # noqa: E402
from eventwatch.settings import Options  # noqa: E402
from eventwatch.toolkit import Toolkit  # noqa: E402


def peak_rss_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest worker, in MB."""
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return me, kids


class MemorySampler(threading.Thread):
    """Samples this process and its workers every `every` s: the peak of their summed RSS (an
    upper bound: forked workers share the loaded model and knowledge with this process) and of
    their summed PSS (shared pages counted once, split between the processes sharing them)."""

    def __init__(self, every: float = 0.5) -> None:
        super().__init__(daemon=True)
        self.every, self.rss, self.pss = every, 0.0, 0.0
        self._stop_event = threading.Event()

    def run(self) -> None:
        me = psutil.Process()
        while not self._stop_event.wait(self.every):
            rss = pss = 0.0
            for proc in [me, *me.children(recursive=True)]:
                try:
                    info = proc.memory_full_info()
                except (psutil.NoSuchProcess, psutil.AccessDenied):
                    continue
                rss, pss = rss + info.rss, pss + getattr(info, "pss", info.rss)
            self.rss, self.pss = max(self.rss, rss / 2**20), max(self.pss, pss / 2**20)

    def stop(self) -> None:
        self._stop_event.set()
        self.join()


@dataclass
class Seen:
    """What the baseline needs from the processed documents: their sentences."""

    docs: int = 0
    sentences: list[str] = field(default_factory=list)

    def __call__(self, item: object) -> None:
        if isinstance(item, Document):
            self.docs += 1
            self.sentences.extend(s.text for s in item.sentences)


def run_eventwatch(kit: Toolkit, raws: Iterable[RawDocument], db: Path) -> tuple[Seen, float, int]:
    """Ingest into a fresh store, as `eventwatch ingest` does; keeps the sentences for the baseline."""
    from eventwatch.store.db import Store
    from eventwatch.store.ingest import ingest

    seen = Seen()
    start = time.perf_counter()
    with Store.open(db) as store:
        summary = ingest(raws, kit, store, progress=seen)
    return seen, time.perf_counter() - start, summary.events


def run_baseline(nlp: Language, sentences: list[str], limit: int, batch_size: int) -> tuple[int, float]:
    if limit and len(sentences) > limit:
        step = len(sentences) / limit
        sentences = [sentences[int(i * step)] for i in range(limit)]
    start = time.perf_counter()
    for _ in nlp.pipe(sentences, batch_size=batch_size):
        pass
    return len(sentences), time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=10_000, help="generated documents")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--baseline-sentences", type=int, default=3000)
    ap.add_argument("--no-dev", action="store_true", help="leave out the ../shared dev pages")
    args = ap.parse_args()

    t0 = time.perf_counter()
    kit = Toolkit(Options.from_env(workers=args.workers)).warm()
    load_s = time.perf_counter() - t0
    dev = [] if args.no_dev else dev_pages()
    raws = chain(dev, generated(args.docs))  # generated lazily: the corpus is not held in memory

    sampler = MemorySampler()
    sampler.start()
    with tempfile.TemporaryDirectory() as tmp:
        seen, elapsed, n_events = run_eventwatch(kit, raws, Path(tmp) / "bench.db")
    sampler.stop()
    me, kids = peak_rss_mb()  # before the baseline loads a second model into this process
    n_sent = len(seen.sentences)
    limit, batch = args.baseline_sentences, kit.options.batch_size
    base_n, base_s = run_baseline(load_model(numpy_matmul=False), seen.sentences, limit, batch)
    same_n, same_s = run_baseline(kit.nlp, seen.sentences, limit, batch)

    ours = n_sent / elapsed
    base = base_n / base_s
    same = same_n / same_s
    print(
        f"corpus: {len(dev) + args.docs} documents ({len(dev)} dev HTML pages), {seen.docs} processed, "
        f"{n_sent} sentences, {n_events} events; workers={args.workers}; load {load_s:.2f} s"
    )
    print(
        f"eventwatch end to end: {ours:,.0f} sentences/s, {seen.docs / elapsed:,.1f} docs/s ({elapsed:.1f} s)"
    )
    print(
        f"baseline spaCy full pipeline: {base:,.0f} sentences/s ({base_n} sentences, {base_s:.1f} s, 1 core)"
    )
    print(f"ratio eventwatch/baseline: {ours / base:.2f}x")
    print(f"(same pipeline, eventwatch's numpy products: {same:,.0f} sentences/s, ratio {ours / same:.2f}x)")
    bound = me + args.workers * kids
    print(
        f"peak RSS: main {me:,.0f} MB, largest worker {kids:,.0f} MB; all processes together: PSS "
        f"{sampler.pss:,.0f} MB, RSS {sampler.rss:,.0f} MB (sampled), at most {bound:,.0f} MB (sum of peaks)"
    )


if __name__ == "__main__":
    main()
