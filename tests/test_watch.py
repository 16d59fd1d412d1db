"""A watch cycle against a local news site: one story from three outlets, faulty pages reported,
a rule firing once and reaching every sink (stdout, file, webhook, e-mail), re-runs adding nothing."""

from __future__ import annotations

import io
import json
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from localsite import RSS, Page, Site, feeds, news_site, serve

from eventwatch import stories
from eventwatch.store import Store
from eventwatch.toolkit import Toolkit
from eventwatch.watch import CycleResult, Fetcher, watch_once
from eventwatch.watch.alerts import list_alerts
from eventwatch.watch.config import FetchSettings, Rule, Sink, Source, Sources

FAST = FetchSettings(timeout=0.5, retries=1, backoff=0.01, delay=0.0, max_bytes=200_000)


class Inbox:
    def __init__(self) -> None:
        self.messages: list[bytes] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's hook name)
        self.messages.append(envelope.content)
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture()
def inbox() -> Iterator[tuple[Inbox, int]]:
    handler, port = Inbox(), _free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield handler, port
    finally:
        controller.stop()


@pytest.fixture()
def site() -> Iterator[Site]:
    built = news_site()
    built.pages["/slow"].sleep = 1.5
    with serve(built) as running:
        feeds(running)
        yield running


def _sources(site: Site) -> Sources:
    names = ("wire", "harbour", "valley", "broken")
    return Sources(tuple(Source(n, "feed", site.url(f"/{n}.rss")) for n in names), FAST)


def _rule(site: Site, tmp_path: Path, smtp_port: int) -> Rule:
    sinks = (
        Sink("stdout"),
        Sink("file", str(tmp_path / "alerts.jsonl")),
        Sink("webhook", site.url("/hook")),
        Sink("email", "desk@example.test", (("host", "127.0.0.1"), ("port", smtp_port), ("from", "ew@test"))),
    )
    return Rule("attacks-in-israel", types=("ASSAULT",), countries=("ISR",), min_sources=3, sinks=sinks)


def _cycle(site: Site, store: Store, kit: Toolkit, rules: tuple[Rule, ...], out: io.StringIO) -> CycleResult:
    with Fetcher(FAST) as fetcher:
        return watch_once(_sources(site), rules, store, kit, fetcher, out)


def test_one_story_from_three_outlets_faults_reported_and_one_alert_to_every_sink(
    site: Site, inbox: tuple[Inbox, int], tmp_path: Path, kit: Toolkit
) -> None:
    mail, port = inbox
    rules = (_rule(site, tmp_path, port),)
    out = io.StringIO()
    with Store.open(tmp_path / "w.db") as store:
        first = _cycle(site, store, kit, rules, out)
        counts = store.counts()
        found = list(stories.article_stories(store))
        told = list(stories.story_events(store))
        assault = [e for e in told if e["event_type"] == "ASSAULT" and e["num_articles"] == 3]
        second = _cycle(site, store, kit, rules, out)
        assert store.counts() == counts
        listed = list_alerts(store)

    problems = "\n".join(first.problems())
    for fault in ("/missing: http 404", "/slow: timeout", "/huge: too large", "/loop: redirect loop",
                  "/private/secret: robots", "broken: feed"):  # fmt: skip
        assert fault in problems
    assert counts["documents"] == 4  # three copies of one story and one other article
    hebron = next(s for s in found if s["num_articles"] == 3)
    assert (hebron["num_sources"], len(found)) == (3, 2)
    assert assault and all(e["num_sources"] == 3 for e in assault)
    assert len(first.alerts) == 1 and not second.alerts
    alert = first.alerts[0].payload
    assert alert["rule"] == "attacks-in-israel" and alert["fired_at"]
    assert {e["story_id"] for e in alert["story_events"]} == {e["story_id"] for e in assault}
    assert [json.loads(line)["rule"] for line in out.getvalue().splitlines()] == ["attacks-in-israel"]
    assert [json.loads(line)["rule"] for line in (tmp_path / "alerts.jsonl").read_text().splitlines()] == [
        "attacks-in-israel"
    ]
    assert [json.loads(body)["rule"] for body in site.hooks] == ["attacks-in-israel"]
    assert len(mail.messages) == 1 and b"eventwatch alert: attacks-in-israel" in mail.messages[0]
    assert set(listed[0]["deliveries"].values()) == {"sent"} and len(listed) == 1
    assert second.sources[0].problems == [f"link {site.url('/slow')}: timeout after 2 attempts "
                                          "(no answer within 0.5 s)"]  # fmt: skip


def test_feeds_are_fetched_conditionally_and_politely(site: Site, tmp_path: Path, kit: Toolkit) -> None:
    site.pages["/slow"].sleep = 0
    with Store.open(tmp_path / "w.db") as store:
        _cycle(site, store, kit, (), io.StringIO())
        site.requests.clear()
        _cycle(site, store, kit, (), io.StringIO())
        fetches = store.conn.execute("SELECT outcome, count(*) FROM fetches GROUP BY outcome").fetchall()
    feeds_asked = [(path, headers) for method, path, headers in site.requests if path.endswith(".rss")]
    assert {p for p, h in feeds_asked if "If-None-Match" in h} == {"/wire.rss", "/harbour.rss", "/valley.rss"}
    assert all(h["User-Agent"].startswith("eventwatch/") for _, _, h in site.requests)
    assert dict(fetches)["not modified"] == 3


