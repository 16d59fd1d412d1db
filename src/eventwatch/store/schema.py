"""The store's schema as ordered migrations; `schema_version` records the ones applied.

Never edit a released migration: add the next one. Each runs in one transaction.
"""

from __future__ import annotations

MIGRATIONS: tuple[str, ...] = (
    # 1: documents, the inputs that led to them, events, skips, full-text index on article text
    """
    CREATE TABLE documents (
        pk INTEGER PRIMARY KEY,
        id TEXT NOT NULL,
        content_hash TEXT NOT NULL UNIQUE,
        origin TEXT NOT NULL,
        url TEXT, title TEXT, date TEXT, author TEXT, source TEXT, language TEXT,
        quality REAL NOT NULL,
        text TEXT NOT NULL,
        notes TEXT NOT NULL DEFAULT '[]'
    );
    CREATE INDEX documents_id ON documents (id);
    CREATE INDEX documents_date ON documents (date);

    CREATE TABLE inputs (
        raw_hash TEXT PRIMARY KEY,
        document INTEGER NOT NULL REFERENCES documents (pk)
    ) WITHOUT ROWID;

    CREATE TABLE events (
        pk INTEGER PRIMARY KEY,
        document INTEGER NOT NULL REFERENCES documents (pk),
        event_id TEXT NOT NULL,
        doc_id TEXT NOT NULL,
        event_type TEXT NOT NULL,
        mode TEXT, cameo TEXT, quad_class INTEGER, goldstein REAL,
        status TEXT NOT NULL,
        date TEXT, date_text TEXT,
        actor_code TEXT, actor_country TEXT, actor_name TEXT,
        recipient_code TEXT, recipient_country TEXT, recipient_name TEXT,
        location_name TEXT, location_country TEXT, location_lat REAL, location_lon REAL,
        speaker_code TEXT, speaker_name TEXT,
        sentence_index INTEGER NOT NULL,
        sentence TEXT NOT NULL,
        trigger TEXT NOT NULL,
        confidence REAL NOT NULL,
        json TEXT NOT NULL,
        UNIQUE (document, event_id)
    );
    CREATE INDEX events_type ON events (event_type);
    CREATE INDEX events_actor ON events (actor_code);
    CREATE INDEX events_recipient ON events (recipient_code);
    CREATE INDEX events_location_country ON events (location_country);
    CREATE INDEX events_date ON events (date);

    CREATE TABLE skips (
        origin TEXT NOT NULL,
        reason TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (origin, reason)
    ) WITHOUT ROWID;

    CREATE VIRTUAL TABLE documents_fts USING fts5 (title, text, content='documents', content_rowid='pk');
    CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts (rowid, title, text) VALUES (new.pk, coalesce(new.title, ''), new.text);
    END;
    CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts (documents_fts, rowid, title, text)
        VALUES ('delete', old.pk, coalesce(old.title, ''), old.text);
    END;
    """,
    # 2: one covering index for summaries (trends, dyads, places, the dashboard) so they read
    # neither the wide event rows nor their JSON
    """
    CREATE INDEX events_summary ON events (
        document, date, event_type, status, confidence, goldstein, quad_class, actor_code, actor_country,
        recipient_code, recipient_country, location_country, location_lat, location_lon
    );
    """,
    # 3: when each document was stored (UTC), for GDELT's DATEADDED; NULL for documents stored before
    """
    ALTER TABLE documents ADD COLUMN added TEXT;
    CREATE TRIGGER documents_added AFTER INSERT ON documents WHEN new.added IS NULL BEGIN
        UPDATE documents SET added = strftime('%Y-%m-%d %H:%M:%S', 'now') WHERE pk = new.pk;
    END;
    """,
    # 4: stories (near-duplicate articles), story events across articles, watch fetches and links, alerts
    """
    CREATE TABLE document_stories (
        document INTEGER PRIMARY KEY REFERENCES documents (pk),
        story TEXT NOT NULL,
        outlet TEXT NOT NULL,
        similarity REAL NOT NULL
    );
    CREATE INDEX document_stories_story ON document_stories (story);
    CREATE TABLE story_bands (
        band INTEGER NOT NULL,
        hash INTEGER NOT NULL,
        document INTEGER NOT NULL REFERENCES documents (pk),
        PRIMARY KEY (band, hash, document)
    ) WITHOUT ROWID;
    CREATE TABLE document_signatures (
        document INTEGER PRIMARY KEY REFERENCES documents (pk),
        signature BLOB NOT NULL
    );
    CREATE TABLE story_events (
        pk INTEGER PRIMARY KEY,
        story_id TEXT NOT NULL UNIQUE,
        event_type TEXT NOT NULL,
        actor_code TEXT, recipient_code TEXT, country TEXT,
        day TEXT
    );
    CREATE INDEX story_events_key ON story_events (event_type, day);
    CREATE TABLE story_event_members (
        event INTEGER PRIMARY KEY REFERENCES events (pk),
        story_event INTEGER NOT NULL REFERENCES story_events (pk)
    );
    CREATE INDEX story_event_members_story ON story_event_members (story_event);

    CREATE TABLE fetches (
        pk INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        url TEXT NOT NULL,
        fetched_at TEXT NOT NULL,
        status INTEGER,
        outcome TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '',
        bytes INTEGER NOT NULL DEFAULT 0,
        attempts INTEGER NOT NULL DEFAULT 1,
        seconds REAL NOT NULL DEFAULT 0
    );
    CREATE INDEX fetches_url ON fetches (url);
    CREATE TABLE validators (
        url TEXT PRIMARY KEY,
        etag TEXT, last_modified TEXT
    ) WITHOUT ROWID;
    CREATE TABLE links (
        url TEXT PRIMARY KEY,
        source TEXT NOT NULL,
        state TEXT NOT NULL,
        item TEXT NOT NULL DEFAULT '{}',
        tries INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX links_pending ON links (source, state);

    CREATE TABLE alerts (
        pk INTEGER PRIMARY KEY,
        rule TEXT NOT NULL,
        fired_at TEXT NOT NULL,
        payload TEXT NOT NULL
    );
    CREATE TABLE alert_keys (
        rule TEXT NOT NULL,
        key TEXT NOT NULL,
        alert INTEGER NOT NULL REFERENCES alerts (pk),
        PRIMARY KEY (rule, key)
    ) WITHOUT ROWID;
    CREATE TABLE rule_marks (
        rule TEXT PRIMARY KEY,
        last_event INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE deliveries (
        alert INTEGER NOT NULL REFERENCES alerts (pk),
        sink TEXT NOT NULL,
        state TEXT NOT NULL,
        tries INTEGER NOT NULL DEFAULT 0,
        detail TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (alert, sink)
    ) WITHOUT ROWID;
    """,
)

LATEST = len(MIGRATIONS)
