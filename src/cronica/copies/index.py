"""The copy index: finds the earlier articles a new article copies or rewrites, without comparing all pairs.

A new article meets only the candidates three lookups retrieve: its exact hash, its MinHash LSH
bands (near-duplicates), and its passage keys (winnowed shingles: containment and rewrites). Each
passage key reads at most ``MAX_POSTINGS`` articles; candidates are ranked by the passage keys they
share, each weighted by 1 / (number of articles with the key), so that boilerplate (menus, footers,
share buttons: keys on many pages) counts little, and only the best ``MAX_PASSAGE_CANDIDATES`` are
verified. The work per article is bounded whatever the size of the corpus.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable
from functools import lru_cache
from typing import Protocol

from ..boilerplate import is_boilerplate_line, is_related_header
from ..records import Article, CopyLink
from .align import Sentence, rewrite_link
from .fingerprint import Fingerprint, fingerprint_many, passage_keys_many, shingles

NEAR_JACCARD = 0.5  # verified near-duplicates
CONTAINMENT = 0.8  # the shorter text is (almost) inside the longer one
MAX_POSTINGS = 64  # latest articles read per passage key
MAX_PASSAGE_CANDIDATES = 24  # earlier articles sharing the most passage keys, verified per new article
MIN_SHARED_KEYS = 2  # passage keys two articles must share to be compared (one for very short texts)
# Articles a CopyIndex backed by a store keeps in memory (up to twice as many: two generations).
# Exact and near copies of older articles are found in the store; containment and rewrites only
# within this window (passage keys are not stored): 20,000 articles are weeks of a national press.
PENDING_KEEP = 20_000
# Passage keys a pair must share, as a share of the shorter text's, to be aligned for a rewrite: the
# rewrites found on the synthetic stream of evaluation.bench_scale share 9% or more, and three in four
# aligned pairs share less than 5% and are never rewrites.
REWRITE_KEY_SHARE = 0.05
COMMON_DF = 8  # a sentence all of whose passage keys are on this many distinct texts is boilerplate


class _Shared(Counter):
    """Passage keys shared with earlier articles (see ``CopyIndex._shared_keys``)."""

    def __init__(self) -> None:
        super().__init__()
        self.weight: Counter[str] = Counter()
        self.rare: set[str] = set()


class CopyLookup(Protocol):
    """Where the index finds earlier articles: the store, or memory.

    A lookup may also offer ``passage_postings(keys) -> {key: (articles with it, the latest
    MAX_POSTINGS of them)}``; without it, containment and rewrites are found only among the
    articles of the lookups that have it.
    """

    def exact_matches(self, exact: str) -> list[str]: ...
    def lsh_candidates(self, keys: list[int]) -> set[str]: ...
    def article_text(self, article_id: str) -> str | None: ...


class MemoryLookup:
    """An in-memory CopyLookup (for evaluation and for articles of the batch not yet stored).

    With ``keep``, it remembers only the latest ``keep`` to ``2 * keep`` articles (two generations),
    so that its memory stays bounded when a store behind it keeps everything older.
    """

    # Memory matters here (tens of thousands of articles, ~150 passage keys each): a posting with one
    # article is the id itself, not a list; a key's count of distinct texts is stored only when not 1.

    def __init__(self, keep: int | None = None) -> None:
        self.keep = keep
        self.count = 0
        self.exact: dict[str, list[str]] = {}
        self.bands: dict[int, str | list[str]] = {}  # band-salted key -> article ids
        self.passages: dict[int, str | list[str]] = {}
        self.texts_with: dict[int, int] = {}  # passage key -> distinct texts with it (copies count once), if not 1
        self.texts: dict[str, str] = {}
        self.key_counts: dict[str, int] = {}  # article id -> how many passage keys its text has
        self.older: MemoryLookup | None = None

    def remember(self, fp: Fingerprint, text: str, *, new_keys: Collection[int] | None = None) -> None:
        """Index an article; only ``new_keys`` (default: all its keys) count as seen on one more text."""
        if self.keep and self.count >= self.keep:
            older = self.older = MemoryLookup()  # the generation before the previous one is forgotten
            older.exact, older.bands, older.passages, older.texts_with, older.texts, older.key_counts = (
                self.exact, self.bands, self.passages, self.texts_with, self.texts, self.key_counts)
            self.exact, self.bands, self.passages, self.texts_with, self.texts, self.key_counts, self.count = (
                {}, {}, {}, {}, {}, {}, 0)
        self.count += 1
        aid = fp.article_id
        self.exact.setdefault(fp.exact, []).append(aid)
        for band, key in enumerate(fp.bands):
            _post(self.bands, _band_key(band, key), aid)
        for key in fp.passages:
            known = key in self.passages
            _post(self.passages, key, aid)
            n = self.texts_with.get(key, 1) if known else 0
            if new_keys is None or key in new_keys:
                n += 1
            if n == 1:
                self.texts_with.pop(key, None)
            else:
                self.texts_with[key] = n
        self.texts[aid] = text
        self.key_counts[aid] = len(fp.passages)

    def key_count(self, article_id: str) -> int | None:
        n = self.key_counts.get(article_id)
        return n if n is not None or not self.older else self.older.key_count(article_id)

    def exact_matches(self, exact: str) -> list[str]:
        return [*(self.older.exact_matches(exact) if self.older else ()), *self.exact.get(exact, ())]

    def lsh_candidates(self, keys: list[int]) -> set[str]:
        found = {aid for band, key in enumerate(keys) for aid in _ids(self.bands.get(_band_key(band, key)))}
        return found | self.older.lsh_candidates(keys) if self.older else found

    def passage_postings(self, keys: Iterable[int]) -> dict[int, tuple[int, list[str]]]:
        """Return, per known key, how many distinct texts have it and the latest MAX_POSTINGS articles with it."""
        keys = list(keys)
        found = {key: (self.texts_with.get(key, 1), _ids(ids)[-MAX_POSTINGS:]) for key in keys
                 if (ids := self.passages.get(key))}
        for key, (n, ids) in (self.older.passage_postings(keys) if self.older else {}).items():
            mine = found.get(key, (0, []))
            found[key] = (n + mine[0], (ids + mine[1])[-MAX_POSTINGS:])
        return found

    def passage_df(self, keys: Iterable[int]) -> dict[int, int]:
        """Return, per known key, how many distinct texts have it (copies count once)."""
        keys = list(keys)
        found = {key: n for key in keys if key in self.passages and (n := self.texts_with.get(key, 1))}
        if self.older:
            for key, n in self.older.passage_df(keys).items():
                found[key] = found.get(key, 0) + n
        return found

    def article_text(self, article_id: str) -> str | None:
        text = self.texts.get(article_id)
        return text if text is not None or not self.older else self.older.article_text(article_id)


def _band_key(band: int, key: int) -> int:
    return key ^ (band * 0x9E3779B97F4A7C15 & 0x7FFFFFFFFFFFFFFF)  # one int, not a (band, key) tuple


def _post(postings: dict, key: int, aid: str) -> None:
    ids = postings.get(key)
    if ids is None:
        postings[key] = aid
    elif isinstance(ids, str):
        postings[key] = [ids, aid]
    else:
        ids.append(aid)


def _ids(ids: str | list[str] | None) -> list[str]:
    return [] if ids is None else [ids] if isinstance(ids, str) else ids


class CopyIndex:
    """Finds the earlier articles a new article copies, through one or more lookups."""

    def __init__(self, *lookups: CopyLookup):
        # behind a store, memory holds only recent articles (the store has the rest); alone, all of them
        self.pending = MemoryLookup(keep=PENDING_KEEP if lookups else None)
        self.lookups = (*lookups, self.pending)

    def add(self, article: Article, *, rewrites: bool = False) -> tuple[Fingerprint, list[CopyLink]]:
        """Return the article's fingerprint and its verified links to earlier articles.

        Links are exact, near and containment copies; with ``rewrites``, also 'rewrite' links to
        earlier articles that share whole passages without being copies.
        """
        return self.add_many([article], rewrites=rewrites)[0]

    def add_many(self, articles: list[Article], *, rewrites: bool = False) -> list[tuple[Fingerprint, list[CopyLink]]]:
        """Return ``add`` for each article in order, fingerprinting them in one vectorised batch."""
        results = []
        for article, fp in zip(articles, fingerprint_many([(a.id, a.text) for a in articles])):
            links = self.links(fp, article.text, rewrites=rewrites)
            self.pending.remember(fp, article.text, new_keys=self._new_keys(fp, links))
            results.append((fp, links))
        return results

    def links(self, fp: Fingerprint, text: str, *, rewrites: bool = False) -> list[CopyLink]:
        """Return the verified links of a fingerprinted text to the articles already indexed."""
        me = fp.article_id
        exact = {aid for lk in self.lookups for aid in lk.exact_matches(fp.exact)} - {me}
        links = [CopyLink(source=aid, target=me, kind="exact", similarity=1.0, directed=False,
                          reason="same text after normalising quotes, dashes, spaces and case") for aid in sorted(exact)]
        near = {aid for lk in self.lookups for aid in lk.lsh_candidates(fp.bands)}
        shared = self._shared_keys(fp)
        candidates = (near | set(self._ranked(fp, shared))) - exact - {me}
        texts = {aid: t for aid in sorted(candidates) if (t := self._text(aid)) is not None}
        copied = set(exact)
        for aid, other in texts.items():
            if link := verify(aid, fp, other, text):
                links.append(link)
                copied.add(aid)
        if rewrites:
            links.extend(link for aid, other in texts.items()
                         if aid not in copied and self._may_share_passages(fp, aid, other, shared)
                         and (link := rewrite_link(aid, other, me, text, self.is_common)))
        return links

    def _may_share_passages(self, fp: Fingerprint, aid: str, other: str, shared: Counter[str]) -> bool:
        """Whether two texts share enough passage keys for a rewrite to be possible (a cheap bound
        before the alignment): REWRITE_KEY_SHARE of the shorter text's keys."""
        n = shared.get(aid)
        theirs = self.pending.key_count(aid)
        if n is None or theirs is None:  # not in the recent window: count on the texts themselves
            keys = _passage_keys(other)
            n, theirs = len(set(fp.passages).intersection(keys)), len(keys)
        return n >= REWRITE_KEY_SHARE * min(len(fp.passages), theirs)

    def passage_candidates(self, fp: Fingerprint) -> list[str]:
        """Return the articles sharing the most (weighted) passage keys with ``fp``, at most MAX_PASSAGE_CANDIDATES."""
        return self._ranked(fp, self._shared_keys(fp))

    def _shared_keys(self, fp: Fingerprint) -> _Shared:
        """Return, per earlier article found in the postings of ``fp``'s passage keys, how many keys it
        shares (``.weight``: the same, each key weighted by 1 / its document frequency; ``.rare``: the
        articles sharing at least one key found on fewer than COMMON_DF texts)."""
        shared = _Shared()
        for df, ids in self._postings(fp.passages).values():
            for aid in ids:
                shared.weight[aid] += 1 / max(df, 1)
                shared[aid] += 1
            if df < COMMON_DF:
                shared.rare.update(ids)
        return shared

    def _ranked(self, fp: Fingerprint, shared: _Shared) -> list[str]:
        least = min(MIN_SHARED_KEYS, len(fp.passages))
        # an article that shares only boilerplate keys (on COMMON_DF texts or more) is no candidate: its
        # shared sentences would all be boilerplate to the alignment, and such pairs grow with the index
        ranked = sorted((aid for aid, n in shared.items() if n >= least and aid in shared.rare and aid != fp.article_id),
                        key=lambda aid: (-shared.weight[aid], aid))
        return ranked[:MAX_PASSAGE_CANDIDATES]

    def passage_df(self, keys: Iterable[int]) -> Counter[int]:
        """Return how many indexed articles have each key (keys on none are left out)."""
        wanted = list(keys)
        df: Counter[int] = Counter()
        for lk in self.lookups:
            if (count := getattr(lk, "passage_df", None)) is not None:
                df.update(count(wanted))
            elif (find := getattr(lk, "passage_postings", None)) is not None:
                df.update({key: n for key, (n, _) in find(wanted).items()})
        return df

    def is_common(self, sentences: list[Sentence]) -> list[bool]:
        """Return, per sentence (a tuple of words), whether it is boilerplate: all its keys on COMMON_DF texts."""
        keys = sentence_keys(sentences)
        df = self.passage_df({k for ks in keys for k in ks})
        return [bool(ks) and all(df.get(k, 0) >= COMMON_DF for k in ks) for ks in keys]

    def _postings(self, keys: Iterable[int]) -> dict[int, tuple[int, list[str]]]:
        keys = list(keys)
        merged: dict[int, tuple[int, list[str]]] = {}
        for lk in self.lookups:
            if (find := getattr(lk, "passage_postings", None)) is not None:
                for key, (n, ids) in find(keys).items():
                    before = merged.get(key, (0, []))
                    merged[key] = (before[0] + n, before[1] + ids)
        return merged

    def _new_keys(self, fp: Fingerprint, links: list[CopyLink]) -> set[int] | None:
        """Return the keys of ``fp`` that the texts it copies (exact, near, containment) lack (None: not a copy).

        Keys are counted per distinct text, so forty reprints of one cable (whole, or inside another
        site's page) do not make its sentences look like boilerplate, while the menu a reprint adds
        still counts.
        """
        sources = [self._text(l.source) for l in links if l.kind in ("exact", "near", "containment")]
        if not sources:
            return None
        seen = set().union(*(_passage_keys(t) for t in sources if t is not None))
        return set(fp.passages) - seen

    def _text(self, article_id: str) -> str | None:
        for lk in self.lookups:
            text = lk.article_text(article_id)
            if text is not None:
                return text
        return None


