"""Rebuilding every story from scratch (``cronica recluster``, batch clustering): article pairs scored by
a pair model, then average-link agglomeration over the scored pairs.

The online ``StoryIndex`` places each new article as it arrives, against story summaries, with the
term statistics known at that moment. A rebuild sees the whole store, so it can do better: count
document frequencies over every article first, compare articles with articles, and merge by average
link. Nothing compares all pairs:

1. ``count(article)``, every article once: document frequencies of its terms, in a count-min sketch
   (fixed memory, whatever the vocabulary grows to).
2. ``add(article, vector)``, every article once in event-date order: it is paired with at most
   TEXT_CANDIDATES earlier articles sharing its strongest terms and salient names (each key remembers
   only its POSTING_KEEP most recent articles) and MEANING_CANDIDATES nearest embeddings among the RING
   most recent articles (what finds a translation); each pair is scored by the pair model. Work per
   article is bounded; memory grows with the number of pairs kept (those above MIN_PAIR).
3. ``stories()``: average link over the scored pairs, a pair never scored counting 0, until the best
   average probability falls below JOIN_PROBABILITY.

The pair model is a logistic regression over ten similarities of two articles (``pair_features``),
fitted by ``python -m evaluation.fit_pair_model`` on the candidate pairs of ECB+'s train split only
(CC BY 3.0); its coefficients are constants here, so nothing is trained at run time.
"""

from __future__ import annotations

import heapq
import math
import re
from array import array
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import numpy as np
import xxhash

from ..facts.lexicon import fold
from ..records import Article, Evidence, content_id
from .features import LEAD_CHARS, LEAD_WEIGHT, STOP, TITLE_WEIGHT, _term, _WORD

TOP_KEYS = 20  # strongest terms of an article used to find its candidates
POSTING_KEEP = 50  # each term or name remembers its most recent articles
TEXT_CANDIDATES = 30  # earlier articles sharing the most keys
MEANING_CANDIDATES = 10  # nearest embeddings among the RING most recent articles
RING = 2000
MIN_DF = 2  # a term found in one article only says nothing about pairs
MIN_PAIR = 0.02  # pairs less likely than this are dropped (a missing pair counts 0 in the average)
JOIN_PROBABILITY = 0.50  # average link stops when the best average pair probability is below this
# Average link over a bounded candidate graph cannot grow a story much beyond the candidate budget K: two
# consecutive stretches of a long story share only about K^2 / 2 scored pairs, whatever their sizes, so
# their average over every pair falls far below any pair's probability. The average between two clusters
# is therefore taken over at most PAIR_CAP pairs (exact average link for clusters whose product of sizes
# is smaller, as on every evaluation set).
PAIR_CAP = (TEXT_CANDIDATES + MEANING_CANDIDATES) ** 2 // 2
# An article is paired only with the WINDOW articles before it in event-date order (kept in memory): at a
# million articles a year that is two to three weeks of news; a story that goes on for longer stays one
# through its recent articles (average link joins the stretches), and dated events further apart than
# MAX_GAP_DAYS are never paired anyway. Memory and work per article stay bounded however large the store.
WINDOW = 50_000
_SKETCH_BITS = 23

FEATURES = ("text", "words", "meaning", "meaning+", "names", "name_conflict", "numbers", "year_conflict")
# Event dates further apart than this are different events (two summits of the same ministers months
# apart): such a pair is never scored. ECB+, the fitting data, has too few dated pairs to learn it.
MAX_GAP_DAYS = 45
# Fitted by `python -m evaluation.fit_pair_model` on 10,712 candidate pairs of ECB+'s train split (3,172 of
# them one event); that module says why no other set is fitted on.
COEF = (5.972, 10.088, 2.85, 2.14, 3.102, -0.29, 4.209, -1.353)
INTERCEPT = -5.982
# The same fit with the embeddings left out, for a pair where either article has none (CRONICA_EMBEDDINGS=0,
# the model not installed): the text has to carry what the meaning carried.
COEF_TEXT_ONLY = (8.158, 11.654, 0.0, 0.0, 3.501, -0.361, 4.535, -1.399)  # `... --text-only`: 10,264 pairs
INTERCEPT_TEXT_ONLY = -4.335

