"""The quote scorer on tiny hand-made inputs whose answers are worked out in the comments (no shared data)."""

from __future__ import annotations

import gzip
import hashlib
import json

import pytest

from evaluation.tasks import quotes as task
from evaluation.tasks.quotes import Span, SpanCounts, pair_spans, same_speaker, score_document, split_rows, words_in

approx = pytest.approx
TEXT = "Ana dijo que el puente cae hoy. Luis dijo: «Nada cae aquí»."
BRIDGE = (TEXT.index("el puente"), TEXT.index(" hoy") + 4)  # "el puente cae hoy": 4 words
NOTHING = (TEXT.index("Nada"), TEXT.index("»"))  # "Nada cae aquí": 3 words


def span(start: int, end: int, speaker: str | None = None, aliases=()) -> Span:
    return Span(words_in(TEXT, [(start, end)]), speaker, tuple(aliases))


def test_words_in_ignores_punctuation_and_marks():
    n = NOTHING[0]
    assert words_in(TEXT, [(n - 1, NOTHING[1] + 2)]) == ((n, n + 4), (n + 5, n + 8), (n + 9, n + 13))  # «...».
    assert words_in(TEXT, [(0, 3), (BRIDGE[0], BRIDGE[0] + 9)]) == ((0, 3), (13, 15), (16, 22))  # discontinuous


def test_pairs_are_one_to_one_and_most_shared_first():
    gold = [span(*BRIDGE), span(*NOTHING)]  # "el puente cae hoy" (4 words), "Nada cae aquí" (3)
    pred = [span(16, NOTHING[1]), span(13, 22)]  # "puente ... aquí" shares 3 with each gold; "el puente" 2
    # candidates (shared, g, p): (3,0,0) (3,1,0) (2,0,1); ties break on gold index: (0,0) first, then (0,1) is
    # taken by gold 0, so gold 1 pairs with nothing left that shares words
    assert pair_spans(gold, pred) == [(0, 0, 3)]


def test_exact_and_proportional_overlap_by_hand():
    gold = [span(*BRIDGE, "Ana"), span(*NOTHING, "Luis")]
    pred = [span(*BRIDGE, "Ana"), span(NOTHING[0] + 5, NOTHING[1], "Ana")]  # exact; "cae aquí" (2 of 3 words)
    counts = score_document(gold, pred, lambda g, p: same_speaker(p.speaker, g.speaker))
    assert (counts.n_gold, counts.n_pred, counts.exact, counts.found) == (2, 2, 1, 2)
    # overlap precision: 4/4 + 2/2 = 2 over 2 predictions; recall: 4/4 + 2/3 over 2 gold
    figures = counts.figures("overlap")
    assert figures["P"] == approx(1.0)
    assert figures["R"] == approx((1 + 2 / 3) / 2)
    assert figures["F1"] == approx(2 * 1.0 * (5 / 6) / (1.0 + 5 / 6))
    assert counts.figures("exact")["F1"] == approx(0.5)
    assert figures["speaker acc"] == approx(0.5)  # Ana right, Luis given to Ana


def test_counts_add_up_and_empty_is_zero():
    one = score_document([span(*BRIDGE)], [span(*BRIDGE)])
    two = score_document([span(*NOTHING)], [])
    total = one + two
    assert (total.n_gold, total.n_pred, total.exact) == (2, 1, 1)
    assert total.figures("exact") == approx({"P": 1.0, "R": 0.5, "F1": 2 / 3, "found": 1, "n gold": 2, "n pred": 1,
                                             "speaker acc": None})
    assert SpanCounts().figures("overlap")["F1"] == 0.0


def test_same_speaker_folds_articles_accents_and_parts_of_names():
    assert same_speaker("Gates", "Bill Gates")
    assert same_speaker("el portavoz Matteo Brunni", "Matteo Brunni")
    assert same_speaker("Vladimir Putín", "Vladimir Putin")
    assert same_speaker("los investigadores", "investigadores")
    assert same_speaker("AMLO", "Andrés Manuel López Obrador", aliases=["AMLO"])
    assert not same_speaker("Bill Clinton", "Bill Gates")
    assert not same_speaker(None, "Bill Gates")
    assert not same_speaker("el", "Bill Gates")  # nothing left after the article


def test_brat_relations_keep_discontinuous_content_and_sourceless_relations():
    ann = "\n".join([
        "T1\tSource 0 3\tAna", "T2\tCue 4 8\tdijo", "T3\tContent 13 30\tel puente cae hoy",
        "T4\tAttribution 4 8\tdijo", "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        "T5\tContent 44 48;53 57\tNada aquí", "T6\tAttribution 49 52\tcae", "E2\tAttribution:T6 Content:T5",
    ])
    contents, sources = task._brat_relations(ann)
    assert contents == [([(13, 30)], [(0, 3)]), ([(44, 48), (53, 57)], None)]
    assert sources == [[(0, 3)]]


def test_interrupted_quotation_is_joined_for_polnear():
    text = '"We will win," he said. "And we will win big."'
    first = Span(words_in(text, [(1, 12)]), "he", source=words_in(text, [(14, 16)]))
    second = Span(words_in(text, [(25, 45)]))
    (joined,) = task.join_interrupted(text, [first, second])
    assert joined.words == first.words + second.words  # "he said" is not content
    apart = Span(words_in(text, [(25, 45)]), source=words_in(text, [(14, 16)]))
    assert len(task.join_interrupted(text, [first, apart])) == 2  # a quotation with its own cue stays apart


def test_load_spanish_reads_offsets_and_skips_changed_texts(tmp_path):
    corpus = tmp_path / "corpus" / "spanish-fake-news"
    corpus.mkdir(parents=True)
    records = [{"id": "a", "text": TEXT}, {"id": "b", "text": "Otro texto."}]
    with gzip.open(corpus / "docs.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write("\n".join(json.dumps(r) for r in records))
    digest = hashlib.blake2b(TEXT.encode("utf-8"), digest_size=8).hexdigest()
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(r) for r in [
        {"doc": "a", "split": "dev", "chars": len(TEXT), "blake2b": digest,
         "quotes": [{"start": BRIDGE[0], "end": BRIDGE[1], "speaker": "Ana", "kind": "indirect", "aliases": ["ella"]}]},
        {"doc": "b", "split": "heldout", "chars": 11, "blake2b": "0" * 16, "quotes": []},
    ]), "utf-8")
    docs, stale = task.load_spanish(tmp_path, gold)
    assert stale == ["b"]
    (doc,) = docs
    assert doc.split == "dev" and doc.quotes[0].speaker == "Ana" and doc.quotes[0].aliases == ("ella",)
    assert doc.quotes[0].words == words_in(TEXT, [BRIDGE])


def test_later_dev_batches_count_in_dev_and_on_their_own_row():
    assert split_rows("dev2") == ("all", "dev", "dev2")
    assert split_rows("dev3") == ("all", "dev", "dev3")
    assert split_rows("dev") == ("all", "dev")
    assert split_rows("heldout") == ("all", "heldout")