def verify(other_id: str, fp: Fingerprint, other_text: str, text: str | None = None) -> CopyLink | None:
    """Return a copy link when the candidate's shingles really overlap enough, else None.

    With the new article's ``text``, containment is also measured on both texts without their page
    furniture (menus, share buttons, 'Lea también' lists, copyright lines): a reprint that is
    trimmed and framed by another site's chrome is still inside the original.
    """
    other = _shingles(other_text)
    mine = fp.shingles
    if not other or not mine:
        return None
    inter = len(mine & other)
    jaccard = inter / len(mine | other)
    contain = inter / min(len(mine), len(other))
    if jaccard >= NEAR_JACCARD:
        return CopyLink(source=other_id, target=fp.article_id, kind="near", similarity=round(jaccard, 3),
                        directed=False, reason=f"{jaccard:.0%} of 5-word shingles shared")
    if contain >= CONTAINMENT:
        return CopyLink(source=other_id, target=fp.article_id, kind="containment", similarity=round(contain, 3),
                        directed=False, reason=f"{contain:.0%} of the shorter text's shingles are in the longer")
    # a cheap gate: only candidates at half the containment threshold get the furniture-free second look
    if text is not None and contain >= CONTAINMENT / 2:
        a, b = _core_shingles(text), _core_shingles(other_text)
        if a and b and (core := len(a & b) / min(len(a), len(b))) >= CONTAINMENT:
            return CopyLink(source=other_id, target=fp.article_id, kind="containment", similarity=round(core, 3),
                            directed=False, reason=f"{core:.0%} of the shorter text's shingles are in the longer, "
                                                   "page furniture left out")
    return None


