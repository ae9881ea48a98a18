"""The rebuild of ``cronica recluster``: sparse average link, bounded candidates, events told apart by date."""

from __future__ import annotations

import random
import shutil
from collections import Counter

import numpy as np

from cronica.pipeline import Pipeline, analyse_text
from cronica.stories import cluster_articles
from cronica.stories import rebuild as R
from cronica.store import Store
from tests.test_stories import FILLER_SUBJECTS, _filler


def _exact_average_link(n: int, prob: dict[tuple[int, int], float], threshold: float) -> list[int]:
    """Textbook average link over every pair (missing pairs 0): merge the two clusters of highest mean."""
    clusters = [[i] for i in range(n)]
    while len(clusters) > 1:
        best, pair = -1.0, None
        for a in range(len(clusters)):
            for b in range(a + 1, len(clusters)):
                total = sum(prob.get((min(i, j), max(i, j)), 0.0) for i in clusters[a] for j in clusters[b])
                mean = total / (len(clusters[a]) * len(clusters[b]))
                if mean > best:
                    best, pair = mean, (a, b)
        if best < threshold:
            break
        a, b = pair
        clusters[a] += clusters.pop(b)
    label = [0] * n
    for cluster in clusters:
        for i in cluster:
            label[i] = min(cluster)
    return label


def _partition(labels) -> set[frozenset[int]]:
    groups: dict[int, set[int]] = {}
    for i, label in enumerate(labels):
        groups.setdefault(label, set()).add(i)
    return {frozenset(g) for g in groups.values()}


def test_sparse_average_link_is_average_link():
    rng = random.Random(7)
    for trial in range(20):
        n = rng.randint(2, 14)
        # blocks of related items, plus noise; some pairs missing (count 0 in both)
        block = [rng.randint(0, 3) for _ in range(n)]
        prob = {}
        for i in range(n):
            for j in range(i + 1, n):
                if rng.random() < 0.8:
                    base = 0.75 if block[i] == block[j] else 0.1
                    prob[(i, j)] = min(1.0, max(0.0, base + rng.uniform(-0.3, 0.3)))
        left = np.array([i for i, _ in prob]), np.array([j for _, j in prob]), np.array(list(prob.values()))
        for threshold in (0.3, 0.5):
            found = R.sparse_average_link(n, *left, threshold)
            assert _partition(found) == _partition(_exact_average_link(n, prob, threshold)), (trial, threshold)


def test_a_story_larger_than_the_candidate_budget_stays_one_story():
    """Each of 400 articles is scored against its 40 predecessors only: exact average link would split the
    story (two stretches share few scored pairs); the average over at most PAIR_CAP pairs keeps it whole."""
    n, k = 400, R.TEXT_CANDIDATES + R.MEANING_CANDIDATES
    pairs = [(j, i) for i in range(n) for j in range(max(0, i - k), i)]
    left, right = np.array([j for j, _ in pairs]), np.array([i for _, i in pairs])
    prob = np.full(len(pairs), 0.9)
    assert len(set(R.sparse_average_link(n, left, right, prob, 0.5, R.PAIR_CAP).tolist())) == 1
    assert len(set(R.sparse_average_link(n, left, right, prob, 0.5).tolist())) > 1


