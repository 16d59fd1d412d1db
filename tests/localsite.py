"""A news site on 127.0.0.1 for the watch tests: feeds, article pages, and pages that misbehave.

Routes are a dict path -> `Page`; special pages sleep (a time-out), redirect to themselves (a
loop) or are huge. ETag/If-None-Match is honoured, robots.txt served, webhook POSTs recorded.
The articles are written for these tests: one story told by a wire, a syndicated copy with a new
headline and a light edit, and a re-host inside another site's page furniture.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

RSS = "application/rss+xml"


@dataclass
class Page:
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    sleep: float = 0.0
    location: str | None = None


@dataclass
class Site:
    pages: dict[str, Page] = field(default_factory=dict)
    hooks: list[bytes] = field(default_factory=list)
    requests: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)
    base: str = ""

    def url(self, path: str) -> str:
        return self.base + path


class _Handler(BaseHTTPRequestHandler):
    site: Site

    def log_message(self, *_: object) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self.site.requests.append(("GET", self.path, dict(self.headers.items())))
        page = self.site.pages.get(self.path)
        if page is None:
            return self._send(404, b"not here", "text/plain")
        if page.sleep:
            time.sleep(page.sleep)
        if page.location is not None:
            self.send_response(302)
            self.send_header("Location", page.location)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        etag = '"' + hashlib.sha1(page.body).hexdigest()[:12] + '"'
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return None
        return self._send(page.status, page.body, page.content_type, etag)

    def do_POST(self) -> None:  # noqa: N802
        length = int(self.headers.get("Content-Length") or 0)
        self.site.hooks.append(self.rfile.read(length))
        self._send(204, b"", "text/plain")

    def _send(self, status: int, body: bytes, content_type: str, etag: str | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        if etag:
            self.send_header("ETag", etag)
        self.end_headers()
        with suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)


@contextmanager
def serve(site: Site) -> Iterator[Site]:
    """Run `site` on a free loopback port for the duration of the block."""
    handler = type("Handler", (_Handler,), {"site": site})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()


STORY = [
    "Gunmen attacked an Israeli army checkpoint near Hebron on Tuesday, wounding two soldiers, "
    "the Israeli military said.",
    "The military said troops returned fire and that the attackers fled towards nearby hills. "
    "Palestinian officials did not comment on the shooting.",
    "A spokesman said roads around the city were closed while soldiers searched the area, and that "
    "the checkpoint would reopen once the search was over.",
    "Residents said shops in the old market stayed shut for most of the afternoon and that buses "
    "to the city were turned back at the edge of town.",
]
OTHER = [
    "Kenya and Tanzania signed an agreement on Monday to build a new road across their shared border, "
    "the two governments said in a joint statement.",
    "Officials said the road would cut travel time for traders and that work would start next year "
    "after the rainy season ends.",
    "The ministers of transport met in Arusha to settle the last details of the plan, which had been "
    "discussed for almost a decade.",
]


def article_page(headline: str, paragraphs: list[str], outlet: str, furniture: bool = False) -> bytes:
    """An article page with a headline and paragraphs; `furniture` wraps it in a site's menus."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    menus = (
        "<nav><ul><li>Home</li><li>World</li><li>Sport</li><li>Weather</li></ul></nav>" if furniture else ""
    )
    footer = f"<footer><p>Copyright {outlet}. All rights reserved.</p></footer>" if furniture else ""
    html = (
        f"<html><head><title>{headline} - {outlet}</title></head><body>{menus}"
        f"<article><h1>{headline}</h1>{body}</article>{footer}</body></html>"
    )
    return html.encode("utf-8")


def rss(title: str, items: list[tuple[str, str, str]]) -> bytes:
    """An RSS 2.0 feed; items are (guid, link, headline), all dated Tuesday 3 March 2026."""
    entries = "".join(
        f"<item><guid>{guid}</guid><link>{link}</link><title>{headline}</title>"
        f"<pubDate>Tue, 03 Mar 2026 10:00:00 +0000</pubDate><description>{headline}</description></item>"
        for guid, link, headline in items
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>'
        f"<link>http://example.test/</link><description>news</description>{entries}</channel></rss>"
    ).encode()


def news_site(huge_bytes: int = 300_000) -> Site:
    """The site of the tests: three outlets telling one story, one other story, and faulty pages."""
    site = Site()
    pages = site.pages
    pages["/robots.txt"] = Page(b"User-agent: *\nDisallow: /private/\n", "text/plain")
    pages["/wire/hebron"] = Page(article_page("Gunmen attack checkpoint near Hebron", STORY, "Wire Service"))
    edited = [*STORY[:2], STORY[2].replace("once the search was over", "on Wednesday"), STORY[3]]
    pages["/harbour/hebron"] = Page(
        article_page("Two Israeli soldiers hurt in checkpoint shooting", edited, "Harbour Post")
    )
    pages["/valley/hebron"] = Page(
        article_page("Gunmen attack checkpoint near Hebron", STORY, "Valley Daily", furniture=True)
    )
    pages["/wire/road"] = Page(article_page("Kenya and Tanzania agree on border road", OTHER, "Wire Service"))
    pages["/slow"] = Page(article_page("Late", OTHER, "Wire Service"), sleep=3.0)
    pages["/huge"] = Page(b"<html><body><p>" + b"word " * (huge_bytes // 5) + b"</p></body></html>")
    pages["/loop"] = Page(location="/loop")
    pages["/private/secret"] = Page(article_page("Hidden", OTHER, "Wire Service"))
    pages["/broken.rss"] = Page(b"<rss><channel><title>Broken</title><item><title>oops", RSS)
    return site


def feeds(site: Site) -> None:
    """The three outlets' feeds (links need the site's base URL, so this runs once it is served)."""
    u = site.url
    wire_items = [
        ("wire-1", u("/wire/hebron"), "Gunmen attack checkpoint near Hebron"),
        ("wire-2", u("/wire/road"), "Kenya and Tanzania agree on border road"),
        ("wire-3", u("/missing"), "A page that is gone"),
        ("wire-4", u("/slow"), "A page that never answers"),
        ("wire-5", u("/huge"), "A page too large"),
        ("wire-6", u("/loop"), "A page that redirects to itself"),
        ("wire-7", u("/private/secret"), "A page robots.txt forbids"),
    ]
    site.pages["/wire.rss"] = Page(rss("Wire Service", wire_items), RSS)
    site.pages["/harbour.rss"] = Page(
        rss("Harbour Post", [("hp-1", u("/harbour/hebron"), "Two Israeli soldiers hurt")]), RSS
    )
    site.pages["/valley.rss"] = Page(
        rss("Valley Daily", [("vd-1", u("/valley/hebron"), "Gunmen attack checkpoint")]), RSS
    )
