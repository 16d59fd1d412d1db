"""`eventwatch watch`, `alerts`, `events --stories`, `validate` on watch files, and a kill -9 mid-cycle."""

from __future__ import annotations

import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from localsite import RSS, Page, Site, article_page, feeds, news_site, rss, serve
from typer.testing import CliRunner

from eventwatch.cli import app
from eventwatch.store import Store
from eventwatch.toolkit import Toolkit
from eventwatch.watch import Fetcher, load_sources, watch_once

RULES = """\
rules:
  - name: attacks-in-israel
    type: [ASSAULT]
    country: [ISR]
    min_sources: 3
    sinks: [{file: alerts.jsonl}, stdout]
"""


@pytest.fixture()
def site() -> Iterator[Site]:
    built = news_site()
    del built.pages["/slow"]  # the time-out is tested in test_watch; here it would only cost time
    with serve(built) as running:
        feeds(running)
        yield running


def _sources(
    site: Site, folder: Path, names=("wire", "harbour", "valley", "broken"), delay: float = 0
) -> Path:
    lines = [f'  - {{name: {n}, feed: "{site.url(f"/{n}.rss")}"}}' for n in names]
    text = "sources:\n" + "\n".join(lines) + f"\nfetch: {{delay: {delay}, timeout: 2, retries: 0}}\n"
    path = folder / "sources.yaml"
    path.write_text(text)
    return path


def test_watch_once_then_stories_alerts_and_gdelt_counts(site: Site, tmp_path: Path) -> None:
    runner, db = CliRunner(), str(tmp_path / "w.db")
    (tmp_path / "rules.yaml").write_text(RULES)
    args = ["watch", "--sources", str(_sources(site, tmp_path)), "--rules", str(tmp_path / "rules.yaml")]
    first = runner.invoke(app, [*args, "--once", "--db", db, "--workers", "1"])
    told = runner.invoke(app, ["events", "--stories", "--type", "ASSAULT", "-f", "jsonl", "--db", db])
    listed = runner.invoke(app, ["alerts", "-f", "jsonl", "--db", db])
    gdelt = runner.invoke(app, ["export", "--format", "gdelt", "--db", db])

    assert first.exit_code == 0, first.output
    assert "problem: wire: link" in first.output and "/missing: http 404" in first.output
    assert "harbour: 1 new link(s), 1 page(s); stored 1 new" in first.output
    assert "alerts fired: 1" in first.output  # a second run adds nothing: test_watch.py
    lines = [json.loads(x) for x in told.stdout.splitlines()]
    assert {"story_id", "num_mentions", "num_articles", "num_sources", "event_type", "actor"} <= set(lines[0])
    assert any(line["num_sources"] == 3 for line in lines)
    alerts = [json.loads(x) for x in listed.stdout.splitlines()]
    assert len(alerts) == 1 and alerts[0]["deliveries"] == {"file:" + str(tmp_path / "alerts.jsonl"): "sent",
                                                            "stdout": "sent"}  # fmt: skip
    from eventwatch.output.gdelt import COLUMNS

    rows = [dict(zip(COLUMNS, r.split("\t"), strict=True)) for r in gdelt.stdout.splitlines()]
    assert {r["NumSources"] for r in rows if r["EventRootCode"] == "19"} >= {"3"}
    assert sum(r["IsRootEvent"] == "1" for r in rows) < len(rows)


def test_validate_reads_rules_and_sources(tmp_path: Path) -> None:
    good, bad = tmp_path / "rules.yaml", tmp_path / "bad.yaml"
    good.write_text(RULES)
    bad.write_text("rules:\n  - name: x\n    type: [ATTACK]\n")
    result = CliRunner().invoke(app, ["validate", str(good), str(bad)])
    assert result.exit_code == 1
    assert f"{good}: ok (rules)" in result.output
    assert f"{bad}:2: unknown type ATTACK" in result.output