# Function words of the plain-word similarity (the stemmed one uses features.STOP): English and Spanish.
_FUNCTION_WORDS = frozenset("""
a an the and or but if of to in on at by for with from as into onto about over under after before than then
is are was were be been being am do does did done have has had having will would shall should can could may
might must it its this that these those there here he she they we you i me him her them us my your his our
their who whom whose which what when where why how not no nor so too very just also only all any both each
few more most other some such own same up down out off again further once s t don now said says according
el la los las lo un una unos unas de del al y e o u ni que en por para con sin se su sus le les me te nos es
son fue ser ha han había como más mas pero si no ya muy este esta estos estas ese esa eso esos esas aquel
cual cuales quien quienes donde cuando también tambien sobre entre hasta desde durante según segun tras ante
""".split())
_PLAIN = re.compile(r"\b\w\w+\b", re.UNICODE)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_YEAR = re.compile(r"\b(?:19[5-9]\d|20[0-3]\d)\b")


@dataclass(slots=True)
class _Prepared:
    """What a pair of articles is compared on."""

    text: tuple[np.ndarray, np.ndarray]  # stemmed words and word pairs, TF-IDF unit vector (keys, weights)
    words: tuple[np.ndarray, np.ndarray]  # plain words and word pairs, TF-IDF unit vector
    keys: list[int]  # candidate keys: strongest stemmed words, salient names
    salient: frozenset[str]
    names: frozenset[str]
    numbers: frozenset[str]
    day: int | None
    year: int | None
    vector: np.ndarray | None


def own_event_date(article: Article) -> str | None:
    """Return the event date the article's own text or page gives, not the one a story lent it when it had
    none (``reconcile``): a rebuild must not lean on the stories it replaces."""
    row = next((e for e in article.evidence if e.kind == "event_date"), None)
    return None if row is not None and row.rule == "no-date" else article.event_date


def article_order(article: Article) -> tuple[str, str]:
    """The order articles are clustered in: own event date, else publication date, undated last; then id."""
    return (own_event_date(article) or article.published or "9999", article.id)


