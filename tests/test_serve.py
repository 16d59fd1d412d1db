"""The HTTP API: every endpoint, pages and formats, the one error shape, 401/413/422, injection."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from synthetic import Row, build, document

from eventwatch.serve import ServeConfig, create_app
from eventwatch.serve import ingest as ingest_module
from eventwatch.settings import Options
from eventwatch.store import EventQuery, Store, find_events
from eventwatch.toolkit import Toolkit

ROWS = [
    Row("ASSAULT", "2025-02-03", "SDN", place="SDN", confidence=0.9),
    Row("ASSAULT", "2025-02-11", "SDN", "UKR", place="SDN", confidence=0.9),
    Row("ACCUSE", "2025-02-12", "RUS", "UKR", place="UKR", confidence=0.4),
    Row("AGREE", "2025-03-01", "FRA", "UKR", place="FRA", status="planned"),
    Row("CONSULT", None, "FRA", "RUS"),
]
TOKEN = "s3cret-token"


@pytest.fixture()
def db(db_path: Path) -> Path:
    docs = [document(f"d{i}", [row], date="2025-03-02") for i, row in enumerate(ROWS)]
    docs.append(
        document(
            "two", [Row("ACCUSE", "2025-02-20", "UKR", "RUS"), Row("ACCUSE", "2025-02-21", "RUS", "UKR")]
        )
    )
    return build(db_path, docs)


@pytest.fixture()
def client(db: Path) -> TestClient:
    return TestClient(create_app(ServeConfig(str(db))))


def _types(response: Any) -> list[str]:
    assert response.status_code == 200, response.text
    return [e["event_type"] for e in response.json()["events"]]


def _error(response: Any, status: int) -> dict[str, Any]:
    """The one error shape: {"error": {"status", "message", "parameter"}}."""
    assert response.status_code == status, response.text
    body = response.json()
    assert list(body) == ["error"] and set(body["error"]) == {"status", "message", "parameter"}
    assert body["error"]["status"] == status and body["error"]["message"]
    return body["error"]


def test_events_are_the_stores_lines_in_ingest_order(client: TestClient, db: Path) -> None:
    with Store.open(db) as store:
        expected = list(find_events(store, EventQuery()))
    body = client.get("/api/events").json()
    assert body["events"] == expected and body["count"] == 7 and body["next_cursor"] is None


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        pytest.param("type=assault", ["ASSAULT", "ASSAULT"], id="type"),
        pytest.param("actor=RUS&recipient=UKR", ["ACCUSE", "ACCUSE"], id="dyad"),
        pytest.param("country=fra", ["AGREE", "CONSULT"], id="country"),
        pytest.param("status=planned", ["AGREE"], id="status"),
        pytest.param("since=2025-02-12&until=2025-02-20", ["ACCUSE", "ACCUSE"], id="dates"),
        pytest.param("min_confidence=0.85", ["ASSAULT", "ASSAULT"], id="confidence"),
        pytest.param("bbox=20,40,40,60", ["ACCUSE"], id="bbox-kyiv"),
        pytest.param("search=article+d3", ["AGREE"], id="search"),
        pytest.param("search=ASSAULT+nowhere", [], id="search-all-words"),
    ],
)
def test_event_filters(client: TestClient, params: str, expected: list[str]) -> None:
    assert _types(client.get(f"/api/events?{params}")) == expected


def test_cursor_pages_walk_every_event_once(client: TestClient) -> None:
    seen, cursor, pages = [], "", 0
    while cursor is not None:
        body = client.get(f"/api/events?limit=3&cursor={cursor}").json()
        seen += [e["event_id"] for e in body["events"]]
        cursor, pages = body["next_cursor"], pages + 1
    assert pages == 3 and len(seen) == len(set(seen)) == 7


def test_jsonl_csv_and_geojson_formats(client: TestClient) -> None:
    lines = client.get("/api/events?format=jsonl&limit=2")
    assert lines.headers["content-type"].startswith("application/x-ndjson") and lines.headers["x-next-cursor"]
    assert [json.loads(x)["event_type"] for x in lines.text.splitlines()] == ["ASSAULT", "ASSAULT"]
    rows = list(csv.DictReader(io.StringIO(client.get("/api/events?format=csv&type=AGREE").text)))
    assert [(r["event_type"], r["actor.code"], r["location.name"]) for r in rows] == [
        ("AGREE", "FRA", "Paris")
    ]
    geo = client.get("/api/events?format=geojson&country=FRA").json()
    assert geo["type"] == "FeatureCollection"
    assert [f["geometry"] and f["geometry"]["coordinates"] for f in geo["features"]] == [[2.35, 48.86], None]


def test_one_event_and_its_document_with_the_evidence_span(client: TestClient) -> None:
    event = client.get("/api/events?type=AGREE").json()["events"][0]
    assert client.get(f"/api/events/{event['event_id']}").json() == event
    doc = client.get(f"/api/documents/{event['doc_id']}").json()
    assert doc["title"] == "Article d3" and doc["url"] == "https://news.example/d3"
    start, end = doc["events"][0]["span"]
    assert doc["text"][start:end] == event["sentence"]
    two = client.get("/api/documents/two").json()
    assert [e["actor"] for e in two["events"]] == ["Ukraine", "Russia"]


def test_timeseries_is_the_trends_function(client: TestClient) -> None:
    body = client.get("/api/timeseries?by=week&group=country&type=ASSAULT").json()
    assert body["periods"] == ["2025-02-03", "2025-02-10"]
    assert [(s["group"], [p["count"] for p in s["points"]]) for s in body["series"]] == [("SDN", [1, 1])]
    assert (
        client.get("/api/timeseries?group=all&by=month").json()["undated"] == 0
    )  # CONSULT takes its article's date


def test_dyads_actors_places_countries_and_health(client: TestClient) -> None:
    dyads = client.get("/api/dyads").json()["dyads"]
    assert dyads[0] == {"actor": "RUS", "actor_name": "Russia", "recipient": "UKR",
                        "recipient_name": "Ukraine", "count": 2, "goldstein": -2.0}  # fmt: skip
    actors = {
        a["code"]: (a["as_actor"], a["as_recipient"]) for a in client.get("/api/actors").json()["actors"]
    }
    assert actors == {"SDN": (2, 0), "RUS": (2, 2), "FRA": (2, 0), "UKR": (1, 4)}
    places = client.get("/api/places").json()["places"]
    assert [(p["name"], p["count"]) for p in places] == [("Khartoum", 2), ("Kyiv", 1), ("Paris", 1)]
    countries = {c["code"]: c for c in client.get("/api/countries").json()["countries"]}
    assert countries["SDN"]["conflict"] == 2 and countries["SDN"]["numeric"] == "729"
    assert client.get("/api/health").json()["events"] == 7


def test_openapi_documents_every_endpoint(client: TestClient) -> None:
    paths = set(client.get("/openapi.json").json()["paths"])
    assert {"/api/events", "/api/events/{event_id}", "/api/documents/{doc_id}", "/api/timeseries",
            "/api/dyads", "/api/actors", "/api/places", "/api/countries", "/api/health",
            "/api/ingest"} <= paths  # fmt: skip
    assert client.get("/docs").status_code == 200


@pytest.mark.parametrize(
    ("url", "parameter"),
    [
        pytest.param("/api/events?limit=0", "limit", id="limit-low"),
        pytest.param("/api/events?limit=100000", "limit", id="limit-capped"),
        pytest.param("/api/events?limit=many", "limit", id="limit-text"),
        pytest.param("/api/events?since=last+week", "since", id="since"),
        pytest.param("/api/events?until=2025-02-30", "until", id="until-not-a-day"),
        pytest.param("/api/events?status=maybe", "status", id="status"),
        pytest.param("/api/events?type=BOMBARD", "type", id="type-not-plover"),
        pytest.param("/api/dyads?type=BOMBARD", "type", id="type-on-summaries"),
        pytest.param("/api/events?min_confidence=2", "min_confidence", id="confidence"),
        pytest.param("/api/events?bbox=0,0,200,10", "bbox", id="bbox-range"),
        pytest.param("/api/events?bbox=a,b,c,d", "bbox", id="bbox-text"),
        pytest.param("/api/events?cursor=-5", "cursor", id="cursor"),
        pytest.param("/api/events?format=xml", "format", id="format"),
        pytest.param("/api/timeseries?by=year", "by", id="period"),
        pytest.param("/api/timeseries?group=dyad", "group", id="group"),
        pytest.param("/api/timeseries?window=0", "window", id="window"),
        pytest.param("/api/dyads?limit=501", "limit", id="dyads-limit"),
        pytest.param("/api/events?actor=" + "A" * 300, "actor", id="long-text"),
    ],
)
def test_bad_parameters_are_422_naming_the_parameter(client: TestClient, url: str, parameter: str) -> None:
    assert _error(client.get(url), 422)["parameter"] == parameter


def test_unknown_event_document_and_path_are_404(client: TestClient) -> None:
    assert _error(client.get("/api/events/0000"), 404)["parameter"] == "event_id"
    assert _error(client.get("/api/documents/nope"), 404)["parameter"] == "doc_id"
    _error(client.get("/api/nothing-here"), 404)


INJECTIONS = ["' OR '1'='1", "x'; DROP TABLE events; --", '" OR 1=1 --', "1) UNION SELECT json --",
              "NEAR(a b)", "*", "zz' --"]  # fmt: skip
TEXT_PARAMETERS = [
    "actor",
    "recipient",
    "type",
    "country",
    "status",
    "since",
    "until",
    "search",
    "bbox",
    "cursor",
]


@pytest.mark.parametrize("parameter", TEXT_PARAMETERS)
@pytest.mark.parametrize("attack", INJECTIONS, ids=range(len(INJECTIONS)))
def test_sql_injection_in_text_parameters_finds_nothing_and_breaks_nothing(
    client: TestClient, db: Path, parameter: str, attack: str
) -> None:
    for path in (
        "/api/events",
        "/api/timeseries",
        "/api/dyads",
        "/api/actors",
        "/api/places",
        "/api/countries",
    ):
        response = client.get(path, params={parameter: attack})
        assert response.status_code in (200, 422), response.text
        if response.status_code == 200 and path == "/api/events":
            assert response.json()["events"] == []
    for path in (f"/api/events/{attack}", f"/api/documents/{attack}"):
        assert client.get(path).status_code in (404, 422)
    with Store.open(db) as store:
        assert store.counts()["events"] == 7


def _ingesting(db: Path, kit: Toolkit, monkeypatch: pytest.MonkeyPatch, max_bytes: int = 5000) -> TestClient:
    monkeypatch.setattr(ingest_module, "Toolkit", lambda options: kit)
    options = Options(workers=1, max_bytes=max_bytes)
    return TestClient(create_app(ServeConfig(str(db), TOKEN, options)))


STORY = "Chad's army attacked rebel positions near Abeche on Tuesday."
BODY = (json.dumps({"id": "new-1", "date": "2025-04-02", "text": STORY}) + "\nnot json\n").encode()


def test_ingest_without_a_configured_token_is_401(client: TestClient) -> None:
    assert "EVENTWATCH_TOKEN" in _error(client.post("/api/ingest", content=BODY), 401)["message"]


@pytest.mark.parametrize("header", [None, "Bearer wrong", f"Basic {TOKEN}", TOKEN])
def test_ingest_with_a_wrong_or_missing_token_is_401(
    db: Path, kit: Toolkit, monkeypatch: pytest.MonkeyPatch, header: str | None
) -> None:
    client = _ingesting(db, kit, monkeypatch)
    headers = {"Authorization": header} if header else {}
    _error(client.post("/api/ingest", content=BODY, headers=headers), 401)


def test_ingest_over_max_bytes_is_413(db: Path, kit: Toolkit, monkeypatch: pytest.MonkeyPatch) -> None:
    client = _ingesting(db, kit, monkeypatch, max_bytes=100)
    _error(client.post("/api/ingest", content=BODY * 2, headers={"Authorization": f"Bearer {TOKEN}"}), 413)


def test_ingest_with_the_token_stores_documents_and_counts_skips(
    db: Path, kit: Toolkit, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = _ingesting(db, kit, monkeypatch)
    response = client.post("/api/ingest", content=BODY, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200, response.text
    summary = response.json()
    assert summary["stored"] == 1 and summary["skipped"] == {"bad json": 1}
    assert client.get("/api/documents/new-1").json()["date"] == "2025-04-02"
    assert client.get("/api/health").json()["documents"] == 7


def test_api_events_over_the_demo_store_are_what_the_events_command_prints(
    kit: Toolkit, db_path: Path
) -> None:
    from importlib import resources

    from typer.testing import CliRunner

    from eventwatch import cli
    from eventwatch.read import read_inputs
    from eventwatch.store import ingest

    sample = str(resources.files("eventwatch").joinpath("sample", "articles"))
    with Store.open(db_path) as store:
        ingest(read_inputs([sample], kit.options), kit, store)
    printed = CliRunner().invoke(cli.app, ["events", "--db", str(db_path), "--country", "USA", "-f", "jsonl"])
    expected = [json.loads(line) for line in printed.output.splitlines()]
    client = TestClient(create_app(ServeConfig(str(db_path))))
    assert client.get("/api/events?country=USA").json()["events"] == expected and len(expected) >= 3
    everything = (
        CliRunner().invoke(cli.app, ["events", "--db", str(db_path), "-f", "jsonl"]).output.splitlines()
    )
    served = client.get("/api/events?format=jsonl&limit=1000").text.splitlines()
    assert [json.loads(x) for x in served] == [json.loads(x) for x in everything] and len(served) > 50


def test_served_events_validate_against_the_contract(client: TestClient, shared: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((shared / "contract" / "event.schema.json").read_text())
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    events = client.get("/api/events").json()["events"]
    features = client.get("/api/events?format=geojson").json()["features"]
    for line in [*events, *(f["properties"] for f in features)]:
        assert list(validator.iter_errors(line)) == []