def _event_articles():
    """Two meetings of the same two ministers, four months apart, each reported by three outlets; and
    local news written on one template (so their words are known to the document frequencies)."""
    articles = []
    meetings = [("2025-03-04", "el fondo binacional de agua potable", "Tumbes"),
                ("2025-07-15", "la reapertura del paso fronterizo de Huaquillas", "Machala")]
    for m, (day, subject, city) in enumerate(meetings):
        for o, outlet in enumerate(("Diario del Sur", "El Heraldo Costeño", "Observador Andino")):
            text = (f"{city}, {day}. Los cancilleres Ana Villalobos y Rodrigo Paredes firmaron en {city} un acuerdo "
                    f"sobre {subject}. Villalobos dijo que {subject} beneficiará a miles de familias, y Paredes "
                    f"anunció una comisión técnica. El encuentro en {city} duró cuatro horas ({outlet}).")
            articles.append(analyse_text(id=f"m{m}o{o}", title=f"Villalobos y Paredes firman en {city} un acuerdo "
                                         f"sobre {subject}", text=text, published=day, outlet=outlet))
    for i, subject in enumerate(FILLER_SUBJECTS):
        filler = _filler(i, subject)
        articles.append(analyse_text(id=filler.id, title=filler.title, text=filler.text,
                                     published=f"2025-0{1 + i % 9}-1{i % 10}"))
    return articles


def test_same_actors_on_different_dates_are_different_stories_and_each_event_is_one():
    articles = _event_articles()
    stories = cluster_articles(articles, vectors={})
    story_of = {aid: s.id for s in stories for aid in s.articles}
    assert len({story_of[f"m0o{o}"] for o in range(3)}) == 1
    assert len({story_of[f"m1o{o}"] for o in range(3)}) == 1
    assert story_of["m0o0"] != story_of["m1o0"]
    meetings = {story_of["m0o0"], story_of["m1o0"]}
    assert not any(story_of[a.id] in meetings for a in articles if a.id.startswith("filler"))


def test_pairs_per_article_are_bounded(monkeypatch):
    """However many earlier articles share its words, an article is scored against at most the budget, and
    only against articles of the window before it; a story longer than the window stays one."""
    monkeypatch.setattr(R, "WINDOW", 50)
    articles = [analyse_text(id=f"a{i}", title=f"Los cancilleres de Perú y Ecuador se reúnen en Lima, parte {i}",
                             text=("Los cancilleres de Perú y Ecuador se reunieron en Lima para revisar el acuerdo de "
                                   f"frontera. La reunión número {i} terminó con una declaración conjunta."),
                             published="2025-03-04") for i in range(120)]
    rebuild = R.Rebuild()
    rebuild.record = []
    for a in articles:
        rebuild.count(a)
    for a in articles:
        rebuild.add(a, np.ones(8, dtype=np.float32))
    scored = Counter(i for _, i, _ in rebuild.record)
    assert max(scored.values()) <= R.TEXT_CANDIDATES + R.MEANING_CANDIDATES
    assert all(i - j <= R.WINDOW for j, i, _ in rebuild.record)
    assert len(rebuild.cache) <= R.WINDOW
    assert len(set(rebuild.stories())) == 1


def test_recluster_explains_every_membership(tmp_path, sample_db):
    db = tmp_path / "explained.db"
    shutil.copy(sample_db, db)
    with Store(db) as store:
        Pipeline(store).recluster()
        rows = store.conn.execute("SELECT subject, claim, rule, detail, ref FROM evidence "
                                  "WHERE kind='story_member'").fetchall()
        members = dict(store.conn.execute("SELECT article_id, story_id FROM story_members").fetchall())
    assert {r[0] for r in rows} == set(members)
    for subject, claim, rule, detail, ref in rows:
        assert claim == members[subject] and rule in ("pair-model", "copy", "new-story") and detail
        if rule != "new-story":
            assert members[ref] == claim  # explained by an article of the same story


def test_recluster_twice_changes_nothing(tmp_path, sample_db):
    db = tmp_path / "twice.db"
    shutil.copy(sample_db, db)

    def state(store):
        members = sorted(store.conn.execute("SELECT article_id, story_id FROM story_members").fetchall())
        evidence = sorted(store.conn.execute("SELECT subject, claim, rule, detail, score, ref FROM evidence "
                                             "WHERE kind='story_member'").fetchall())
        return members, evidence

    with Store(db) as store:
        Pipeline(store).recluster()
        first = state(store)
        Pipeline(store).recluster()
        assert state(store) == first
