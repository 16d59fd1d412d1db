"""Actors speed: knowledge-base load time and memory, then mention finding per sentence.

    .venv/bin/python bench/actors_speed.py [--repeat 250]

The load runs in a fresh process (time and RSS growth; the targets are 1 s and 200 MB).
Mention finding runs over sentences of our own; baseline in the same run: spaCy's English
tokenizer alone over the same sentences, the cheapest step any spaCy-based finder pays.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time

import spacy

from eventwatch.actors import mentions_in
from eventwatch.actors.kb import ActorKB

SENTENCES = [
    "Russian and Chinese warships held drills near the Korean Peninsula on Tuesday.",
    "The Tajik president met CSTO Secretary General Stanislav Zas in Dushanbe.",
    "Protesters in Minsk demanded that the government release jailed opposition activists.",
    "The bloc said its troops would stay, a NATO spokesman told reporters in Brussels.",
]
LOAD_PROBE = (
    "import json, time, psutil\n"
    "p = psutil.Process(); before = p.memory_info().rss; start = time.perf_counter()\n"
    "from eventwatch.actors.kb import ActorKB\n"
    "kb = ActorKB.load(); kb.index\n"
    "print(json.dumps({'s': time.perf_counter() - start, 'mb': (p.memory_info().rss - before) / 2**20}))\n"
)


def per_second(work, items: list[str]) -> float:
    start = time.process_time()
    for item in items:
        work(item)
    return len(items) / (time.process_time() - start)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=250)
    args = ap.parse_args()
    probe = subprocess.run([sys.executable, "-c", LOAD_PROBE], capture_output=True, text=True, check=True)
    cost = json.loads(probe.stdout)
    print(f"knowledge base load: {cost['s']:.2f} s, +{cost['mb']:.0f} MB (targets 1 s, 200 MB)")
    kb = ActorKB.load()
    sentences = SENTENCES * args.repeat
    mentions_in(sentences[0], kb, "2021-09-17")  # builds the index and fuzzy tables once
    ours = per_second(lambda s: mentions_in(s, kb, "2021-09-17"), sentences)
    tokenizer = spacy.blank("en").tokenizer
    base = per_second(tokenizer, sentences)
    print(f"mention finding: {ours:,.0f} sentences per CPU second ({len(sentences)} sentences)")
    print(f"baseline spaCy tokenizer alone: {base:,.0f} sentences per CPU second")
    print(f"ratio mention finding/tokenizer: {ours / base:.2f}x")


if __name__ == "__main__":
    main()
