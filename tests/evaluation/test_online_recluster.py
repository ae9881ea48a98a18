"""Online story assignment against `recluster` on real clustering views (../shared/eval), through the real
Pipeline and a temporary SQLite store. Skipped when ../shared/eval is absent.

The first 150 documents of GVC and of BASIL are ingested in arrival order (publication date, then input
order), the partition is read from the store, then `recluster` rebuilds it from scratch on the same store.
Embeddings are off so the test runs in seconds (the evaluation itself runs with the default, on).

Measured with embeddings off (b799096 and the text-only pair model after it; B³-F1 of online with
recluster as reference; B³-F1 against gold, online − recluster):

    gvc_subset[:150]  agreement 0.891 (ARI 0.748), online 0.869 − recluster 0.980 = −0.111
    basil[:150]       agreement 0.905 (ARI 0.849), online 0.905 − recluster 1.000 = −0.095

Since b799096 the two are different algorithms: online places each article against story summaries with
the statistics known when it arrives; recluster rebuilds article against article with a pair model and
the statistics of the whole store, and is the better one on these two views and on every view of
`make eval` but BASIL (embeddings on: 0.971 against online 0.974). Before it, when recluster
replayed the online assignment in event order, they agreed to 0.988 / 0.982 with gaps of ±0.02.
Pinned: agreement B³-F1 >= 0.86 (the lower measurement minus 0.03), recluster never worse than online
by more than 0.02, and online never more than 0.15 behind (both gaps measured about 0.1). Bringing online
to the pair model, so that the two agree again, is the open part of issue 4.
"""

from __future__ import annotations

import pytest

from evaluation import data
from evaluation.systems import cronica_pipeline_clusterer
from evaluation.tasks.clustering import agreement

ROOT = data.data_root()
pytestmark = pytest.mark.skipif(not (ROOT / data.CLUSTERING).is_dir(), reason="../shared/eval not found")

LIMIT = 150
AGREEMENT_FLOOR = 0.86
RECLUSTER_BEHIND = 0.02  # online − recluster against gold, at most
ONLINE_BEHIND = 0.15  # recluster − online against gold, at most


@pytest.fixture(scope="module")
def views():
    return {v.name: v for v in data.load_cluster_views(ROOT, LIMIT)}


@pytest.mark.parametrize("name", ["gvc_subset", "basil"])
def test_online_and_recluster_agree_within_tolerance(views, name):
    view = views[name]
    pipeline = cronica_pipeline_clusterer(embeddings=False)
    assert not isinstance(pipeline, str), pipeline
    found = pipeline.run(view.docs)
    assert len(found.online) == len(found.recluster) == len(view.docs) == LIMIT
    scores = agreement(found.online, found.recluster, next(iter(view.golds.values())))
    assert scores["B3_F1"] >= AGREEMENT_FLOOR, scores
    assert -ONLINE_BEHIND <= scores["delta_B3_F1"] <= RECLUSTER_BEHIND, scores
