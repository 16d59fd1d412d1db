"""The polite fetcher: retries with backoff, per-host delay, robots.txt, conditional GET, size cap."""

from __future__ import annotations

import httpx
import pytest

from eventwatch.watch.config import FetchSettings
from eventwatch.watch.fetch import Fetcher

MODIFIED = "Tue, 03 Mar 2026 10:00:00 GMT"


class Clock:
    """A fake clock: `sleep` advances it and remembers each pause."""

    def __init__(self) -> None:
        self.now = 100.0
        self.pauses: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.pauses.append(round(seconds, 3))
        self.now += seconds


def _fetcher(handler, clock: Clock, **settings) -> Fetcher:
    given = {"delay": 0.0, "retries": 2, "backoff": 1.0, **settings}
    return Fetcher(
        FetchSettings(**given), sleep=clock.sleep, clock=clock, transport=httpx.MockTransport(handler)
    )


def _robots_ok(request: httpx.Request) -> httpx.Response | None:
    if request.url.path == "/robots.txt":
        return httpx.Response(404)
    return None


def test_a_503_is_retried_with_doubling_backoff_then_succeeds() -> None:
    clock, calls = Clock(), []

    def handler(request: httpx.Request) -> httpx.Response:
        if (r := _robots_ok(request)) is not None:
            return r
        calls.append(request.headers["User-Agent"])
        return httpx.Response(503) if len(calls) < 3 else httpx.Response(200, text="<p>ok</p>")

    result = _fetcher(handler, clock).get("http://news.test/a")
    assert (result.outcome, result.attempts, result.body) == ("ok", 3, b"<p>ok</p>")
    assert clock.pauses == [1.0, 2.0]
    assert all(ua.startswith("eventwatch/") for ua in calls)


@pytest.mark.parametrize(
    ("response", "outcome", "attempts"),
    [
        (lambda r: httpx.Response(404), "http 404", 1),
        (lambda r: httpx.Response(500), "http 5xx", 3),
        (lambda r: (_ for _ in ()).throw(httpx.ReadTimeout("slow", request=r)), "timeout", 3),
        (lambda r: (_ for _ in ()).throw(httpx.ConnectError("refused", request=r)), "unreachable", 3),
        (lambda r: httpx.Response(200, headers={"content-length": "9999999"}, content=b"x"), "too large", 1),
        (lambda r: httpx.Response(304), "not modified", 1),
    ],
    ids=["404-final", "5xx-retried", "timeout-retried", "refused-retried", "too-large", "not-modified"],
)
def test_outcomes(response, outcome: str, attempts: int) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return _robots_ok(request) or response(request)

    result = _fetcher(handler, Clock(), max_bytes=1000).get("http://news.test/a", etag='"v1"')
    assert (result.outcome, result.attempts) == (outcome, attempts)
    assert result.retry_later is (attempts > 1)


def test_a_streamed_body_over_the_cap_is_abandoned() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return _robots_ok(request) or httpx.Response(200, content=iter([b"a" * 600, b"b" * 600]))

    assert _fetcher(handler, Clock(), max_bytes=1000).get("http://news.test/big").outcome == "too large"


def test_conditional_headers_and_validators() -> None:
    seen: list[httpx.Headers] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if (r := _robots_ok(request)) is not None:
            return r
        seen.append(request.headers)
        return httpx.Response(
            200, text="x", headers={"ETag": '"v2"', "Last-Modified": "Tue, 03 Mar 2026 10:00:00 GMT"}
        )

    result = _fetcher(handler, Clock()).get(
        "http://news.test/f", etag='"v1"', last_modified="Mon, 02 Mar 2026"
    )
    assert seen[0]["If-None-Match"] == '"v1"' and seen[0]["If-Modified-Since"] == "Mon, 02 Mar 2026"
    assert (result.etag, result.last_modified) == ('"v2"', MODIFIED)


def test_requests_to_one_host_wait_for_the_delay_but_other_hosts_do_not() -> None:
    clock = Clock()

    def handler(request: httpx.Request) -> httpx.Response:
        clock.now += 0.25  # each request takes a quarter second
        return _robots_ok(request) or httpx.Response(200, text="x")

    fetcher = _fetcher(handler, clock, delay=2.0)
    fetcher.get("http://a.test/1")  # robots.txt then the page: one wait between them
    fetcher.get("http://a.test/2")
    fetcher.get("http://b.test/1")  # another host: its own robots.txt, no wait before it
    assert clock.pauses == [2.0, 2.0, 2.0]  # counted from the end of the previous request


def test_robots_txt_is_obeyed_and_a_5xx_robots_file_forbids_everything() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            if request.url.host == "down.test":
                return httpx.Response(503)
            return httpx.Response(200, text="User-agent: *\nDisallow: /private/\n")
        return httpx.Response(200, text="x")

    fetcher = _fetcher(handler, Clock(), retries=0)
    assert fetcher.get("http://a.test/private/x").outcome == "robots"
    assert fetcher.get("http://a.test/public/x").outcome == "ok"
    assert fetcher.get("http://down.test/x").outcome == "robots"
