"""Load: `eventwatch serve` over a store of 100,000 synthetic events, 50 concurrent clients on loopback.

    .venv/bin/python bench/serve_load.py [--events 100000] [--clients 50] [--requests 20] [--db FILE]

1. Builds the store (unless --db names one that already holds enough events) by writing
   generated `Document`/`Event` records through `Store.save`, the store's own insert code;
   no NLP runs. Seeded, so every run builds the same store.
2. Starts `eventwatch serve` on 127.0.0.1 in its own process.
3. Per endpoint, `--clients` asyncio clients each send `--requests` requests (a bounded count,
   and a 60 s cap per request), cycling through a fixed list of filter combinations; first
   with the server's summary cache (what a dashboard sees: many users, the same views), then
   with `--cache 0` and `--cold-requests` each, so every request runs its SQL.
Prints each query's median latency with one client, then p50/p90/p99/max latency and
requests/s per endpoint under load; the target is p99 < 300 ms. Load from other processes
skews every figure: note `uptime` with them.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from eventwatch.records import Actor, Document, Event, EventDate, Place, Sentence
from eventwatch.store import Store, Stored

COUNTRIES = ["UKR", "RUS", "SDN", "SYR", "ISR", "COD", "NGA", "MLI", "AFG", "IRQ", "YEM", "MMR", "ETH", "SOM",
             "LBY", "HTI", "VEN", "COL", "MEX", "PAK", "IND", "CHN", "TWN", "PRK", "KOR", "JPN", "PHL", "IRN",
             "TUR", "ARM", "AZE", "GEO", "SRB", "FRA", "DEU", "GBR", "USA", "BRA", "KEN", "ZAF"]  # fmt: skip
TYPES = [("ASSAULT", 4, -9.0), ("COERCE", 4, -7.0), ("MOBILIZE", 4, -5.0), ("ACCUSE", 3, -2.0),
         ("THREATEN", 3, -4.4), ("PROTEST", 3, -4.5), ("REJECT", 3, -4.0), ("SANCTION", 3, -5.0),
         ("CONSULT", 1, 1.0), ("AGREE", 1, 4.0), ("SUPPORT", 1, 3.4), ("COOPERATE", 1, 6.0),
         ("AID", 2, 7.4), ("REQUEST", 1, -0.4), ("RETREAT", 2, 4.0)]  # fmt: skip
STATUSES = ["occurred"] * 6 + ["planned", "ongoing", "negated", "hypothetical"]
EVENT_QUERIES = ["limit=100", "limit=100&type=ASSAULT", "limit=100&country=UKR",
                 "limit=50&actor=RUS&since=2024-06", "limit=100&status=planned&min_confidence=0.7",
                 "limit=100&bbox=20,40,45,60",
                 "limit=100&cursor=50000", "limit=100&search=ceasefire"]  # fmt: skip
SERIES_QUERIES = ["by=week&group=country", "by=month&group=type", "by=week&group=all&country=SDN",
                  "by=day&group=actor&since=2025-06", "by=week&group=quad_class&type=ASSAULT",
                  "by=month&group=country&min_confidence=0.8"]  # fmt: skip


def generated_documents(events: int, seed: int = 14) -> list[Document]:
    """Documents of four events each over two years (2024-2025), seeded."""
    rng = random.Random(seed)
    actors = {c: Actor(c, c, c, c, "state", "GOV") for c in COUNTRIES}
    places = {c: Place(f"capital of {c}", f"capital of {c}", c, rng.uniform(-50, 60), rng.uniform(-170, 170),
                       "city") for c in COUNTRIES}  # fmt: skip
    words = ["ceasefire", "border", "talks", "shelling", "sanctions", "aid", "election", "protest"]
    docs = []
    for n in range(0, events, 4):
        month = n * 24 // events  # 0-23: two years, evenly filled
        date = f"{2024 + month // 12}-{1 + month % 12:02d}-{rng.randint(1, 28):02d}"
        lines = [f"Report {n} line {i} on the {rng.choice(words)} in the region." for i in range(4)]
        doc = Document(id=f"bench-{n}", origin=f"bench-{n}", text=" ".join(lines), title=f"Report {n}",
                       date=date, url=f"https://news.example/{n}", source="Bench Wire",
                       content_hash=f"bench-{n}")  # fmt: skip
        start = 0
        for i, line in enumerate(lines[: min(4, events - n)]):
            kind, quad, goldstein = rng.choice(TYPES)
            a, b = rng.sample(COUNTRIES, 2)
            sentence = Sentence(i, start, start + len(line), line)
            start += len(line) + 1
            doc.events.append(Event(kind, kind.lower(), sentence, actor=actors[a], recipient=actors[b],
                                    location=places[rng.choice((a, b))], date=EventDate(date, "today"),
                                    quad_class=quad, goldstein=goldstein, status=rng.choice(STATUSES),
                                    confidence=round(rng.uniform(0.4, 0.95), 2)))  # fmt: skip
        docs.append(doc)
    return docs


def build_store(path: Path, events: int) -> float:
    """Write the generated events into `path` unless it already holds them; seconds spent."""
    started = time.perf_counter()
    with Store.open(path) as store:
        if store.counts()["events"] >= events:
            return 0.0
        docs = generated_documents(events)
        for i in range(0, len(docs), 2000):
            store.save([Stored(d, d.id) for d in docs[i : i + 2000]])
    return time.perf_counter() - started


def start_server(db: Path, cache: int) -> tuple[subprocess.Popen[bytes], str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [
        sys.executable,
        "-m",
        "eventwatch.cli",
        "serve",
        "--db",
        str(db),
        "--port",
        str(port),
        "--cache",
        str(cache),
    ]
    server = subprocess.Popen(command, env={**os.environ, "EVENTWATCH_TOKEN": ""}, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            if httpx.get(base + "/api/health", timeout=2).status_code == 200:
                return server, base
        except httpx.HTTPError:
            time.sleep(0.1)
    server.kill()
    raise SystemExit("the server did not start")


async def load(
    base: str, path: str, queries: list[str], clients: int, requests: int
) -> tuple[list[float], float]:
    """Latencies (s) of clients x requests GETs cycling through `queries`, and the wall time."""
    latencies: list[float] = []

    async def client(k: int, http: httpx.AsyncClient) -> None:
        for i in range(requests):
            query = queries[(k + i) % len(queries)]
            sent = time.perf_counter()
            response = await http.get(f"{path}?{query}")
            latencies.append(time.perf_counter() - sent)
            if response.status_code != 200:
                raise SystemExit(f"{path}?{query}: HTTP {response.status_code} {response.text[:200]}")

    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as http:
        await http.get(f"{path}?{queries[0]}")  # warm this endpoint once
        started = time.perf_counter()
        await asyncio.gather(*(client(k, http) for k in range(clients)))
    return latencies, time.perf_counter() - started


def one_client(base: str, path: str, queries: list[str], repeats: int) -> None:
    """The median latency of each query sent by a single client, one request at a time."""
    with httpx.Client(base_url=base, timeout=60) as http:
        for query in queries:
            times = []
            for _ in range(repeats):
                sent = time.perf_counter()
                http.get(f"{path}?{query}").raise_for_status()
                times.append((time.perf_counter() - sent) * 1000)
            print(f"  one client  {path}?{query}: median {statistics.median(times):6.1f} ms")


def report(name: str, latencies: list[float], wall: float) -> None:
    ms = sorted(x * 1000 for x in latencies)
    cut = statistics.quantiles(ms, n=100, method="inclusive")
    print(f"{name:16} {len(ms):5d} requests  p50 {cut[49]:7.1f} ms  p90 {cut[89]:7.1f} ms"
          f"  p99 {cut[98]:7.1f} ms  max {ms[-1]:7.1f} ms  {len(ms) / wall:6.1f} req/s")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=20, help="per client and endpoint")
    parser.add_argument("--cold-requests", type=int, default=4, help="the same, with the cache off")
    parser.add_argument("--db", type=Path, help="keep (or reuse) the store here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="eventwatch-load-") as tmp:
        db = args.db or Path(tmp) / "load.db"
        seconds = build_store(db, args.events)
        with Store.open(db) as store:
            counts = store.counts()
        built = f"built in {seconds:.1f} s" if seconds else "reused"
        print(f"store: {counts['events']} events in {counts['documents']} documents ({db}); {built}")
        for cache, requests in ((256, args.requests), (0, args.cold_requests)):
            run(db, cache, args.clients, requests)


def run(db: Path, cache: int, clients: int, requests: int) -> None:
    server, base = start_server(db, cache)
    try:
        mode = f"summary cache of {cache}" if cache else "no cache: every request runs its SQL"
        print(f"{mode}:")
        for path, queries in (("/api/events", EVENT_QUERIES), ("/api/timeseries", SERIES_QUERIES)):
            one_client(base, path, queries, 5)
        print(f"{clients} concurrent clients x {requests} requests per endpoint, {mode}:")
        for path, queries in (("/api/events", EVENT_QUERIES), ("/api/timeseries", SERIES_QUERIES)):
            latencies, wall = asyncio.run(load(base, path, queries, clients, requests))
            report(path, latencies, wall)
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


if __name__ == "__main__":
    main()
