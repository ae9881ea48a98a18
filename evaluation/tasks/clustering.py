"""Story and event clustering on the six clustering sets (B³, ARI, AMI, pairwise F1)."""

from __future__ import annotations

import time
from collections.abc import Iterator

from evaluation import anchors, data, metrics
from evaluation.baselines import average_link, tfidf_distances
from evaluation.report import README_ANCHOR, Table
from evaluation.systems import PipelineRun, System, cronica_clusterer, cronica_pipeline_clusterer
from evaluation.tasks.common import Context

COLUMNS = ["B3_P", "B3_R", "B3_F1", "ARI", "AMI", "pair_F1", "n_docs", "n_gold", "n_pred", "docs/s"]
THRESHOLD = 0.8
ONLINE = "cronica online (pipeline, arrival order)"
RECLUSTER = "cronica recluster (pipeline)"
Prediction = tuple[list[str] | None, float, str]  # labels, seconds, note


def run(ctx: Context) -> Iterator[Table]:
    """Yield one table per clustering view, as each is done."""
    cronica = ctx.available("clustering", cronica_clusterer())
    pipeline = ctx.available("clustering", cronica_pipeline_clusterer(), name="cronica pipeline")
    for view in data.load_cluster_views(ctx.root, ctx.limit):
        ctx.say(f"   {view.name}: {len(view.docs)} docs …")
        yield view_table(ctx, view, cronica, pipeline)


def view_table(ctx: Context, view: data.ClusterView, cronica: System | None, pipeline: System | None = None) -> Table:
    table = Table("clustering", f"clustering: {view.name}", COLUMNS)
    predictions = baseline_predictions(view)
    if pipeline is not None:
        online, recluster = run_pipeline(ctx, pipeline, view)
        predictions = {ONLINE: online, RECLUSTER: recluster, **predictions}
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
    if pipeline is not None and online[0] is not None and recluster[0] is not None:
        table.notes.append(agreement_note(online[0], recluster[0], next(iter(view.golds.values()))))
    return table


def agreement(online: list[str], recluster: list[str], gold: list[str]) -> dict[str, float]:
    """Return how far the online partition is from the rebuilt one: their B³-F1 and ARI with the
    rebuild as reference, and the difference of their B³-F1 against gold (online − recluster)."""
    scores = metrics.cluster_scores(online, recluster)
    delta = metrics.bcubed(online, gold)["F1"] - metrics.bcubed(recluster, gold)["F1"]
    return {"B3_F1": scores["B3_F1"], "ARI": scores["ARI"], "delta_B3_F1": delta}


def agreement_note(online: list[str], recluster: list[str], gold: list[str]) -> str:
    found = agreement(online, recluster, gold)
    return (f"online vs recluster agreement: B3-F1 {found['B3_F1']:.3f}, ARI {found['ARI']:.3f}; "
            f"B3-F1 against gold, online − recluster: {found['delta_B3_F1']:+.3f} "
            f"(docs/s: analyse_text + ingest_articles for online, analyse_text + recluster for recluster)")


def baseline_predictions(view: data.ClusterView) -> dict[str, Prediction]:
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


def over_cap(ctx: Context, view: data.ClusterView, what: str) -> str:
    """Return the skip note when the view is over the --max-cluster-docs cap, else ''."""
    cap = ctx.max_cluster_docs
    if cap and len(view.docs) > cap:
        ctx.say(f"   {what} on {view.name}: skipped ({len(view.docs)} docs > --max-cluster-docs {cap})")
        return f"skipped: {len(view.docs)} docs > --max-cluster-docs {cap} (run time)"
    return ""


def run_cronica(ctx: Context, system: System, view: data.ClusterView) -> Prediction:
    """Return cronica's labels, seconds and note; a view over the --max-cluster-docs cap is skipped."""
    if skipped := over_cap(ctx, view, "cronica clustering"):
        return None, 0.0, skipped
    start = time.perf_counter()
    try:
        labels = system.run(view.docs)
    except Exception as error:  # noqa: BLE001 - reported in the table, the other systems still run
        return None, 0.0, f"failed: {type(error).__name__}: {error}"[:200]
    return labels, time.perf_counter() - start, ""


def run_pipeline(ctx: Context, system: System, view: data.ClusterView) -> tuple[Prediction, Prediction]:
    """Return the online and the recluster predictions of the stored pipeline (one analysis for both).

    Online seconds are analysis + ``ingest_articles``; recluster seconds are analysis + ``recluster``
    on the store the online run filled. A view over the --max-cluster-docs cap is skipped.
    """
    if skipped := over_cap(ctx, view, "cronica pipeline clustering"):
        return (None, 0.0, skipped), (None, 0.0, skipped)
    try:
        found: PipelineRun = system.run(view.docs)
    except Exception as error:  # noqa: BLE001 - reported in the table, the other systems still run
        failed = f"failed: {type(error).__name__}: {error}"[:200]
        return (None, 0.0, failed), (None, 0.0, failed)
    return ((found.online, found.analyse_seconds + found.ingest_seconds, ""),
            (found.recluster, found.analyse_seconds + found.recluster_seconds, ""))


def add_barhom(ctx: Context, view: data.ClusterView, table: Table) -> None:
    """Add Barhom et al.'s published test clustering, rescored with our metrics (checks B³ and ARI)."""
    published = data.load_barhom_topics(ctx.root)
    labels = [published.get(d["id"], f"missing:{d['id']}") for d in view.docs]
    gold = next(iter(view.golds.values()))
    table.add("Barhom et al. 2019 K-means (published output, rescored here)", metrics.cluster_scores(labels, gold), kind="rescored")


def _rate(n: int, seconds: float) -> float | None:
    return n / seconds if seconds > 0 else None
