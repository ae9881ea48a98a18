"""The evaluation metrics on tiny hand-made inputs whose answers are worked out in the comments."""

from __future__ import annotations

import pytest

from evaluation import metrics
from evaluation.baselines import dump_paragraphs
from evaluation.systems import spans_to_bio, stories_to_labels, token_offsets
from evaluation.tasks.common import author_names, norm_day, norm_meta

approx = pytest.approx


# --------------------------------------------------------------------------- trafilatura segments


def test_segments_are_whitespace_normalised_substrings():
    output = "Main   text\nof the article.\nMore text."
    # "Main text of the" matches across the newline; "Missing part" does not; "Menu" is absent (TN),
    # "More text." is a without-segment that is present (FP)
    assert metrics.count_segments(output, ["Main text of the", "Missing part"], ["Menu", "More  text."]) == (1, 1, 1, 1)


def test_segments_of_an_empty_output_are_all_missed():
    assert metrics.count_segments(None, ["a", "b"], ["c"]) == (0, 0, 2, 1)
    assert metrics.count_segments("", ["a"], []) == (0, 0, 1, 0)


def test_confusion_scores_micro():
    confusion = metrics.Confusion()
    confusion.add(*metrics.count_segments("keep one", ["keep one", "keep two"], ["drop"]))  # 1 0 1 1
    confusion.add(*metrics.count_segments("keep three drop", ["keep three"], ["drop", "x"]))  # 1 1 0 1
    # TP 2, FP 1, FN 1, TN 2
    assert confusion.scores() == approx({"P": 2 / 3, "R": 2 / 3, "F1": 2 / 3, "Acc": 4 / 6})


def test_confusion_with_no_counts_is_zero_not_an_error():
    assert metrics.Confusion().scores() == {"P": 0.0, "R": 0.0, "F1": 0.0, "Acc": 0.0}


# --------------------------------------------------------------------------- scrapinghub shingles


def test_shingles_are_token_4grams_and_short_texts_give_one_shingle():
    assert metrics.shingles("a b c d e") == {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}
    assert metrics.shingles("a, b!") == {("a", "b"): 1}
    assert metrics.shingles("") == {}


def test_shingle_page_scores():
    gold = "one two three four five six"  # 3 shingles
    pred = "one two three four five seven"  # 3 shingles, 2 shared
    assert metrics.shingle_page_scores(gold, pred) == approx((2 / 3, 2 / 3))
    assert metrics.shingle_page_scores(gold, "") == (None, 0.0)  # left out of the precision mean
    assert metrics.shingle_page_scores("", "") == (None, None)


def test_shingle_scores_are_macro_averaged():
    pairs = [
        ("one two three four five six", "one two three four five six"),  # P 1, R 1
        ("one two three four five six", "one two three four"),  # P 1, R 1/3
        ("one two three four", ""),  # P skipped, R 0
    ]
    scores = metrics.shingle_scores(pairs)
    precision, recall = 1.0, (1 + 1 / 3 + 0) / 3
    assert scores["P"] == approx(precision)
    assert scores["R"] == approx(recall)
    assert scores["F1"] == approx(2 * precision * recall / (precision + recall))


def test_shingle_bootstrap_gives_a_spread():
    pairs = [("a b c d e", "a b c d e"), ("a b c d e", "x y z w v")] * 5
    assert metrics.shingle_scores(pairs, bootstrap=200)["F1_ci"] > 0


# --------------------------------------------------------------------------- htmldate


def test_dates_tp_fp_fn():
    confusion = metrics.Confusion()
    for predicted, gold in [("2020-01-02", "2020-01-02"), ("2020-01-03", "2020-01-02"), (None, "2020-01-02"), ("2019-05-05T10:00", "2019-05-05")]:
        tp, fp, fn = metrics.count_date(predicted, gold)
        confusion.add(tp=tp, fp=fp, fn=fn)
    # TP 2, FP 1, FN 1: P 2/3, R 2/3, Acc 2/4, F1 4/6
    assert confusion.scores() == approx({"P": 2 / 3, "R": 2 / 3, "Acc": 0.5, "F1": 2 / 3})


# --------------------------------------------------------------------------- clustering


def test_bcubed_four_items_by_hand():
    gold = ["A", "A", "A", "B"]
    pred = ["x", "x", "y", "y"]
    # item precision: 1 (x: a1,a2), 1, 1/2 (y: a3,b), 1/2 → 3/4
    # item recall: 2/3 (A: a1,a2 of three), 2/3, 1/3, 1 → 8/12 = 2/3
    scores = metrics.bcubed(pred, gold)
    assert scores["P"] == approx(0.75)
    assert scores["R"] == approx(2 / 3)
    assert scores["F1"] == approx(2 * 0.75 * (2 / 3) / (0.75 + 2 / 3))


def test_bcubed_perfect_and_all_in_one():
    gold = ["A", "A", "B", "B"]
    assert metrics.bcubed(["p", "p", "q", "q"], gold)["F1"] == 1.0
    # one cluster: precision per item 2/4, recall 1
    assert metrics.bcubed(["p"] * 4, gold) == approx({"P": 0.5, "R": 1.0, "F1": 2 / 3})


