"""Ingest end to end: idempotent, and resumable after kill -9 (a subprocess is killed mid-run)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eventwatch.read import read_inputs
from eventwatch.store import Store, ingest
from eventwatch.toolkit import Toolkit

CITIES = ["Nairobi", "Lima", "Hanoi", "Oslo", "Accra", "Quito", "Riga", "Dhaka"]


def make_corpus(folder: Path, n: int) -> Path:
    """`n` small distinct articles, plus one bad file and one duplicate."""
    folder.mkdir()
    for i in range(n):
        city = CITIES[i % len(CITIES)]
        body = (
            f"{city.upper()}, March {1 + i % 28} - Officials in {city} met union leaders, round {i}."
            "\n\n"
            f"The mayor said the {i}th meeting would continue on Friday. Police reported no arrests."
        )
        (folder / f"story-{i:04d}.txt").write_text(body)
    (folder / "story-copy.txt").write_text((folder / "story-0000.txt").read_text())
    (folder / "zz-empty.txt").write_text("")
    return folder


def test_ingesting_twice_adds_nothing_the_second_time(tmp_path: Path, kit: Toolkit) -> None:
    corpus = make_corpus(tmp_path / "news", 6)
    with Store.open(tmp_path / "a.db") as store:
        first = ingest(read_inputs([str(corpus)], kit.options), kit, store, batch=4)
        counts = store.counts()
        second = ingest(read_inputs([str(corpus)], kit.options), kit, store, batch=4)
        assert store.counts() == counts
    assert (first.read, first.stored, first.already, dict(first.skipped)) == (8, 6, 1, {"empty": 1})
    assert (second.read, second.stored, second.already, second.events) == (8, 0, 7, 0)
    assert counts["documents"] == 6 and counts["skips"] == 1
    assert first.events == counts["events"]


def _snapshot(db: Path) -> dict[str, list[tuple]]:
    """Everything stored except row numbers, sorted, to compare two stores."""
    with sqlite3.connect(db) as conn:
        return {
            "documents": sorted(
                conn.execute("SELECT id, content_hash, origin, title, date, text FROM documents")
            ),
            "events": sorted(
                conn.execute(
                    "SELECT d.content_hash, e.event_id, e.json FROM events e "
                    "JOIN documents d ON d.pk = e.document"
                )
            ),
            "skips": sorted(conn.execute("SELECT origin, reason, detail FROM skips")),
            "inputs": sorted(
                conn.execute(
                    "SELECT i.raw_hash, d.content_hash FROM inputs i JOIN documents d ON d.pk = i.document"
                )
            ),
            "fts": sorted(conn.execute("SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'mayor'")),
        }


# The killed run is slowed down (5 ms per document) so the kill lands half way whatever the
# speed of the stages; the clean run is not. Both go through the real CLI and store.
THROTTLED = """
import sys, time
from eventwatch import pipeline
real = pipeline.run
def slow(raws, kit, **kw):
    for item in real(raws, kit, **kw):
        time.sleep(0.005)
        yield item
pipeline.run = slow
from eventwatch.cli import app
app(sys.argv[1:])
"""


def _ingest_command(corpus: Path, db: Path, *, throttled: bool = False) -> list[str]:
    program = ["-c", THROTTLED] if throttled else ["-m", "eventwatch.cli"]
    return [sys.executable, *program, "ingest", str(corpus), "--db", str(db), "--format", "jsonl"]


def _stored(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.Error:
        return 0


@pytest.mark.skipif(os.name != "posix", reason="kill -9 needs POSIX signals")
def test_kill_9_mid_ingest_then_rerun_equals_a_clean_run(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "news", 300)
    clean, killed = tmp_path / "clean.db", tmp_path / "killed.db"
    subprocess.run(_ingest_command(corpus, clean), check=True, capture_output=True, timeout=300)
    total = _snapshot(clean)
    proc = subprocess.Popen(
        _ingest_command(corpus, killed, throttled=True), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 240
    while _stored(killed) < 50 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the run ended before it could be killed"
    assert 0 < _stored(killed) < len(total["documents"]), "the run was not interrupted half way"
    subprocess.run(_ingest_command(corpus, killed), check=True, capture_output=True, timeout=300)
    assert _snapshot(killed) == total
