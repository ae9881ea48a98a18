"""Fit the pair model of ``cronica recluster`` (cronica.stories.rebuild) and choose its joining threshold.

    python -m evaluation.fit_pair_model            # fit on ECB+ train, sweep thresholds on the tuning sets
    python -m evaluation.fit_pair_model --current  # only the sweep, with the coefficients cronica ships
    python -m evaluation.fit_pair_model --text-only  # the same for articles without embeddings

The model is a logistic regression (scikit-learn, an ``eval`` extra) over ``rebuild.FEATURES`` of the
candidate pairs the rebuild itself generates on ECB+'s train split (``split_cybulska`` = train, 575
documents; annotations CC BY 3.0), each set clustered as its own corpus. No other set is fitted on: GVC
and NewsWCL50 texts are for internal evaluation only, CoNLL and PolNeAR research only. The threshold is
the one with the best mean B3-F1 over the tuning sets (every set but the test splits: ECB+ train+dev, GVC
train+dev, BASIL, NeuS val, NewsWCL50); the test splits of ECB+, GVC and NeuS are printed to check, never
chosen on. Paste the printed COEF, INTERCEPT and threshold into cronica/stories/rebuild.py (one threshold
serves both models: the one chosen with embeddings; the text-only sweep is printed to check it).
"""

from __future__ import annotations

import argparse
import sys

import numpy as np

from evaluation import data, metrics
from evaluation.systems import analyse_docs

SPLITS = {"ecbplus": "split_cybulska", "gvc_subset": "split_bugert", "neus_allsides_triplets": "split_neus"}
FIT = ("ecbplus", {"train"})
TUNING = {"ECB+ train+dev": ("ecbplus", {"train", "dev"}), "GVC train+dev": ("gvc_subset", {"train", "dev"}),
          "BASIL": ("basil", None), "NeuS val": ("neus_allsides_triplets", {"val"}), "NewsWCL50": ("newswcl50", None)}
CHECK = {"ECB+ test": ("ecbplus", {"test"}), "GVC test": ("gvc_subset", {"test"}),
         "NeuS test": ("neus_allsides_triplets", {"test"})}
THRESHOLDS = (0.35, 0.40, 0.45, 0.50, 0.55, 0.60)


def load(root, name: str, splits: set[str] | None, cache: dict) -> tuple[list, list, list[str]]:
    """Return (analysed articles, embeddings, gold labels) of a set, only the given splits (each document
    analysed once, when first needed)."""
    from cronica.pipeline import analyse_text
    from cronica.stories.embed import embed_articles

    folder = root / data.CLUSTERING / name
    docs = data.read_docs(folder)
    gold = data._gold_map(folder / "gold.tsv")
    split = data._gold_map(folder / "meta.tsv", SPLITS[name]) if name in SPLITS else {}
    docs = [d for d in docs if splits is None or split.get(d["id"]) in splits]
    todo = [d for d in docs if (name, d["id"]) not in cache]
    articles = analyse_docs(analyse_text, todo)
    for d, article, vector in zip(todo, articles, embed_articles(articles)):
        cache[(name, d["id"])] = (article, vector)
    found = [cache[(name, d["id"])] for d in docs]
    return [a for a, _ in found], [v for _, v in found], [gold[d["id"]] for d in docs]


def rebuild_of(articles, vectors, record: bool = False):
    from cronica.stories.rebuild import Rebuild, article_order

    order = sorted(range(len(articles)), key=lambda i: article_order(articles[i]))
    rebuild = Rebuild()
    if record:
        rebuild.record = []
    for i in order:
        rebuild.count(articles[i])
    for i in order:
        rebuild.add(articles[i], vectors[i])
    return rebuild, order


def fit(articles, vectors, gold) -> tuple[tuple[float, ...], float, int, int]:
    """Fit on the candidate pairs of these articles; without embeddings when ``vectors`` are all None
    (the meaning features are then 0 and get weight 0)."""
    from sklearn.linear_model import LogisticRegression

    rebuild, order = rebuild_of(articles, vectors, record=True)
    x = np.array([f for _, _, f in rebuild.record])
    y = np.array([gold[order[j]] == gold[order[i]] for j, i, _ in rebuild.record])
    model = LogisticRegression(C=1.0, max_iter=5000).fit(x, y)
    # + 0.0 turns the -0.0 of a feature that is always 0 (meaning, in the text-only fit) into 0.0
    return (tuple(round(float(c), 3) + 0.0 for c in model.coef_[0]), round(float(model.intercept_[0]), 3),
            len(y), int(y.sum()))


def b3_by_threshold(articles, vectors, gold) -> list[float]:
    from cronica.stories import rebuild as module

    rebuild, order = rebuild_of(articles, vectors)
    found = []
    for threshold in THRESHOLDS:
        module.JOIN_PROBABILITY = threshold
        labels = rebuild.stories()
        predicted = [None] * len(order)
        for position, i in enumerate(order):
            predicted[i] = labels[position]
        found.append(metrics.bcubed(predicted, gold)["F1"])
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--current", action="store_true", help="sweep with the shipped coefficients, no fitting")
    parser.add_argument("--text-only", action="store_true",
                        help="the model for articles without embeddings (COEF_TEXT_ONLY): fitted and swept with none")
    args = parser.parse_args(argv)
    from cronica.stories import rebuild as module

    root, cache = data.data_root(), {}
    shipped = module.JOIN_PROBABILITY
    def sets(name, splits):
        articles, vectors, gold = load(root, name, splits, cache)
        return articles, [None] * len(vectors) if args.text_only else vectors, gold

    suffix = "_TEXT_ONLY" if args.text_only else ""
    if not args.current:
        coef, intercept, pairs, positive = fit(*sets(*FIT))
        setattr(module, "COEF" + suffix, coef)
        setattr(module, "INTERCEPT" + suffix, intercept)
        print(f"fitted on {pairs:,} candidate pairs of ECB+ train ({positive:,} same event)")
    print("FEATURES =", module.FEATURES)
    print(f"COEF{suffix} =", getattr(module, "COEF" + suffix))
    print(f"INTERCEPT{suffix} =", getattr(module, "INTERCEPT" + suffix))
    print("B3-F1 by joining threshold:", "  ".join(f"{t:.2f}" for t in THRESHOLDS))
    tuning = []
    for label, (name, splits) in {**TUNING, **CHECK}.items():
        scores = b3_by_threshold(*sets(name, splits))
        print(f"  {label:16s}", "  ".join(f"{s:.3f}" for s in scores), flush=True)
        if label in TUNING:
            tuning.append(scores)
    mean = np.mean(tuning, axis=0)
    print(f"  {'tuning mean':16s}", "  ".join(f"{s:.3f}" for s in mean))
    best = THRESHOLDS[int(np.argmax(mean))]
    print(f"JOIN_PROBABILITY = {best:.2f} (shipped: {shipped:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
