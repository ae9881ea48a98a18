"""Passage alignment: shared sentences and long shared spans between two texts (wire rewrites)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from ..boilerplate import is_boilerplate_line
from ..records import Article, CopyLink
from .fingerprint import words

_SENTENCE = re.compile(r"(?<=[.!?»”])\s+(?=[«“\"A-ZÁÉÍÓÚÑ¿¡])|\n+")
SPAN_WORDS = 8  # a run of this many words in common counts as a shared passage
SENTENCE_JACCARD = 0.5
REWRITE_SHARE = 0.3  # share of the shorter text's sentences found in the other
MIN_PASSAGES = 2  # shared sentences on each side, at least: one shared headline or quote is not a rewrite

Sentence = tuple[str, ...]
# Which sentences are boilerplate (menus, footers, share buttons: text found on many unrelated pages)
IsCommon = Callable[[list[Sentence]], list[bool]]


_M1, _M2 = np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F)


@dataclass(frozen=True, slots=True)
class _Units:
    """A text's sentences, and their distinct word 3-grams and SPAN_WORDS-grams as hashes.

    ``gram_sent[k]`` is the sentence of the 3-gram hash ``gram_hash[k]`` (each pair once);
    ``gram_count[i]`` is how many distinct 3-grams sentence i has; likewise ``span_*`` for spans.
    Both are sorted by hash, so that another text's hashes are found with ``searchsorted``.
    """

    sentences: tuple[Sentence, ...]
    chrome: tuple[bool, ...]  # page furniture by its wording (menus, share buttons, cookies, copyright)
    gram_sent: np.ndarray
    gram_hash: np.ndarray
    gram_count: np.ndarray
    span_sent: np.ndarray
    span_hash: np.ndarray


def _grams(ids: np.ndarray, sent: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Return (sentence, hash) of each distinct n-gram that lies inside one sentence, sorted by hash."""
    if ids.size < n:
        return np.zeros(0, np.int64), np.zeros(0, np.uint64)
    h = np.zeros(ids.size - n + 1, dtype=np.uint64)
    for k in range(n):  # an order-dependent mix of the n word hashes
        h = (h ^ ids[k : ids.size - n + 1 + k]) * _M1 + _M2
    inside = sent[: ids.size - n + 1] == sent[n - 1 :]
    # one 64-bit key per (sentence, 40-bit hash): distinct pairs with a one-dimensional unique
    keys = np.unique((sent[: ids.size - n + 1][inside].astype(np.uint64) << np.uint64(40)) | (h[inside] >> np.uint64(24)))
    hashes = keys & np.uint64((1 << 40) - 1)
    order = np.argsort(hashes, kind="stable")
    return (keys[order] >> np.uint64(40)).astype(np.int64), hashes[order]


@lru_cache(maxsize=8192)  # ~36 KB each: the recent candidates' units are reused across new articles
def _units(text: str) -> _Units:
    pieces = [(s, w) for s in _SENTENCE.split(text) if len(w := words(s)) >= 5]
    sents = tuple(tuple(w) for _, w in pieces)
    chrome = tuple(is_boilerplate_line(s) for s, _ in pieces)
    flat = [w for s in sents for w in s]
    ids = np.fromiter((hash(w) & 0x7FFFFFFFFFFFFFFF for w in flat), dtype=np.uint64, count=len(flat))
    sent = np.repeat(np.arange(len(sents)), [len(s) for s in sents]) if sents else np.zeros(0, np.int64)
    gram_sent, gram_hash = _grams(ids, sent, 3)
    span_sent, span_hash = _grams(ids, sent, SPAN_WORDS)
    return _Units(sents, chrome, gram_sent, gram_hash, np.bincount(gram_sent, minlength=len(sents)), span_sent, span_hash)


def sentences(text: str) -> list[list[str]]:
    """Return the sentences (and lines) of a text of five words or more, as lists of normalised words."""
    return [list(s) for s in _units(text).sentences]


