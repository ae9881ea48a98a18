"""Quality floors on the public evaluation sets (../shared/eval), on fixed subsets that run in minutes.

The full figures come from `make eval` (QUALITY.md). These floors were measured with the code
that introduced them and only go up. Skipped when ../shared/eval is absent.
"""

from __future__ import annotations

import pytest

from evaluation import data
from evaluation.metrics import Confusion, bcubed, conll_counts, count_date, count_segments, shingle_scores
from evaluation.systems import cronica_clusterer, cronica_extractor, cronica_tagger

ROOT = data.data_root()
pytestmark = pytest.mark.skipif(not ROOT.is_dir(), reason="../shared/eval not found")


def _segments_f1(system, items, text_of) -> float:
    total = Confusion()
    for item in items:
        tp, fp, fn, tn = count_segments(system.run(*text_of(item)).text, item.with_, item.without)
        total.add(tp=tp, fp=fp, fn=fn, tn=tn)
    return total.f1


@pytest.fixture(scope="module")
def extraction_pages():
    return data.load_trafilatura_eval(ROOT, limit=150)


def test_html_main_text_floor(extraction_pages):
    f1 = _segments_f1(cronica_extractor("html"), extraction_pages, lambda p: (p.html, p.file))
    assert f1 >= FLOORS["html_f1_150"], f1


def test_html_spanish_and_scrapinghub_floors():
    system = cronica_extractor("html")
    spanish = [p for p in data.load_trafilatura_eval(ROOT) if p.spanish]
    assert _segments_f1(system, spanish, lambda p: (p.html, p.file)) >= FLOORS["html_spanish_f1"]
    pages = data.load_scrapinghub(ROOT)
    f1 = shingle_scores([(p.gold, system.run(p.html, p.id + ".html").text) for p in pages])["F1"]
    assert f1 >= FLOORS["scrapinghub_f1"], f1


@pytest.mark.parametrize("renderer", ["inscriptis", "lynx"])
def test_text_dump_floor(renderer):
    dumps = [d for d in data.load_text_dumps(ROOT, limit=150)[renderer] if d.usable]
    f1 = _segments_f1(cronica_extractor("text"), dumps, lambda d: (d.text.encode("utf-8"), d.file))
    assert f1 >= FLOORS[f"{renderer}_f1_150"], f1


def test_publication_date_floor():
    from cronica.extract import extract_article
    from cronica.ingest import page_from_bytes
    from cronica.records import Drop

    total = Confusion()
    for page in data.load_htmldate(ROOT, limit=200):
        try:
            found = extract_article(page_from_bytes(page.html, page.file, kind="html")).published
        except Drop:
            found = None
        tp, fp, fn = count_date(found, page.gold)
        total.add(tp=tp, fp=fp, fn=fn)
    assert total.accuracy >= FLOORS["date_accuracy_200"], total.accuracy


@pytest.mark.parametrize("name", ["basil", "newswcl50", "gvc_subset", "ecbplus [test split]"])
def test_story_clustering_floor(name):
    view = next(v for v in data.load_cluster_views(ROOT) if v.name == name)
    labels = cronica_clusterer().run(view.docs)
    b3 = bcubed(labels, next(iter(view.golds.values())))["F1"]
    assert b3 >= FLOORS[f"{name.replace(' [test split]', '_test')}_b3"], b3


def test_ner_floor():
    sentences = data.load_conll(ROOT)
    tagger = cronica_tagger()
    counts = conll_counts([s.tags for s in sentences], [tagger.run(s.tokens) for s in sentences],
                          types={"PER", "ORG", "LOC"})
    micro = counts["ALL"]
    assert micro.f1 >= FLOORS["conll_testa_per_org_loc_f1"], micro.f1


def test_temporal_floor():
    from evaluation.tasks import temporal

    docs = {d.id: d for d in temporal.load_cess(ROOT)}
    system = temporal.cronica_temporal()
    found = {doc_id: system.run(d.text, d.date) for doc_id, d in docs.items()}
    relative = temporal.score(temporal.load_gold(docs), found)
    tags = temporal.score((t for d in docs.values() for t in d.tags), found)
    assert relative.right / relative.n >= FLOORS["cess_relative_gold_accuracy_all"], relative
    assert tags.right / tags.n >= FLOORS["cess_normalised_tags_accuracy_all"], tags


FLOORS = {
    "html_f1_150": 0.937,  # 0.9374 measured (0.9387 before a dash-list link teaser rule that cost one segment)
    "html_spanish_f1": 0.95,  # 0.9517, all 24 Spanish pages of trafilatura-eval (issue 3 goal)
    "scrapinghub_f1": 0.965,  # 0.9677, all 181 pages (issue 3 goal)
    "inscriptis_f1_150": 0.924,  # 0.9241 (site calls, filing lines, two-column tables, teasers; 0.9217 before)
    "lynx_f1_150": 0.916,  # 0.9164 (site calls, filing lines, doubled captions, teasers; 0.9152 before)
    "date_accuracy_200": 0.94,  # 0.945 (dates shown beside the headline; 0.925 before)
    "basil_b3": 0.97,  # 0.971 since the rebuild (b799096; 0.977 before it)
    "newswcl50_b3": 0.965,  # 0.967 since the rebuild (0.971 before it)
    "gvc_subset_b3": 0.96,  # 0.962 since the rebuild (0.937 before it)
    "ecbplus_test_b3": 0.905,  # 0.911 since the rebuild (0.842 before it)
    "conll_testa_per_org_loc_f1": 0.695,  # 0.699
    "cess_relative_gold_accuracy_all": 0.95,  # 254 of 267
    "cess_normalised_tags_accuracy_all": 0.985,  # 379 of 384
    "copies_150_precision": 0.99,  # 0.994 (150 families, 1,189 docs; one rewrite is a near copy of a trimmed copy)
    "copies_150_recall": 0.995,  # 1.000
    "rewrites_150_precision": 0.99,  # 1.000
    "rewrites_150_recall": 0.985,  # 0.990
}


def test_copies_and_rewrites_floor():
    """The synthetic copy set of `make eval` on 150 families, indexed online as the pipeline does."""
    from evaluation.tasks import copies

    docs, _ = copies.build_set(ROOT, limit=150)
    run = copies.run_cronica(docs)
    copy_gold, family_gold, rewrites = copies.gold(docs)
    copy_pred, all_pred = copies.predicted([d.id for d in docs], run)
    found = copies.scores(copy_pred, copy_gold, docs)
    rewritten = copies.scores(all_pred, family_gold, docs, rewrites)
    assert found["P"] >= FLOORS["copies_150_precision"] and found["R"] >= FLOORS["copies_150_recall"], found
    assert (rewritten["P"] >= FLOORS["rewrites_150_precision"]
            and rewritten["R"] >= FLOORS["rewrites_150_recall"]), rewritten
