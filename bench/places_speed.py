"""Places speed: gazetteer load time and memory, then documents per second for `geoparse` alone.

    .venv/bin/python bench/places_speed.py [--docs N]

Uses the TR-News dev texts when ../shared is present (joined into articles of 600 words or
more, the size the target is set for), else sentences of its own.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import psutil

from eventwatch.places import geoparse
from eventwatch.places.gazetteer import Gazetteer

GOLD = Path(__file__).resolve().parents[2] / "shared" / "eval" / "data" / "places-trnews" / "gold.jsonl"
FALLBACK = (
    "Leaders of the bloc met in Dushanbe, the Tajik capital, and agreed to send troops to the "
    "Tajik-Afghan border. Russia and China held talks in Moscow while refugees crossed from Afghanistan "
    "into Uzbekistan. Officials in Washington said the plan would not change U.S. policy in Central Asia. "
)


def texts(words: int = 600) -> list[str]:
    """News texts of about `words` words: dev stories joined until long enough, else our own sentences."""
    if not GOLD.is_file():
        return [FALLBACK * 12] * 100
    stories = [json.loads(line)["text"] for line in GOLD.open(encoding="utf-8")]
    joined, current = [], ""
    for story in stories:
        current = f"{current}\n\n{story}" if current else story
        if len(current.split()) >= words:
            joined.append(current)
            current = ""
    return joined


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=600, help="documents to process (cycled)")
    args = parser.parse_args()
    process = psutil.Process()
    before = process.memory_info().rss
    started = time.perf_counter()
    gazetteer = Gazetteer.load()
    load_s = time.perf_counter() - started
    grown_mb = (process.memory_info().rss - before) / 1e6
    rss_mb = process.memory_info().rss / 1e6
    print(f"gazetteer load {load_s:.2f} s, +{grown_mb:.0f} MB (process RSS {rss_mb:.0f} MB)")
    corpus = texts()
    docs = [corpus[k % len(corpus)] for k in range(args.docs)]
    words = sum(len(d.split()) for d in docs)
    started, cpu_started = time.perf_counter(), time.process_time()
    places = sum(len(geoparse(d, gazetteer)) for d in docs)
    took, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    print(f"{len(docs)} docs, {words / len(docs):.0f} words each, {places} places in {took:.2f} s")
    print(f"{len(docs) / took:.0f} docs/s ({len(docs) / cpu:.0f} per CPU second, other load excluded)")


if __name__ == "__main__":
    main()
