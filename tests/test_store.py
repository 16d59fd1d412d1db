"""The SQLite store: schema migrations, WAL, idempotent writes, queries and unusable paths."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from eventwatch.errors import StoreError
from eventwatch.records import Actor, Document, Event, EventDate, Place, Sentence, Skip
from eventwatch.store import EventQuery, Store, Stored, find_events
from eventwatch.store.schema import LATEST

RUS = Actor("Russia", "Russia", "RUS", "RUS", "state", "GOV")
UKR = Actor("Ukrainian forces", "Ukraine", "UKR", "UKR", "state", "MIL")
EU = Actor("the European Union", "European Union", "EU", None, "igo", "IGO")
KYIV = Place("Kyiv", "Kyiv", "UKR", 50.45, 30.52, "city", geonames_id=703448)


def _doc(key: str, text: str, events: list[tuple[str, Actor | None, Actor | None, str | None]]) -> Document:
    """A processed document whose events are (type, actor, recipient, date) on its first sentence."""
    sentence = Sentence(0, 0, len(text), text)
    doc = Document(
        id=key,
        origin=f"{key}.txt",
        text=text,
        title=f"Title {key}",
        date="2024-03-10",
        content_hash=f"hash-{key}",
    )
    for kind, actor, recipient, when in events:
        ev = Event(
            kind,
            "trigger words",
            sentence,
            actor=actor,
            recipient=recipient,
            location=KYIV,
            date=EventDate(when, "on Monday" if when else None),
        )
        doc.events.append(ev)
    return doc


DOCS = [
    _doc("a", "Russia accused Ukraine of shelling the dam.", [("ACCUSE", RUS, UKR, "2024-03-04")]),
    _doc("b", "The European Union imposed sanctions on Russian banks.", [("SANCTION", EU, RUS, "2024-02")]),
    _doc("c", "Ukrainian forces shelled positions near the river.", [("ASSAULT", UKR, None, None)]),
]


@pytest.fixture()
def store(db_path: Path) -> Store:
    s = Store.open(db_path)
    s.save([Stored(d, f"raw-{d.id}") for d in DOCS])
    return s


def test_new_store_is_migrated_and_in_wal_mode(db_path: Path) -> None:
    with Store.open(db_path) as s:
        assert s.schema_version() == LATEST
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert s.counts() == {"documents": 0, "events": 0, "skips": 0}
    with Store.open(db_path) as again:
        versions = again.conn.execute("SELECT version FROM schema_version").fetchall()
        assert versions == [(v,) for v in range(1, LATEST + 1)]


def test_store_with_a_newer_schema_is_refused(db_path: Path) -> None:
    Store.open(db_path).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("INSERT INTO schema_version VALUES (?)", (LATEST + 1,))
    with pytest.raises(StoreError, match="newer than this eventwatch"):
        Store.open(db_path)


def test_saving_the_same_documents_again_adds_nothing(store: Store) -> None:
    before = store.counts()
    counts = store.save([Stored(d, f"raw-{d.id}") for d in DOCS])
    assert (counts.documents, counts.duplicates, counts.events) == (0, 3, 0)
    assert store.counts() == before == {"documents": 3, "events": 3, "skips": 0}
    assert store.known_inputs(["raw-a", "raw-z"]) == {"raw-a"}


def test_skips_are_stored_once_per_origin_and_reason(store: Store) -> None:
    skip = Skip("feed.jsonl:4", "bad json", "Expecting value at column 1")
    store.save([skip])
    store.save([skip])
    assert store.counts()["skips"] == 1


def test_a_failing_batch_leaves_nothing_behind(db_path: Path) -> None:
    s = Store.open(db_path)
    broken = _doc("x", "The talks ended.", [])
    broken.text = None  # type: ignore[assignment]  # violates NOT NULL after the first document
    with pytest.raises(sqlite3.IntegrityError):
        s.save([Stored(DOCS[0], "raw-a"), Stored(broken, "raw-x")])
    assert s.counts() == {"documents": 0, "events": 0, "skips": 0}


def _codes(store: Store, query: EventQuery) -> list[str]:
    return [line["event_type"] for line in find_events(store, query)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        pytest.param(EventQuery(), ["ACCUSE", "SANCTION", "ASSAULT"], id="everything-in-ingest-order"),
        pytest.param(EventQuery(actor="rus"), ["ACCUSE"], id="actor-code-any-case"),
        pytest.param(EventQuery(recipient="RUS"), ["SANCTION"], id="recipient"),
        pytest.param(EventQuery(event_type="assault"), ["ASSAULT"], id="type"),
        pytest.param(EventQuery(country="RUS"), ["ACCUSE", "SANCTION"], id="country-of-actor-or-recipient"),
        pytest.param(EventQuery(country="UKR"), ["ACCUSE", "SANCTION", "ASSAULT"], id="country-of-place"),
        pytest.param(EventQuery(status="negated"), [], id="status"),
        pytest.param(
            EventQuery(since="2024-03-01"), ["ACCUSE", "ASSAULT"], id="since-uses-doc-date-when-no-date"
        ),
        pytest.param(EventQuery(until="2024-02-29"), ["SANCTION"], id="until-month-precision"),
        pytest.param(
            EventQuery(since="2024-02-15", until="2024-02-20"), ["SANCTION"], id="month-overlaps-range"
        ),
        pytest.param(EventQuery(search="sanctions banks"), ["SANCTION"], id="search-all-words"),
        pytest.param(EventQuery(search='river "AND'), [], id="search-fts-syntax-is-literal"),
        pytest.param(EventQuery(limit=2), ["ACCUSE", "SANCTION"], id="limit"),
    ],
)
def test_event_filters(store: Store, query: EventQuery, expected: list[str]) -> None:
    assert _codes(store, query) == expected


def test_stored_event_keeps_the_contract_line(store: Store) -> None:
    line = next(find_events(store, EventQuery(actor="RUS")))
    assert line["actor"]["code"] == "RUS" and line["recipient"]["code"] == "UKR"
    assert line["location"]["geonames_id"] == 703448
    assert line["doc_id"] == "a" and line["date"] == "2024-03-04"


def test_missing_folder_is_a_store_error_and_creates_nothing(tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "events.db"
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(target)
    assert not (tmp_path / "no").exists()


def test_path_that_is_a_folder_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot use the store"):
        Store.open(tmp_path)


def test_file_that_is_not_a_database_is_left_untouched(tmp_path: Path) -> None:
    target = tmp_path / "notes.db"
    target.write_text("these are my notes, not a database\n" * 200)
    before = target.read_bytes()
    with pytest.raises(StoreError, match="not a database"):
        Store.open(target)
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]


def test_opening_for_reading_does_not_create_a_store(db_path: Path) -> None:
    with pytest.raises(StoreError, match="eventwatch ingest"):
        Store.open(db_path, create=False)
    assert not db_path.exists()


def test_a_new_migration_is_applied_to_an_existing_store(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import eventwatch.store.db as db

    with Store.open(db_path) as s:
        s.save([Stored(DOCS[0], "raw-a")])
    extra = "CREATE TABLE labels (event INTEGER NOT NULL REFERENCES events (pk), label TEXT NOT NULL);"
    monkeypatch.setattr(db, "MIGRATIONS", (*db.MIGRATIONS, extra))
    monkeypatch.setattr(db, "LATEST", LATEST + 1)
    with Store.open(db_path) as s:
        assert s.schema_version() == LATEST + 1
        assert s.conn.execute("SELECT count(*) FROM labels").fetchone() == (0,)
        assert s.counts()["documents"] == 1


def test_a_failing_migration_leaves_the_previous_version(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import eventwatch.store.db as db

    Store.open(db_path).close()
    broken = "CREATE TABLE half_done (x INTEGER); CREATE TABLE documents (x INTEGER);"  # second clashes
    monkeypatch.setattr(db, "MIGRATIONS", (*db.MIGRATIONS, broken))
    monkeypatch.setattr(db, "LATEST", LATEST + 1)
    with pytest.raises(StoreError, match="already exists"):
        Store.open(db_path)
    monkeypatch.undo()
    with Store.open(db_path) as s:
        assert s.schema_version() == LATEST
        tables = {r[0] for r in s.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "half_done" not in tables


def test_min_confidence_and_bounding_box_filters(db_path: Path) -> None:
    far = Place("Sydney", "Sydney", "AUS", -33.87, 151.21, "city")
    docs = [
        _doc("k", "Russia accused Ukraine again.", [("ACCUSE", RUS, UKR, "2024-03-04")]),
        _doc("s", "The European Union met Russia in Sydney.", [("CONSULT", EU, RUS, "2024-03-05")]),
    ]
    docs[0].events[0].confidence = 0.9
    docs[1].events[0].location, docs[1].events[0].confidence = far, 0.4
    with Store.open(db_path) as s:
        s.save([Stored(d, f"raw-{d.id}") for d in docs])
        assert _codes(s, EventQuery(min_confidence=0.5)) == ["ACCUSE"]
        assert _codes(s, EventQuery(bbox=(20.0, 40.0, 40.0, 60.0))) == ["ACCUSE"]  # Europe: Kyiv
        assert _codes(s, EventQuery(bbox=(150.0, -40.0, -170.0, -30.0))) == ["CONSULT"]  # across 180
        assert _codes(s, EventQuery(bbox=(-10.0, -10.0, 10.0, 10.0))) == []


def test_an_inferred_place_counts_for_its_country_but_is_no_point_on_the_map(db_path: Path) -> None:
    docs = [
        _doc("t", "Russia accused Ukraine in Kyiv.", [("ACCUSE", RUS, UKR, "2024-03-04")]),
        _doc("u", "Russia accused Ukraine again.", [("ACCUSE", RUS, UKR, "2024-03-05")]),
    ]
    docs[1].events[0].location_inferred = True  # no place told: Ukraine's centroid stood in
    with Store.open(db_path) as s:
        s.save([Stored(d, f"raw-{d.id}") for d in docs])
        rows = s.conn.execute("SELECT doc_id, location_country, location_lat FROM events ORDER BY doc_id")
        assert [(doc, country, lat is not None) for doc, country, lat in rows] == [
            ("t", "UKR", True),
            ("u", "UKR", False),
        ]
        assert _codes(s, EventQuery(bbox=(20.0, 40.0, 40.0, 60.0))) == ["ACCUSE"]  # only the told place
