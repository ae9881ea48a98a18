"""Passage alignment: shared sentences and long shared spans between two texts (wire rewrites)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

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


@dataclass(frozen=True, slots=True)
class _Units:
    """A text's sentences with their word 3-grams and SPAN_WORDS-grams, and where each 3-gram is."""

    sentences: tuple[Sentence, ...]
    grams: tuple[frozenset[Sentence], ...]
    spans: tuple[frozenset[Sentence], ...]
    where: dict[Sentence, list[int]]
    all_spans: frozenset[Sentence]


@lru_cache(maxsize=4096)
def _units(text: str) -> _Units:
    sents = tuple(tuple(w) for s in _SENTENCE.split(text) if len(w := words(s)) >= 5)
    grams = tuple(frozenset(s[i : i + 3] for i in range(len(s) - 2)) for s in sents)
    spans = tuple(frozenset(s[i : i + SPAN_WORDS] for i in range(len(s) - SPAN_WORDS + 1)) for s in sents)
    where: dict[Sentence, list[int]] = {}
    for j, gs in enumerate(grams):
        for gram in gs:
            where.setdefault(gram, []).append(j)
    return _Units(sents, grams, spans, where, frozenset().union(*spans))


def sentences(text: str) -> list[list[str]]:
    """Return the sentences (and lines) of a text of five words or more, as lists of normalised words."""
    return [list(s) for s in _units(text).sentences]


def _found(x: _Units, y: _Units, keep_x: list[int], keep_y: set[int] | None) -> list[int]:
    """Return the sentences of x (among keep_x) found in y's (all, or those in keep_y)."""
    spans = y.all_spans if keep_y is None else frozenset().union(*(y.spans[j] for j in keep_y))
    found = []
    for i in keep_x:
        if not x.spans[i].isdisjoint(spans) or _best_jaccard(x.grams[i], y, keep_y) >= SENTENCE_JACCARD:
            found.append(i)
    return found


def _best_jaccard(g: frozenset[Sentence], y: _Units, keep_y: set[int] | None) -> float:
    shared = Counter(j for gram in g for j in y.where.get(gram, ()) if keep_y is None or j in keep_y)
    return max((n / (len(g) + len(y.grams[j]) - n) for j, n in shared.items()), default=0.0)


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
    if len(x.sentences) > len(y.sentences):
        x, y = y, x
    keep_x, keep_y = list(range(len(x.sentences))), None
    found = _found(x, y, keep_x, keep_y) if x.sentences and y.sentences else []
    if len(found) < MIN_PASSAGES:
        return (len(found) / len(keep_x) if keep_x else 0.0), [" ".join(x.sentences[i][:12]) for i in found], 0
    if common is not None:
        flags = common([*x.sentences, *y.sentences])
        keep_x = [i for i in keep_x if not flags[i]]
        keep_y = {j for j in range(len(y.sentences)) if not flags[len(x.sentences) + j]}
        if len(keep_x) > len(keep_y):
            x, y, keep_x, keep_y = y, x, sorted(keep_y), set(keep_x)
        found = _found(x, y, keep_x, keep_y) if keep_x and keep_y else []
    if not keep_x:
        return 0.0, [], 0
    back = _found(y, x, sorted(keep_y) if keep_y is not None else list(range(len(y.sentences))), set(keep_x))
    return len(found) / len(keep_x), [" ".join(x.sentences[i][:12]) for i in found], len(back)


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
