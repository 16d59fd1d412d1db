"""Bombs and pathological inputs: time, peak memory and outcome of `eventwatch extract` on each.

    .venv/bin/python bench/bombs.py [--only NAME ...] [--no-batch] [--keep DIR]

Every input is generated at run time in a temporary folder (compressed bombs as repeated gzip
members, so a 5 GB line costs a few MB of disk). Each runs in a fresh `eventwatch extract`
process; the clock is wall time and memory is the peak of the summed RSS of the process and
its workers, sampled every 50 ms. Last, the "Done when" batch of issue 13: the good article with
the bombs in one run, which must end in under 60 s and 1.5 GB with the article's events out.
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import psutil

BIN = Path(sys.executable).parent
SAMPLE = Path(__file__).resolve().parents[1] / "src/eventwatch/sample/articles/02-kenya-food-aid-somalia.txt"
MB = 1 << 20
PROSE = (
    "the minister said the army would send troops to the border region while officials of the "
    "government and the opposition met in the capital to discuss aid for the refugees and the "
    "talks on a ceasefire that the envoy had proposed after the attack on the convoy "
)


def _gzip_members(path: Path, piece: bytes, count: int, head: bytes = b"", tail: bytes = b"") -> None:
    """A gzip file whose content is head + piece * count + tail, written as repeated members."""
    member = gzip.compress(piece, compresslevel=9)
    with path.open("wb") as fh:
        fh.write(gzip.compress(head))
        for _ in range(count):
            fh.write(member)
        fh.write(gzip.compress(tail))


def good(d: Path) -> Path:
    path = d / "good-article.txt"
    path.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    return path


def _no_break(d: Path, size: int) -> Path:
    path = d / f"no-sentence-break-{size // 1000}k.txt"
    vocabulary = PROSE.split()
    words, out, n = [], 0, 0
    while out < size:
        word = vocabulary[n % len(vocabulary)] if n % 23 else "Kenya"
        words.append(word)
        out, n = out + len(word) + 1, n + 1
    path.write_text(" ".join(words), encoding="utf-8")
    return path


def no_break_1mb(d: Path) -> Path:
    return _no_break(d, 1_000_000)


def no_break_2mb(d: Path) -> Path:
    return _no_break(d, 2_000_000)


def million_sentences(d: Path) -> Path:
    path = d / "million-sentences.txt"
    sentences = ["Kenya sent aid. ", "Troops left. ", "Talks began. ", "Uganda protested. "]
    path.write_text("".join(sentences[n % 4] for n in range(1_000_000)), encoding="utf-8")
    return path


def jsonl_5gb_line(d: Path) -> Path:
    path = d / "one-5gb-line.jsonl.gz"
    story = json.dumps({"id": "before", "text": SAMPLE.read_text(encoding="utf-8")}).encode() + b"\n"
    after = b'"}\n' + json.dumps({"id": "after", "text": "Kenya sent aid to Somalia."}).encode() + b"\n"
    _gzip_members(path, b"a" * MB, 5 * 1024, head=story + b'{"id": "huge", "text": "', tail=after)
    return path


def gzip_bomb_1gb(d: Path) -> Path:
    path = d / "bomb-1gb.txt.gz"
    _gzip_members(path, b"boom " * (MB // 5), 1024)
    return path


FEED = """<?xml version="1.0"?>
<!DOCTYPE rss [
{entities}
]>
<rss version="2.0"><channel><title>Wire</title>
<item><title>Aid</title><description>Kenya sent aid to Somalia on Monday. &{use};</description></item>
<item><title>Talks</title><description>Uganda and Kenya held talks in Nairobi.</description></item>
</channel></rss>
"""


def feed_billion_laughs(d: Path) -> Path:
    lines = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10)]
    path = d / "billion-laughs.rss"
    path.write_text(FEED.format(entities="\n".join(lines), use="lol9"), encoding="utf-8")
    return path


def feed_external_entity(d: Path) -> Path:
    path = d / "external-entity.rss"
    entity = '<!ENTITY xxe SYSTEM "file:///etc/passwd">'
    path.write_text(FEED.format(entities=entity, use="xxe"), encoding="utf-8")
    return path


def deep_html(d: Path) -> Path:
    path = d / "deep-100k.html"
    text = "<p>" + SAMPLE.read_text(encoding="utf-8").replace("\n\n", "</p><p>") + "</p>"
    path.write_text("<html><body>" + "<div>" * 100_000 + text + "</div>" * 100_000 + "</body></html>")
    return path


INPUTS: dict[str, Callable[[Path], Path]] = {
    "good article": good,
    "1 MB text, no sentence break": no_break_1mb,
    "2 MB text, no sentence break": no_break_2mb,
    "million-sentence text (15 MB)": million_sentences,
    ".jsonl.gz with a 5 GB line": jsonl_5gb_line,
    "1 GB gzip bomb (.txt.gz)": gzip_bomb_1gb,
    "feed: billion laughs": feed_billion_laughs,
    "feed: external entity": feed_external_entity,
    "HTML nested 100,000 deep": deep_html,
}
BATCH = [
    "good article",
    "1 MB text, no sentence break",
    ".jsonl.gz with a 5 GB line",
    "1 GB gzip bomb (.txt.gz)",
    "feed: billion laughs",
    "feed: external entity",
    "HTML nested 100,000 deep",
]


def measure(paths: list[Path], work: Path) -> dict[str, object]:
    """Run `eventwatch extract` on `paths`: seconds, peak MB, events, skip reasons, exit code."""
    skips = work / "skips.jsonl"
    command = [str(BIN / "eventwatch"), "extract", *map(str, paths), "--format", "jsonl"]
    command += ["--skips", str(skips)]
    out = work / "events.jsonl"
    began, peak = time.perf_counter(), 0
    with out.open("wb") as sink:
        proc = psutil.Popen(command, stdout=sink, stderr=subprocess.DEVNULL)
        while proc.poll() is None:
            try:
                family = [proc, *proc.children(recursive=True)]
                peak = max(peak, sum(p.memory_info().rss for p in family if p.is_running()))
            except psutil.Error:
                pass
            time.sleep(0.05)
    seconds = time.perf_counter() - began
    events = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line]
    reasons = Counter(json.loads(line)["reason"] for line in skips.read_text(encoding="utf-8").splitlines())
    return {
        "seconds": round(seconds, 1),
        "peak_mb": round(peak / MB),
        "events": len(events),
        "events_by_doc": Counter(e["doc_id"] for e in events),
        "skips": dict(reasons),
        "exit": proc.returncode,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", nargs="*", help="names (substrings) of the inputs to run")
    ap.add_argument("--no-batch", action="store_true", help="skip the combined batch")
    ap.add_argument("--keep", type=Path, help="generate the inputs here and keep them")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="eventwatch-bombs-") as tmp:
        root = args.keep or Path(tmp)
        root.mkdir(parents=True, exist_ok=True)
        made = {}
        for name, make in INPUTS.items():
            if args.only and not any(o in name for o in args.only) and name not in BATCH:
                continue
            made[name] = make(root)
        print(f"{'input':34} {'size':>9} {'seconds':>8} {'peak MB':>8}  outcome")
        for name, path in made.items():
            if args.only and not any(o in name for o in args.only):
                continue
            r = measure([path], root)
            outcome = f"{r['events']} events; skipped: {r['skips'] or 'none'}; exit {r['exit']}"
            size = f"{path.stat().st_size / MB:8.1f}M"
            print(f"{name:34} {size} {r['seconds']:8} {r['peak_mb']:8}  {outcome}", flush=True)
        if not args.no_batch:
            alone: Counter[str] = measure([made["good article"]], root)["events_by_doc"]  # type: ignore[assignment]
            r = measure([made[n] for n in BATCH], root)
            by_doc: Counter[str] = r["events_by_doc"]  # type: ignore[assignment]
            kept = all(by_doc[doc] == n for doc, n in alone.items()) and bool(alone)
            ok = r["seconds"] < 60 and r["peak_mb"] < 1536 and kept  # type: ignore[operator]
            print(
                f"\nbatch of {len(BATCH)} inputs ({', '.join(BATCH)}):\n"
                f"  {r['seconds']} s, peak {r['peak_mb']} MB, {r['events']} events; the good article's "
                f"{sum(alone.values())} events {'all out' if kept else 'NOT all out'}; "
                f"skipped: {r['skips']}, exit {r['exit']}\n"
                f"  target (< 60 s, < 1.5 GB, the good article's events out): {'met' if ok else 'NOT met'}"
            )


if __name__ == "__main__":
    main()