def test_a_bad_period_or_sources_file_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "s.yaml").write_text("sources:\n  - {name: a, feed: nowhere}\n")
    bad_every = CliRunner().invoke(app, ["watch", "--sources", str(tmp_path / "s.yaml"), "--every", "soon"])
    bad_file = CliRunner().invoke(app, ["watch", "--sources", str(tmp_path / "s.yaml"), "--once",
                                        "--db", str(tmp_path / "x.db")])  # fmt: skip
    assert bad_every.exit_code == 2 and "not a period like 30s" in bad_every.output
    assert bad_file.exit_code == 1
    assert f"error: {tmp_path / 's.yaml'}:2: feed must be an http(s) URL" in bad_file.output


# -- kill -9 in the middle of a cycle, then a restart, ends with the store of an uninterrupted run --

CITIES = ["Nairobi", "Lima", "Hanoi", "Oslo", "Accra", "Quito"]


def _many_feeds(site: Site, outlets: int = 4, per_outlet: int = 6) -> tuple[str, ...]:
    names = []
    for o in range(outlets):
        items = []
        for i in range(per_outlet):
            n = o * per_outlet + i
            city = CITIES[n % len(CITIES)]
            text = [
                f"Police in {city} detained {n + 3} protesters on Monday after a march on parliament.",
                f"Round {n}: the interior minister said talks with unions would resume.",
            ]
            site.pages[f"/o{o}/{i}"] = Page(article_page(f"Arrests in {city} ({n})", text, f"Outlet {o}"))
            items.append((f"o{o}-{i}", site.url(f"/o{o}/{i}"), f"Arrests in {city}"))
        site.pages[f"/o{o}.rss"] = Page(rss(f"Outlet {o}", items), RSS)
        names.append(f"o{o}")
    return tuple(names)


def _snapshot(db: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(db) as conn:
        q = {
            "documents": "SELECT content_hash, id, url, text FROM documents",
            "events": "SELECT d.content_hash, e.event_id, e.json FROM events e "
            "JOIN documents d ON d.pk = e.document",
            "stories": "SELECT d.content_hash, s.story, s.outlet FROM document_stories s "
            "JOIN documents d ON d.pk = s.document",
            "story_events": "SELECT se.story_id, e.event_id FROM story_event_members m "
            "JOIN story_events se ON se.pk = m.story_event JOIN events e ON e.pk = m.event",
            "links": "SELECT url, state FROM links",
            "inputs": "SELECT raw_hash FROM inputs",
        }
        return {name: sorted(conn.execute(sql)) for name, sql in q.items()}


def _watch(sources: Path, db: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    # no confidence floor, as the tests' toolkit that makes the uninterrupted store
    command = [sys.executable, "-m", "eventwatch.cli", "watch", "--sources", str(sources), "--once",
               "--db", str(db), "--workers", "1", "--min-confidence", "0"]  # fmt: skip
    return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _documents(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=1) as conn:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.Error:
        return 0


# The heaviest test of the watch (two CLI processes, ~10-20 s): the uninterrupted run is made in
# this process through the same library call the CLI makes.
@pytest.mark.timeout(120)
def test_kill_9_mid_cycle_then_restart_gives_the_uninterrupted_store(tmp_path: Path, kit: Toolkit) -> None:
    with serve(Site()) as site:
        names = _many_feeds(site)
        site.pages["/robots.txt"] = Page(b"User-agent: *\nAllow: /\n", "text/plain")
        slow = _sources(site, tmp_path, names, delay=0.1)  # 0.1 s between requests: the kill lands mid-cycle
        clean, killed = tmp_path / "clean.db", tmp_path / "killed.db"
        config = load_sources(slow)
        with Store.open(clean) as store, Fetcher(config.fetch) as fetcher:
            watch_once(config, (), store, kit, fetcher, io.StringIO())
        proc = _watch(slow, killed)
        deadline = time.monotonic() + 60
        while _documents(killed) < 8 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert proc.poll() is None, "the watch finished before it could be killed"
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        interrupted = _documents(killed)
        assert _watch(slow, killed).wait(timeout=100) == 0
    assert 8 <= interrupted < 24
    assert _snapshot(killed) == _snapshot(clean)
    assert len(_snapshot(clean)["documents"]) == 24
