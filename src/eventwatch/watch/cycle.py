"""One watch cycle over every source: poll, fetch new links politely, store, group into stories.

Each source is polled on its own: a failing feed or page is reported in the cycle's report and
tried again next cycle, and the other sources go on. The order per source:

1. poll: fetch the feed or sitemap (conditional GET), remember its new links as pending;
2. fetch: each pending link's page, every fetch recorded;
3. store: ingest the pages and the feed items without a link (their text is the article;
   stories updated after each commit), mark the links done, then keep the feed's ETag.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field

from eventwatch import stories
from eventwatch.read import read_inputs
from eventwatch.read.decode import Unreadable, decode
from eventwatch.read.feeds import is_feed, read_feed
from eventwatch.records import RawDocument, Skip
from eventwatch.store import Store, Summary, ingest
from eventwatch.toolkit import Toolkit
from eventwatch.watch import ledger
from eventwatch.watch.config import Source, Sources
from eventwatch.watch.fetch import Fetched, Fetcher
from eventwatch.watch.ledger import Link

PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "")


@dataclass(slots=True)
class SourceReport:
    """What one source gave in one cycle, and what went wrong with it."""

    name: str
    new_links: int = 0
    pages: int = 0
    problems: list[str] = field(default_factory=list)
    summary: Summary = field(default_factory=Summary)

    def line(self) -> str:
        """One line for a person: links, pages, what was stored."""
        s = self.summary
        return (
            f"{self.name}: {self.new_links} new link(s), {self.pages} page(s); stored {s.stored} new, "
            f"{s.already} already, {sum(s.skipped.values())} skipped, {s.events} events"
        )

    def as_dict(self) -> dict[str, object]:
        return {"source": self.name, "new_links": self.new_links, "pages": self.pages,
                "problems": self.problems, **self.summary.as_dict()}  # fmt: skip


def run_cycle(sources: Sources, store: Store, kit: Toolkit, fetcher: Fetcher) -> list[SourceReport]:
    """Poll every source once and store what is new; one report per source."""
    return [_watch_source(source, store, kit, fetcher) for source in sources.sources]


def _watch_source(source: Source, store: Store, kit: Toolkit, fetcher: Fetcher) -> SourceReport:
    report = SourceReport(source.name)
    if source.kind == "folder":
        report.summary = ingest(read_inputs([source.location], kit.options), kit, store,
                                after_commit=stories.update)  # fmt: skip
        report.pages = report.summary.read
        return report
    # 1. poll
    polled = _poll(source, store, fetcher, report)
    report.new_links = polled.added
    # 2. fetch
    links = ledger.pending_links(store.conn, source.name)
    pages = list(_fetch_pages(source, links, store, fetcher, report))
    report.pages = len(pages)
    # 3. store
    fresh = [*polled.inline, *(raw for _, raw in pages)]
    report.summary = ingest(fresh, kit, store, after_commit=stories.update)
    ledger.mark_links(store.conn, [url for url, _ in pages], "done")
    if polled.complete is not None:  # only now may the next poll skip what this one saw
        ledger.save_validators(store.conn, polled.complete)
    return report


@dataclass(slots=True)
class Polled:
    """What one poll found: how many new links, items that carry their whole text, and the fetch
    whose ETag/Last-Modified may be kept (None when the feed was unchanged, failed or damaged)."""

    added: int = 0
    inline: list[RawDocument] = field(default_factory=list)
    complete: Fetched | None = None


def _poll(source: Source, store: Store, fetcher: Fetcher, report: SourceReport) -> Polled:
    etag, modified = ledger.validators(store.conn, source.location)
    fetched = fetcher.get(source.location, etag=etag, last_modified=modified)
    ledger.record_fetch(store.conn, source.name, fetched)
    if fetched.outcome == "not modified":
        return Polled()
    if not fetched.ok:
        report.problems.append(f"{source.kind} {source.location}: {_why(fetched)}")
        return Polled()
    before = len(report.problems)
    links, inline = _items(source, fetched.body, report)
    polled = Polled(ledger.add_links(store.conn, links), inline)
    if len(report.problems) == before:  # a damaged feed is fetched in full (and reported) again next time
        polled.complete = fetched
    return polled


def _items(source: Source, body: bytes, report: SourceReport) -> tuple[list[Link], list[RawDocument]]:
    """The links of a feed or sitemap, and the feed items without a link (their text is the article)."""
    try:
        if source.kind == "sitemap":
            return [Link(url, source.name, {}) for url in sitemap_urls(body)], []
        if not is_feed(body):
            raise Unreadable("bad feed", "neither RSS nor Atom")
        links, inline = [], []
        for item in read_feed(body, source.location):
            if isinstance(item, Skip):
                report.problems.append(f"feed {source.location}: {item.reason}: {item.detail}")
            elif item.url:
                meta = {"id": item.id, "date": item.date, "title": item.title, "source": item.source}
                links.append(Link(item.url, source.name, meta))
            else:
                inline.append(item)
        return links, inline
    except Unreadable as exc:
        report.problems.append(f"{source.kind} {source.location}: {exc.reason}: {exc.detail}")
        return [], []


def sitemap_urls(body: bytes) -> list[str]:
    """The page URLs (`<url><loc>`) of a sitemap; `Unreadable` when it is not one."""
    try:
        root = ET.fromstring(body)
    except ET.ParseError as exc:
        raise Unreadable("bad sitemap", f"not well-formed XML: {exc}") from exc
    if not root.tag.endswith("urlset"):
        raise Unreadable("bad sitemap", f"the root element is <{root.tag.split('}')[-1]}>, not <urlset>")
    locs = (el.text or "" for el in root.iter() if el.tag.endswith("loc"))
    return [loc.strip() for loc in locs if loc.strip().startswith(("http://", "https://"))]


def _fetch_pages(
    source: Source, links: list[Link], store: Store, fetcher: Fetcher, report: SourceReport
) -> Iterator[tuple[str, RawDocument]]:
    for link in links:
        fetched = fetcher.get(link.url)
        ledger.record_fetch(store.conn, source.name, fetched)
        page = _page(link, fetched) if fetched.ok else None
        if page is not None:
            yield link.url, page
            continue
        why = _why(fetched) if not fetched.ok else f"not a page ({fetched.content_type})"
        report.problems.append(f"link {link.url}: {why}")
        if fetched.retry_later:
            ledger.failed_try(store.conn, link)
        else:
            ledger.mark_links(store.conn, [link.url], "failed")


def _page(link: Link, fetched: Fetched) -> RawDocument | None:
    """The fetched page as a document carrying what the feed said about it; None if not a page."""
    if fetched.content_type not in PAGE_TYPES:
        return None
    try:
        decoded = decode(fetched.body)
    except Unreadable:
        return None
    kind = "text" if fetched.content_type == "text/plain" else "html"
    item = link.item
    return RawDocument(
        id=item.get("id") or link.url, origin=link.url, url=link.url, date=item.get("date"),
        title=item.get("title"), source=item.get("source") or link.source, notes=decoded.notes,
        **{kind: decoded.text},
    )  # fmt: skip


def _why(fetched: Fetched) -> str:
    tries = f" after {fetched.attempts} attempts" if fetched.attempts > 1 else ""
    return f"{fetched.outcome}{tries}" + (f" ({fetched.detail})" if fetched.detail else "")