def test_pairwise_by_hand():
    gold = ["A", "A", "A", "B"]  # gold pairs: (1,2) (1,3) (2,3)
    pred = ["x", "x", "y", "y"]  # predicted pairs: (1,2) (3,4); shared: (1,2)
    assert metrics.pairwise(pred, gold) == approx({"P": 0.5, "R": 1 / 3, "F1": 0.4})


def test_pairwise_all_singletons():
    assert metrics.pairwise(["a", "b"], ["A", "B"])["F1"] == 1.0
    assert metrics.pairwise(["a", "b"], ["A", "A"])["F1"] == 0.0


def test_cluster_scores_ari_ami_and_counts():
    scores = metrics.cluster_scores(["x", "x", "y", "y"], ["A", "A", "B", "B"])
    assert scores["ARI"] == approx(1.0)
    assert scores["AMI"] == approx(1.0)
    assert (scores["n_docs"], scores["n_gold"], scores["n_pred"]) == (4, 2, 2)


def test_cluster_scores_reject_length_mismatch():
    with pytest.raises(ValueError):
        metrics.bcubed(["x"], ["A", "B"])


# --------------------------------------------------------------------------- conlleval


def test_bio_chunks():
    tags = ["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC", "I-ORG", "O", "I-MISC"]
    assert metrics.bio_chunks(tags) == {(0, 2, "PER"), (3, 4, "LOC"), (4, 6, "LOC"), (6, 7, "ORG"), (8, 9, "MISC")}


def test_bio_chunk_at_sentence_end():
    assert metrics.bio_chunks(["O", "B-ORG", "I-ORG"]) == {(1, 3, "ORG")}


def test_conll_counts_exact_span_and_type():
    gold = [["B-PER", "I-PER", "O", "B-LOC"], ["B-ORG", "O", "B-MISC"]]
    pred = [["B-PER", "O", "O", "B-LOC"], ["B-LOC", "O", "B-MISC"]]
    # sentence 1: PER span wrong (FP + FN), LOC right (TP); sentence 2: ORG→LOC (FP LOC, FN ORG), MISC right
    table = metrics.conll_counts(gold, pred)
    total = table["ALL"]
    assert (total.tp, total.fp, total.fn) == (2, 2, 2)
    assert (table["LOC"].tp, table["LOC"].fp, table["LOC"].fn) == (1, 1, 0)
    assert table["ORG"].fn == 1 and table["ORG"].tp == 0
    three = metrics.conll_counts(gold, pred, {"PER", "ORG", "LOC"})["ALL"]
    assert (three.tp, three.fp, three.fn) == (1, 2, 2)
    assert three.f1 == approx(1 / 3)  # 2·1 / (2·1 + 2 + 2)


# --------------------------------------------------------------------------- adapters


def test_token_offsets():
    assert token_offsets(["El", "Rey", "."]) == [(0, 2), (3, 6), (7, 8)]


def test_spans_to_bio_maps_char_spans_to_tokens():
    tokens = ["Felipe", "González", "visitó", "Sao", "Paulo", "."]
    text = " ".join(tokens)
    spans = [(0, len("Felipe González"), "PER"), (text.index("Sao"), text.index("Paulo") + 5, "LOC")]
    assert spans_to_bio(tokens, spans) == ["B-PER", "I-PER", "O", "B-LOC", "I-LOC", "O"]


def test_spans_to_bio_partial_and_overlapping_spans():
    tokens = ["Banco", "Santander", "SA"]
    # a span cutting into a token tags it; the overlapping later span is dropped
    spans = [(2, 10, "ORG"), (6, 15, "PER")]
    assert spans_to_bio(tokens, spans) == ["B-ORG", "I-ORG", "O"]


def test_stories_to_labels_gives_singletons_to_unclustered_articles():
    class Story:
        def __init__(self, *ids):
            self.articles = ids

    labels = stories_to_labels(["a", "b", "c", "d"], [Story("a", "c"), Story("d")])
    assert labels[0] == labels[2] and len(set(labels)) == 3


def test_metadata_normalisation():
    assert norm_meta("  «Título   de  prueba» ") == norm_meta("título de prueba")
    assert author_names("Ana Pérez; Luis Gómez") == author_names(["Luis Gómez", "ana pérez"])
    assert norm_day("2022-11-1") == "2022-11-01" and norm_day("2022-11-01T10:00") == "2022-11-01"
    assert norm_day("") == ""


def test_dump_paragraphs_rejoins_wrapped_lines_but_not_list_items():
    wrapped = "   " + "word " * 14 + "\n   " + "end of the paragraph.\n"
    dump = "     * Menu\n     * Home\n\n" + wrapped + "\n   Short line\n   Next line\n"
    paragraphs = dump_paragraphs(dump)
    assert paragraphs[:2] == ["* Menu", "* Home"]
    assert paragraphs[2].endswith("word end of the paragraph.")
    assert paragraphs[3:] == ["Short line", "Next line"]