class Rebuild:
    """Three passes over the same articles in the same order: ``count`` each, ``add`` each, ``stories``."""

    def __init__(self) -> None:
        self.sketch = np.zeros((2, 1 << _SKETCH_BITS), dtype=np.uint32)
        self.n_docs = 0
        self.ids: list[str] = []
        self.cache: dict[int, _Prepared] = {}  # the WINDOW latest articles
        self.postings: dict[int, list[int]] = {}
        self.ring: np.ndarray | None = None
        self.ring_ids = np.full(RING, -1, dtype=np.int64)
        self.ring_used = 0
        # scored pairs (earlier, later, probability), and the similarities of the likely ones for evidence
        self._left, self._right, self._prob = array("i"), array("i"), array("f")  # compact: ~12 bytes a pair
        self.why: dict[tuple[int, int], tuple | str] = {}
        self.labels: list[int] = []
        self._best: dict[int, tuple[float, int]] = {}
        self.record: list | None = None  # set to a list to collect (earlier, later, features) of every pair scored

    # ---- pass 1 -------------------------------------------------------------------------------------

    def count(self, article: Article) -> None:
        """Count the article's terms (once per article, before any ``add``)."""
        text, words = _counts(article)
        keys = np.fromiter((_hash(t, 1) for t in text), dtype=np.uint64, count=len(text))
        keys = np.concatenate([keys, np.fromiter((_hash(t, 2) for t in words), dtype=np.uint64, count=len(words))])
        for row, buckets in enumerate(_buckets(keys)):
            np.add.at(self.sketch[row], np.unique(buckets), 1)
        self.n_docs += 1

    def _df(self, keys: np.ndarray) -> np.ndarray:
        b0, b1 = _buckets(keys)
        return np.minimum(self.sketch[0][b0], self.sketch[1][b1])

    # ---- pass 2 -------------------------------------------------------------------------------------

    def prepare(self, article: Article, vector=None) -> _Prepared:
        text_counts, word_counts = _counts(article)
        text = self._unit(text_counts, 1)
        words = self._unit(word_counts, 2)
        unigrams = sorted(((w, t) for t, w in zip(text[2], text[1].tolist()) if " " not in t),
                          key=lambda wt: (-wt[0], wt[1]))
        salient, names = _salient(article)
        keys = [_hash(t, 1) for _, t in unigrams[:TOP_KEYS]] + [_hash(n, 3) for n in sorted(salient)]
        content = f"{article.title or ''} {article.text}"
        years = [int(y) for y in _YEAR.findall(content)]
        event = own_event_date(article)
        v = None
        if vector is not None:
            v = np.asarray(vector, dtype=np.float32)
            norm = float(np.linalg.norm(v))
            v = v / norm if norm else None
        return _Prepared(
            text=text[:2], words=words[:2], keys=keys, salient=salient, names=names,
            numbers=frozenset(x for x in _NUMBER.findall(content) if len(x) >= 2 and not _YEAR.fullmatch(x)),
            day=date.fromisoformat(event).toordinal() if event else None,
            year=int(event[:4]) if event else (max(years) if years else None), vector=v)

    def _unit(self, counts: dict[str, float], seed: int) -> tuple[np.ndarray, np.ndarray, list[str]]:
        """Return the TF-IDF unit vector of term counts, (1 + ln tf) * (ln((n + 1) / (df + 1)) + 1), terms
        found in fewer than MIN_DF articles left out: (sorted keys, weights, the terms in key order)."""
        terms = list(counts)
        keys = np.fromiter((_hash(t, seed) for t in terms), dtype=np.uint64, count=len(terms))
        df = self._df(keys)
        tf = np.fromiter(counts.values(), dtype=np.float64, count=len(terms))
        keep = df >= MIN_DF
        weights = (1 + np.log(tf[keep])) * (np.log((self.n_docs + 1) / (df[keep] + 1.0)) + 1)
        keys = keys[keep]
        kept = [t for t, k in zip(terms, keep.tolist()) if k]
        norm = float(np.sqrt(weights @ weights)) or 1.0
        order = np.argsort(keys, kind="stable")
        return keys[order], (weights[order] / norm).astype(np.float32), [kept[i] for i in order.tolist()]

    def add(self, article: Article, vector=None, copies: tuple[int, ...] = ()) -> int:
        """Pair the next article (in ``article_order``) with its candidates; return its position.

        ``copies`` are positions of earlier articles it is a copy of (pairs of probability 1)."""
        i = len(self.ids)
        self.ids.append(article.id)
        prepared = self.cache[i] = self.prepare(article, vector)
        copies = {j for j in copies if j < i}
        found = self._candidates(prepared) - copies
        for j in sorted(found):
            other = self.cache[j]
            features = pair_features(other, prepared)
            if features is None:  # event dates too far apart: different events
                continue
            if self.record is not None:
                self.record.append((j, i, features))
            p = probability(features, other.vector is not None and prepared.vector is not None)
            if p >= MIN_PAIR:
                self._pair(j, i, p)
                if p >= JOIN_PROBABILITY / 2:  # likely members: what they share is kept to explain them
                    self.why[(j, i)] = (tuple(round(f, 3) for f in features),
                                        tuple(sorted(other.salient & prepared.salient)[:5]),
                                        tuple(sorted(other.numbers & prepared.numbers)[:3]))
        for j in sorted(copies):
            self._pair(j, i, 1.0)
            self.why[(j, i)] = "copy"
        self._remember(i, prepared)
        self.cache.pop(i - WINDOW, None)
        if i and i % WINDOW == 0:  # forget the keys no article of the window has
            self.postings = {key: posting for key, posting in self.postings.items() if posting[-1] > i - WINDOW}
        return i

    def _pair(self, j: int, i: int, p: float) -> None:
        self._left.append(j)
        self._right.append(i)
        self._prob.append(p)

    def _candidates(self, prepared: _Prepared) -> set[int]:
        hits: Counter = Counter()
        for key in prepared.keys:
            posting = self.postings.get(key)
            if posting:
                hits.update(j for j in posting if j in self.cache)
        # ties go to the most recent article: deterministic, and news events cluster in time
        found = {j for j, _ in sorted(hits.items(), key=lambda kv: (-kv[1], -kv[0]))[:TEXT_CANDIDATES]}
        if prepared.vector is not None and self.ring is not None and self.ring_used:
            sims = self.ring[: self.ring_used] @ prepared.vector
            k = min(MEANING_CANDIDATES, self.ring_used)
            top = np.argpartition(-sims, k - 1)[:k] if self.ring_used > k else np.arange(self.ring_used)
            found.update(j for j in (int(self.ring_ids[t]) for t in top) if j in self.cache)
        return found

    def _remember(self, i: int, prepared: _Prepared) -> None:
        for key in prepared.keys:
            posting = self.postings.setdefault(key, [])
            posting.append(i)
            if len(posting) > 2 * POSTING_KEEP:  # trimmed in bulk: a few more recent articles counted is harmless
                del posting[:-POSTING_KEEP]
        if prepared.vector is not None:
            if self.ring is None:
                self.ring = np.zeros((RING, prepared.vector.size), dtype=np.float32)
            slot = i % RING
            self.ring[slot], self.ring_ids[slot] = prepared.vector, i
            self.ring_used = min(self.ring_used + 1, RING)

    # ---- pass 3 -------------------------------------------------------------------------------------

    def stories(self) -> list[int]:
        """Cluster the scored pairs; return each article's story as the position of its first article
        (the story's id is ``story_id`` of that article). ``evidence(i)`` then explains a membership."""
        n = len(self.ids)
        left = np.frombuffer(self._left, dtype=np.int32).astype(np.int64)
        right = np.frombuffer(self._right, dtype=np.int32).astype(np.int64)
        prob = np.frombuffer(self._prob, dtype=np.float32).astype(np.float64)
        label = sparse_average_link(n, left, right, prob, JOIN_PROBABILITY, PAIR_CAP)
        # an article's strongest pair inside its story is its evidence
        self._best = {}
        same = label[left] == label[right]
        for j, i, p in zip(left[same].tolist(), right[same].tolist(), prob[same].tolist()):
            for a, b in ((i, j), (j, i)):
                if a not in self._best or (p, -b) > (self._best[a][0], -self._best[a][1]):
                    self._best[a] = (p, b)
        self.labels = label.tolist()
        return self.labels

    def evidence(self, i: int) -> Evidence:
        """Return why the article at position i is in its story (after ``stories``)."""
        sid = story_id(self.ids[self.labels[i]])
        if i not in self._best:
            return Evidence(subject=self.ids[i], kind="story_member", claim=sid, rule="new-story",
                            detail="no other article was likely enough the same event")
        p, j = self._best[i]
        why = self.why.get((min(i, j), max(i, j)))
        return Evidence(subject=self.ids[i], kind="story_member", claim=sid,
                        rule="copy" if why == "copy" else "pair-model", detail=_explain(why, self.ids[j]),
                        score=round(p, 3), ref=self.ids[j])


