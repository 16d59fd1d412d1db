"""Spark scaling: the `eventwatch spark` job on 1 vs 2 executor cores over one generated corpus.

    .venv/bin/python bench/spark_scale.py [--docs 4000] [--shards 16] [--masters local[1] local[2]]

The corpus is generated from the bundled sample articles (`bench/corpus.py`), written as
JSON Lines shards; each master runs the whole job (read, code, write Parquet) in a fresh
Spark context. On a 2-core machine local[1] vs local[2] stands in for 1 vs 2 executors.
Prints wall seconds, docs/s, events and the speed-up against the first master; the first
seconds of each run are start-up (JVM context, Python workers loading the toolkit), so the
corpus must be large enough for coding to dominate.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generated  # noqa: E402
from eventwatch.spark import run_job, session  # noqa: E402


def write_shards(folder: Path, docs: int, shards: int) -> None:
    handles = [(folder / f"part-{n:03d}.jsonl").open("w", encoding="utf-8") for n in range(shards)]
    for n, raw in enumerate(generated(docs)):
        row = {"id": raw.id, "text": raw.text, "date": raw.date}
        handles[n % shards].write(json.dumps(row) + "\n")
    for handle in handles:
        handle.close()


def run(master: str, inputs: Path, out: Path, partitions: int) -> tuple[float, int]:
    spark = session(master, "eventwatch-bench")
    try:
        start = time.perf_counter()
        result = run_job(spark, [str(inputs)], str(out), partitions=partitions)
        return time.perf_counter() - start, result.events
    finally:
        spark.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=4000)
    parser.add_argument("--shards", type=int, default=16)
    parser.add_argument("--partitions", type=int, default=8, help="coding tasks (the same for every master)")
    parser.add_argument("--masters", nargs="+", default=["local[1]", "local[2]"])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="eventwatch-spark-bench-") as tmp:
        inputs = Path(tmp) / "corpus"
        inputs.mkdir()
        write_shards(inputs, args.docs, args.shards)
        print(f"corpus: {args.docs} generated documents in {args.shards} JSON Lines shards, "
              f"{args.partitions} coding tasks")  # fmt: skip
        print("| master | wall s | docs/s | events | speed-up |")
        print("| --- | ---: | ---: | ---: | ---: |")
        first = None
        for n, master in enumerate(args.masters):
            seconds, events = run(master, inputs, Path(tmp) / f"lake-{n}", args.partitions)
            first = first or seconds
            rate, gain = args.docs / seconds, first / seconds
            print(f"| {master} | {seconds:.1f} | {rate:.1f} | {events} | {gain:.2f}x |")


if __name__ == "__main__":
    main()
