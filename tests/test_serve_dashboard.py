"""The dashboard in a real browser (headless Chromium via playwright) over the demo store.

The one integration test of `eventwatch serve` (a few seconds): the map, timeline, dyads and
table render with the store's counts, a filter changes them and lives in the URL, a row opens
its evidence, and the console stays clean. Saves build/dashboard.png. Skipped without Chromium.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections import Counter
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest

from eventwatch.read import read_inputs
from eventwatch.serve import ServeConfig, create_app
from eventwatch.store import EventQuery, Store, find_events, ingest
from eventwatch.toolkit import Toolkit

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]  # fmt: skip
SCREENSHOT = Path(__file__).resolve().parents[1] / "build" / "dashboard.png"
REQUIRED = os.environ.get("EVENTWATCH_REQUIRE_BROWSER") == "1"  # set by .ci/run: CI must not skip it
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None and not REQUIRED, reason="no chromium on PATH (.ci/run installs it)"),
]


@pytest.fixture(scope="module")
def demo_db(kit: Toolkit, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("dashboard") / "demo.db"
    sample = str(resources.files("eventwatch").joinpath("sample", "articles"))
    with Store.open(path) as store:
        ingest(read_inputs([sample], kit.options), kit, store)
    return path


@pytest.fixture(scope="module")
def server(demo_db: Path) -> Iterator[str]:
    import uvicorn

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    web = uvicorn.Server(uvicorn.Config(create_app(ServeConfig(str(demo_db))), host="127.0.0.1", port=port,
                                        log_level="warning"))  # fmt: skip
    thread = threading.Thread(target=web.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not web.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert web.started, "the server did not start"
    yield f"http://127.0.0.1:{port}"
    web.should_exit = True
    thread.join(10)


def _number(page, selector: str, attribute: str | None = None) -> int:
    value = page.get_attribute(selector, attribute) if attribute else page.text_content(selector)
    return int(value or "-1")


def test_dashboard_renders_filters_and_opens_evidence(server: str, demo_db: Path) -> None:
    from playwright.sync_api import sync_playwright

    assert CHROMIUM, "EVENTWATCH_REQUIRE_BROWSER=1 but no chromium on PATH"

    with Store.open(demo_db) as store:
        stored = list(find_events(store, EventQuery()))
    busiest_type, typed = Counter(e["event_type"] for e in stored).most_common(1)[0]
    places = [  # a place only inferred (no place told) is no point on the map
        e["location"]
        for e in stored
        if e["location"] and e["location"]["lat"] is not None and not e["location_inferred"]
    ]
    located = {(p["name"], p["country"]) for p in places}
    problems: list[str] = []
    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 1400})
        page.on("console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None)
        page.on("pageerror", lambda e: problems.append(str(e)))
        page.goto(server + "/")
        page.wait_for_selector("body[data-ready=yes]", timeout=15000)
        # 1. every view shows the whole store
        assert _number(page, "#event-count") == len(stored)
        assert _number(page, "#map", "data-points") == len(located) == page.locator("#map circle").count()
        assert _number(page, "#map", "data-countries") > 5
        assert page.locator("#timeline rect").count() == _number(page, "#timeline", "data-periods") > 1
        assert page.locator("#events tbody tr").count() == min(50, len(stored))
        assert page.locator("#dyads td").count() > 0
        page.screenshot(path=str(SCREENSHOT), full_page=True)
        # 2. a filter changes every view and lives in the URL
        page.fill("input[name=type]", busiest_type)
        page.click("button[type=submit]")
        page.wait_for_function(f"document.getElementById('event-count').textContent === '{typed}'")
        page.wait_for_selector("body[data-ready=yes]")
        assert f"type={busiest_type}" in page.url
        types = page.locator("#events tbody tr td:nth-child(2)").all_text_contents()
        assert len(types) == min(50, typed) and set(types) == {busiest_type}
        shared = page.url
        page.goto(server + "/")
        page.wait_for_selector("body[data-ready=yes]")
        page.goto(shared)
        page.wait_for_selector("body[data-ready=yes]")
        assert _number(page, "#event-count") == typed
        assert page.input_value("input[name=type]") == busiest_type
        # 3. a row opens its evidence sentence, highlighted in its article
        first = page.locator("#events tbody tr").first
        event = next(e for e in stored if e["event_id"] == first.get_attribute("data-event-id"))
        first.click()
        page.wait_for_selector("#evidence mark")
        assert page.is_visible("#evidence")
        assert page.text_content("#evidence mark") == event["sentence"]
        if event["url"]:
            assert page.get_attribute("#evidence-meta a", "href") == event["url"]
        browser.close()
    print(f"dashboard screenshot: {SCREENSHOT}")
    assert problems == []