def test_a_changed_feed_brings_only_its_new_item(site: Site, tmp_path: Path, kit: Toolkit) -> None:
    from localsite import OTHER, article_page, rss

    site.pages["/slow"].sleep = 0
    with Store.open(tmp_path / "w.db") as store:
        _cycle(site, store, kit, (), io.StringIO())
        site.pages["/harbour/road"] = Page(article_page("Border road deal", OTHER[::-1], "Harbour Post"))
        site.pages["/harbour.rss"] = Page(
            rss(
                "Harbour Post",
                [
                    ("hp-1", site.url("/harbour/hebron"), "Two Israeli soldiers hurt"),
                    ("hp-2", site.url("/harbour/road"), "Border road deal"),
                ],
            ),  # fmt: skip
            RSS,
        )
        result = _cycle(site, store, kit, (), io.StringIO())
        harbour = result.sources[1]
        assert (harbour.new_links, harbour.pages, harbour.summary.stored) == (1, 1, 1)


def test_a_story_event_fires_when_its_third_source_arrives_and_only_then(
    site: Site, tmp_path: Path, kit: Toolkit
) -> None:
    site.pages["/slow"].sleep = 0
    rule = Rule(
        "three-outlets", types=("ASSAULT",), min_sources=3, sinks=(Sink("file", str(tmp_path / "a.jsonl")),)
    )
    two = Sources(tuple(Source(n, "feed", site.url(f"/{n}.rss")) for n in ("wire", "harbour")), FAST)
    with Store.open(tmp_path / "w.db") as store, Fetcher(FAST) as fetcher:
        before = watch_once(two, (rule,), store, kit, fetcher, io.StringIO())
        then = watch_once(_sources(site), (rule,), store, kit, fetcher, io.StringIO())
        after = watch_once(_sources(site), (rule,), store, kit, fetcher, io.StringIO())
    assert (len(before.alerts), len(then.alerts), len(after.alerts)) == (0, 1, 0)
    assert {e["num_sources"] for e in then.alerts[0].payload["story_events"]} == {3}


def test_a_sitemap_lists_pages_and_a_folder_is_read_like_ingest(
    site: Site, tmp_path: Path, kit: Toolkit
) -> None:
    urls = "".join(f"<url><loc>{site.url(p)}</loc></url>" for p in ("/wire/road", "/missing"))
    site.pages["/sitemap.xml"] = Page(
        f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'.encode(),
        "application/xml",
    )
    site.pages["/not-a-sitemap.xml"] = Page(b"<html><body>hello</body></html>", "application/xml")
    (tmp_path / "inbox").mkdir()
    (tmp_path / "inbox" / "note.txt").write_text(
        "Officials in Lima met union leaders on Monday, the mayor said."
    )
    given = Sources(
        (
            Source("map", "sitemap", site.url("/sitemap.xml")),
            Source("bad", "sitemap", site.url("/not-a-sitemap.xml")),
            Source("inbox", "folder", str(tmp_path / "inbox")),
        ),  # fmt: skip
        FAST,
    )
    with Store.open(tmp_path / "w.db") as store, Fetcher(FAST) as fetcher:
        result = watch_once(given, (), store, kit, fetcher, io.StringIO())
        again = watch_once(given, (), store, kit, fetcher, io.StringIO())
    mapped, bad, inbox = result.sources
    assert (mapped.new_links, mapped.summary.stored) == (2, 1)
    assert mapped.problems == [f"link {site.url('/missing')}: http 404 (HTTP 404 Not Found)"]
    assert bad.problems and "the root element is <html>, not <urlset>" in bad.problems[0]
    assert (inbox.summary.stored, again.sources[2].summary.stored, again.sources[2].summary.already) == (
        1,
        0,
        1,
    )


def test_feed_items_without_a_link_are_stored_from_the_feed_itself(
    site: Site, tmp_path: Path, kit: Toolkit
) -> None:
    from localsite import OTHER

    body = "".join(f"<p>{p}</p>" for p in OTHER).replace("<", "&lt;").replace(">", "&gt;")
    site.pages["/full.rss"] = Page(
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Full Text Times</title><item>'
        b"<guid>ft-1</guid><title>Road deal</title><pubDate>Tue, 03 Mar 2026 10:00:00 +0000</pubDate>"
        b"<description>" + body.encode() + b"</description></item></channel></rss>",
        RSS,
    )
    given = Sources((Source("full", "feed", site.url("/full.rss")),), FAST)
    with Store.open(tmp_path / "w.db") as store, Fetcher(FAST) as fetcher:
        first = watch_once(given, (), store, kit, fetcher, io.StringIO())
        second = watch_once(given, (), store, kit, fetcher, io.StringIO())
        source = store.conn.execute("SELECT source, date FROM documents").fetchall()
    assert (first.sources[0].summary.stored, second.sources[0].summary.read) == (1, 0)
    assert source == [("Full Text Times", "2026-03-03")]