def _found(x: _Units, y: _Units, keep_x: list[int], keep_y: set[int] | None) -> list[int]:
    """Return the sentences of x (among keep_x) found in y's (all, or those in keep_y).

    A sentence is found when it shares a SPAN_WORDS-gram with y, or half its 3-grams (Jaccard)
    with one sentence of y. Vectorised: one sort and one count matrix per pair of texts.
    """
    if not keep_x:
        return []
    in_x = np.zeros(len(x.sentences), dtype=bool)
    in_x[keep_x] = True
    in_y = np.ones(len(y.sentences), dtype=bool)
    if keep_y is not None:
        in_y[:] = False
        in_y[list(keep_y)] = True
    hit = np.zeros(len(x.sentences), dtype=bool)
    ys = y.span_hash[in_y[y.span_sent]] if keep_y is not None else y.span_hash  # still sorted
    if ys.size and x.span_hash.size:
        at = np.minimum(np.searchsorted(ys, x.span_hash), ys.size - 1)
        hit[x.span_sent[ys[at] == x.span_hash]] = True
    ym = in_y[y.gram_sent] if keep_y is not None else slice(None)
    yh, yj = y.gram_hash[ym], y.gram_sent[ym]
    xm = in_x[x.gram_sent]
    xh, xi = x.gram_hash[xm], x.gram_sent[xm]
    if yh.size and xh.size:
        lo, hi = np.searchsorted(yh, xh, "left"), np.searchsorted(yh, xh, "right")
        n = hi - lo
        if n.any():
            rows = np.repeat(xi, n)
            cols = yj[np.repeat(lo, n) + np.arange(n.sum()) - np.repeat(np.cumsum(n) - n, n)]
            counts = np.zeros((len(x.sentences), len(y.sentences)))
            np.add.at(counts, (rows, cols), 1)
            union = x.gram_count[:, None] + y.gram_count[None, :] - counts
            jaccard = np.divide(counts, union, out=np.zeros_like(counts), where=union > 0)
            hit |= jaccard.max(axis=1) >= SENTENCE_JACCARD
    return [i for i in keep_x if hit[i]]


def shared_passages(a: str, b: str, common: IsCommon | None = None) -> tuple[float, list[str]]:
    """Return (share of the shorter text's sentences found in the other, the shared passages).

    A sentence is found when it shares half its word 3-grams with one sentence of the other text
    (Jaccard) or a run of SPAN_WORDS words with the other text. With ``common``, the sentences it
    calls boilerplate are left out of both texts first (asked only when two passages or more are
    shared, the least a rewrite needs).
    """
    share, found, _ = _alignment(a, b, common)
    return share, found


def _alignment(a: str, b: str, common: IsCommon | None) -> tuple[float, list[str], int]:
    """Return (share of the shorter's sentences found, those sentences, how many of the longer's are found)."""
    x, y = _units(a), _units(b)
    # page furniture recognised by its wording never counts, however few texts carry it so far
    keep_x = [i for i, chrome in enumerate(x.chrome) if not chrome]
    keep_y = [j for j, chrome in enumerate(y.chrome) if not chrome]
    if len(keep_x) > len(keep_y):
        x, y, keep_x, keep_y = y, x, keep_y, keep_x
    found = _found(x, y, keep_x, _subset(keep_y, y)) if keep_x and keep_y else []
    if len(found) < MIN_PASSAGES:
        return (len(found) / len(keep_x) if keep_x else 0.0), [" ".join(x.sentences[i][:12]) for i in found], 0
    if common is not None:
        flags = common([*x.sentences, *y.sentences])
        keep_x = [i for i in keep_x if not flags[i]]
        keep_y = [j for j in keep_y if not flags[len(x.sentences) + j]]
        if len(keep_x) > len(keep_y):
            x, y, keep_x, keep_y = y, x, keep_y, keep_x
        found = _found(x, y, keep_x, _subset(keep_y, y)) if keep_x and keep_y else []
    if not keep_x:
        return 0.0, [], 0
    back = _found(y, x, keep_y, _subset(keep_x, x))
    return len(found) / len(keep_x), [" ".join(x.sentences[i][:12]) for i in found], len(back)


def _subset(keep: list[int], units: _Units) -> set[int] | None:
    """Return ``keep`` as a set, or None when it is every sentence (the faster path of ``_found``)."""
    return None if len(keep) == len(units.sentences) else set(keep)


def rewrite_link(source: str, source_text: str, target: str, target_text: str,
                 common: IsCommon | None = None) -> CopyLink | None:
    """Return a 'rewrite' link when the two texts share whole passages (sentences or long spans), else None."""
    share, passages, back = _alignment(source_text, target_text, common)
    if share < REWRITE_SHARE or min(len(passages), back) < MIN_PASSAGES:
        return None
    return CopyLink(source=source, target=target, kind="rewrite", similarity=round(share, 3), directed=False,
                    reason=f"{len(passages)} shared passage(s), e.g. {passages[0]!r}")


def rewrite_links(articles: list[Article], grouped: Callable[[str, str], bool],
                  pairs: Iterable[tuple[str, str]] | None = None, common: IsCommon | None = None) -> list[CopyLink]:
    """Return 'rewrite' links between articles that share whole passages but are not copies.

    Without ``pairs`` every pair of ``articles`` is compared: call it per story, so the pairs
    grow with story size, not with the corpus. With ``pairs`` (ids, e.g. the candidates of
    ``CopyIndex.passage_candidates``) only those are compared. ``common`` (e.g.
    ``CopyIndex.is_common``) leaves boilerplate sentences out of the comparison.
    """
    by_id = {a.id: a for a in articles}
    if pairs is None:
        pairs = ((a.id, b.id) for i, a in enumerate(articles) for b in articles[i + 1 :])
    links = []
    for a, b in pairs:
        if a in by_id and b in by_id and not grouped(a, b):
            if link := rewrite_link(a, by_id[a].text, b, by_id[b].text, common):
                links.append(link)
    return links