def story_id(first_article_id: str) -> str:
    """The id of a story opened by this article (the same as the online index gives it)."""
    return "s" + content_id(first_article_id, "story")[:15]


def pair_features(a: _Prepared, b: _Prepared) -> tuple[float, ...] | None:
    """Return the similarities of two articles the pair model weighs (names as in FEATURES); None when
    their event dates are more than MAX_GAP_DAYS apart."""
    if a.day is not None and b.day is not None and abs(a.day - b.day) > MAX_GAP_DAYS:
        return None
    text = _dot(a.text, b.text)
    words = _dot(a.words, b.words)
    meaning = float(a.vector @ b.vector) if a.vector is not None and b.vector is not None else 0.0
    if a.salient and b.salient:
        names = len(a.salient & b.salient) / len(a.salient | b.salient)
        conflict = float(not (a.salient & b.names) and not (b.salient & a.names))
    else:
        names = conflict = 0.0
    numbers = len(a.numbers & b.numbers) / len(a.numbers | b.numbers) if a.numbers and b.numbers else 0.0
    years = float(a.year is not None and b.year is not None and a.year != b.year)
    return (text, words, meaning, max(0.0, meaning - 0.3), names, conflict, numbers, years)


def probability(features: tuple[float, ...], meaning: bool = True) -> float:
    """Return the pair model's probability that two articles tell one event (``meaning``: both have an
    embedding)."""
    coef, z = (COEF, INTERCEPT) if meaning else (COEF_TEXT_ONLY, INTERCEPT_TEXT_ONLY)
    z += sum(c * f for c, f in zip(coef, features))
    return 1.0 / (1.0 + math.exp(-z))