RELATED_LINES = 8  # lines after a 'Lea también' header that may be other articles' headlines


def core_text(text: str) -> str:
    """Return the text without the lines that are page furniture by their wording, nor related-headline lists."""
    out, related = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if is_related_header(stripped):
            related = RELATED_LINES
            continue
        if related and stripped and len(stripped) < 160 and not stripped.endswith("."):
            related -= 1
            continue
        related = 0
        if stripped and not is_boilerplate_line(stripped):
            out.append(line)
    return "\n".join(out)


@lru_cache(maxsize=1024)
def _core_shingles(text: str) -> frozenset[int]:
    core = core_text(text)
    return _shingles(text) if core == text else frozenset(shingles(core))


_KEYS: dict[Sentence, tuple[int, ...]] = {}


def sentence_keys(sentences: list[Sentence]) -> list[tuple[int, ...]]:
    """Return the passage keys of each sentence (remembered: the same boilerplate recurs on many pages)."""
    if len(_KEYS) > 200_000:
        _KEYS.clear()
    todo = list(dict.fromkeys(s for s in sentences if s not in _KEYS))
    for s, keys in zip(todo, passage_keys_many([" ".join(s) for s in todo])):
        _KEYS[s] = keys
    return [_KEYS[s] for s in sentences]


@lru_cache(maxsize=1024)
def _shingles(text: str) -> frozenset[int]:
    return frozenset(shingles(text))



@lru_cache(maxsize=4096)
def _passage_keys(text: str) -> tuple[int, ...]:
    return passage_keys_many([text])[0]
