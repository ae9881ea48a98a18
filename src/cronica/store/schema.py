"""The SQLite schema and its migrations. Only the store package speaks SQL."""

from __future__ import annotations

import sqlite3

# Each entry migrates the schema from version i to i+1. Append; never edit a released step.
MIGRATIONS: list[str] = [
    """
    CREATE TABLE pages (
        id TEXT PRIMARY KEY,
        source TEXT NOT NULL,
        url TEXT,
        kind TEXT NOT NULL,
        raw BLOB NOT NULL,
        encoding TEXT,
        seen_at TEXT NOT NULL,
        hints TEXT NOT NULL DEFAULT '{}',
        ingested_at TEXT NOT NULL
    );
    CREATE INDEX pages_source ON pages(source);

    CREATE TABLE rejections (
        source TEXT NOT NULL,
        page_id TEXT,
        reason TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL,
        PRIMARY KEY (source, reason)
    );

    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        page_id TEXT NOT NULL REFERENCES pages(id),
        source TEXT NOT NULL,
        url TEXT,
        title TEXT,
        text TEXT NOT NULL,
        lang TEXT,
        outlet TEXT,
        agency TEXT,
        published TEXT,
        event_date TEXT,
        seen_at TEXT,
        record TEXT NOT NULL
    );
    CREATE INDEX articles_page ON articles(page_id);
    CREATE INDEX articles_published ON articles(published);

    CREATE VIRTUAL TABLE articles_fts USING fts5(
        article_id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2'
    );

    CREATE TABLE entities (
        article_id TEXT NOT NULL REFERENCES articles(id),
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        surface TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL
    );
    CREATE INDEX entities_article ON entities(article_id);
    CREATE INDEX entities_name ON entities(name);

    CREATE TABLE quotes (
        article_id TEXT NOT NULL REFERENCES articles(id),
        text TEXT NOT NULL,
        speaker TEXT,
        kind TEXT NOT NULL,
        cue TEXT,
        intermediary TEXT,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL
    );
    CREATE INDEX quotes_article ON quotes(article_id);
    CREATE INDEX quotes_speaker ON quotes(speaker);

    CREATE TABLE fingerprints (
        article_id TEXT PRIMARY KEY REFERENCES articles(id),
        exact TEXT NOT NULL,
        bands BLOB NOT NULL
    );
    CREATE INDEX fingerprints_exact ON fingerprints(exact);
    CREATE TABLE lsh (
        band INTEGER NOT NULL,
        key INTEGER NOT NULL,
        article_id TEXT NOT NULL
    );
    CREATE INDEX lsh_key ON lsh(band, key);

    CREATE TABLE copy_links (
        source TEXT NOT NULL,
        target TEXT NOT NULL,
        kind TEXT NOT NULL,
        similarity REAL NOT NULL,
        directed INTEGER NOT NULL DEFAULT 0,
        reason TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (source, target)
    );
    CREATE INDEX copy_links_target ON copy_links(target);

    CREATE TABLE copy_groups (
        article_id TEXT PRIMARY KEY,
        group_id TEXT NOT NULL,
        origin TEXT
    );
    CREATE INDEX copy_groups_group ON copy_groups(group_id);

    CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        title TEXT,
        event_date TEXT,
        first_published TEXT,
        storyline TEXT,
        profile TEXT NOT NULL DEFAULT '{}',
        record TEXT NOT NULL DEFAULT '{}',
        dirty INTEGER NOT NULL DEFAULT 1
    );
    CREATE TABLE story_members (
        article_id TEXT PRIMARY KEY,
        story_id TEXT NOT NULL
    );
    CREATE INDEX story_members_story ON story_members(story_id);

    CREATE TABLE evidence (
        subject TEXT NOT NULL,
        kind TEXT NOT NULL,
        claim TEXT NOT NULL,
        rule TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '',
        score REAL,
        ref TEXT,
        start INTEGER,
        end INTEGER
    );
    CREATE INDEX evidence_subject ON evidence(subject);

    CREATE TABLE term_df (
        term TEXT PRIMARY KEY,
        df INTEGER NOT NULL
    );
    CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    """
    CREATE TABLE site_lines (
        site TEXT NOT NULL,
        key INTEGER NOT NULL,
        pages INTEGER NOT NULL,
        PRIMARY KEY (site, key)
    );
    """,
    """
    CREATE TABLE story_actors (
        story_id TEXT NOT NULL,
        name TEXT NOT NULL,
        PRIMARY KEY (story_id, name)
    );
    CREATE INDEX story_actors_name ON story_actors(name);
    """,
    """
    ALTER TABLE stories ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX stories_seq ON stories(seq);
    CREATE INDEX stories_dirty ON stories(dirty) WHERE dirty = 1;
    """,
    """
    CREATE TABLE vectors (
        article_id TEXT PRIMARY KEY,
        vector BLOB NOT NULL
    );
    """,
    """
    CREATE INDEX stories_storyline ON stories(storyline) WHERE storyline IS NOT NULL;
    """,
    # The band keys of the fingerprints after 'lsh_upto' are not yet in lsh (cronica.store.lsh); so far
    # every stored article's are. Entity rows are read by no query: their index by name only cost writes.
    """
    INSERT OR REPLACE INTO meta VALUES ('lsh_upto', (SELECT COALESCE(MAX(rowid), 0) FROM fingerprints));
    DROP INDEX IF EXISTS entities_name;
    """,
]


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the schema up to date; return the version reached."""
    version = schema_version(conn)
    if version > len(MIGRATIONS):
        raise RuntimeError(
            f"database schema version {version} is newer than this cronica ({len(MIGRATIONS)}); upgrade cronica"
        )
    for step in range(version, len(MIGRATIONS)):
        try:
            conn.executescript("BEGIN;" + MIGRATIONS[step] + f"; PRAGMA user_version = {step + 1}; COMMIT;")
        except sqlite3.Error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return schema_version(conn)
