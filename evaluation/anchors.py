"""Published anchor figures, copied from the README of each set under ../shared/eval.

Each anchor is (system label, figures). ``UPSTREAM`` marks figures computed on the upstream set,
which for several sets is larger than the part kept here (the README says so where it applies).
"""

from __future__ import annotations

UPSTREAM = "(published, upstream set)"

# trafilatura docs/evaluation.rst (2026-08-04), full upstream set of 990 pages
TRAFILATURA_EVAL = [
    ("trafilatura 2.2.0 standard", {"P": 0.906, "R": 0.943, "F1": 0.924}),
    ("magic-html", {"F1": 0.889}),
    ("justext 3.0.2 (custom)", {"F1": 0.862}),
    ("news-please", {"F1": 0.836}),
    ("readability-lxml 0.8.4.1", {"F1": 0.826}),
    ("trafilatura baseline", {"F1": 0.815}),
    ("resiliparse 1.0.9", {"R": 0.955, "F1": 0.811}),
    ("goose3", {"P": 0.936, "F1": 0.810}),
    ("boilerpy3", {"F1": 0.807}),
    ("newspaper4k", {"F1": 0.801}),
    ("raw HTML (everything)", {"F1": 0.667}),
]

# scrapinghub article-extraction-benchmark README (latest run); same 181 pages as here
SCRAPINGHUB = [
    ("rs_trafilatura", {"F1": 0.970}),
    ("go-trafilatura", {"F1": 0.960}),
    ("trafilatura 2.0.0", {"F1": 0.958}),
    ("newspaper4k", {"F1": 0.949}),
    ("news-please", {"F1": 0.948}),
    ("Readability.js", {"F1": 0.947}),
    ("readability-lxml", {"F1": 0.922}),
    ("goose3", {"F1": 0.896}),
    ("jusText", {"F1": 0.804}),
    ("html-text (full page, baseline)", {"F1": 0.665}),
    ("Zyte AutoExtract (Nov 2019)", {"F1": 0.970}),
    ("Diffbot (Nov 2019)", {"F1": 0.951}),
]

# upstream outputs shipped in output.tar.gz that are rescored here to check the metric
SCRAPINGHUB_OUTPUTS = {"trafilatura": "trafilatura 2.0.0", "rs_trafilatura": "rs_trafilatura", "justext": "jusText", "html-text": "html-text"}

# htmldate docs/evaluation.rst (2026-06-01), full upstream set of 1,000 pages
HTMLDATE = [
    ("htmldate[all] 1.10 extensive", {"P": 0.908, "R": 0.993, "Acc": 0.903, "F1": 0.949}),
    ("htmldate fast", {"P": 0.924, "R": 0.927, "Acc": 0.861, "F1": 0.925}),
    ("newspaper4k 0.9.5", {"P": 0.912, "R": 0.728, "Acc": 0.680, "F1": 0.810}),
    ("news-please 1.6.16", {"P": 0.845, "R": 0.777, "Acc": 0.680, "F1": 0.810}),
    ("articleDateExtractor 0.20", {"P": 0.846, "R": 0.745, "Acc": 0.656, "F1": 0.792}),
    ("goose3", {"P": 0.930, "R": 0.568, "Acc": 0.545, "F1": 0.706}),
    ("date_guesser", {"P": 0.832, "R": 0.611, "Acc": 0.544, "F1": 0.705}),
]

# CoNLL-2002 README: entity micro-F1 (all four types) on the official *test* file, not testa
CONLL = [
    ("Carreras et al. 2002 (official test, 4 types)", {"F1": 0.8139}),
    ("Lample et al. 2016 BiLSTM-CRF (official test)", {"F1": 0.8575}),
    ("BETO (official test, check the paper)", {"F1": 0.884}),
    ("XLM-R large (official test, check the paper)", {"F1": 0.897}),
]

# clustering READMEs; "TF-IDF" anchors are sanity baselines with oracle K or threshold 0.8
TFIDF = "TF-IDF avg-link"
CLUSTERING = {
    "ecbplus": [
        (f"{TFIDF}, oracle K (README, upstream run)", {"ARI": 0.862, "B3_F1": 0.911}),
        (f"{TFIDF}, oracle K (README, on these files)", {"ARI": 0.859, "B3_F1": 0.910}),
        (f"{TFIDF}, threshold 0.8 (README)", {"ARI": 0.846, "B3_F1": 0.877, "n_pred": 151}),
    ],
    "ecbplus [test split]": [
        ("Barhom et al. 2019 K-means, test topics", {"ARI": 0.965, "AMI": 0.977, "B3_F1": 0.968, "pair_F1": 0.967}),
    ],
    "gvc_subset": [
        (f"{TFIDF}, oracle K", {"ARI": 0.895, "B3_F1": 0.954}),
        (f"{TFIDF}, threshold 0.8", {"ARI": 0.905, "B3_F1": 0.956, "n_pred": 263}),
    ],
    "basil": [
        (f"{TFIDF}, oracle K", {"ARI": 0.908, "B3_F1": 0.962}),
        (f"{TFIDF}, threshold 0.8", {"ARI": 0.919, "B3_F1": 0.966, "n_pred": 102}),
    ],
    "newswcl50": [
        (f"{TFIDF}, oracle K and threshold 0.8", {"ARI": 1.0, "B3_F1": 1.0}),
    ],
    "neus_allsides_triplets": [
        (f"{TFIDF}, oracle K (all 8,025 docs)", {"ARI": 0.370, "B3_F1": 0.697}),
        (f"{TFIDF}, threshold 0.8 (all 8,025 docs)", {"ARI": 0.445, "B3_F1": 0.731}),
        (f"{TFIDF}, oracle K (upstream 9,198 docs)", {"ARI": 0.368, "B3_F1": 0.700}),
    ],
    "neus_allsides_triplets [test split]": [
        (f"{TFIDF}, oracle K (822 docs)", {"ARI": 0.654, "B3_F1": 0.840}),
        (f"{TFIDF}, threshold 0.8 (822 docs)", {"ARI": 0.710, "B3_F1": 0.860}),
        (f"{TFIDF}, oracle K (upstream test, 921 docs)", {"ARI": 0.657, "B3_F1": 0.842}),
    ],
    "meantime [es]": [
        (f"{TFIDF}, oracle K", {"ARI": 0.932, "B3_F1": 0.952}),
        (f"{TFIDF}, threshold 0.8 (about)", {"B3_F1": 0.17, "n_pred": 64}),
    ],
}
