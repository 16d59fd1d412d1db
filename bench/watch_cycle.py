"""A watch cycle over 1,000 feed items served on 127.0.0.1: items/s and peak memory.

    .venv/bin/python bench/watch_cycle.py [--items 1000] [--feeds 10] [--workers 0]

The pages are the generated corpus (sample articles re-mixed, so many are near-duplicates
and exercise the story grouping), wrapped in HTML and listed in `--feeds` RSS feeds. One cycle
polls the feeds, fetches every page (no per-host delay), codes and stores them, updates the
stories and evaluates one rule; a second cycle shows the cost of a poll that finds nothing new
(every feed answers 304). Prints items/s for the cycle, the time spent fetching and storing, and
the process's peak RSS.
"""

from __future__ import annotations

import argparse
import html
import io
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))

from localsite import RSS, Page, Site, rss, serve  # noqa: E402

from corpus import generated  # noqa: E402
from eventwatch import stories  # noqa: E402
from eventwatch.settings import Options  # noqa: E402
from eventwatch.store import Store  # noqa: E402
from eventwatch.toolkit import Toolkit  # noqa: E402
from eventwatch.watch import Fetcher, watch_once  # noqa: E402
from eventwatch.watch.config import FetchSettings, Rule, Sink, Source, Sources  # noqa: E402


def build_site(site: Site, items: int, feeds: int) -> None:
    docs = list(generated(items))
    per_feed = -(-items // feeds)
    for f in range(feeds):
        entries = []
        for doc in docs[f * per_feed : (f + 1) * per_feed]:
            paras = "".join(f"<p>{html.escape(p)}</p>" for p in (doc.text or "").split("\n\n"))
            page = f"<html><body><article>{paras}</article></body></html>"
            site.pages[f"/p/{doc.id}"] = Page(page.encode())
            entries.append((doc.id, site.url(f"/p/{doc.id}"), f"story {doc.id}"))
        site.pages[f"/feed{f}.rss"] = Page(rss(f"Outlet {f}", entries), RSS)
    site.pages["/robots.txt"] = Page(b"User-agent: *\nAllow: /\n", "text/plain")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--items", type=int, default=1000)
    parser.add_argument("--feeds", type=int, default=10)
    parser.add_argument("--workers", type=int, default=0)
    args = parser.parse_args()
    kit = Toolkit(Options(workers=args.workers)).warm()
    rule = Rule("assaults", types=("ASSAULT",), sinks=(Sink("stdout"),))
    with serve(Site()) as site, tempfile.TemporaryDirectory() as tmp:
        build_site(site, args.items, args.feeds)
        sources = Sources(
            tuple(Source(f"outlet{f}", "feed", site.url(f"/feed{f}.rss")) for f in range(args.feeds)),
            FetchSettings(delay=0.0, timeout=10),
        )
        with Store.open(Path(tmp) / "bench.db") as store, Fetcher(sources.fetch) as fetcher:
            started = time.perf_counter()
            first = watch_once(sources, (rule,), store, kit, fetcher, io.StringIO())
            cycle = time.perf_counter() - started
            started = time.perf_counter()
            watch_once(sources, (rule,), store, kit, fetcher, io.StringIO())
            idle = time.perf_counter() - started
            fetch_s = store.conn.execute("SELECT sum(seconds) FROM fetches").fetchone()[0]
            counts = store.counts()
            told = sum(1 for _ in stories.article_stories(store))
            story_events = store.conn.execute("SELECT count(*) FROM story_events").fetchone()[0]
    stored = sum(r.summary.stored for r in first.sources)
    ingest_s = sum(r.summary.seconds for r in first.sources)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"items: {args.items} in {args.feeds} feeds; stored {stored} documents, {counts['events']} events")
    print(f"stories: {told} (of {counts['documents']} articles), story events: {story_events}")
    print(f"cycle: {cycle:.1f} s = {args.items / cycle:.1f} items/s "
          f"(fetching {fetch_s:.1f} s, coding+storing+stories {ingest_s:.1f} s)")  # fmt: skip
    print(f"second cycle (nothing new, feeds answer 304): {idle:.2f} s")
    print(f"alerts fired: {len(first.alerts)}; peak RSS: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
