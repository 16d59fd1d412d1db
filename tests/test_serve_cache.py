"""The summary cache: a hit until the store changes, nothing kept when its size is 0."""

from __future__ import annotations

import functools
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from fastapi.testclient import TestClient
from synthetic import Row, build, document

from eventwatch.serve import ServeConfig, create_app
from eventwatch.serve.cache import ResultCache
from eventwatch.store import Store, Stored


def test_a_result_is_reused_until_the_generation_moves() -> None:
    cache, calls = ResultCache(2), []

    def compute() -> int:
        calls.append(1)
        return len(calls)

    assert [cache.get("k", 1, compute), cache.get("k", 1, compute), cache.get("k", 2, compute)] == [1, 1, 2]
    assert (cache.hits, cache.misses) == (1, 2)


def test_least_recently_used_results_go_first_and_size_zero_keeps_none() -> None:
    cache = ResultCache(2)
    for key in ("a", "b", "a", "c"):
        cache.get(key, 0, functools.partial(str, key))
    assert cache.get("b", 0, lambda: "recomputed") == "recomputed"
    assert cache.get("c", 0, lambda: "recomputed") == "c"
    off = ResultCache(0)
    assert [off.get("k", 0, functools.partial(int, n)) for n in (1, 2)] == [1, 2]


def test_the_api_sees_documents_stored_after_a_cached_answer(db_path: Path) -> None:
    build(db_path, [document("a", [Row("ASSAULT", "2025-02-03", "SDN", place="SDN")])])
    client = TestClient(create_app(ServeConfig(str(db_path))))
    first = client.get("/api/timeseries?group=all").json()
    assert client.get("/api/timeseries?group=all").json() == first
    with Store.open(db_path) as store:
        store.save([Stored(document("b", [Row("ASSAULT", "2025-02-04", "SDN", place="SDN")]), "raw-b")])
    assert client.get("/api/timeseries?group=all").json()["series"][0]["total"] == 2
    assert client.get("/api/places").json()["places"][0]["count"] == 2


def test_concurrent_misses_of_one_key_compute_it_once() -> None:
    cache, calls, gate = ResultCache(4), [], threading.Event()

    def slow() -> str:
        calls.append(1)
        gate.wait(5)
        return "done"

    with ThreadPoolExecutor(8) as pool:
        futures = [pool.submit(cache.get, "k", 0, slow) for _ in range(8)]
        time.sleep(0.2)  # let every thread reach the cache before the first computation ends
        gate.set()
        assert [f.result() for f in futures] == ["done"] * 8
    assert len(calls) == 1