def sparse_average_link(n: int, left: np.ndarray, right: np.ndarray, prob: np.ndarray, threshold: float,
                        cap: int | None = None) -> np.ndarray:
    """Return a cluster label per item (the smallest item of its cluster) from average-link agglomeration
    over a sparse graph of pair probabilities; a missing pair counts 0.

    Each cluster keeps the sum of its pair probabilities with each neighbouring cluster; merging A and B
    adds their sums (Lance-Williams for average link), the average is sum / (|A| |B|), the product capped
    at ``cap`` when given. A heap of averages drives the merges; entries of clusters merged away are
    skipped. Time and memory O(pairs log pairs). Ties merge the pair of smallest items first.
    """
    neighbours: list[dict[int, float] | None] = [{} for _ in range(n)]
    for j, i, p in zip(left.tolist(), right.tolist(), prob.tolist()):
        if i != j:
            neighbours[i][j] = neighbours[i].get(j, 0.0) + p
            neighbours[j][i] = neighbours[j].get(i, 0.0) + p
    size = [1] * n
    heap = [(-s, i, j, 0, 0) for i, nb in enumerate(neighbours) for j, s in nb.items() if i < j]
    heapq.heapify(heap)
    parent = list(range(n))  # a cluster is named by one of its items; the others point to it
    version = [0] * n  # bumped when a cluster grows: heap entries of its former self are stale
    while heap:
        neg, a, b, va, vb = heapq.heappop(heap)
        if version[a] != va or version[b] != vb:
            continue
        if -neg < threshold:
            break
        keep, gone = (a, b) if len(neighbours[a]) >= len(neighbours[b]) else (b, a)
        sums, other = neighbours[keep], neighbours[gone]
        for x, s in other.items():
            sums[x] = sums.get(x, 0.0) + s
        sums.pop(a, None)
        sums.pop(b, None)
        neighbours[gone] = None
        version[gone] = -1
        version[keep] += 1
        parent[gone] = keep
        size[keep] += size[gone]
        for x, s in sums.items():
            nx = neighbours[x]
            nx.pop(gone, None)
            nx[keep] = s
            denominator = min(size[keep] * size[x], cap) if cap else size[keep] * size[x]
            a, b = min(keep, x), max(keep, x)
            heapq.heappush(heap, (-s / denominator, a, b, version[a], version[b]))
    root = np.arange(n)
    for i in range(n):
        r = i
        while parent[r] != r:
            r = parent[r]
        root[i] = r
    first = np.full(n, n, dtype=np.int64)
    np.minimum.at(first, root, np.arange(n))
    return first[root]


def _counts(article: Article) -> tuple[dict[str, float], dict[str, float]]:
    """Return (stemmed words and word pairs weighted by place: headline, lead, body; plain words and
    word pairs of headline and text)."""
    text: Counter = Counter()
    for part, weight in ((article.title or "", TITLE_WEIGHT), (article.text[:LEAD_CHARS], LEAD_WEIGHT),
                         (article.text, 1.0)):
        previous = None
        for w in _WORD.findall(part):
            term = _text_term(w)
            if term is not None:
                text[term] += weight
                if previous is not None:
                    text[previous + " " + term] += weight
            previous = term
    words: Counter = Counter()
    previous = None
    for w in _PLAIN.findall(f"{article.title or ''} {article.text}".lower()):
        if w in _FUNCTION_WORDS or w in STOP:
            continue
        words[w] += 1
        if previous is not None:
            words[previous + " " + w] += 1
        previous = w
    return dict(text), dict(words)


@lru_cache(maxsize=200_000)
def _text_term(word: str) -> str | None:
    """Return the stemmed term of a word (``features._term``), None for function words too."""
    return None if fold(word) in _FUNCTION_WORDS else _term(word)


def _salient(article: Article) -> tuple[frozenset[str], frozenset[str]]:
    """Return (the names an article is about: named twice, in the lead or in the headline; all its names)."""
    counts = Counter(fold(e.name) for e in article.entities if e.type in ("PER", "ORG", "LOC") and len(e.name) > 2)
    early = {fold(e.name) for e in article.entities
             if e.type in ("PER", "ORG", "LOC") and e.start < LEAD_CHARS and len(e.name) > 2}
    title = fold(article.title or "")
    return frozenset(n for n, c in counts.items() if c >= 2 or n in early or n in title), frozenset(counts)


def _hash(term: str, seed: int) -> int:
    return xxhash.xxh64_intdigest(term.encode(), seed)


def _buckets(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    mask = np.uint64((1 << _SKETCH_BITS) - 1)
    return (keys & mask).astype(np.int64), ((keys >> np.uint64(32)) & mask).astype(np.int64)


def _dot(a: tuple[np.ndarray, np.ndarray], b: tuple[np.ndarray, np.ndarray]) -> float:
    if not a[0].size or not b[0].size:
        return 0.0
    _, ia, ib = np.intersect1d(a[0], b[0], assume_unique=True, return_indices=True)
    return float(a[1][ia] @ b[1][ib])


def _explain(why, other: str) -> str:
    if why == "copy":
        return f"a copy of {other}"
    if why is None:
        return f"most likely the same event as {other}"
    features, names, numbers = why
    f = dict(zip(FEATURES, features))
    parts = [f"same event as {other}: text similarity {f['text']:.2f}, words {f['words']:.2f}"]
    if f["meaning"]:
        parts.append(f"meaning {f['meaning']:.2f}")
    if names:
        parts.append(f"names shared ({f['names']:.2f} of the salient ones): {', '.join(names)}")
    if f["name_conflict"]:
        parts.append("no salient name in common")
    if numbers:
        parts.append(f"figures shared ({f['numbers']:.2f}): {', '.join(numbers)}")
    if f["year_conflict"]:
        parts.append("different years")
    return "; ".join(parts)
