"""The SQLite store: open (WAL, migrations), write documents with their events, count."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from eventwatch.errors import StoreError
from eventwatch.output.contract import event_json
from eventwatch.records import Document, Skip
from eventwatch.store.schema import LATEST, MIGRATIONS

_EVENT_COLUMNS = (
    "document", "event_id", "doc_id", "event_type", "mode", "cameo", "quad_class", "goldstein", "status",
    "date", "date_text", "actor_code", "actor_country", "actor_name", "recipient_code", "recipient_country",
    "recipient_name", "location_name", "location_country", "location_lat", "location_lon", "speaker_code",
    "speaker_name", "sentence_index", "sentence", "trigger", "confidence", "json",
)  # fmt: skip
_DOC_COLUMNS = ("id", "content_hash", "origin", "url", "title", "date", "author", "source", "language",
                "quality", "text", "notes")  # fmt: skip


@dataclass(slots=True, frozen=True)
class Stored:
    """A processed document ready to store, with the hash of the input it came from."""

    doc: Document
    raw_hash: str


@dataclass(slots=True)
class Counts:
    """What one `save` call added."""

    documents: int = 0
    duplicates: int = 0
    events: int = 0


class Store:
    """One SQLite store. Open with `Store.open`; use as a context manager to close it."""

    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        self.conn = conn
        self.path = path

    @classmethod
    def open(cls, path: str | Path, *, create: bool = True) -> Store:
        """Open (and create/migrate) the store; `StoreError` with a fix-it message if it cannot be used."""
        where = Path(path)
        if not create and not where.is_file():
            raise StoreError(f"no store at {where}: run `eventwatch ingest` first, or pass --db")
        if create and not where.parent.is_dir():
            raise StoreError(f"cannot create the store {where}: folder {where.parent} does not exist")
        if create and not _writable(where):
            raise StoreError(f"the store {where} is read-only: make it and its folder writable, or pass --db")
        try:
            conn = sqlite3.connect(where, isolation_level=None, timeout=30)
            store = cls(conn, str(where))
            store._prepare()
        except sqlite3.Error as exc:
            raise StoreError(f"cannot use the store {where}: {exc}") from exc
        return store

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    def _prepare(self) -> None:
        self.conn.execute("PRAGMA foreign_keys = ON")
        version = self.schema_version()
        if version > LATEST:
            raise StoreError(
                f"{self.path} has schema {version}, newer than this eventwatch ({LATEST}): upgrade"
            )
        if version < LATEST:
            self.conn.execute("PRAGMA journal_mode = WAL")
            self._migrate(version)
        self.conn.execute("PRAGMA synchronous = NORMAL")

    def schema_version(self) -> int:
        """The highest migration applied (0 for a new file)."""
        has_table = self.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
        ).fetchone()
        if not has_table:
            return 0
        row = self.conn.execute("SELECT max(version) FROM schema_version").fetchone()
        return int(row[0] or 0)

    def _migrate(self, current: int) -> None:
        for version, sql in enumerate(MIGRATIONS, 1):
            if version <= current:
                continue
            try:
                self.conn.executescript(
                    "BEGIN IMMEDIATE; CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);"
                    f"{sql}; INSERT INTO schema_version VALUES ({version}); COMMIT;"
                )
            except sqlite3.Error:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                if self.schema_version() >= version:  # another process creating the store got there first
                    continue
                raise

    def known_inputs(self, raw_hashes: Iterable[str]) -> set[str]:
        """The raw-input hashes already stored (so a re-run does not process them again)."""
        hashes = list(raw_hashes)
        found: set[str] = set()
        for i in range(0, len(hashes), 500):
            chunk = hashes[i : i + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.conn.execute(f"SELECT raw_hash FROM inputs WHERE raw_hash IN ({marks})", chunk)
            found.update(r[0] for r in rows)
        return found

    def save(self, items: Iterable[Stored | Skip]) -> Counts:
        """Write documents with their events, and skips, in one transaction; known hashes add nothing."""
        counts = Counts()
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            for item in items:
                if isinstance(item, Skip):
                    self._save_skip(item)
                else:
                    self._save_document(item, counts)
            self.conn.execute("COMMIT")
        except BaseException as exc:
            if self.conn.in_transaction:  # SQLite may have rolled back already (disk full)
                self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.OperationalError):  # disk full, read-only, locked too long
                raise StoreError(
                    f"cannot write to the store {self.path}: {exc}; what was stored before is kept"
                ) from exc
            raise
        return counts

    def _save_skip(self, skip: Skip) -> None:
        self.conn.execute(
            "INSERT INTO skips (origin, reason, detail) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
            (skip.origin, skip.reason, skip.detail),
        )

    def _save_document(self, item: Stored, counts: Counts) -> None:
        doc = item.doc
        digest = doc.content_hash or hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
        row = (doc.id, digest, doc.origin, doc.url, doc.title, doc.date, doc.author, doc.source,
               doc.language, doc.quality, doc.text, json.dumps(doc.notes, ensure_ascii=False))  # fmt: skip
        marks = ",".join("?" * len(_DOC_COLUMNS))
        sql = f"INSERT INTO documents ({','.join(_DOC_COLUMNS)}) VALUES ({marks}) ON CONFLICT DO NOTHING"
        cur = self.conn.execute(sql, row)
        if cur.rowcount and cur.lastrowid is not None:
            pk = cur.lastrowid
            counts.documents += 1
            counts.events += self._save_events(pk, doc)
        else:
            counts.duplicates += 1
            pk = self.conn.execute("SELECT pk FROM documents WHERE content_hash = ?", (digest,)).fetchone()[0]
        if item.raw_hash:
            self.conn.execute("INSERT INTO inputs VALUES (?, ?) ON CONFLICT DO NOTHING", (item.raw_hash, pk))

    def _save_events(self, pk: int, doc: Document) -> int:
        rows = [_event_row(pk, event_json(doc, ev)) for ev in doc.events]
        marks = ",".join("?" * len(_EVENT_COLUMNS))
        sql = f"INSERT INTO events ({','.join(_EVENT_COLUMNS)}) VALUES ({marks}) ON CONFLICT DO NOTHING"
        return self.conn.executemany(sql, rows).rowcount if rows else 0

    def counts(self) -> dict[str, int]:
        """Rows per table: documents, events, skips."""
        tables = ("documents", "events", "skips")
        return {t: int(self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in tables}


def _writable(path: Path) -> bool:
    """SQLite in WAL mode writes the file and, beside it, its -wal and -shm files."""
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return os.access(path.parent, os.W_OK)


def _event_row(pk: int, line: dict) -> tuple:
    """The event's columns; a place only inferred (no place told: the country's centroid) keeps its
    country for counts but no coordinates, so maps and boxes show only places the text tells."""
    actor, recipient = line.get("actor") or {}, line.get("recipient") or {}
    place, speaker = line.get("location") or {}, line.get("speaker") or {}
    point = (None, None) if line.get("location_inferred") else (place.get("lat"), place.get("lon"))
    return (
        pk, line["event_id"], line["doc_id"], line["event_type"], line["mode"], line["cameo"],
        line["quad_class"], line["goldstein"], line["status"], line["date"], line["date_text"],
        actor.get("code"), actor.get("country"), actor.get("name"),
        recipient.get("code"), recipient.get("country"), recipient.get("name"),
        place.get("name"), place.get("country"), *point,
        speaker.get("code"), speaker.get("name"),
        line["sentence_index"], line["sentence"], line["trigger"], line["confidence"],
        json.dumps(line, ensure_ascii=False),
    )  # fmt: skip
