"""The upstream metrics of each shared set, reimplemented so every system is scored the same way.

Each function says which upstream script it follows; the unit tests in tests/evaluation pin them
on hand-computed examples.
"""

from __future__ import annotations

import random
import re
import statistics
from collections import Counter
from dataclasses import dataclass

# --------------------------------------------------------------------------- confusion counts


@dataclass(slots=True)
class Confusion:
    """Accumulated TP/FP/FN/TN with the derived scores (0.0 where a denominator is empty)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, tp: int = 0, fp: int = 0, fn: int = 0, tn: int = 0) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn
        self.tn += tn

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        return _ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)

    @property
    def accuracy(self) -> float:
        """(TP + TN) / all: the trafilatura segment accuracy; htmldate has TN = 0 so it is TP / all."""
        return _ratio(self.tp + self.tn, self.tp + self.fp + self.fn + self.tn)

    def scores(self) -> dict[str, float]:
        return {"P": self.precision, "R": self.recall, "F1": self.f1, "Acc": self.accuracy}


def _ratio(num: float, den: float) -> float:
    return num / den if den else 0.0


# --------------------------------------------------------------------------- trafilatura segments


def normalize_ws(text: str) -> str:
    """Return the text with whitespace runs collapsed, as upstream ``eval_common.norm``."""
    return re.sub(r"\s+", " ", text).strip()


def count_segments(output: str | None, with_: list[str], without: list[str]) -> tuple[int, int, int, int]:
    """Return (tp, fp, fn, tn) for one page: a segment is present if it is a substring of the output."""
    out = normalize_ws(output) if output else ""
    tp = sum(1 for seg in with_ if normalize_ws(seg) in out) if out else 0
    fp = sum(1 for seg in without if normalize_ws(seg) in out) if out else 0
    return tp, fp, len(with_) - tp, len(without) - fp


# --------------------------------------------------------------------------- scrapinghub shingles


def shingles(text: str, n: int = 4) -> Counter:
    """Return the multiset of token n-grams of ``re.findall(r"\\w+")`` tokens (upstream evaluate.py).

    As upstream, a text shorter than n tokens gives one shorter shingle, and an empty text none.
    """
    tokens = re.findall(r"\w+", text or "")
    grams = (tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)))
    return Counter(g for g in grams if g)


def shingle_page_scores(gold: str, pred: str) -> tuple[float | None, float | None]:
    """Return one page's (precision, recall); None where upstream leaves the page out of the mean.

    Upstream normalises TP/FP/FN to sum to 1 (which leaves P and R unchanged) and averages
    precision over pages with TP + FP > 0 and recall over pages with TP + FN > 0, so a page
    with both sides empty is left out of both means.
    """
    g, p = shingles(gold), shingles(pred)
    tp = sum((g & p).values())
    fp = sum(p.values()) - tp
    fn = sum(g.values()) - tp
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    return precision, recall


def shingle_scores(pairs: list[tuple[str, str]], bootstrap: int = 0, seed: int = 0) -> dict[str, float]:
    """Return macro P/R over pages and F1 = 2PR/(P+R); with ``bootstrap`` also the ±1.96·sd of F1."""
    per_page = [shingle_page_scores(g, p) for g, p in pairs]
    result = _macro_prf(per_page)
    if bootstrap and per_page:
        rng = random.Random(seed)
        f1s = [_macro_prf(rng.choices(per_page, k=len(per_page)))["F1"] for _ in range(bootstrap)]
        result["F1_ci"] = 1.96 * statistics.stdev(f1s)
    return result


def _macro_prf(per_page: list[tuple[float | None, float | None]]) -> dict[str, float]:
    ps = [p for p, _ in per_page if p is not None]
    rs = [r for _, r in per_page if r is not None]
    precision = sum(ps) / len(ps) if ps else 0.0
    recall = sum(rs) / len(rs) if rs else 0.0
    return {"P": precision, "R": recall, "F1": _ratio(2 * precision * recall, precision + recall)}


# --------------------------------------------------------------------------- htmldate


def count_date(predicted: str | None, gold: str) -> tuple[int, int, int]:
    """Return (tp, fp, fn) for one page: equal day TP, other day FP, no output FN (upstream comparison.py)."""
    if not predicted:
        return 0, 0, 1
    return (1, 0, 0) if predicted[:10] == gold else (0, 1, 0)


# --------------------------------------------------------------------------- clustering


def _contingency(pred: list, gold: list) -> tuple[Counter, Counter, Counter]:
    if len(pred) != len(gold):
        raise ValueError(f"prediction has {len(pred)} labels but gold has {len(gold)}")
    return Counter(pred), Counter(gold), Counter(zip(pred, gold))


def bcubed(pred: list, gold: list) -> dict[str, float]:
    """Return B³ precision, recall and F1 averaged over items."""
    pc, gc, joint = _contingency(pred, gold)
    n = len(pred)
    if not n:
        return {"P": 0.0, "R": 0.0, "F1": 0.0}
    precision = sum(v * v / pc[p] for (p, _), v in joint.items()) / n
    recall = sum(v * v / gc[g] for (_, g), v in joint.items()) / n
    return {"P": precision, "R": recall, "F1": _ratio(2 * precision * recall, precision + recall)}


def pairwise(pred: list, gold: list) -> dict[str, float]:
    """Return link precision/recall/F1 over same-cluster pairs; with no pairs on either side, 1.0."""
    pc, gc, joint = _contingency(pred, gold)
    both = sum(v * (v - 1) // 2 for v in joint.values())
    pred_pairs = sum(v * (v - 1) // 2 for v in pc.values())
    gold_pairs = sum(v * (v - 1) // 2 for v in gc.values())
    if not pred_pairs and not gold_pairs:
        return {"P": 1.0, "R": 1.0, "F1": 1.0}
    precision, recall = _ratio(both, pred_pairs), _ratio(both, gold_pairs)
    return {"P": precision, "R": recall, "F1": _ratio(2 * precision * recall, precision + recall)}


def cluster_scores(pred: list, gold: list) -> dict[str, float]:
    """Return the headline clustering figures: B³ P/R/F1, ARI, AMI, pairwise F1 and the counts."""
    from sklearn.metrics import adjusted_mutual_info_score, adjusted_rand_score

    b3 = bcubed(pred, gold)
    return {
        "B3_P": b3["P"],
        "B3_R": b3["R"],
        "B3_F1": b3["F1"],
        "ARI": adjusted_rand_score(gold, pred),
        "AMI": adjusted_mutual_info_score(gold, pred),
        "pair_F1": pairwise(pred, gold)["F1"],
        "n_docs": len(gold),
        "n_gold": len(set(gold)),
        "n_pred": len(set(pred)),
    }


# --------------------------------------------------------------------------- conlleval


def bio_chunks(tags: list[str]) -> set[tuple[int, int, str]]:
    """Return the (start, end, type) chunks of a tag sequence, with conlleval's chunk boundaries.

    As in conlleval, an I-X after O or after another type starts a new chunk, so IOB1 and IOB2
    input give the same chunks.
    """
    chunks: set[tuple[int, int, str]] = set()
    start, kind = None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, typ = tag.partition("-")
        ends = kind is not None and (prefix in ("O", "B") or typ != kind)
        if ends:
            chunks.add((start, i, kind))
            start, kind = None, None
        if prefix in ("B", "I") and kind is None:
            start, kind = i, typ
    return chunks


def conll_counts(gold_tags: list[list[str]], pred_tags: list[list[str]], types: set[str] | None = None) -> dict[str, Confusion]:
    """Return per-type confusion counts of exact (span, type) chunk matches, plus ``"ALL"`` (micro).

    Chunks of types outside ``types`` are ignored on both sides.
    """
    table: dict[str, Confusion] = {"ALL": Confusion()}
    for sent_gold, sent_pred in zip(gold_tags, pred_tags, strict=True):
        gold = {c for c in bio_chunks(sent_gold) if types is None or c[2] in types}
        pred = {c for c in bio_chunks(sent_pred) if types is None or c[2] in types}
        for chunk in gold | pred:
            counts = {"tp": int(chunk in gold and chunk in pred), "fp": int(chunk not in gold), "fn": int(chunk not in pred)}
            table.setdefault(chunk[2], Confusion()).add(**counts)
            table["ALL"].add(**counts)
    return table
