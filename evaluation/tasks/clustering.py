"""Story and event clustering on the six clustering sets (B³, ARI, AMI, pairwise F1)."""

from __future__ import annotations

import time
from collections.abc import Iterator

from evaluation import anchors, data, metrics
from evaluation.baselines import average_link, tfidf_distances
from evaluation.report import README_ANCHOR, Table
from evaluation.systems import System, cronica_clusterer
from evaluation.tasks.common import Context

COLUMNS = ["B3_P", "B3_R", "B3_F1", "ARI", "AMI", "pair_F1", "n_docs", "n_gold", "n_pred", "docs/s"]
THRESHOLD = 0.8


def run(ctx: Context) -> Iterator[Table]:
    """Yield one table per clustering view, as each is done."""
    cronica = ctx.available("clustering", cronica_clusterer())
    for view in data.load_cluster_views(ctx.root, ctx.limit):
        ctx.say(f"   {view.name}: {len(view.docs)} docs …")
        yield view_table(ctx, view, cronica)


def view_table(ctx: Context, view: data.ClusterView, cronica: System | None) -> Table:
    table = Table("clustering", f"clustering: {view.name}", COLUMNS)
    predictions = baseline_predictions(view)
    if cronica is not None:
        predictions = {"cronica": run_cronica(ctx, cronica, view), **predictions}
    for label_index, (gold_label, gold) in enumerate(view.golds.items()):
        suffix = "" if label_index == 0 else f" (vs {gold_label})"
        for name, (labels, seconds, note) in predictions.items():
            if labels is None:
                if label_index == 0:
                    table.add(name, {}, note=note)
                continue
            figures = {**metrics.cluster_scores(labels, gold), "docs/s": _rate(len(labels), seconds)}
            table.add(name + suffix, figures, note=note if label_index == 0 else "")
    if view.name == "ecbplus [test split]":
        add_barhom(ctx, view, table)
    for label, figures in anchors.CLUSTERING.get(view.name, []):
        suffix = anchors.UPSTREAM if label.startswith("Barhom") else README_ANCHOR
        table.add_anchors([(label, figures)], suffix)
    table.notes.append(f"gold: {', '.join(view.golds)}" + (f"; {view.note}" if view.note else ""))
    return table


def baseline_predictions(view: data.ClusterView) -> dict[str, tuple[list[str] | None, float, str]]:
    """Return {name: (labels, seconds, note)} for TF-IDF average link with oracle K and with a threshold."""
    start = time.perf_counter()
    distances = tfidf_distances(view.docs)
    shared = time.perf_counter() - start
    k = len(set(next(iter(view.golds.values()))))
    results = {}
    for name, kwargs in ((f"TF-IDF avg-link, oracle K={k}", {"n_clusters": k}),
                         (f"TF-IDF avg-link, threshold {THRESHOLD}", {"threshold": THRESHOLD})):
        start = time.perf_counter()
        labels = average_link(distances, **kwargs)
        results[name] = (labels, shared + time.perf_counter() - start, "")
    return results


def run_cronica(ctx: Context, system: System, view: data.ClusterView) -> tuple[list[str] | None, float, str]:
    """Return cronica's labels, seconds and note; a view over the --max-cluster-docs cap is skipped."""
    cap = ctx.max_cluster_docs
    if cap and len(view.docs) > cap:
        ctx.say(f"   cronica clustering on {view.name}: skipped ({len(view.docs)} docs > --max-cluster-docs {cap})")
        return None, 0.0, f"skipped: {len(view.docs)} docs > --max-cluster-docs {cap} (run time)"
    start = time.perf_counter()
    try:
        labels = system.run(view.docs)
    except Exception as error:  # noqa: BLE001 - reported in the table, the other systems still run
        return None, 0.0, f"failed: {type(error).__name__}: {error}"[:200]
    return labels, time.perf_counter() - start, ""


def add_barhom(ctx: Context, view: data.ClusterView, table: Table) -> None:
    """Add Barhom et al.'s published test clustering, rescored with our metrics (checks B³ and ARI)."""
    published = data.load_barhom_topics(ctx.root)
    labels = [published.get(d["id"], f"missing:{d['id']}") for d in view.docs]
    gold = next(iter(view.golds.values()))
    table.add("Barhom et al. 2019 K-means (published output, rescored here)", metrics.cluster_scores(labels, gold), kind="rescored")


def _rate(n: int, seconds: float) -> float | None:
    return n / seconds if seconds > 0 else None
