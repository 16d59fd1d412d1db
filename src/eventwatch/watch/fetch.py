"""Polite HTTP fetching: robots.txt, a delay per host, conditional GET, timeouts, retries, a size cap.

`Fetcher.get` never raises for a network or HTTP problem: it returns a `Fetched` whose `outcome`
says what happened (`ok`, `not modified`, `http 404`, `timeout`, `too large`, `redirect loop`,
`robots`, ...), so one bad page or host never stops a watch cycle.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from eventwatch.watch.config import FetchSettings

RETRYABLE = frozenset({"timeout", "unreachable", "http 429", "http 5xx"})


@dataclass(slots=True, frozen=True)
class Fetched:
    """The outcome of fetching one URL (after redirects and retries)."""

    url: str
    outcome: str
    status: int | None = None
    body: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None
    attempts: int = 1
    seconds: float = 0.0
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.outcome == "ok"

    @property
    def retry_later(self) -> bool:
        """True when trying again later may succeed (time-outs, unreachable hosts, 429, 5xx)."""
        return self.outcome in RETRYABLE


class _TooLarge(Exception):
    pass


class Fetcher:
    """One HTTP client for a watch run; remembers robots.txt and the last request time per host."""

    def __init__(
        self, settings: FetchSettings, *, sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic, transport: httpx.BaseTransport | None = None,
    ) -> None:  # fmt: skip
        self.settings = settings
        self._sleep, self._clock = sleep, clock
        self._last: dict[str, float] = {}
        self._robots: dict[str, RobotFileParser | None] = {}
        self.client = httpx.Client(
            headers={"User-Agent": settings.user_agent},
            timeout=settings.timeout,
            follow_redirects=True,
            max_redirects=settings.max_redirects,
            transport=transport,
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """Fetch `url` politely; conditional when `etag`/`last_modified` from an earlier fetch are given."""
        started = self._clock()
        blocked = self._robots_says_no(url)
        if blocked:
            return Fetched(url, "robots", detail=blocked, seconds=self._clock() - started)
        headers = {k: v for k, v in (("If-None-Match", etag), ("If-Modified-Since", last_modified)) if v}
        attempt = 0
        while True:
            attempt += 1
            result = self._attempt(url, headers)
            if not result.retry_later or attempt > self.settings.retries:
                return replace(result, attempts=attempt, seconds=self._clock() - started)
            self._sleep(self.settings.backoff * 2 ** (attempt - 1))

    def _attempt(self, url: str, headers: dict[str, str]) -> Fetched:
        self._wait_turn(url)
        try:
            with self.client.stream("GET", url, headers=headers) as response:
                return self._response(url, response)
        except httpx.TimeoutException:
            return Fetched(url, "timeout", detail=f"no answer within {self.settings.timeout:g} s")
        except httpx.TooManyRedirects:
            return Fetched(url, "redirect loop", detail=f"more than {self.settings.max_redirects} redirects")
        except _TooLarge:
            return Fetched(url, "too large", detail=f"over {self.settings.max_bytes} bytes")
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
            return Fetched(url, "bad url", detail=str(exc))
        except httpx.HTTPError as exc:
            return Fetched(url, "unreachable", detail=str(exc) or type(exc).__name__)
        finally:
            self._last[_host(url)] = self._clock()

    def _response(self, url: str, response: httpx.Response) -> Fetched:
        status = response.status_code
        meta = {
            "status": status,
            "content_type": response.headers.get("content-type", "").split(";")[0].strip().lower(),
            "etag": response.headers.get("etag"),
            "last_modified": response.headers.get("last-modified"),
        }
        if status == 304:
            return Fetched(url, "not modified", **meta)
        if status >= 400:
            outcome = "http 5xx" if status >= 500 else f"http {status}"
            return Fetched(url, outcome, detail=f"HTTP {status} {response.reason_phrase}", **meta)
        return Fetched(url, "ok", body=self._capped_body(response), **meta)

    def _capped_body(self, response: httpx.Response) -> bytes:
        cap = self.settings.max_bytes
        if int(response.headers.get("content-length") or 0) > cap:
            raise _TooLarge
        deadline = self._clock() + self.settings.timeout * 3  # a server trickling bytes is a time-out too
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > cap:
                raise _TooLarge
            if self._clock() > deadline:
                raise httpx.ReadTimeout("the body took too long", request=response.request)
            chunks.append(chunk)
        return b"".join(chunks)

    def _wait_turn(self, url: str) -> None:
        last = self._last.get(_host(url))
        if last is not None:
            wait = last + self.settings.delay - self._clock()
            if wait > 0:
                self._sleep(wait)

    def _robots_says_no(self, url: str) -> str | None:
        """Why robots.txt forbids `url` to us, or None when it is allowed."""
        host = _host(url)
        if host not in self._robots:
            self._robots[host] = self._load_robots(url)
        rules = self._robots[host]
        if rules is not None and not rules.can_fetch(self.settings.user_agent, url):
            return "robots.txt disallows it"
        return None

    def _load_robots(self, url: str) -> RobotFileParser | None:
        """The host's robots.txt (RFC 9309: a 4xx or unreachable file allows everything, a 5xx nothing)."""
        parts = urlsplit(url)
        where = f"{parts.scheme}://{parts.netloc}/robots.txt"
        result = self._attempt(where, {})
        rules = RobotFileParser(where)
        if result.ok:
            rules.parse(result.body.decode("utf-8", errors="replace").splitlines())
        elif result.outcome == "http 5xx":
            rules.parse(["User-agent: *", "Disallow: /"])
        else:
            return None
        return rules


def _host(url: str) -> str:
    return urlsplit(url).netloc.lower()
