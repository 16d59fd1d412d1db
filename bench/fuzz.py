"""Fuzzing at scale: the properties of tests/test_fuzz.py on 10,000 generated inputs each.

    .venv/bin/python bench/fuzz.py [--examples 10000] [--only read extract dates code]

Readers (any bytes under any file name, gzipped or cut), the extractor (text and markup), the
date finder and the event coder (the whole pipeline, with a time budget per document). Prints,
per target: inputs run, seconds, the slowest input against its budget, and the outcomes. Any
crash (an exception, or a `Skip` for an internal error) or an input over its budget stops the
run with hypothesis's smallest failing example.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGETS = {
    "read": "test_readers_turn_any_bytes_into_documents_or_skips",
    "extract": "test_the_extractor_returns_a_document_or_a_skip",
    "dates": "test_the_date_finder_finds_or_names_the_bad_anchor",
    "code": "test_the_event_coder_codes_or_skips_within_the_budget",
}


def _progress(fuzz: object, names: list[str]) -> None:
    """Every minute, how far each target is (so a run cut short still says what it covered)."""
    while True:
        time.sleep(60)
        spent = fuzz.SPENT  # type: ignore[attr-defined]
        parts = (f"{n}: {len(spent[n])} inputs, slowest {max(spent[n], default=0):.2f} s" for n in names)
        done = ", ".join(parts)
        print(f"  ... {done}", file=sys.stderr, flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--examples", type=int, default=10_000)
    ap.add_argument("--only", nargs="*", choices=list(TARGETS), default=list(TARGETS))
    args = ap.parse_args()
    os.environ["EVENTWATCH_FUZZ_EXAMPLES"] = str(args.examples)  # read when the properties are defined
    spec = importlib.util.spec_from_file_location("fuzz_properties", ROOT / "tests" / "test_fuzz.py")
    assert spec is not None and spec.loader is not None
    fuzz = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fuzz)
    from eventwatch.settings import Options
    from eventwatch.toolkit import Toolkit

    kit = Toolkit(Options(workers=1)).warm() if "code" in args.only else None
    threading.Thread(target=_progress, args=(fuzz, args.only), daemon=True).start()
    print(f"{'target':8} {'inputs':>7} {'seconds':>8} {'slowest':>8} {'budget':>7}  outcomes", flush=True)
    for name in args.only:
        prop = getattr(fuzz, TARGETS[name])
        began = time.perf_counter()
        prop(kit=kit) if name == "code" else prop()
        spent = fuzz.SPENT[name]
        common = ", ".join(f"{k}: {v}" for k, v in fuzz.OUTCOMES[name].most_common(6))
        print(
            f"{name:8} {len(spent):7} {time.perf_counter() - began:8.1f} {max(spent):8.2f} "
            f"{fuzz.BUDGET[name]:7.1f}  {common}",
            flush=True,
        )


if __name__ == "__main__":
    sys.exit(main())
