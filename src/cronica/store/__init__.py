"""The embedded store: SQLite through the standard library (WAL, FTS5). The only SQL in cronica."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from ..records import Article, CopyLink, Evidence, Page, Rejection, Story
from .codec import article_from_dict, dumps, story_from_dict, to_dict
from .lsh import BandKeys
from .schema import migrate

STORYLINE_FANOUT = 500  # stories per actor looked at when linking a story to a storyline


class StoreError(Exception):
    """A store that cannot be opened or used; the message is meant for the user."""


@dataclass(slots=True)
class BatchWrite:
    """Everything one batch adds, written in one transaction."""

    pages: list[Page] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    fingerprints: list[tuple[str, str, list[int]]] = field(default_factory=list)  # id, exact, band keys
    links: list[CopyLink] = field(default_factory=list)
    members: list[tuple[str, str]] = field(default_factory=list)  # article id, story id
    profiles: dict[str, dict] = field(default_factory=dict)  # story id -> clustering profile
    evidence: list[Evidence] = field(default_factory=list)
    df: dict[str, int] = field(default_factory=dict)  # document-frequency increments of clustering terms
    n_docs: int = 0  # documents the clustering index has seen after this batch
    site_lines: dict[str, Counter] = field(default_factory=dict)  # site -> line key -> new pages
    vectors: list[tuple[str, bytes]] = field(default_factory=list)  # article id, float16 embedding


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


class Store:
    """A cronica database file. Use as a context manager or call close()."""

    def __init__(self, path: str | Path):
        self.path = str(path)
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=OFF")
            # Up to 1 GB of page cache (the default is 2 MB), taken only as pages are read: the LSH and
            # evidence indexes of a million-article store are read and updated at random places on
            # every batch (at 110k articles, 128 MB -> 1 GB: 8.7 -> 8.2 ms of CPU per article)
            self.conn.execute("PRAGMA cache_size=-1048576")
            migrate(self.conn)
        except sqlite3.DatabaseError as err:
            raise StoreError(f"cannot open {self.path}: {err}") from None
        self.bands = BandKeys(self.conn)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    def _tx(self, fn, *args):
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            result = fn(*args)
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")
        return result

    # ---- ingest -------------------------------------------------------------------------

    def known_pages(self, ids: Iterable[str]) -> set[str]:
        return self._known("pages", ids)

    def known_articles(self, ids: Iterable[str]) -> set[str]:
        return self._known("articles", ids)

    def _known(self, table: str, ids: Iterable[str]) -> set[str]:
        assert table in ("pages", "articles")
        ids = list(ids)
        found: set[str] = set()
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            found.update(r[0] for r in self.conn.execute(f"SELECT id FROM {table} WHERE id IN ({marks})", chunk))
        return found

    def save_batch(self, batch: BatchWrite) -> None:
        """Write a batch atomically: either all of it is stored or none of it."""
        self.bands.commit(self._tx(self._write_batch, batch))

    def _write_batch(self, b: BatchWrite):
        now = _now()
        c = self.conn
        c.executemany(
            "INSERT OR IGNORE INTO pages VALUES (?,?,?,?,?,?,?,?,?)",
            [(p.id, p.source, p.url, p.kind, p.raw, p.encoding, p.seen_at, json.dumps(_hints(p)), now)
             for p in b.pages],
        )
        c.executemany(
            "INSERT OR REPLACE INTO rejections VALUES (?,?,?,?,?)",
            [(r.source, r.page_id, r.reason, r.detail, now) for r in b.rejections],
        )
        for a in b.articles:
            self._write_article(a)
        c.executemany("INSERT OR REPLACE INTO fingerprints VALUES (?,?,?)",
                      [(aid, exact, json.dumps(keys).encode()) for aid, exact, keys in b.fingerprints])
        bands = self.bands.add([(aid, keys) for aid, _, keys in b.fingerprints])
        c.executemany(
            "INSERT OR REPLACE INTO copy_links VALUES (?,?,?,?,?,?)",
            [(l.source, l.target, l.kind, l.similarity, int(l.directed), l.reason) for l in b.links],
        )
        c.executemany("INSERT OR REPLACE INTO story_members VALUES (?,?)", b.members)
        for sid, profile in b.profiles.items():
            c.execute(
                "INSERT INTO stories (id, profile, dirty, seq) VALUES (?,?,1,?) "
                "ON CONFLICT(id) DO UPDATE SET profile=excluded.profile, dirty=1, seq=excluded.seq",
                (sid, json.dumps(profile, ensure_ascii=False), b.n_docs),
            )
        self._write_evidence(b.evidence)
        c.executemany("INSERT INTO term_df VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET df = df + excluded.df",
                      list(b.df.items()))
        if b.n_docs:
            c.execute("INSERT OR REPLACE INTO meta VALUES ('n_docs', ?)", (str(b.n_docs),))
        c.executemany("INSERT OR IGNORE INTO vectors VALUES (?, ?)", b.vectors)
        c.executemany("INSERT INTO site_lines VALUES (?, ?, ?) ON CONFLICT(site, key) DO UPDATE SET "
                      "pages = pages + excluded.pages",
                      [(site, key, n) for site, counts in b.site_lines.items() for key, n in counts.items()])
        return bands

    def _write_article(self, a: Article) -> None:
        c = self.conn
        if c.execute("SELECT 1 FROM articles WHERE id=?", (a.id,)).fetchone():
            return
        c.execute(
            "INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (a.id, a.page_id, a.source, a.url, a.title, a.text, a.lang, a.outlet, a.agency, a.published,
             a.event_date, a.seen_at, _record(a)),
        )
        c.execute("INSERT INTO articles_fts VALUES (?,?,?)", (a.id, a.title or "", a.text))
        c.executemany("INSERT INTO entities VALUES (?,?,?,?,?,?)",
                      [(a.id, e.name, e.type, e.surface, e.start, e.end) for e in a.entities])
        c.executemany("INSERT INTO quotes VALUES (?,?,?,?,?,?,?,?)",
                      [(a.id, q.text, q.speaker, q.kind, q.cue, q.intermediary, q.start, q.end) for q in a.quotes])
        self._write_evidence(a.evidence)

    def _write_evidence(self, rows: Iterable[Evidence]) -> None:
        self.conn.executemany(
            "INSERT INTO evidence VALUES (?,?,?,?,?,?,?,?,?)",
            [(e.subject, e.kind, e.claim, e.rule, e.detail, e.score, e.ref, e.start, e.end) for e in rows],
        )

    # ---- state for the corpus-level stages ----------------------------------------------

    def iter_fingerprints(self) -> Iterator[tuple[str, str, list[int]]]:
        for aid, exact, bands in self.conn.execute("SELECT article_id, exact, bands FROM fingerprints"):
            yield aid, exact, json.loads(bands)

    def lsh_candidates(self, keys: list[int]) -> set[str]:
        """Return the articles sharing at least one LSH band key (one query, one index lookup per band)."""
        return self.bands.candidates(keys)

    def exact_matches(self, exact: str) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT article_id FROM fingerprints WHERE exact=?", (exact,))]

    def iter_site_lines(self) -> Iterator[tuple[str, int, int]]:
        yield from self.conn.execute("SELECT site, key, pages FROM site_lines")

    def term_df(self) -> tuple[dict[str, int], int]:
        """Return the clustering index's document frequencies and document count."""
        df = dict(self.conn.execute("SELECT term, df FROM term_df").fetchall())
        row = self.conn.execute("SELECT value FROM meta WHERE key='n_docs'").fetchone()
        return df, int(row[0]) if row else 0

    def reset_stories(self) -> None:
        """Forget all stories, memberships and clustering state (for a rebuild from scratch)."""
        def run():
            for table in ("stories", "story_members", "term_df", "copy_groups", "story_actors"):
                self.conn.execute(f"DELETE FROM {table}")
            self.conn.execute("DELETE FROM meta WHERE key='n_docs'")
            self.conn.execute("INSERT OR REPLACE INTO meta VALUES ('reclustering', '1')")
            self.conn.execute("DELETE FROM evidence WHERE kind IN ('story_member','story_event_date','first_published',"
                              "'recycled','copy_origin','article_story_date')")
        self._tx(run)

    def reclustering(self) -> bool:
        """Whether a rebuild of the stories was started and not finished."""
        return self.conn.execute("SELECT 1 FROM meta WHERE key='reclustering'").fetchone() is not None

    def end_reclustering(self) -> None:
        self.conn.execute("DELETE FROM meta WHERE key='reclustering'")

    def article_ids_in_order(self, unassigned: bool = False) -> list[str]:
        """Return article ids by event date (then publication date); only those in no story if ``unassigned``."""
        where = "WHERE NOT EXISTS (SELECT 1 FROM story_members m WHERE m.article_id = a.id)" if unassigned else ""
        return [r[0] for r in self.conn.execute(
            f"SELECT id FROM articles a {where} ORDER BY COALESCE(event_date, published, '9999'), id")]

    def story_profiles(self, latest: int | None = None) -> Iterator[tuple[str, dict]]:
        """Yield (story id, clustering profile), least recently changed first; only the ``latest`` if given."""
        rows = self.conn.execute("SELECT id, profile FROM stories ORDER BY seq DESC, rowid DESC LIMIT ?",
                                 (-1 if latest is None else latest,)).fetchall()
        for sid, profile in reversed(rows):
            yield sid, json.loads(profile)

    def story_profile(self, story_id: str) -> dict | None:
        row = self.conn.execute("SELECT profile FROM stories WHERE id=?", (story_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def vectors(self, article_ids: list[str]) -> dict[str, bytes]:
        """Return the stored embeddings (float16 bytes) of these articles, for those that have one."""
        found: dict[str, bytes] = {}
        for i in range(0, len(article_ids), 500):
            chunk = article_ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            found.update(self.conn.execute(f"SELECT article_id, vector FROM vectors WHERE article_id IN ({marks})",
                                           chunk).fetchall())
        return found

    def story_of(self, article_id: str) -> str | None:
        row = self.conn.execute("SELECT story_id FROM story_members WHERE article_id=?", (article_id,)).fetchone()
        return row[0] if row else None

    def dirty_stories(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT id FROM stories WHERE dirty=1 ORDER BY rowid")]

    def story_article_ids(self, story_id: str) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT article_id FROM story_members WHERE story_id=? ORDER BY rowid", (story_id,))]

    def copy_links_of(self, article_ids: Iterable[str]) -> list[CopyLink]:
        ids = list(article_ids)
        links: dict[tuple[str, str], CopyLink] = {}
        for i in range(0, len(ids), 400):
            chunk = ids[i : i + 400]
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(
                f"SELECT * FROM copy_links WHERE source IN ({marks}) OR target IN ({marks})", chunk + chunk
            ):
                links[(row[0], row[1])] = CopyLink(source=row[0], target=row[1], kind=row[2], similarity=row[3],
                                                   directed=bool(row[4]), reason=row[5])
        return list(links.values())

    def save_stories(self, saves: list[tuple[Story, dict[str, tuple[str, str | None]], list[Article], list[Evidence]]]) -> None:
        """Store finalised stories in one transaction: each save is (story, its copy groups, the member
        articles whose record changed, the evidence of the story and all its members); clears their
        dirty flags."""
        def run():
            for save in saves:
                self._write_story(*save)
        self._tx(run)

    def _link_storyline(self, story: Story) -> None:
        """Join the story to the storyline of the stories sharing two or more of its main actors.

        Stories are found through an index on actor names, never by scanning all stories: among the
        STORYLINE_FANOUT stories that most recently named each actor. When the story bridges two
        storylines, they merge under the smaller key.
        """
        c = self.conn
        c.execute("DELETE FROM story_actors WHERE story_id=?", (story.id,))
        c.executemany("INSERT OR IGNORE INTO story_actors VALUES (?,?)", [(story.id, n) for n in story.actors])
        if len(story.actors) < 2:
            return
        shared: dict[str, int] = {}
        for name in story.actors:  # the latest stories of each actor: bounded work however common the name
            for (sid,) in c.execute("SELECT story_id FROM story_actors WHERE name=? ORDER BY rowid DESC LIMIT ?",
                                    (name, STORYLINE_FANOUT)):
                if sid != story.id:
                    shared[sid] = shared.get(sid, 0) + 1
        related = [sid for sid, n in shared.items() if n >= 2]
        if not related:
            return
        marks = ",".join("?" * len(related))
        keys = {r[0] for r in c.execute(f"SELECT storyline FROM stories WHERE id IN ({marks})", related) if r[0]}
        key = min(keys | {"l" + min([story.id, *related])[1:]})
        members = set(related) | {story.id}
        if keys:
            marks = ",".join("?" * len(keys))
            members |= {r[0] for r in c.execute(f"SELECT id FROM stories WHERE storyline IN ({marks})", list(keys))}
        c.executemany("UPDATE stories SET storyline=?, record=json_set(record, '$.storyline', ?) WHERE id=?",
                      [(key, key, sid) for sid in members])

    def _write_story(self, story, groups, articles, evidence) -> None:
        c = self.conn
        c.execute(
            "UPDATE stories SET title=?, event_date=?, first_published=?, storyline=?, record=?, dirty=0 WHERE id=?",
            (story.title, story.event_date, story.first_published, story.storyline, dumps(story), story.id),
        )
        c.executemany("INSERT OR REPLACE INTO copy_groups VALUES (?,?,?)",
                      [(aid, gid, origin) for aid, (gid, origin) in groups.items()])
        self._link_storyline(story)
        subjects = [story.id, *story.articles]  # the ledger rows of every member are rewritten
        c.executemany("DELETE FROM evidence WHERE subject=? AND kind IN ('story_event_date','recycled',"
                      "'first_published','copy_origin','article_story_date')", [(s,) for s in subjects])
        for a in articles:
            c.execute("UPDATE articles SET event_date=?, record=? WHERE id=?", (a.event_date, _record(a), a.id))
        self._write_evidence(evidence)

    # ---- reading ------------------------------------------------------------------------

    def article(self, article_id: str) -> Article | None:
        row = self.conn.execute("SELECT text, record FROM articles WHERE id=?", (article_id,)).fetchone()
        return _article(*row) if row else None

    def articles(self, ids: Iterable[str]) -> list[Article]:
        return [a for a in (self.article(i) for i in ids) if a is not None]

    def article_text(self, article_id: str) -> str | None:
        row = self.conn.execute("SELECT text FROM articles WHERE id=?", (article_id,)).fetchone()
        return row[0] if row else None

    def resolve_id(self, table: str, prefix: str) -> str | None:
        """Return the full id in 'articles' or 'stories' that starts with prefix, if unique."""
        assert table in ("articles", "stories")
        rows = self.conn.execute(f"SELECT id FROM {table} WHERE id LIKE ? LIMIT 2", (prefix + "%",)).fetchall()
        return rows[0][0] if len(rows) == 1 else None

    def stories(self) -> list[Story]:
        rows = self.conn.execute(
            "SELECT record FROM stories WHERE dirty=0 ORDER BY event_date IS NULL, event_date, id").fetchall()
        return [story_from_dict(json.loads(r[0])) for r in rows]

    def story(self, story_id: str) -> Story | None:
        row = self.conn.execute("SELECT record FROM stories WHERE id=? AND dirty=0", (story_id,)).fetchone()
        return story_from_dict(json.loads(row[0])) if row else None

    def copy_group_of(self, article_id: str) -> tuple[str, str | None] | None:
        row = self.conn.execute("SELECT group_id, origin FROM copy_groups WHERE article_id=?", (article_id,)).fetchone()
        return (row[0], row[1]) if row else None

    def evidence_of(self, subject: str) -> list[Evidence]:
        rows = self.conn.execute("SELECT * FROM evidence WHERE subject=? ORDER BY rowid", (subject,)).fetchall()
        return [Evidence(subject=r[0], kind=r[1], claim=r[2], rule=r[3], detail=r[4], score=r[5], ref=r[6],
                         start=r[7], end=r[8]) for r in rows]

    def iter_articles(self) -> Iterator[Article]:
        for text, record in self.conn.execute("SELECT text, record FROM articles ORDER BY rowid"):
            yield _article(text, record)

    def search(self, query: str, limit: int = 20) -> list[tuple[str, str | None, str]]:
        """Return (article id, title, snippet) for a full-text query, best first."""
        try:
            rows = self.conn.execute(
                "SELECT article_id, title, snippet(articles_fts, 2, '[', ']', '…', 12) FROM articles_fts "
                "WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?", (_fts_query(query), limit)).fetchall()
        except sqlite3.OperationalError as err:
            raise StoreError(f"bad search query {query!r}: {err}") from None
        return [(r[0], r[1] or None, r[2]) for r in rows]

    def quotes_by_speaker(self, name: str) -> list[tuple[Article, dict]]:
        rows = self.conn.execute(
            "SELECT q.article_id, q.text, q.speaker, q.kind, q.cue, q.intermediary FROM quotes q "
            "JOIN articles a ON a.id = q.article_id WHERE q.speaker LIKE ? "
            "ORDER BY COALESCE(a.event_date, a.published), a.id", (f"%{name}%",)).fetchall()
        out = []
        for aid, text, speaker, kind, cue, inter in rows:
            out.append((self.article(aid), {"text": text, "speaker": speaker, "kind": kind, "cue": cue,
                                            "intermediary": inter}))
        return out

    def counts(self) -> dict[str, int]:
        c = self.conn
        return {
            "pages": c.execute("SELECT COUNT(*) FROM pages").fetchone()[0],
            "articles": c.execute("SELECT COUNT(*) FROM articles").fetchone()[0],
            "stories": c.execute("SELECT COUNT(*) FROM stories").fetchone()[0],
            "rejections": c.execute("SELECT COUNT(*) FROM rejections").fetchone()[0],
        }

    def rejections(self) -> list[Rejection]:
        rows = self.conn.execute("SELECT source, page_id, reason, detail FROM rejections ORDER BY source")
        return [Rejection(source=r[0], page_id=r[1], reason=r[2], detail=r[3]) for r in rows]


def _record(a: Article) -> str:
    """Return an article's record without its text, which the row keeps once, in the text column."""
    d = to_dict(a)
    del d["text"]
    return dumps(d)


def _article(text: str, record: str) -> Article:
    d = json.loads(record)
    d.setdefault("text", text)  # a record written before the text was left out of it still has its own
    return article_from_dict(d)


def _hints(p: Page) -> dict:
    return {k: v for k, v in to_dict(p).items() if k.endswith("_hint") and v}


def _fts_query(query: str) -> str:
    """Quote each word so user input cannot break FTS5 syntax; keeps prefix stars."""
    words = [w for w in query.replace('"', " ").split() if w]
    return " ".join(f'"{w.rstrip("*")}"' + ("*" if w.endswith("*") else "") for w in words)
