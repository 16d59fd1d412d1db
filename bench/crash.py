"""kill -9 at random moments of `eventwatch ingest`, then a rerun: the store must equal a clean run's.

    .venv/bin/python bench/crash.py [--moments 20] [--docs 300] [--seed 13]

A clean run is timed first; each moment kills a fresh run at a uniformly random point of that
duration, counted from its start or, every other moment, from its first commit (every third
moment kills the rerun too, once), then runs it again to the end and compares
everything stored (documents, events, skips, inputs, the full-text index) with the clean store.
Prints one line per moment and the count of identical stores.
"""

from __future__ import annotations

import argparse
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from test_store_ingest import _snapshot, _stored, make_corpus  # noqa: E402  (the test's corpus and comparison)


def _command(corpus: Path, db: Path) -> list[str]:
    program = [sys.executable, "-m", "eventwatch.cli", "ingest", str(corpus)]
    return [*program, "--db", str(db), "--format", "jsonl"]


def _killed_after(command: list[str], seconds: float, db: Path | None = None) -> bool:
    """Start, kill -9 `seconds` after it started (or after its first commit to `db`); True if it was
    still running when killed."""
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while db is not None and _stored(db) == 0 and proc.poll() is None:
        time.sleep(0.02)
    try:
        proc.wait(timeout=seconds)
        return False
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        return True


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--moments", type=int, default=20)
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="eventwatch-crash-") as tmp:
        root = Path(tmp)
        corpus = make_corpus(root / "news", args.docs)
        began = time.perf_counter()
        subprocess.run(_command(corpus, root / "clean.db"), check=True, capture_output=True)
        duration = time.perf_counter() - began
        clean = _snapshot(root / "clean.db")
        sizes = f"{len(clean['documents'])} documents, {len(clean['events'])} events"
        print(f"clean run: {duration:.1f} s, {sizes}")
        same = 0
        for n in range(1, args.moments + 1):
            db = root / f"killed-{n}.db"
            at = rng.uniform(0.05, 0.95) * duration
            after_commit = n % 2 == 0  # every other moment falls while documents are being stored
            if after_commit:
                at = rng.uniform(0.0, 0.15) * duration  # storing is the last part of a run
            killed = _killed_after(_command(corpus, db), at, db if after_commit else None)
            stored = _stored(db)
            twice = n % 3 == 0 and _killed_after(_command(corpus, db), rng.uniform(0.05, 0.5) * duration)
            subprocess.run(_command(corpus, db), check=True, capture_output=True)
            after = _snapshot(db)
            equal = after == clean
            same += equal
            if not equal:
                differ = {k: (len(after[k]), len(clean[k])) for k in clean if after[k] != clean[k]}
                print(f"  differing tables (rows after the rerun, rows in the clean store): {differ}")
            print(
                f"moment {n:2}: kill {at:5.1f} s after {'the first commit' if after_commit else 'the start'} "
                f"({'killed' if killed else 'had ended'}), "
                f"{stored:3} documents stored, {'killed during the rerun too, ' if twice else ''}"
                f"rerun store {'identical' if equal else 'DIFFERENT'}",
                flush=True,
            )
        print(f"{same} of {args.moments} stores identical to the clean run")


if __name__ == "__main__":
    main()
