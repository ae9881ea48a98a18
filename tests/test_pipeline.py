"""Store and runner: idempotent re-runs, resuming after an interruption, counts by reason, search."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest

from cronica import pipeline as pipeline_module
from cronica.pipeline import Pipeline, RunStats
from cronica.store import Store

from tests.sample_gold import CORPUS as SAMPLES


def _snapshot(db) -> dict[str, list]:
    conn = sqlite3.connect(db)
    tables = ["pages", "articles", "stories", "story_members", "copy_links", "copy_groups", "entities", "quotes",
              "rejections", "fingerprints"]
    out = {t: sorted(map(repr, conn.execute(f"SELECT * FROM {t}").fetchall())) for t in tables}
    out["evidence"] = sorted(map(repr, conn.execute("SELECT subject, kind, claim, rule, detail FROM evidence")))
    out["rejections"] = sorted(map(repr, conn.execute("SELECT source, reason, detail FROM rejections")))
    conn.close()
    return out


def test_ingesting_twice_changes_nothing(tmp_path, sample_db):
    db = tmp_path / "twice.db"
    shutil.copy(sample_db, db)
    before = _snapshot(db)
    with Store(db) as store:
        stats = Pipeline(store).ingest([str(SAMPLES)])
    assert stats.articles == 0 and stats.skipped == 32
    assert stats.pages == sum(stats.rejected.values()) == 2  # empty and binary files are reported again
    assert _snapshot(db) == before


def test_interrupted_run_resumes_to_the_same_result(tmp_path, sample_db, monkeypatch):
    db = tmp_path / "resume.db"
    calls = {"n": 0}
    real = pipeline_module.analyse_page

    def flaky(page, template=frozenset()):
        calls["n"] += 1
        if calls["n"] == 20:
            raise KeyboardInterrupt  # the user presses Ctrl-C mid-batch
        return real(page, template)

    monkeypatch.setattr(pipeline_module, "analyse_page", flaky)
    with Store(db) as store, pytest.raises(KeyboardInterrupt):
        Pipeline(store, batch_size=8).ingest([str(SAMPLES)])
    with Store(db) as store:
        stored = store.counts()["pages"]
        assert 0 < stored < 32  # whole batches only
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    monkeypatch.setattr(pipeline_module, "analyse_page", real)
    with Store(db) as store:
        stats = Pipeline(store, batch_size=8).ingest([str(SAMPLES)])
    assert stats.skipped == stored
    with Store(db) as a, Store(sample_db) as b:
        assert a.counts() == b.counts()
        assert sorted(len(s.articles) for s in a.stories()) == sorted(len(s.articles) for s in b.stories())


def test_unexpected_errors_are_quarantined_outside_strict_mode(tmp_path, monkeypatch):
    def boom(page, template=frozenset()):
        raise ValueError("stage bug")

    monkeypatch.setattr(pipeline_module, "analyse_page", boom)
    with Store(tmp_path / "q.db") as store:
        stats = Pipeline(store, strict=False).ingest([str(SAMPLES / "html")])
        assert stats.rejected["internal error"] == 11
        assert {r.reason for r in store.rejections()} == {"internal error"}


def test_summary_counts_every_reason():
    stats = RunStats(pages=10, articles=7) + RunStats(pages=2, articles=2, skipped=3)
    stats.rejected.update({"no main text": 2, "binary": 1})
    line = stats.summary(total_stories=4)
    assert line.startswith("12 pages -> 9 articles in 4 stories")
    assert "3 already stored" in line and "3 rejected: 2 no main text, 1 binary" in line


def test_search_ignores_accents_and_survives_odd_queries(sample_store):
    hits = sample_store.search("canciller*")
    assert hits and all(h[0] for h in hits)
    assert sample_store.search("peru ecuador") == sample_store.search("Perú Ecuador")
    assert sample_store.search('"unbalanced (quote AND') == [] or True  # must not raise
    assert sample_store.search("NEAR(") is not None


def test_recluster_gives_the_same_partition(tmp_path, sample_db):
    db = tmp_path / "re.db"
    shutil.copy(sample_db, db)
    with Store(db) as store:
        before = sorted(sorted(s.articles) for s in store.stories())
        Pipeline(store).recluster()
        after = sorted(sorted(s.articles) for s in store.stories())
    assert before == after


def test_interrupted_recluster_is_finished_by_the_next_run(tmp_path, sample_db, monkeypatch):
    db = tmp_path / "re-resume.db"
    shutil.copy(sample_db, db)
    with Store(db) as store:
        before = sorted(sorted(s.articles) for s in store.stories())
        pipe = Pipeline(store, batch_size=5)
        calls = {"n": 0}
        save = store.save_batch

        def save_then_stop(write):
            save(write)
            calls["n"] += 1
            if calls["n"] == 3:
                raise KeyboardInterrupt

        monkeypatch.setattr(store, "save_batch", save_then_stop)
        with pytest.raises(KeyboardInterrupt):
            pipe.recluster()
        monkeypatch.undo()
        assert store.reclustering()
    with Store(db) as store:
        Pipeline(store).ingest([])  # any run finishes the rebuild first
        assert not store.reclustering()
        assert sorted(sorted(s.articles) for s in store.stories()) == before


def test_stories_index_forgets_old_stories_and_reloads_them_for_copies(tmp_path, sample_db, monkeypatch):
    """Memory holds a bounded number of stories; a copy of an article of a forgotten story still joins it."""
    db = tmp_path / "small.db"
    with Store(db) as store:
        pipe = Pipeline(store, batch_size=4)
        pipe.stories.keep = 3
        pipe.ingest([str(SAMPLES)])
        assert len(pipe.stories.stories) <= 3 + 4  # the stories of the batch being written stay
        small = sorted(sorted(s.articles) for s in store.stories())
    with Store(sample_db) as store:
        full = sorted(sorted(s.articles) for s in store.stories())
    with Store(db) as store:
        copies = [l for l in store.copy_links_of(store.article_ids_in_order()) if l.kind != "rewrite"]
        assert copies and all(store.story_of(l.source) == store.story_of(l.target) for l in copies)
    assert len(small) >= len(full)


def test_ingest_articles_is_idempotent(tmp_path):
    from cronica.pipeline import analyse_text

    text = ("Los cancilleres de Perú y Ecuador firmaron este jueves en Lima un acuerdo para crear un fondo "
            "binacional de frontera, informó la Cancillería peruana en un comunicado.")
    articles = [analyse_text(id=f"a{i}", title="Fondo binacional", text=text, published="2025-06-12")
                for i in range(3)]
    with Store(tmp_path / "a.db") as store:
        first = Pipeline(store, embeddings=False).ingest_articles(articles)
        again = Pipeline(store, embeddings=False).ingest_articles(articles)
        assert (first.articles, again.articles, again.skipped) == (3, 0, 3)
        assert [len(s.articles) for s in store.stories()] == [3]
        assert {store.copy_group_of(a.id)[0] for a in articles} == {store.copy_group_of("a0")[0]}


def test_recluster_reads_stored_embeddings_instead_of_computing_them(tmp_path, sample_db, monkeypatch):
    db = tmp_path / "vec.db"
    shutil.copy(sample_db, db)
    with Store(db) as store:
        pipe = Pipeline(store)
        if not pipe.embeddings:
            pytest.skip("embedding model not installed")
        ids = store.article_ids_in_order()
        assert set(store.vectors(ids)) == set(ids)  # every article's embedding was kept at ingest
        before = sorted(sorted(s.articles) for s in store.stories())

        def no_embedding(articles):
            raise AssertionError(f"recluster embedded {len(articles)} articles again")

        monkeypatch.setattr(pipeline_module, "embed_articles", no_embedding)
        pipe.recluster()
        assert sorted(sorted(s.articles) for s in store.stories()) == before


def test_reconcile_in_small_transactions_gives_the_same_store(tmp_path, sample_db, monkeypatch):
    monkeypatch.setattr(pipeline_module, "RECONCILE_BATCH", 2)
    db = tmp_path / "small.db"
    with Store(db) as store:
        Pipeline(store).ingest([str(SAMPLES)])
    mine, reference = _snapshot(db), _snapshot(sample_db)
    for table in ("stories", "story_members", "copy_groups", "copy_links"):
        assert mine[table] == reference[table], table
    timeless = lambda rows: [r for r in rows if "'date_rejected'" not in r]  # carry the time the page was seen
    assert timeless(mine["evidence"]) == timeless(reference["evidence"])


def test_reconcile_writes_back_only_the_members_that_changed(tmp_path, sample_db, monkeypatch):
    """Articles arriving one batch at a time (stories growing and reconciled again and again) end in
    the same article records as one run, while unchanged members are not rewritten."""
    from cronica import store as store_module

    written = {"members": 0, "rewritten": 0}
    real = store_module.Store._write_story

    def counting(self, story, groups, articles, evidence):
        written["members"] += len(story.articles)
        written["rewritten"] += len(articles)
        return real(self, story, groups, articles, evidence)

    monkeypatch.setattr(store_module.Store, "_write_story", counting)
    db = tmp_path / "trickle.db"
    with Store(db) as store:
        pipe = Pipeline(store, batch_size=4)
        for path in sorted(SAMPLES.iterdir()):
            pipe.ingest([str(path)])
    assert written["rewritten"] < written["members"]

    def records(path):  # what reconciliation writes, without the time each run saw the pages
        conn = sqlite3.connect(path)
        out = {}
        for aid, event_date, record in conn.execute("SELECT id, event_date, record FROM articles"):
            r = json.loads(record)
            r.pop("seen_at"), r.pop("dates")
            r["evidence"] = [e for e in r["evidence"] if e["rule"] != "crawl"]
            out[aid] = (event_date, r)
        conn.close()
        return out

    assert records(db) == records(sample_db)
    mine, reference = _snapshot(db), _snapshot(sample_db)
    for table in ("story_members", "copy_groups"):
        assert mine[table] == reference[table], table
    stories = lambda path: sorted(sqlite3.connect(path).execute(  # the profile and seq depend on batching
        "SELECT id, title, event_date, first_published, storyline FROM stories").fetchall())
    assert stories(db) == stories(sample_db)


def test_storylines_look_only_at_the_latest_stories_of_an_actor(tmp_path, sample_db, monkeypatch):
    from cronica import store as store_module

    with Store(sample_db) as store:
        lines = {s.id: s.storyline for s in store.stories()}
    assert any(lines.values())  # the sample has storylines
    monkeypatch.setattr(store_module, "STORYLINE_FANOUT", 0)  # nothing looked at: nothing linked
    db = tmp_path / "fanout.db"
    with Store(db) as store:
        Pipeline(store).ingest([str(SAMPLES)])
        assert not any(s.storyline for s in store.stories())


def test_a_version_5_store_is_migrated_without_loss(tmp_path):
    from cronica.store.schema import MIGRATIONS, schema_version

    db = tmp_path / "v5.db"
    conn = sqlite3.connect(db)
    for step in range(5):
        conn.executescript(MIGRATIONS[step] + f"; PRAGMA user_version = {step + 1};")
    conn.execute("INSERT INTO stories (id, title, storyline) VALUES ('s1', 'Cumbre', 'l1')")
    conn.commit()
    conn.close()
    with Store(db) as store:
        assert schema_version(store.conn) == len(MIGRATIONS)
        assert store.conn.execute("SELECT title, storyline FROM stories").fetchall() == [("Cumbre", "l1")]
        indexes = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        assert "stories_storyline" in indexes
